"""Every hostile input of the corpus (corpus.py) through the real `cascade` command.

For each case: the exit code it expects, no traceback, a refusal that names the
place, no output file and no change to the database or the history when refused,
nothing left behind that the input asked for (``pwned``), output with nothing
raw in it for the output-encoding cases, and a time bound (a hang fails).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from hostile.corpus import BIG, GENERATED, INPUTS, Case, all_cases, make_generated

CASCADE = str(Path(sys.executable).with_name("cascade"))
TIME_BOUND = 20  # seconds: the bound for a hang
GOOD_EVENT = (
    '{"id": "h1", "obligation": "o1", "trigger": "start", "actor": "so", '
    '"at": "2025-03-15T09:00:00+07:00"}\n'
)
# what must never reach a terminal raw: controls (but tab and line feed), bidi, zero-width
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
FORGED = re.compile(r"^(::error::|::add-mask::|base\.yaml:1:1: CAS999)", re.MULTILINE)
FORMULA = ("=", "+", "-", "@", "\t", "\r")

CASES = all_cases()


def test_the_corpus_is_large_and_its_ids_unique() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 150


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run(
        [CASCADE, *args], cwd=cwd, env={**os.environ, **(env or {})}, check=True,
        capture_output=True, timeout=TIME_BOUND,
    )  # fmt: skip


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated inputs, and a database holding base.yaml (copied for each case)."""
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copytree(INPUTS, folder / "inputs")
    make_generated(folder)
    _run(["db", "init", "--db", "ready.db"], folder)
    _run(["db", "load", str(INPUTS / "base.yaml"), "--db", "ready.db"], folder)
    return folder


def _workdir(folder: Path, prepared: Path) -> Path:
    """A folder with links to the inputs (a copy of them, made once: a command that wrote
    to an input would spoil only the copy) and its own history and database."""
    folder.mkdir()
    for item in (prepared / "inputs").iterdir():
        (folder / item.name).symlink_to(item)
    for name in [*GENERATED, BIG, "ev_deep_100000.jsonl", "ex_20mb.txt"]:
        (folder / name).symlink_to(prepared / name)
    (folder / "history.jsonl").write_text(GOOD_EVENT, encoding="utf-8")
    shutil.copy(prepared / "ready.db", folder / "ready.db")
    return folder


FILES = {
    "parent-is-file": "afile/x.db", "empty-file": "empty.db", "not-sqlite": "notes.db",
    "directory": "adir", "missing": "missing.db", "corrupt": "corrupt.db",
}  # fmt: skip


def _database(kind: str, workdir: Path) -> tuple[str, Path | None]:
    """The URL of database ``kind`` made in ``workdir``, and the file it names."""
    ready = workdir / "ready.db"
    if kind == "bad-url":
        return "postgresql://[::1", None
    if kind == "unknown-option":
        return f"sqlite:///{ready}?uri=true&mode=ro", ready
    if kind == "bad-mode":
        return f"sqlite:///{ready}?mode=rwx", ready
    if kind == "read-only":
        shutil.copy(ready, workdir / "readonly.db")
        return f"sqlite:///{workdir / 'readonly.db'}?mode=ro", workdir / "readonly.db"
    target = workdir / FILES.get(kind, "tampered.db")
    if kind == "parent-is-file":
        (workdir / "afile").write_text("a file\n")
    elif kind == "empty-file":
        target.touch()
    elif kind == "not-sqlite":
        target.write_text("hello\n")
    elif kind == "directory":
        target.mkdir()
    elif kind == "corrupt":
        data = bytearray(ready.read_bytes())
        for offset in range(4096, len(data), 4096):  # every page but the header's
            data[offset : offset + 32] = b"\x0d\xff\xff\xff" * 8
        target.write_bytes(bytes(data))
    elif kind.startswith("tampered"):
        shutil.copy(ready, target)
        _tamper(target, kind)
    return str(target), target


def _tamper(path: Path, kind: str) -> None:
    column, value = {
        "tampered-definition": ("definition", b"\x00\xff\x00"),
        "tampered-json": ("definition", zlib.compress(b'{"format": "cascade/1", "x": 1}')),
        "tampered-lifecycle": ("lifecycle", "{not json"),
    }[kind]
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE cascade_definitions SET {column} = ?", (value,))
    conn.close()


