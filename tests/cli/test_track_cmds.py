"""``cascade status``, ``apply``, ``lifecycle check`` and ``export --events`` end to end."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from support import ROOT, SEED, SEED_EVENTS, run

BUCKETS = ["completed_on_time", "completed_late", "open_within_deadline", "overdue"]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A copy of the seed with its events file in the default history place."""
    shutil.copy(SEED, tmp_path / SEED.name)
    (tmp_path / "events").mkdir()
    return tmp_path


def test_status_json_has_the_four_buckets_for_the_whole_and_each_group() -> None:
    result = run("status", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31",
                 "--by", "organisation", "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-03-31" and data["lifecycle"] == "default"
    for row in [data["total"], *data["groups"]]:
        assert set(BUCKETS) <= set(row)
    assert data["total"]["completed_late"] == 1 and data["total"]["total"] == 96
    names = {g["id"]: g["name"] for g in data["groups"]}
    assert names["so-y-te"] == "Sở Y tế"  # Vietnamese kept, not escaped


def test_status_changes_with_the_as_of_date() -> None:
    totals = {}
    for day in ("2025-03-31", "2026-01-31", "2026-03-31"):
        result = run("status", SEED, "--events", SEED_EVENTS, "--as-of", day, "--format", "csv")
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows[-1]["id"] == "total"
        totals[day] = {k: int(rows[-1][k]) for k in BUCKETS}
    assert totals["2025-03-31"]["overdue"] == 0  # the congress had not happened
    assert totals["2026-01-31"]["overdue"] > 0
    assert totals["2026-03-31"]["completed_late"] == totals["2026-01-31"]["completed_late"] + 1


def test_status_table_shows_vietnamese_and_english_labels() -> None:
    result = run("status", SEED, "--events", SEED_EVENTS, "--as-of", "2026-03-31", "--by", "level")
    assert result.exit_code == 0, result.output
    for label in ("Hoàn thành đúng hạn", "Completed on time", "Quá hạn".lower(), "Cấp huyện"):
        assert label in result.stdout


def test_a_refused_event_in_the_events_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    lines = SEED_EVENTS.read_text(encoding="utf-8").splitlines()
    lines.insert(5, '{"id": "bad-1", "obligation": "1.4", "trigger": "report", '
                    '"actor": "so-tttt", "at": "2025-01-09T08:00:00+07:00"}')  # fmt: skip
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("status", SEED, "--events", bad, "--format", "json")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    message = result.stderr
    assert f"{bad}:6" in message and "event bad-1" in message and "so-tttt" in message
    assert "not allowed from 'assigned'" in message


def test_a_malformed_events_file_gives_file_line_col(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "e1", "obligation": "1.4"}\n', encoding="utf-8")
    result = run("status", SEED, "--events", bad)
    assert result.exit_code == 2
    assert f"{bad}:1:1: missing required key" in result.stderr


def test_apply_appends_new_events_and_skips_known_ones(workdir: Path) -> None:
    cascade = workdir / SEED.name
    history = workdir / "events" / f"{SEED.stem}.jsonl"
    lines = SEED_EVENTS.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = workdir / "a.jsonl", workdir / "b.jsonl"
    first.write_text("".join(lines[:30]), encoding="utf-8")
    second.write_text("".join(lines[20:]), encoding="utf-8")  # overlaps the first
    result = run("apply", cascade, first)
    assert result.exit_code == 0, result.output
    assert "appended 30 event(s)" in result.stderr
    result = run("apply", cascade, second)
    assert result.exit_code == 0, result.output
    assert f"appended {len(lines) - 30} event(s)" in result.stderr
    assert "10 already there" in result.stderr
    assert history.read_text(encoding="utf-8") == "".join(lines)
    again = run("apply", cascade, second)
    assert "appended 0 event(s)" in again.stderr


def test_apply_refuses_all_or_nothing(workdir: Path) -> None:
    cascade = workdir / SEED.name
    history = workdir / "events" / f"{SEED.stem}.jsonl"
    history.write_bytes(SEED_EVENTS.read_bytes())
    before = history.read_bytes()
    new = workdir / "new.jsonl"
    new.write_text(
        '{"id": "n1", "obligation": "1.4", "trigger": "report", "actor": "dai-ptth", '
        '"at": "2026-02-01T08:00:00+07:00"}\n'
        '{"id": "n2", "obligation": "1.4", "trigger": "accept", "actor": "dai-ptth", '
        '"at": "2026-02-02T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    result = run("apply", cascade, new)
    assert result.exit_code == 2
    assert "event n2" in result.stderr and "dai-ptth may not 'accept'" in result.stderr
    assert "only the issuer (so-tttt) or the report-to body (so-tttt)" in result.stderr
    assert history.read_bytes() == before


def test_lifecycle_check() -> None:
    for target in (SEED, ROOT / "workflows" / "lifecycles" / "eoffice.yaml",
                   ROOT / "src" / "cascade" / "lifecycles" / "default.yaml"):  # fmt: skip
        result = run("lifecycle", "check", target)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("ok: lifecycle ")
    assert "report (Báo cáo kết quả): in_progress → reported  by lead, after the roll-up" in (
        run("lifecycle", "check", SEED).stdout
    )


def test_lifecycle_check_reports_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = (ROOT / "workflows" / "lifecycles" / "eoffice.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("initial: true", "").replace("dest: approved", "dest: done"),
                   encoding="utf-8")  # fmt: skip
    result = run("lifecycle", "check", bad)
    assert result.exit_code == 2
    assert "no initial state" in result.stderr and "unknown state 'done'" in result.stderr
    assert f"{bad}:" in result.stderr and "problems" in result.stderr


def test_export_takes_states_from_the_events() -> None:
    result = run("export", SEED, "--events", SEED_EVENTS)
    assert result.exit_code == 0, result.output
    states = {ob["id"]: ob["state"] for ob in json.loads(result.stdout)["obligations"]}
    assert states["1.1@dai-ptth"] == "accepted" and states["3.4@ubnd-kien-hai"] == "cancelled"
    plain = json.loads(run("export", SEED).stdout)
    assert {ob["state"] for ob in plain["obligations"]} == {"assigned"}


@pytest.mark.parametrize("command", [["status"], ["apply"], ["lifecycle"], ["lifecycle", "check"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0 and len(result.stdout) > 100


def test_an_unknown_lifecycle_points_at_the_header(tmp_path: Path) -> None:
    cascade = tmp_path / "c.yaml"
    text = SEED.read_text(encoding="utf-8").replace("lifecycle: default", "lifecycle: nope")
    cascade.write_text(text, encoding="utf-8")
    result = run("status", cascade)
    assert result.exit_code == 2
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "lifecycle: nope" in row)
    assert result.stderr.startswith(f"{cascade}:{line}:")
    assert "unknown lifecycle 'nope'" in result.stderr
