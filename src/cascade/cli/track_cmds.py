"""``cascade status``, ``cascade apply`` and ``cascade lifecycle check``: tracking from files.

Without a database, the history of a cascade is an events file (JSON Lines).
``cascade apply`` appends to it; by default it is ``events/<name>.jsonl`` in the
cascade file's folder (``workflows/events/kien-giang-xiv-congress.jsonl`` for
``workflows/kien-giang-xiv-congress.yaml``).
"""

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
    cascade_argument,
    day_of,
    is_big,
    output_option,
    progress_meter,
    source_options,
    write_output,
)
from cascade.cli.selection import selection_options

if TYPE_CHECKING:
    from cascade.engine.status import Status
    from cascade.report.select import Selection
    from cascade.services import Grouping, Source, StatusReport


@click.command()
@source_options("Events file (JSON Lines) to replay first.")
@as_of_option("Count as of the end of this day (Vietnam time); default today.")
@click.option(
    "--by",
    type=click.Choice(["document", "organisation", "level"]),
    help="Also count per document, lead organisation or its level.",
)
@click.option("--within", metavar="OBLIGATION", help="Only this obligation and its subtree.")
@selection_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@output_option
def status(
    source: Source,
    as_of: dt.datetime | None,
    by: Grouping | None,
    within: str | None,
    selection: Selection,
    fmt: str,
    output: Path | None,
) -> None:
    """Count obligations in the four buckets of the Government Office, as of a day.

    Completed on time (hoàn thành đúng hạn), completed late (hoàn thành quá hạn),
    not completed within deadline (chưa hoàn thành, trong hạn), overdue (quá hạn);
    cancelled or superseded obligations are counted apart as closed.

    Without FILE, the cascade and its recorded history come from the database
    (--db, else $CASCADE_DB, else ./cascade.db); --as-of replays it to that day.
    --org, --lead, --document, --level and --bucket count only the obligations they keep.
    """
    from cascade.services import status as count

    with progress_meter(is_big(source.events)) as meter:
        report = count(
            source, day_of(as_of), by=by, within=within, meter=meter, selection=selection
        )
    if fmt == "json":
        data: dict[str, object] = {"cascade": report.cascade.id, "lifecycle": report.lifecycle}
        data.update(report.status.as_dict())
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == "csv":
        write_output(_csv(report.status), output)
    else:
        write_output(_table(report), output)


def _csv(report: Status) -> str:
    from cascade.boundary.csv_cells import csv_cell
    from cascade.engine.status import BUCKETS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "name", *BUCKETS, "closed", "total"])
    for group in report.groups:
        writer.writerow(
            [csv_cell(group.id), csv_cell(group.name), *group.counts.as_dict().values()]
        )
    writer.writerow(["total", "", *report.total.as_dict().values()])
    return out.getvalue()


# short two-line headers for a narrow terminal, explained in a legend under the table
SHORT_HEADERS = {
    "completed_on_time": ("Đúng hạn", "On time"),
    "completed_late": ("Xong trễ", "Late"),
    "open_within_deadline": ("Trong hạn", "Within"),
    "overdue": ("Quá hạn", "Overdue"),
    "closed": ("Đã hủy", "Closed"),
}
WIDE = 120  # columns from which the full bucket names fit as headers