def _fill(case: Case, workdir: Path) -> tuple[list[str], list[Path]]:
    """The arguments of ``case`` in ``workdir``, and the files a refusal must leave as they are."""
    args, watched = [], []
    for arg in case.args:
        if arg.startswith("{url:"):
            url, target = _database(arg[5:-1], workdir)
            args.append(url)
            watched += [target] if target is not None else []
        elif arg in ("{db}", "{history}"):
            path = workdir / ("ready.db" if arg == "{db}" else "history.jsonl")
            args.append(str(path))
            watched.append(path)
        else:
            args.append(arg.replace("{out}", str(workdir / "out")))
    return args, watched


def _state(path: Path) -> object:
    """What a file holds, as far as a refusal may not change it: a database's rows (its
    bytes move when SQLite checkpoints), otherwise its bytes; None when missing."""
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    if not path.exists():
        return None
    data = path.read_bytes()
    if data.startswith(b"SQLite format 3\x00"):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                dump = list(conn.iterdump())
            conn.close()
            return dump
        except sqlite3.DatabaseError:
            return data
    return data


def _outputs(workdir: Path) -> list[Path]:
    return sorted(workdir.glob("out.*"))


@dataclass
class Run:
    """One case as run: the process (None past the time bound), and the watched files."""

    workdir: Path
    done: subprocess.CompletedProcess[bytes] | None
    before: dict[Path, object]
    after: dict[Path, object]


def _run_case(case: Case, workdir: Path) -> Run:
    args, watched = _fill(case, workdir)
    before = {path: _state(path) for path in watched}
    try:
        done: subprocess.CompletedProcess[bytes] | None = subprocess.run(
            [CASCADE, *args], cwd=workdir, env={**os.environ, "COLUMNS": "200", **case.env},
            capture_output=True, timeout=TIME_BOUND, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        done = None
    return Run(workdir, done, before, {path: _state(path) for path in watched})


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest, prepared: Path) -> dict[str, Run]:
    """The selected cases, run two or more at a time (the processes spend their time
    starting Python; the assertions stay one test per case)."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if item.name.startswith("test_hostile_input[")
    ]
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        futures = {
            case.id: pool.submit(_run_case, case, _workdir(prepared / f"case{n}", prepared))
            for n, case in enumerate(selected)
        }
        return {case_id: future.result() for case_id, future in futures.items()}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Case, runs: dict[str, Run]) -> None:
    run = runs[case.id]
    if run.done is None:
        pytest.fail(f"cascade {' '.join(case.args)} ran past {TIME_BOUND} s")
    out = run.done.stdout.decode("utf-8", "replace")
    err = run.done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    assert run.done.returncode == case.exit, f"exit {run.done.returncode}:\n{err}\n{out[:2000]}"
    assert not (run.workdir / "pwned").exists()
    if case.exit == 2:
        assert case.place in err, err
        assert _outputs(run.workdir) == [], "a refusal left an output file"
        assert not list(run.workdir.glob(".out.*")), "a refusal left a temporary file"
        for path, state in run.before.items():
            assert run.after[path] == state, f"a refusal changed {path.name}"
    if case.inject:
        assert not RAW.search(out + err), repr(RAW.search(out + err))
        assert not FORGED.search(out + err), FORGED.search(out + err)
    if case.csv:
        _check_csv(_outputs(run.workdir))
    if case.id.startswith(("inject-render", "inject-report")):
        _check_diagram(_outputs(run.workdir))
    if case.id == "inject-due-ics":
        ics = _outputs(run.workdir)[0].read_text(encoding="utf-8")
        assert not RAW.search(ics.replace("\r\n", "\n")), "a control character in the calendar"
        assert not FORGED.search(ics)


def _check_csv(paths: list[Path]) -> None:
    assert paths
    rows = list(csv.reader(paths[0].read_text(encoding="utf-8-sig").splitlines()))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'") for cell in cells)  # the hostile cells are there, inert
    assert not [cell for cell in cells if cell.startswith(FORMULA)]


def _check_diagram(paths: list[Path]) -> None:
    assert paths
    text = paths[0].read_text(encoding="utf-8")
    if paths[0].suffix == ".html":  # the report's own scripts are there; no name is one
        assert "<script>alert(1)" not in text and "</text><script>x" not in text
        return
    if paths[0].suffix == ".dot":  # what matters is what Graphviz makes of it
        text = subprocess.run(
            ["dot", "-Tsvg", str(paths[0])], capture_output=True, check=True, text=True
        ).stdout
        paths = [paths[0].with_suffix(".svg")]
    assert "<script" not in text.lower()
    if paths[0].suffix == ".svg":
        import xml.etree.ElementTree as ET

        ET.fromstring(text.encode())  # well formed: nothing closed a text element early
    if paths[0].suffix == ".mmd":
        assert not re.search(r"%%\{|^\s*click\s", text, re.MULTILINE), text
