"""Options and helpers shared by several commands.

:func:`source_options` declares once where a command's cascade comes from (FILE
with --events, or --db and --cascade) and hands the command a
:class:`~cascade.services.Source`; :func:`progress_meter` draws the progress
bars the services report to.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from cascade.services import Meter

F = TypeVar("F", bound=Callable[..., Any])

BIG_INPUT = 4 << 20  # bytes: show progress bars above this, on a terminal

# files are checked by the loader, which reports a missing file as file:line:col with exit 2
cascade_argument: Callable[[F], F] = click.argument(
    "file", type=click.Path(dir_okay=True, path_type=Path)
)

output_option: Callable[[F], F] = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write here instead of standard output.",
)

db_option: Callable[[F], F] = click.option(
    "--db",
    "db",
    metavar="URL",
    default=None,
    help="Database: sqlite:///FILE.db or postgresql://… (default: $CASCADE_DB, else "
    "sqlite:///cascade.db).",
)

cascade_option: Callable[[F], F] = click.option(
    "--cascade",
    "cascade_id",
    metavar="ID",
    default=None,
    help="Which stored cascade (needed when the database holds several).",
)


def events_option(help: str) -> Callable[[F], F]:
    """``--events FILE.jsonl``: an events file to replay; ``help`` says what for."""
    return click.option("--events", type=click.Path(dir_okay=False, path_type=Path), help=help)


def as_of_option(help: str) -> Callable[[F], F]:
    """``--as-of YYYY-MM-DD``: the day a status is taken at; ``help`` says of what."""
    return click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help=help)


def source_options(events_help: str) -> Callable[[F], F]:
    """FILE (optional), ``--events``, ``--db`` and ``--cascade``, given to the command as one
    ``source`` (:class:`~cascade.services.Source`): a cascade file with its events, or a
    stored cascade with its recorded history."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def with_source(
            *args: Any,
            file: Path | None,
            events: Path | None,
            db: str | None,
            cascade_id: str | None,
            **kwargs: Any,
        ) -> Any:
            from cascade.services import Source

            return command(*args, source=Source(file, events, db, cascade_id), **kwargs)

        decorated: Any = with_source
        for option in (
            cascade_option,
            db_option,
            events_option(events_help),
            click.argument("file", required=False, type=click.Path(path_type=Path)),
        ):
            decorated = option(decorated)
        return decorated  # type: ignore[no-any-return]

    return decorate


def day_of(as_of: dt.datetime | None) -> dt.date | None:
    """The day an ``--as-of`` option names, if given."""
    return as_of.date() if as_of is not None else None


def write_output(text: str, output: Path | None) -> None:
    """Write ``text`` as UTF-8 to ``output`` (whole or not at all), or to standard output."""
    if output is None:
        click.echo(text, nl=False)
        return
    from cascade.boundary.atomic import write_text

    write_text(output, text)


def is_big(*paths: Path | None) -> bool:
    """Whether progress bars are worth drawing: standard error is a terminal and one of
    ``paths`` is a file of more than :data:`BIG_INPUT` bytes."""
    if not sys.stderr.isatty():
        return False
    return any(p is not None and p.is_file() and p.stat().st_size >= BIG_INPUT for p in paths)


@contextmanager
def progress_meter(show: bool, *, transient: bool = True) -> Iterator[Meter | None]:
    """Rich progress bars on standard error, one per step a service reports, or None."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=transient) as bars:

        def meter(label: str, total: int) -> Callable[[int], None]:
            task = bars.add_task(label, total=total)
            return lambda done: bars.update(task, completed=done)

        yield meter
