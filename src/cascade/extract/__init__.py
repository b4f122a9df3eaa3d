"""``cascade extract``: from the plain text of an official document to a draft cascade.

The steps, one module each, run in this order by :func:`extract_text`:

* :mod:`.text` normalises the text (CRLF, NFD, page numbers, footnote marks, runs of
  blanks), after :mod:`.table_rows` has rewritten flattened task tables as labelled rows,
  and with :mod:`.crawl` repairing what crawls and PDF exports do (cell boundaries, markup
  cut across lines, wrapped prose, running page headers, text run together on one line);
* :mod:`.header` reads the document's own metadata, :mod:`.signature` its signer,
  :mod:`.layout` finds its parts (:mod:`.speaker` names the issuer when the header is lost);
* :mod:`.units` rebuilds the numbered structure of the body (:mod:`.unit_titles` tells a
  short title from the line of work under it);
* :mod:`.citations` finds the documents cited, :mod:`.dates` and :mod:`.deadlines`
  read dates and deadlines (:mod:`.aftermath` tells a disaster gone by from an event
  the work waits for, :mod:`.phases` spans a campaign's phases);
* :mod:`.orgs` finds names of bodies (:mod:`.sector_names` a kind named by the sector
  it manages, :mod:`.work_named` a body named by the work it is given, :mod:`.role_named` a
  person named by a role of an institution's staff), :mod:`.known_orgs`
  and :mod:`.book` resolve them;
* :mod:`.clauses` (:mod:`.duty_verbs` verbs that start work only after a word of duty or
  a subject), :mod:`.headings` (:mod:`.heading_roles` what a heading line names by
  itself), :mod:`.roles` and :mod:`.tasks` read the tasks
  (as :mod:`.drafts`; :mod:`.duty_titles` reads the group or post a duty title names,
  :mod:`.part_requests` a request opening a later ";"-part, :mod:`.authorised` the
  delegates of an authorisation, :mod:`.lead_ins` a paragraph leading in to the parts
  after it, :mod:`.time_first` work that follows how often it recurs, :mod:`.closings`
  and :mod:`.no_work` the sentences that carry no work, :mod:`.plan_roles` the roles a
  plan's approval assigns), :mod:`.reports` the report line;
* :mod:`.official` checks that the text is an official document, :mod:`.horizon` reads the
  document's own time (the deadline tasks with none inherit);
* :mod:`.assemble` builds the :class:`~cascade.model.CascadeFile` with review markers
  (:mod:`.draft_documents` and :mod:`.draft_obligations` write its entries,
  :mod:`.extraction` holds the result),
  :mod:`.subordination` places bodies below the issuer or leaves the doubt to a review
  note, :mod:`.group_copies` gives each member of a group its own body where work is
  handed on under the group's clause (:mod:`.review_notes` words the notes),
  :mod:`.writer` writes it.

:mod:`.evaluate` scores an extraction against a gold annotation field by field, and
:mod:`.scorecard` measures it the way the real-document evaluation reports it.
"""

from __future__ import annotations

from pathlib import Path

from cascade.errors import ExtractError
from cascade.extract.assemble import extract_text
from cascade.extract.extraction import Extraction, ReportLine, Review
from cascade.extract.known_orgs import Registry, load_registry

__all__ = [
    "Extraction",
    "Registry",
    "ReportLine",
    "Review",
    "extract_file",
    "extract_text",
    "load_registry",
]


def extract_file(path: str | Path, registry: Registry | None = None) -> Extraction:
    """Extract a draft from a UTF-8 (or UTF-16 with a byte-order mark) text file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ExtractError(f"{path}: is a directory, not a text file") from None
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode(raw, path)
    return extract_text(text, registry, source=path.name)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1258 is the legacy Vietnamese code page; crawled text sometimes uses it
        return raw.decode("cp1258")
    except UnicodeDecodeError:
        raise ExtractError(f"{path}: not a UTF-8 text file") from None
