"""The examples the docs give for the wiring run, and say what they do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import ROOT, SEED, SEED_EVENTS, python_blocks, run

VALIDATE_DOC = ROOT / "docs" / "validate.md"


def test_the_validate_api_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    (block,) = python_blocks(VALIDATE_DOC, "events=")
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {}
    exec(compile(block, str(VALIDATE_DOC), "exec"), scope)
    report = scope["report"]
    assert sum(f.code == "CAS602" for f in report.findings) == 68  # type: ignore[attr-defined]


def test_the_test_authors_example_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    (block,) = python_blocks(VALIDATE_DOC, "assert_transition_refused(")
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {}
    exec(compile(block, str(VALIDATE_DOC), "exec"), scope)
    tests = [f for name, f in scope.items() if name.startswith("test_")]
    assert len(tests) == 2
    for test in tests:
        test()  # type: ignore[operator]


def test_the_validate_console_example_is_what_the_command_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = VALIDATE_DOC.read_text(encoding="utf-8")
    summary = re.search(r"\nFound 69 findings \(68 warnings, 1 info\) in 1 file\.\n", text)
    assert summary is not None
    monkeypatch.chdir(ROOT)  # the doc shows relative paths
    seed, events = SEED.relative_to(ROOT), SEED_EVENTS.relative_to(ROOT)
    result = run("validate", seed, "--events", events, "--as-of", "2026-03-31")
    assert result.stderr.strip() == summary.group().strip()
    overdue_line = next(line for line in text.splitlines() if "CAS602 obligation" in line)
    assert overdue_line in result.stdout.splitlines()


def test_the_render_api_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = ROOT / "docs" / "render.md"
    (block,) = python_blocks(doc, "from_tracker(")
    monkeypatch.chdir(ROOT)
    scope: dict[str, object] = {}
    exec(compile(block, str(doc), "exec"), scope)
    assert isinstance(scope["png"], bytes) and scope["png"][:4] == b"\x89PNG"
    assert scope["status"].as_of.isoformat() == "2026-03-31"  # type: ignore[attr-defined]


def test_the_render_doc_command_makes_the_status_image(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "render.md").read_text(encoding="utf-8")
    assert "--as-of 2026-03-31 --color-by bucket" in text
    out = tmp_path / "status.png"
    result = run("render", SEED, "-o", out, "--events", SEED_EVENTS, "--as-of", "2026-03-31",
                 "--color-by", "bucket")  # fmt: skip
    assert result.exit_code == 0 and out.read_bytes()[:4] == b"\x89PNG"
    assert (ROOT / "docs" / "images" / "kien-giang-xiv-congress-status.png").is_file()
