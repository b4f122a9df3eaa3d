"""Chromium from the system, driven by Playwright, for the report's tests.

Launched with the flags that keep it off any network (no component updates, sync,
QUIC or background fetches) and a fresh profile per browser; nothing is downloaded.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [  # and --headless, which Playwright adds for headless=True
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Opened:
    """A page with a report loaded, and the errors and requests seen since it opened."""

    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_report(context: BrowserContext, report: Path) -> Opened:
    """Open ``report`` in a new page and wait until its script has laid out the tables."""
    opened = Opened(context.new_page())
    opened.page.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    opened.page.on("request", lambda request: opened.requests.append(request.url))
    opened.page.goto(report.as_uri())
    opened.page.wait_for_selector("html[data-ready=true]", timeout=60_000)
    return opened


@contextmanager
def browser(profile: Path) -> Iterator[BrowserContext]:
    """A browser context with the fresh user data directory ``profile``."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (scripts/setup.sh --tests installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=FLAGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
