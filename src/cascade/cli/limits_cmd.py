"""``cascade limits``: the limits on input in force, and how to change them."""

from __future__ import annotations

import click


@click.command()
def limits() -> None:
    """List the limits on input: name, value in force, the variable that changes it.

    A file, an events line or a group over a limit is refused with exit code 2 and a
    message that names the limit and its variable. Set the variable to raise (or
    lower) the limit for one run or for a shell.

    \b
    Examples:
      cascade limits
      CASCADE_MAX_FILE_SIZE=200000000 cascade db load big.json
    """
    from cascade.boundary.limits import ALL

    for limit in ALL:
        click.echo(
            f"{limit.name:<16} {limit.value:>12,} {limit.unit:<11} {limit.env:<26} {limit.what}"
        )
