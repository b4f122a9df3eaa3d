"""``cascade due`` and ``cascade report``: for analysts and the leaders they report to."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cascade.cli.params import (
    as_of_option,
    day_of,
    is_big,
    output_option,
    progress_meter,
    source_options,
    write_output,
)
from cascade.cli.selection import selection_options

if TYPE_CHECKING:
    from cascade.report.due import DueList
    from cascade.report.select import Selection
    from cascade.report.trend import Period
    from cascade.report.wording import Lang
    from cascade.services import Source

lang_option = click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default="vi",
    show_default=True,
    help="Language of the labels and of organisation names.",
)


@click.command()
@source_options("Events file (JSON Lines) to replay first.")
@as_of_option("Overdue and due as of the end of this day (Vietnam time); default today.")
@click.option(
    "--within",
    "within_days",
    type=click.IntRange(min=0),
    default=30,
    show_default=True,
    metavar="DAYS",
    help="List what falls due within this many days of the as-of day.",
)
@selection_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "ics"]),
    default="table",
    show_default=True,
    help="ics: iCalendar, one all-day entry per obligation on its due day, with a stable UID.",
)
@lang_option
@output_option
def due(
    source: Source,
    as_of: dt.datetime | None,
    within_days: int,
    selection: Selection,
    fmt: str,
    lang: Lang,
    output: Path | None,
) -> None:
    """What is overdue, and what falls due within N days, per organisation.

    Lists every overdue obligation and every open one due within --within days,
    by lead organisation, as `cascade status` buckets them. Obligations with no due
    day (continuous, or waiting for a milestone) are not listed. --format ics
    writes them for calendars: importing a newer file updates the entries.
    """
    from cascade.services import due as due_list

    listed = due_list(source, day_of(as_of), within=within_days, selection=selection, lang=lang)
    if fmt == "ics":
        from cascade.report.ics import to_ics

        _write_bytes(to_ics(listed, lang), output)
    elif fmt == "json":
        write_output(json.dumps(listed.as_dict(), ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == "csv":
        write_output(_due_csv(listed), output)
    else:
        write_output(_due_table(listed, lang), output)


def _due_csv(listed: DueList) -> str:
    rows = listed.as_dict()["obligations"]
    out = io.StringIO()
    assert isinstance(rows, list)
    fields = list(rows[0]) if rows else ["id"]
    from cascade.boundary.csv_cells import csv_cell

    writer = csv.DictWriter(out, fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _due_table(listed: DueList, lang: Lang) -> str:
    from rich.console import Console
    from rich.table import Table

    from cascade.boundary.visible import markup as m
    from cascade.cli.terminal import width
    from cascade.report.wording import date, t

    buffer = io.StringIO()
    console = Console(file=buffer, width=width(), highlight=False)
    console.print(f"[bold]{m(listed.title)}[/bold]")
    heading = t("due.title", lang, days=listed.within)
    console.print(f"{heading}, {t('due.as_of', lang, date=date(listed.as_of, lang))}\n")
    if not listed.items:
        console.print(t("due.none", lang))
    for _org, name, items in listed.organisations():
        table = Table(title=f"{m(name)} ({len(items)})", title_justify="left", expand=True)
        table.add_column(t("col.id", lang), no_wrap=True)
        table.add_column(t("col.due", lang), no_wrap=True)
        table.add_column(t("col.days", lang), no_wrap=True)
        table.add_column(t("col.action", lang), ratio=1)
        for item in items:
            if item.days < 0:
                days = f"[bold]{t('due.overdue_by', lang, n=-item.days)}[/bold]"
            elif item.days == 0:
                days = t("due.today", lang)
            else:
                days = t("due.in", lang, n=item.days)
            action = f"{m(item.action)}\n[dim]{m(item.document_identifier)}[/dim]"
            table.add_row(m(item.id), date(item.due, lang), days, action)
        console.print(table)
    return buffer.getvalue()


def _write_bytes(data: bytes, output: Path | None) -> None:
    if output is None:
        click.echo(data, nl=False)  # bytes go to the binary stream as they are
        return
    from cascade.boundary.atomic import write_bytes

    write_bytes(output, data)


@click.command()
@source_options("Events file (JSON Lines) to replay first.")
@as_of_option("Report as of the end of this day (Vietnam time); default today.")
@click.option(
    "--period",
    type=click.Choice(["month", "quarter"]),
    default="month",
    show_default=True,
    help="The step of the trend chart.",
)
@selection_options
@lang_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write the HTML here [default: report.html].",
)
def report(
    source: Source,
    as_of: dt.datetime | None,
    period: Period,
    selection: Selection,
    lang: Lang,
    output: Path | None,
) -> None:
    """Write a self-contained HTML report to send to people who do not run a CLI.

    One file that loads nothing (styles, script, drawings and data inline; it opens
    from an e-mail attachment or a USB stick): the header, the four buckets, the
    cascade drawn by bucket, the trend by month or quarter, and tables of
    organisations and obligations to filter, sort and search (with or without
    diacritics), down to one obligation's history. Prints as an A4 document.
    --org, --lead, --document, --level and --bucket report on those obligations only.
    """
    from cascade.services import report as html_report

    with progress_meter(is_big(source.events)) as meter:
        html = html_report(
            source, day_of(as_of), lang=lang, period=period, selection=selection, meter=meter
        )
    target = output or Path("report.html")
    write_output(html, target)
    from cascade.cli.lang import say

    click.echo(say(f"wrote {target}"), err=True)
