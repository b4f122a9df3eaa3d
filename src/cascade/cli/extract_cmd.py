"""``cascade extract``: a draft cascade from the plain text of an official document."""

from __future__ import annotations

from pathlib import Path

import click

from cascade.cli.params import output_option, write_output


def _check_document(path: Path) -> None:
    """Refuse, before the extractor reads it whole, a document that is binary (NUL bytes in
    its head, such as /dev/zero), over the file-size limit, or not a file that ends."""
    from cascade.boundary import limits
    from cascade.errors import ExtractError

    try:
        with path.open("rb") as handle:
            head = handle.read(65_536)
            regular = path.is_file()
    except OSError:
        return  # missing or unreadable: the extractor says so, at its place
    utf16_or_32 = head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))
    if b"\x00" in head and not utf16_or_32:  # UTF-16 and UTF-32 texts are read, by their BOM
        raise ExtractError(f"{path}: the file holds NUL bytes; not a text file")
    if not regular:
        raise ExtractError(f"{path}: not a regular file; save the text to a file first")
    most = limits.FILE_SIZE.value
    if path.stat().st_size > most:
        raise ExtractError(f"{path}: more than {most} bytes " + limits.FILE_SIZE.advice())


@click.command()
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--orgs",
    "registry_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Known organisations and groups: a cascade file, or a YAML file with "
    "'organisations:' and 'groups:' lists. Names in the text are matched against it.",
)
@output_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default="yaml",
    show_default=True,
    help="Output format.",
)
def extract(document: Path, registry_path: Path | None, output: Path | None, fmt: str) -> None:
    """Read DOCUMENT (plain text of a công văn, kế hoạch, quyết định, nghị quyết or chỉ
    thị) and write a draft cascade: the document, what it rests on, its addressees, its
    tasks and report line.

    Uncertain guesses carry a note starting with "REVIEW:" (grep for it). Text that is
    empty or not an official document exits with code 2.
    """
    from cascade.boundary.collector import no_gc
    from cascade.errors import ExtractError

    # the extractor's modules and patterns, and a document's readings, live until the draft
    # is written: the collector walked them 130 times on a large decree to free 470 objects
    with no_gc():
        from cascade.extract import extract_file, load_registry
        from cascade.extract.writer import dumps_json, dumps_yaml

        _check_document(document)
        registry = load_registry(registry_path) if registry_path else None
        extraction = extract_file(document, registry)
        text = dumps_yaml(extraction) if fmt == "yaml" else dumps_json(extraction)
    try:
        write_output(text, output)
    except OSError as exc:
        raise ExtractError(f"{output}: cannot write the draft ({exc.strerror})") from None
    if output is not None:
        click.echo(
            f"{output}: {len(extraction.cascade.obligations)} obligations, "
            f"{len(extraction.reviews)} to review (grep REVIEW)",
            err=True,
        )