def _table(result: StatusReport) -> str:
    """The counts as a table as wide as the terminal; below ``WIDE`` columns the headers
    are short and a legend names the buckets. Names wrap; ids never break."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from cascade.boundary.visible import markup
    from cascade.cli.terminal import width
    from cascade.engine.status import BUCKETS, LABELS

    report = result.status
    columns = width()
    narrow = columns < WIDE
    title = f"{markup(result.cascade.title)}\nas of {report.as_of.isoformat()}"
    if report.within:
        title += f", within {markup(report.within)}"
    table = Table(title=title, box=None if narrow else box.HEAVY_HEAD, pad_edge=not narrow)
    longest = max((len(g.id) + 2 for g in report.groups), default=0)
    table.add_column(report.by or "", min_width=min(longest, columns // 3), ratio=1)
    for key in (*BUCKETS, "closed"):
        vi, en = SHORT_HEADERS[key] if narrow else LABELS[key]
        table.add_column(f"{vi}\n{en}", justify="right")
    table.add_column("Tổng\nTotal", justify="right")
    for group in report.groups:
        name = f"{markup(group.name)}\n({markup(group.id)})"
        table.add_row(name, *map(str, group.counts.as_dict().values()))
    table.add_row("[bold]Tổng / Total[/bold]", *map(str, report.total.as_dict().values()))
    buffer = io.StringIO()
    console = Console(file=buffer, width=columns, highlight=False)
    console.print(table)
    if narrow:
        for key, (vi, en) in SHORT_HEADERS.items():
            console.print(f"  {vi} / {en}: {LABELS[key][0]} / {LABELS[key][1]}")
    return buffer.getvalue()


@click.command()
@cascade_argument
@click.argument("new_events", metavar="EVENTS.jsonl", type=click.Path(path_type=Path))
@click.option(
    "--history",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The history to check against and append to [default: events/<name>.jsonl next to FILE].",
)
def apply(file: Path, new_events: Path, history: Path | None) -> None:
    """Check new events against the history and append them to it.

    All of them or none: a refused event is an error that names the event, the
    actor and the reason, and the history is left as it was. Events already in
    the history (same id, same content) are skipped.
    """
    from cascade.cli.lang import say
    from cascade.services import apply_events

    with progress_meter(is_big(new_events, history)) as meter:
        done = apply_events(file, new_events, history=history, meter=meter)
    click.echo(
        say(
            f"appended {done.written} event(s) to {done.history}"
            + (f"; {done.duplicates} already there" if done.duplicates else "")
        ),
        err=True,
    )


@click.group()
def lifecycle() -> None:
    """Lifecycle definitions (the states an obligation moves through)."""


@lifecycle.command("list")
def lifecycle_list() -> None:
    """List the built-in lifecycles: name, states, triggers and title.

    \b
    Examples:
      cascade lifecycle list
      cascade lifecycle show default > workflows/lifecycles/mine.yaml
    """
    from cascade.engine.lifecycle import builtin_lifecycle, builtin_names

    for name in builtin_names():
        d = builtin_lifecycle(name).definition
        click.echo(
            f"{name}\t{len(d.states)} states, {len(d.triggers)} triggers\t{d.name}"
            + (f" / {d.name_en}" if d.name_en else "")
        )


@lifecycle.command("show")
@click.argument("name")
def lifecycle_show(name: str) -> None:
    """Print a built-in lifecycle's definition (YAML), to read or to start your own from.

    A cascade uses its own copy with ``cascade.lifecycle: NAME`` and the file at
    ``lifecycles/NAME.yaml`` next to the cascade file.

    \b
    Examples:
      cascade lifecycle show default
      cascade lifecycle show default > workflows/lifecycles/eoffice.yaml
    """
    from cascade.engine.lifecycle import builtin_names, builtin_path
    from cascade.errors import InputError

    path = builtin_path(name)
    if path is None:
        raise InputError(f"no built-in lifecycle {name!r} (built in: {', '.join(builtin_names())})")
    click.echo(path.read_text(encoding="utf-8"), nl=False)


@lifecycle.command("check")
@click.argument("file", type=click.Path(path_type=Path))
def check(file: Path) -> None:
    """Check a lifecycle definition, the lifecycle a cascade file names, or a built-in one.

    Sound means: exactly one initial state, every state reachable from it, a
    final state reachable from every state, no unknown states or triggers.

    \b
    Examples:
      cascade lifecycle check workflows/lifecycles/eoffice.yaml
      cascade lifecycle check workflows/kien-giang-xiv-congress.yaml
      cascade lifecycle check default
    """
    from cascade.services import lifecycle_of

    definition = lifecycle_of(file)
    d = definition.definition
    click.echo(
        f"ok: lifecycle {d.id} ({d.name}) from {definition.source}: {len(d.states)} states, "
        f"{len(d.triggers)} triggers, {len(d.transitions)} transitions"
    )
    labels = {t.id: t.name for t in d.triggers}
    for tr in d.transitions:
        rollup = ", after the roll-up" if tr.rollup else ""
        cycle = f", a cycle's {tr.cycle} (recurring or on-demand only)" if tr.cycle else ""
        click.echo(
            f"  {tr.trigger} ({labels[tr.trigger]}): {', '.join(tr.source)} → {tr.dest}"
            f"  by {', '.join(tr.by)}{rollup}{cycle}"
        )
