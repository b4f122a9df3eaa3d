"""``--org``, ``--subtree``, ``--lead``, ``--document``, ``--level``, ``--bucket``: declared once.

:func:`selection_options` adds the filter options to a command and hands it one
``selection`` argument (a :class:`~cascade.report.select.Selection`); the command
asks :func:`cascade.report.select.select` which obligations it keeps.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from cascade.report.select import Selection

F = TypeVar("F", bound=Callable[..., Any])

_OPTIONS = (
    click.option(
        "--org",
        multiple=True,
        metavar="ID",
        help="Only obligations this organisation (or group) leads or coordinates; repeatable.",
    ),
    click.option(
        "--subtree",
        is_flag=True,
        help="With --org or --lead: also the organisations below it, at any depth.",
    ),
    click.option(
        "--lead", multiple=True, metavar="ID", help="Only obligations this organisation leads."
    ),
    click.option(
        "--document",
        multiple=True,
        metavar="ID",
        help="Only obligations of this document (its id or identifier, e.g. 251-KH/TU).",
    ),
    click.option(
        "--level", multiple=True, metavar="ID", help="Only obligations whose lead is at this level."
    ),
    click.option(
        "--bucket",
        multiple=True,
        metavar="NAME",
        help="Only obligations in this bucket as of the day: completed_on_time, completed_late, "
        "open_within_deadline, overdue or closed.",
    ),
)


def selection_options(command: F) -> F:
    """Add the filter options to ``command``, which receives them as ``selection``."""

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        org: tuple[str, ...],
        subtree: bool,
        lead: tuple[str, ...],
        document: tuple[str, ...],
        level: tuple[str, ...],
        bucket: tuple[str, ...],
        **kwargs: Any,
    ) -> Any:
        selection = Selection(org, lead, document, level, bucket, subtree)
        return command(*args, selection=selection, **kwargs)

    decorated: Callable[..., Any] = wrapper
    for option in reversed(_OPTIONS):
        decorated = option(decorated)
    return decorated  # type: ignore[return-value]
