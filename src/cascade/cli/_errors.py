"""Turn library errors into clean CLI messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from cascade.boundary.visible import visible, visible_lines
from cascade.cli.lang import say
from cascade.errors import CascadeError, CascadeFileError


class CliError(click.ClickException):
    """A :class:`CascadeError` as click shows it: one line per problem, no traceback."""

    def __init__(self, error: CascadeError) -> None:
        super().__init__(str(error))
        self.error = error
        self.exit_code = error.exit_code  # type: ignore[misc]  # click declares it on the class

    def show(self, file: IO[Any] | None = None) -> None:
        if isinstance(self.error, CascadeFileError):
            for problem in self.error.problems:
                click.echo(say(visible(problem.headline)), err=True, file=file)
            count = len(self.error.problems)
            if count > 1:
                click.echo(say(f"{count} problems"), err=True, file=file)
        else:
            click.echo(say(f"error: {visible_lines(str(self.error))}"), err=True, file=file)


@contextmanager
def guard() -> Iterator[None]:
    """Re-raise any :class:`CascadeError` as a :class:`CliError`."""
    try:
        yield
    except CascadeError as exc:
        raise CliError(exc) from None
