"""The store keeps every revision of a definition, and refuses one that would rewrite a
recorded history (nothing written); the same change as a dated amendment is taken."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cascade.errors import RevisionConflictError
from cascade.event_batch import EventBatch
from cascade.services import Source, import_events, load_definition, status
from cascade.store import EventStore
from support import events, run, small_text

ROWS = [
    ("c1", "start", "h1", "2025-01-07"),
    ("c2", "start", "h2", "2025-01-07"),
    ("c1", "report", "h1", "2025-03-02"),  # late: c1 was due on 28 February
]
AMENDING = small_text().replace(
    "documents:\n",
    "documents:\n  - {id: cv-2, identifier: 3/VP-VX, kind: dispatch, issuer: office, "
    "on_behalf_of: ubnd, date: 2025-04-01}\n",
    1,
)


def stored(store: EventStore, tmp_path: Path, text: str, name: str = "small.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_revision_is_kept_and_readable(store: EventStore, tmp_path: Path) -> None:
    load_definition(store, stored(store, tmp_path, small_text()))
    load_definition(store, stored(store, tmp_path, AMENDING), replace=True)  # no events yet
    kept = store.revisions("small")
    assert [r.revision for r in kept] == [1, 2] and [r.obligations for r in kept] == [4, 4]
    assert {d.id for d in store.load_revision("small", 1).documents} == {"kh", "cv"}
    assert {d.id for d in store.load_revision("small", 2).documents} == {"kh", "cv", "cv-2"}


def test_a_replace_that_rewrites_the_history_is_refused_and_nothing_written(
    store: EventStore, tmp_path: Path
) -> None:
    load_definition(store, stored(store, tmp_path, AMENDING))
    import_events(store, EventBatch.from_events(events(ROWS)))
    before = status(Source(db=store), dt.date(2025, 3, 31)).status
    lead = AMENDING.replace("lead: h1, coordinators: [so]", "lead: h3, coordinators: [so]")
    later = AMENDING.replace("due: 2025-02-28", "due: 2025-04-30")
    for text, field, kind in ((lead, "lead", "reassign"), (later, "deadline", "extend")):
        with pytest.raises(RevisionConflictError) as refused:
            load_definition(store, stored(store, tmp_path, text, "new.yaml"), replace=True)
        (conflict,) = refused.value.conflicts
        assert conflict.id == "c1" and conflict.field == field  # type: ignore[attr-defined]
        assert f"kind: {kind}" in str(refused.value) and "nothing written" in str(refused.value)
    assert [r.revision for r in store.revisions("small")] == [1]
    assert status(Source(db=store), dt.date(2025, 3, 31)).status == before


def test_the_same_changes_as_dated_amendments_are_taken(store: EventStore, tmp_path: Path) -> None:
    load_definition(store, stored(store, tmp_path, AMENDING))
    import_events(store, EventBatch.from_events(events(ROWS)))
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=k) for k in range(0, 150, 7)]
    before = {d: status(Source(db=store), d).status.as_dict() for d in days}
    amended = (
        AMENDING
        + """amendments:
  - {id: gh, kind: extend, document: cv-2, obligations: [c2],
     deadline: {kind: event, milestone: m1, offset_days: 30}}
  - {id: gl, kind: reassign, document: cv-2, obligations: [c3], lead: h1}
"""
    )
    load_definition(store, stored(store, tmp_path, amended, "new.yaml"), replace=True)
    assert [r.revision for r in store.revisions("small")] == [1, 2]
    after = {d: status(Source(db=store), d).status.as_dict() for d in days}
    assert all(after[d] == before[d] for d in days if d < dt.date(2025, 4, 1))


def test_every_command_works_after_a_refused_replace(db_url: str, tmp_path: Path) -> None:
    first, changed = tmp_path / "small.yaml", tmp_path / "changed.yaml"
    first.write_text(AMENDING, encoding="utf-8")
    changed.write_text(AMENDING.replace("lead: h2, via: so", "lead: h3, via: so"), encoding="utf-8")
    eventsfile = tmp_path / "events.jsonl"
    from cascade.files.events_write import write_events

    write_events(events(ROWS), eventsfile)
    assert run("db", "init", "--db", db_url).exit_code == 0
    assert run("db", "load", first, "--db", db_url).exit_code == 0
    assert run("events", "import", eventsfile, "--db", db_url, "--no-progress").exit_code == 0
    refused = run("db", "load", changed, "--replace", "--db", db_url)
    assert refused.exit_code == 2 and "c2: lead h2 → h3" in refused.stderr
    assert "kind: reassign" in refused.stderr and "Traceback" not in refused.output
    for command in (
        ["status", "--as-of", "2025-03-31"],
        ["validate", "--as-of", "2025-03-31"],
        ["export", "--format", "ocel"],
        ["render", "-o", tmp_path / "out.svg", "--as-of", "2025-03-31"],
        ["history", "c1"],
        ["db", "revisions"],
    ):
        result = run(*command, "--db", db_url)
        assert result.exit_code in (0, 1), (command, result.output)  # 1: validate's findings
    assert "1 revision(s)" in run("db", "revisions", "--db", db_url).stdout


def test_diff_lists_the_changes_and_what_would_express_them(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(small_text(), encoding="utf-8")
    new.write_text(
        small_text()
        .replace("lead: h2, via: so", "lead: h3, via: so")
        .replace("due: 2025-02-28", "due: 2025-03-31")
        + "  - {id: c4, document: cv, lead: h1, action: Thêm, implements: p}\n",
        encoding="utf-8",
    )
    result = run("diff", old, new)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "~ obligation c2: lead h2 → h3  [rewrites a history]" in lines
    assert "+ obligation c4" in lines
    assert any("kind: extend" in line and '"c1"' in line for line in lines)
    assert run("diff", old, old).exit_code == 0 and run("diff", old, old).stdout == ""
    data = run("diff", old, new, "--format", "json").stdout
    assert '"field": "deadline"' in data
