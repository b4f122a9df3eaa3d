"""``cascade db``, ``cascade events import`` and ``cascade history`` on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cascade.files.loader import load
from cascade.store import open_store
from cascade.store.migrations import CURRENT
from support import SEED, SEED_ID, run
from support.store import lifecycle_events, write_jsonl

OB = "1.1@bao-kien-giang"


def test_init_load_and_list(db_url: str) -> None:
    code, out, _ = run("db", "init", "--db", db_url)
    assert code == 0 and f"schema version {CURRENT}" in out
    assert run("db", "init", "--db", db_url)[0] == 0  # again: nothing to migrate
    code, out, _ = run("db", "load", str(SEED), "--db", db_url)
    assert code == 0 and f"{SEED_ID}: stored" in out
    code, out, _ = run("db", "load", str(SEED), "--db", db_url)
    assert code == 0 and f"{SEED_ID}: unchanged" in out
    code, out, _ = run("db", "list", "--db", db_url)
    assert code == 0 and "kien-giang" in out and "Tuyên truyền" in out


def test_import_then_history(ready: str, tmp_path: Path) -> None:
    events = lifecycle_events(load(SEED), 300)
    path = write_jsonl(events, tmp_path / "events.jsonl")
    code, out, _ = run("events", "import", str(path), "--db", ready, "--batch-size", "64")
    assert code == 0, out
    assert "300 events added, 0 already stored (300 read, 5 transactions)" in out
    code, out, _ = run("events", "import", str(path), "--db", ready)
    assert "0 events added, 300 already stored" in out
    code, out, _ = run("history", OB, "--db", ready, "--format", "jsonl")
    mine = [e for e in events if e.obligation == OB]
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [
        e.id for e in mine
    ]
    code, out, _ = run("history", OB, "--db", ready)
    assert code == 0 and "start" in out and "Thời điểm" in out


def test_history_until_a_date_and_round_trip(ready: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "a", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth", '
        '"at": "2025-03-31T23:59:00+07:00", "note": "Đã khởi động"}\n'
        '{"id": "b", "obligation": "1.4", "trigger": "report", "actor": "dai-ptth", '
        '"at": "2025-03-31T17:00:00Z", "evidence": "Báo cáo 1"}\n'
        '{"id": "m", "milestone": "xiv-congress", "actor": "btv-tu", "at": "2026-01-19"}\n',
        encoding="utf-8",
    )
    assert run("events", "import", str(source), "--db", ready)[0] == 0
    # 17:00 UTC on 31 March is 00:00 on 1 April in Vietnam: outside "until 2025-03-31"
    code, out, _ = run("history", "--db", ready, "--until", "2025-03-31", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["a"]
    out_file = tmp_path / "out.jsonl"
    assert run("history", "--db", ready, "--format", "jsonl", "-o", str(out_file))[0] == 0
    written = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert written[0]["note"] == "Đã khởi động" and written[1]["at"] == "2025-03-31T17:00:00+00:00"
    assert written[2] == {
        "id": "m", "milestone": "xiv-congress", "actor": "btv-tu", "at": "2026-01-19T00:00:00"
    }  # fmt: skip


def _count(url: str) -> int:
    with open_store(url) as store:
        return len(store.history(SEED_ID))


@pytest.mark.parametrize(
    ("line", "where", "message"),
    [
        ('{"id": "x", "obligation": "1.4", "trigger": "start"', ":2:52", "invalid JSON"),
        ('{"id": "x", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth"}', ":2:1",
         "missing required key 'at'"),
        ('{"id": "x", "obligation": "9.9", "trigger": "start", "actor": "dai-ptth", '
         '"at": "2025-01-01"}', ":2:", "unknown obligation '9.9'"),
        ('{"id": "x", "obligation": "1.4", "trigger": "start", "actor": "ai-do", '
         '"at": "2025-01-01"}', ":2:", "unknown organisation 'ai-do'"),
        ('{"id": "x", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth", '
         '"at": "2025-01-01", "colour": "red"}', ":2:95", "unknown key 'colour'"),
        ('{"id": "ok", "obligation": "1.4", "trigger": "report", "actor": "dai-ptth", '
         '"at": "2025-01-01"}', ":2:", "already in the history for a different event"),
        ('{"id": "x", "actor": "dai-ptth", "at": "2025-01-01"}', ":2:1",
         "missing required key 'obligation'"),
        ('{"id": "x", "obligation": "1.4", "trigger": "accept", "actor": "dai-ptth", '
         '"at": "2025-01-02"}', ":2:", "may not 'accept' obligation 1.4"),
        ('{"id": "x", "obligation": "1.4", "trigger": "report", "actor": "so-tttt", '
         '"at": "2025-01-02"}', ":2:", "only the lead (dai-ptth) may 'report' it"),
    ],
)  # fmt: skip
def test_bad_events_files_change_nothing(
    ready: str, tmp_path: Path, line: str, where: str, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    good = (
        '{"id": "ok", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth", '
        '"at": "2025-01-01"}'
    )
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    code, out, err = run("events", "import", str(path), "--db", ready)
    assert code == 2, out
    assert f"{path}{where}" in err and message in err, err
    assert "Traceback" not in err
    assert _count(ready) == 0


def test_a_stored_event_id_with_other_content_is_refused(ready: str, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(
        '{"id": "e1", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth", '
        '"at": "2025-01-01"}\n',
        encoding="utf-8",
    )
    assert run("events", "import", str(first), "--db", ready)[0] == 0
    second = tmp_path / "second.jsonl"
    second.write_text(
        '{"id": "e2", "obligation": "1.4", "trigger": "report", "actor": "dai-ptth", '
        '"at": "2025-01-02"}\n'
        '{"id": "e1", "obligation": "1.4", "trigger": "start", "actor": "dai-ptth", '
        '"at": "2025-01-05"}\n',
        encoding="utf-8",
    )
    code, _, err = run("events", "import", str(second), "--db", ready)
    assert code == 2 and f"{second}:2:" in err and "already in the history for a different" in err
    assert _count(ready) == 1


def test_errors_are_clean(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    code, _, err = run("history", "--db", missing)
    assert code == 2 and "cascade db init" in err and not (tmp_path / "none.db").exists()
    code, _, err = run("db", "init", "--db", "mysql://x@y/z")
    assert code == 2 and "unsupported database 'mysql'" in err
    code, _, err = run("db", "init", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 2 and err.startswith(
        "error: postgresql://nobody@127.0.0.1:1/none: connection failed"
    )
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    assert run("db", "init", "--db", url)[0] == 0
    code, _, err = run("history", "--db", url)
    assert code == 2 and "holds no cascade" in err
    code, _, err = run(
        "events", "import", str(tmp_path / "nope.jsonl"), "--db", url, "--cascade", "x"
    )
    assert code == 2 and "nope.jsonl: no such events file" in err
    code, _, err = run("history", "--db", url, "--until", "soon")
    assert code == 2 and "--until 'soon'" in err


def test_cascade_db_and_the_default_file(tmp_path: Path) -> None:
    env_url = f"sqlite:///{tmp_path / 'from-env.db'}"
    code, out, _ = run("db", "init", env={"CASCADE_DB": env_url})
    assert code == 0 and env_url in out and (tmp_path / "from-env.db").is_file()
    proc = subprocess.run(
        [sys.executable, "-m", "cascade", "db", "init"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "sqlite:///cascade.db" in proc.stdout and (tmp_path / "cascade.db").is_file()


def test_progress_bar_goes_to_standard_error(ready: str, tmp_path: Path) -> None:
    path = write_jsonl(lifecycle_events(load(SEED), 50), tmp_path / "events.jsonl")
    code, out, err = run("events", "import", str(path), "--db", ready, "--progress")
    assert code == 0 and "writing" in err and "100%" in err
    assert "writing" not in out
