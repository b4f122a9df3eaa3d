"""Validating a stored cascade: the definition's findings kept per revision and rule set,
the state rules on the engine's columns, the same report as the rules on models."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

import pytest

from cascade.files.loader import loads
from cascade.rules import Validator
from cascade.rules import stored as kept
from cascade.rules.base import Violation
from cascade.rules.config import Config
from cascade.rules.runner import FileReport
from cascade.rules.state_adapter import state_view
from cascade.services import Source, import_events, open_tracker, record, validate_stored
from cascade.store import EventStore, open_store
from cascade.testing.synthetic import Shape, generate, generate_events
from support import LIFE, SEED, events, run, small_text

DAYS = [dt.date(2025, 2, 15), dt.date(2025, 4, 1), dt.date(2026, 1, 1)]
CONFIGS = [
    Config(),
    Config(preset="strict"),
    Config(rules=(("CAS602", kept.Severity.OFF), ("CAS601", kept.Severity.INFO))),
]


def _rows(report: FileReport) -> list[tuple[object, ...]]:
    return [
        (f.code, f.severity, f.message, f.path, f.obligation, f.document, f.hint, str(f.position))
        for f in report.findings
    ]


def _on_models(validator: Validator, store: EventStore, cid: str, day: dt.date) -> FileReport:
    """The report of the rules on the models, as `validate --db` gave it before."""
    tracker = open_tracker(Source(db=store, cascade_id=cid))
    return validator.validate(tracker.cascade, state_view(tracker, day))


def _stored(validator: Validator, store: EventStore, cid: str, day: dt.date) -> FileReport:
    (report,) = validate_stored(validator, store, cascade_id=cid, as_of=day).reports
    return report


def _small(store: EventStore, rollup: str | None, written: str = "") -> str:
    text = small_text(rollup).replace(
        "action: Triển khai kế hoạch,", f"{written}action: Triển khai kế hoạch,"
    )
    cascade = loads(text)
    store.save_cascade(cascade)
    return cascade.cascade.id


@pytest.mark.parametrize(
    "rollup", [None, "{mode: any}", "{mode: k_of_n, k: 2}", "{mode: k_of_n}", "{mode: none}"]
)
def test_the_same_findings_as_the_rules_on_models(store: EventStore, rollup: str | None) -> None:
    """The first run (findings made and kept) and the next (findings read) report what the
    rules on models do, under each configuration and day. p is written as reported and
    one child of three is: CAS601 fires where the roll-up policy wants more (``k_of_n``
    without k: all), and c1 is overdue in April."""
    cid = _small(store, rollup, written="state: reported, ")
    for event in events(LIFE[1:4] + LIFE[5:6]):
        record(store, event)
    seen: set[str] = set()
    for config in CONFIGS:
        validator = Validator(config)
        for day in DAYS:
            expected = _rows(_on_models(validator, store, cid, day))
            assert _rows(_stored(validator, store, cid, day)) == expected
            assert _rows(_stored(validator, store, cid, day)) == expected
            seen.update(str(row[0]) for row in expected)
    assert {"CAS602"} <= seen  # the state rules did fire here
    assert ("CAS601" in seen) == (rollup not in ("{mode: any}", "{mode: none}"))


def test_the_same_findings_on_a_generated_cascade_with_its_history(store: EventStore) -> None:
    cascade = generate(1500, Shape(provinces=6, departments=8, communes=60, directives=3), seed=3)
    store.save_cascade(cascade)
    import_events(store, generate_events(cascade, seed=3))
    validator = Validator()
    for day in (dt.date(2026, 3, 1), dt.date(2026, 9, 1)):
        expected = _rows(_on_models(validator, store, cascade.cascade.id, day))
        assert expected and _rows(_stored(validator, store, cascade.cascade.id, day)) == expected


def test_a_cascade_with_amendments_is_validated_on_its_models(store: EventStore) -> None:
    cascade = loads(SEED.read_text(encoding="utf-8"))
    assert cascade.amendments
    store.save_cascade(cascade)
    validator = Validator()
    day = dt.date(2026, 3, 31)
    expected = _rows(_on_models(validator, store, cascade.cascade.id, day))
    assert _rows(_stored(validator, store, cascade.cascade.id, day)) == expected
    digest = store.revisions(cascade.cascade.id)[-1].digest
    assert store.load_findings(cascade.cascade.id, digest, kept.ruleset()) is None


def test_kept_findings_are_read_for_their_revision_and_rule_set_only(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _small(store, None)
    validator, day = Validator(), DAYS[0]
    digest = store.revisions(cid)[-1].digest
    ruleset = kept.ruleset()
    assert store.load_findings(cid, digest, ruleset) is None
    _stored(validator, store, cid, day)
    assert store.load_findings(cid, digest, ruleset) is not None
    # what the store keeps is what the next run reports: a planted finding shows
    cas101 = validator.rules["CAS101"]
    planted = kept.encode([(cas101, Violation("planted", ("obligations", "p")))])
    store.save_findings(cid, digest, ruleset, planted)
    assert "planted" in [f.message for f in _stored(validator, store, cid, day).findings]
    # other code (a changed rule): the rules run again, and what they find is kept
    monkeypatch.setattr(kept, "ruleset", lambda: "0" * 64)
    assert "planted" not in [f.message for f in _stored(validator, store, cid, day).findings]
    assert store.load_findings(cid, digest, "0" * 64) not in (None, planted)
    # another revision of the definition: not the kept findings either
    monkeypatch.setattr(kept, "ruleset", lambda: ruleset)
    store.save_cascade(
        loads(small_text().replace("Triển khai kế hoạch", "Triển khai")), replace=True
    )
    assert "planted" not in [f.message for f in _stored(validator, store, cid, day).findings]


def test_an_unreadable_kept_blob_is_found_again(store: EventStore) -> None:
    cid = _small(store, None)
    validator, day = Validator(), DAYS[1]
    expected = _rows(_on_models(validator, store, cid, day))
    store.save_findings(cid, store.revisions(cid)[-1].digest, kept.ruleset(), b"not zlib")
    assert _rows(_stored(validator, store, cid, day)) == expected


def test_a_read_only_store_is_validated_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    with open_store(f"sqlite:///{path}", create=True) as store:
        cid = _small(store, None)
    before = path.read_bytes()
    validator = Validator()
    with open_store(f"sqlite:///{path}?mode=ro") as store:
        expected = _rows(_on_models(validator, store, cid, DAYS[1]))
        assert _rows(_stored(validator, store, cid, DAYS[1])) == expected
    assert path.read_bytes() == before


def test_the_rule_set_digest_follows_the_code() -> None:
    digest = kept.ruleset()
    assert len(digest) == 64 and digest == kept.ruleset()


def test_db_load_keeps_the_findings_of_the_revision_it_stores(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(small_text().replace("lead: h3,", "lead: nobody,"), encoding="utf-8")
    assert run("db", "init", "--db", db_url)[0] == 0
    code, _, err = run("db", "load", str(path), "--db", db_url)
    assert code == 2 and "nobody" in err  # a broken file is refused before the store
    path.write_text(small_text(), encoding="utf-8")
    assert run("db", "load", str(path), "--db", db_url)[0] == 0
    with open_store(db_url) as store:
        digest = store.revisions("small")[-1].digest
        blob = store.load_findings("small", digest, kept.ruleset())
        assert blob is not None
        cascade = store.load_cascade("small")
    assert kept.decode(blob) == kept.definition_findings(cascade)
    code, out, _ = run("validate", "--db", db_url, "--as-of", "2025-04-01", "--format", "json")
    assert code == 1 and '"CAS401"' in out and '"CAS602"' in out  # an error, a warning


@pytest.mark.parametrize(
    "rows",
    [
        [["CAS999", "no such rule", [], None, None, None]],
        [["CAS101", 42, [], None, None, None]],
        [["CAS101", "a path of objects", [{"x": 1}], None, None, None]],
        [["CAS101", "too few fields"]],
        {"not": "a list"},
    ],
)
def test_kept_findings_of_the_wrong_shape_are_found_again(store: EventStore, rows: object) -> None:
    cid = _small(store, None)
    validator, day = Validator(), DAYS[1]
    expected = _rows(_on_models(validator, store, cid, day))
    blob = zlib.compress(json.dumps(rows).encode())
    store.save_findings(cid, store.revisions(cid)[-1].digest, kept.ruleset(), blob)
    assert kept.decode(blob) is None
    assert _rows(_stored(validator, store, cid, day)) == expected


def test_rules_of_other_packages_run_on_a_stored_cascade(store: EventStore) -> None:
    """A validator with a rule that is not cascade's own reads the models: the rule runs."""
    from cascade.rules.base import Rule, Severity, rule
    from cascade.rules.registry import all_rules

    @rule("ORG001", "every-obligation", Severity.WARNING)
    def every_obligation(ctx: object) -> object:
        """Flags every obligation (a test rule)."""
        for ob in ctx.cascade.obligations:  # type: ignore[attr-defined]
            yield Violation(f"seen {ob.id}", ("obligations", ob.id), obligation=ob.id)

    cid = _small(store, None)
    own: Rule = every_obligation
    validator = Validator(rules={**all_rules(plugins=False), "ORG001": own})
    assert not kept.builtin_only(validator)
    report = _stored(validator, store, cid, DAYS[1])
    assert [f.message for f in report.findings if f.code == "ORG001"] == [
        "seen p",
        "seen c1",
        "seen c2",
        "seen c3",
    ]
    assert _rows(report) == _rows(_on_models(validator, store, cid, DAYS[1]))
