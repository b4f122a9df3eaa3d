"""Options and helpers shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

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


def events_option(help: str) -> Callable[[F], F]:
    """``--events FILE.jsonl``: an events file to replay; ``help`` says what for."""
    return click.option("--events", type=click.Path(dir_okay=False, path_type=Path), help=help)


def as_of_option(help: str) -> Callable[[F], F]:
    """``--as-of YYYY-MM-DD``: the day a status is taken at; ``help`` says of what."""
    return click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), help=help)


def write_output(text: str, output: Path | None) -> None:
    """Write ``text`` as UTF-8 to ``output`` (whole or not at all), or to standard output."""
    if output is None:
        click.echo(text, nl=False)
        return
    from cascade.atomic import write_text

    write_text(output, text)
