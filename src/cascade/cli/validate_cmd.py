"""``cascade validate`` (lint cascade files) and ``cascade rules`` (list and document rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cascade.boundary.visible import visible
from cascade.cli.params import (
    as_of_option,
    cascade_option,
    day_of,
    db_option,
    events_option,
    output_option,
    write_output,
)

if TYPE_CHECKING:
    from cascade.rules import Config
    from cascade.rules.runner import Result

FORMAT_NAMES = ("concise", "full", "json", "github", "sarif")


def _rule_option(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    from cascade.rules.config import parse_severity

    out = []
    for value in values:
        selector, sep, severity = value.partition("=")
        if not sep or not selector.strip():
            raise click.BadParameter(f"{value!r} is not RULE=SEVERITY, e.g. CAS305=off")
        try:
            out.append((selector.strip(), parse_severity(severity).value))
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return tuple(out)


def _declared(files: list[Path]) -> list[Path]:
    """The files that declare ``format: cascade/…``; a note for each other one."""
    from cascade.files.loader import declared_format

    kept = []
    for file in files:
        declared = declared_format(file)
        if declared is not None and declared.startswith("cascade/"):
            kept.append(file)
        else:
            what = f"declares {declared}" if declared else "declares no format"
            click.echo(f"{file}: skipped: {what}, not cascade/1", err=True)
    return kept


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="concise",
    show_default=True,
    help="concise: path:line:col: CODE message; full: with the line and a hint; "
    "json; github: workflow annotations; sarif: SARIF 2.1.0.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A cascade.toml or pyproject.toml (default: found beside the first file or above).",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--preset",
    type=click.Choice(("recommended", "strict")),
    help="recommended (default) or strict: every rule, warnings as errors.",
)
@click.option(
    "--rule",
    "rule_options",
    multiple=True,
    metavar="RULE=SEVERITY",
    callback=_rule_option,
    help="Set a rule (id, name or id prefix) to off, info, warning or error. Repeatable.",
)
@click.option(
    "--fail-on",
    type=click.Choice(("info", "warning", "error")),
    help="Lowest severity that makes the exit code 1 (default: error).",
)
@click.option(
    "--max-warnings",
    type=click.IntRange(min=0),
    help="Exit with 1 when there are more warnings than this.",
)
@events_option(
    "Events file (JSON Lines) to replay: the state rules (CAS6xx) run on the result. "
    "One cascade file only."
)
@as_of_option(
    "Run the state rules as of the end of this day (Vietnam time); default today. "
    "Alone, on the states written in the files."
)
@click.option(
    "--declared-only",
    is_flag=True,
    help="Check only the files that declare 'format: cascade/1' (others are skipped with a "
    "note): for hooks that pass every YAML file of a folder.",
)
@db_option
@cascade_option
@output_option
def validate(
    paths: tuple[Path, ...],
    fmt: str,
    config_path: Path | None,
    no_config: bool,
    preset: str | None,
    rule_options: tuple[tuple[str, str], ...],
    fail_on: str | None,
    max_warnings: int | None,
    events: Path | None,
    as_of: dt.datetime | None,
    db: str | None,
    cascade_id: str | None,
    output: Path | None,
    declared_only: bool = False,
) -> None:
    """Check cascade files for unsound chains: references, structure, time, authority, conventions.

    PATHS are cascade files, or folders whose YAML files are checked. With
    --events or --as-of the state rules run too: a parent reported while its
    children are open, overdue obligations. With --db and no PATHS, the cascades
    stored in the database are checked, with the states their recorded histories
    lead to (as of --as-of, default today). Exit codes: 0 clean, 1 findings at or
    above --fail-on (or more than --max-warnings warnings), 2 a file, the
    configuration or an event is unusable. Rules: `cascade rules`.
    """
    from cascade.rules import Validator
    from cascade.rules.base import Severity
    from cascade.rules.runner import cascade_files
    from cascade.services import validate_files, validate_stored

    if not paths and db is None and cascade_id is None:
        raise click.UsageError(
            "give one or more cascade files, or folders holding them (or --db for stored ones)"
        )
    files = _declared(cascade_files(paths)) if declared_only else cascade_files(paths)
    if declared_only and paths and not files:
        return  # nothing here is a cascade: nothing to check
    if paths and not files:
        raise click.UsageError(f"no *.yaml or *.yml files in {', '.join(map(str, paths))}")
    if events is not None and not paths:
        raise click.UsageError("--events goes with a cascade file; a database has its history")
    if events is not None and len(files) > 1:
        raise click.UsageError(f"--events belongs to one cascade; {len(files)} files given")
    config = _config(config_path, None if no_config else (files[:1] or None))
    config = config.override(
        preset=preset,
        rules=tuple((s, Severity(v)) for s, v in rule_options),
        fail_on=Severity(fail_on) if fail_on else None,
        max_warnings=max_warnings,
    )
    validator = Validator(config)
    if paths:
        result = validate_files(validator, files, events=events, as_of=day_of(as_of))
    else:  # the stored cascades, with the states their recorded histories lead to
        result = validate_stored(validator, db, cascade_id=cascade_id, as_of=day_of(as_of))
    _report(result, fmt, output)
    raise SystemExit(result.exit_code)


def _config(path: Path | None, near: list[Path] | None) -> Config:
    """The configuration in ``path``, else the one found beside or above ``near``'s file."""
    from cascade.rules import Config, find_config, load_config

    if path is not None:
        return load_config(path)
    found = find_config(near[0]) if near else None
    return load_config(found) if found is not None else Config()


def _report(result: Result, fmt: str, output: Path | None) -> None:
    """Problems and notes on standard error, the findings in ``fmt``, the summary."""
    from cascade.rules.base import Severity
    from cascade.rules.output import FORMATS, summary

    for error in result.errors:
        for problem in error.problems:
            click.echo(visible(problem.headline), err=True)
    for report in result.reports:
        for note in report.notes:
            click.echo(f"{report.path}: note: {note}", err=True)
    write_output(FORMATS[fmt](result), output)
    if fmt in ("concise", "full"):
        from cascade.cli.lang import say

        click.echo(say(summary(result)), err=True)
        limit = result.config.max_warnings
        warnings = result.count(Severity.WARNING)
        if limit is not None and warnings > limit:
            click.echo(f"Too many warnings: {warnings} (--max-warnings {limit}).", err=True)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "markdown", "json")),
    default="text",
    show_default=True,
    help="text: a table; markdown: the rules reference (docs/rules.md); json: metadata.",
)
@click.option(
    "--explain",
    metavar="RULE",
    help="Print one rule's documentation (an id such as CAS401, or a name).",
)
@output_option
def rules(fmt: str, output: Path | None, explain: str | None = None) -> None:
    """List the validation rules: id, name, default severity, preset and summary.

    \b
    Examples:
      cascade rules
      cascade rules --explain CAS401
      cascade rules --format markdown -o docs/rules.md
    """
    from cascade.rules.docs import explain as explained
    from cascade.rules.docs import json_text, markdown, table

    if explain is not None:
        from cascade.errors import InputError
        from cascade.rules.registry import all_rules

        wanted = explain.strip().lower()
        found = [r for r in all_rules().values() if wanted in (r.id.lower(), r.name.lower())]
        if not found:
            raise InputError(f"no rule {explain!r}: `cascade rules` lists them")
        write_output(explained(found[0]), output)
        return
    render = {"text": table, "markdown": markdown, "json": json_text}[fmt]
    write_output(render(), output)
