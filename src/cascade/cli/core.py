"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cascade.cli.options import cascade_argument, output_option, write_output


@click.command()
@click.option(
    "--of",
    "of",
    type=click.Choice(["file", "interchange"]),
    default="file",
    show_default=True,
    help="Schema of cascade files, or of the JSON that `cascade export` writes.",
)
@output_option
def schema(of: str, output: Path | None) -> None:
    """Print the JSON Schema (Draft-07) of cascade files or of the interchange format.

    Point a YAML editor at it with a first line such as
    ``# yaml-language-server: $schema=cascade.schema.json``.
    """
    from cascade.interchange import file_schema, interchange_schema

    data = file_schema() if of == "file" else interchange_schema()
    write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)


@click.command()
@cascade_argument
def show(file: Path) -> None:
    """Summarise a cascade: documents, the chain, addressees, obligations per organisation."""
    from cascade.loader import load
    from cascade.summary import print_summary

    print_summary(load(file))


@click.command()
@cascade_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="Output format.",
)
@output_option
def export(file: Path, fmt: str, output: Path | None) -> None:
    """Write the canonical, fully expanded cascade (the interchange format)."""
    from cascade.interchange import dumps, to_interchange
    from cascade.loader import load

    write_output(dumps(to_interchange(load(file))), output)
