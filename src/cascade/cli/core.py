"""``cascade schema``, ``cascade show`` and ``cascade export``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cascade.cli.db_cmds import cascade_option, db_option
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
@click.argument("file", required=False, type=click.Path(dir_okay=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "ocel", "csv"]),
    default="json",
    show_default=True,
    help="json: the canonical cascade; ocel: the history as OCEL 2.0 JSON; csv: the history "
    "as a table (ocel and csv need a database).",
)
@db_option
@cascade_option
@output_option
def export(
    file: Path | None, fmt: str, db: str | None, cascade_id: str | None, output: Path | None
) -> None:
    """Write the canonical, fully expanded cascade (the interchange format), or its history.

    From FILE, or, without FILE, from the database (--db, else $CASCADE_DB, else
    ./cascade.db): then the JSON carries each obligation's recorded state, and
    --format ocel / csv write the recorded events for process-mining tools and
    spreadsheets.
    """
    if file is None:
        from cascade.cli.db_cmds import export_from_db

        write_output(export_from_db(db, cascade_id, fmt), output)
        return
    from cascade.errors import InputError

    if db is not None or cascade_id is not None:
        raise InputError("give a FILE or --db/--cascade, not both")
    if fmt != "json":
        raise InputError(f"--format {fmt} exports a recorded history: use --db instead of FILE")
    from cascade.interchange import dumps, to_interchange
    from cascade.loader import load

    write_output(dumps(to_interchange(load(file))), output)
