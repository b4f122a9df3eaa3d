"""``cascade render``: draw a cascade as SVG, PNG, PDF, DOT or Mermaid."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from cascade.cli.params import as_of_option, day_of, source_options

if TYPE_CHECKING:
    from cascade.render.ir import ColorBy
    from cascade.render.messages import Lang
    from cascade.services import Source

# kept here, not imported, so that `cascade --help` does not load the renderer; a test
# checks they agree with cascade.render
FORMATS = ("svg", "png", "pdf", "dot", "mermaid")
VIEWS = ("obligations", "documents", "organisations")
EXTENSIONS = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": "dot",
    ".gv": "dot",
    ".mmd": "mermaid",
    ".mermaid": "mermaid",
    ".md": "mermaid",  # written inside a ```mermaid fence, ready for a Markdown page
}


@click.command()
@source_options("Events file (JSON Lines) to replay: obligations are coloured by where they stand.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here (the format follows the extension); text formats default to stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format [default: from OUTPUT's extension, else svg].",
)
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="obligations",
    show_default=True,
    help="obligations: organisations and the obligations between them; documents: the "
    "chain of documents; organisations: the organisation tree with roll-up counts.",
)
@click.option(
    "--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="Labels."
)
@click.option(
    "--depth", type=click.IntRange(min=0), default=None, help="Levels to show below the root."
)
@click.option(
    "--root",
    metavar="ID",
    default=None,
    help="Draw only this organisation's branch (or, in the documents view, a document's).",
)
@click.option(
    "--budget",
    type=click.IntRange(min=1),
    default=60,
    show_default=True,
    help="Most boxes to draw before collapsing by level.",
)
@click.option(
    "--cluster",
    type=click.Choice(["level", "parent", "none"]),
    default=None,
    help="Frame boxes by level or by parent (issuer, for documents) [default: per view].",
)
@click.option("--title", default=None, help="Heading of the title block.")
@as_of_option(
    "Status as of the end of this day (Vietnam time); default today. "
    "Alone, from the states written in the file."
)
@click.option(
    "--color-by",
    "color_by",
    type=click.Choice(["state", "bucket"]),
    default="state",
    show_default=True,
    help="Colour obligations by lifecycle state, or by the four status buckets "
    "(on time, late, within deadline, overdue) as of --as-of.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60.0,
    show_default=True,
    help="Seconds Graphviz may take to lay out (svg, png, pdf).",
)
def render(
    source: Source,
    output: Path | None,
    fmt: str | None,
    view: str,
    lang: Lang,
    depth: int | None,
    root: str | None,
    budget: int,
    cluster: str | None,
    title: str | None,
    as_of: dt.datetime | None,
    color_by: ColorBy,
    timeout: float,
) -> None:
    """Draw a cascade: readable at any size, in Vietnamese or English.

    Large cascades are collapsed by level to at most --budget boxes, each with
    the counts of what it holds (assigned / in progress / reported, % reported).
    With --events (or --as-of, or --color-by bucket) the engine says where each
    obligation stands as of the day; overdue ones are drawn with double lines.
    svg, png and pdf need Graphviz's `dot`; dot and mermaid do not.

    \b
    Examples:
      cascade render seed.yaml -o out/seed.svg
      cascade render seed.yaml -o out/seed.png --view organisations --lang en
      cascade render seed.yaml -o out/status.png --events seed.jsonl --as-of 2026-03-31 \\
          --color-by bucket
      cascade render big.yaml --format mermaid --depth 1 > cascade.mmd
      cascade render --db sqlite:///tracking.db --as-of 2025-06-30 -o out/progress.svg

    Without FILE, the stored cascade is drawn with its recorded progress (--db,
    else $CASCADE_DB, else ./cascade.db).
    """
    from cascade.errors import InputError
    from cascade.render.api import Format
    from cascade.render.api import render as draw
    from cascade.render.ir import View
    from cascade.render.options import RenderOptions
    from cascade.services import standing

    fmt = fmt or _format_of(output)
    if fmt in ("png", "pdf") and output is None and sys.stdout.isatty():
        raise InputError(f"{fmt} is binary: give an output file with -o")
    options = RenderOptions(
        view=View(view), lang=lang, color_by=color_by, depth=depth, root=root,
        budget=budget, cluster=cluster, title=title, timeout=timeout,
    )  # fmt: skip
    tracked = as_of is not None or color_by == "bucket"
    cascade, status = standing(source, day_of(as_of), tracked=tracked)
    result = draw(cascade, options, fmt=cast("Format", fmt), status=status)  # click checked fmt
    data = result.encode("utf-8") if isinstance(result, str) else result
    if output is not None and output.suffix.lower() == ".md" and fmt == "mermaid":
        data = b"```mermaid\n" + data + b"```\n"
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    _write_atomically(output, data)
    from cascade.cli.lang import say

    click.echo(say(f"wrote {output}"), err=True)


def _format_of(output: Path | None) -> str:
    from cascade.errors import InputError

    if output is None:
        return "svg"
    try:
        return EXTENSIONS[output.suffix.lower()]
    except KeyError:
        known = ", ".join(EXTENSIONS)
        raise InputError(
            f"cannot tell the format from {output.name!r}; use --format or one of: {known}"
        ) from None


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` only once the whole diagram is written: a failure leaves it as it was."""
    from cascade.boundary.atomic import write_bytes
    from cascade.errors import InputError

    directory = path.parent if str(path.parent) else Path()
    if not directory.is_dir():
        raise InputError(f"{directory}: no such directory for the output")
    write_bytes(path, data)
