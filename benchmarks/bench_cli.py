"""Benchmark: the commands as a user runs them, whole processes, beside their floors.

Every case is one ``cascade …`` process timed by ``/usr/bin/time -v`` (wall, CPU
seconds, peak RSS); beside it, in the same run, its floor: ``json.load`` of the same
file (the least any reader of it does), ``cascade --help`` and a bare click program
(the least any command costs), and for ``show`` the libraries it reads and draws with
(click, rich, PyYAML and one pydantic model validated), then those and cascade's models.
The inputs, made once in ``--dir``:

* the seed cascade (96 obligations) and its events;
* ``national.yaml``: a national directive written by hand with group addressees,
  about 94,500 obligations once expanded (``benchmarks/national.py``);
* ``national-flat.json``: the same cascade written by a machine, every obligation
  explicit;
* ``million.json`` and ``million-events.jsonl``: a 1,000,000-obligation synthetic
  cascade (``cascade.testing.synthetic``), every obligation explicit, and a legal
  history of 2,000,000 events;
* ``national.db`` and ``million.db``: SQLite stores holding those cascades and their
  histories (made with ``cascade db load`` and ``cascade events import``); with
  ``--postgres URL``, the same two stores in databases of that server too, so that every
  store case runs on both. A store made in the run also times its ``events import``.

Run (about 15 minutes on 2 cores the first time, most of it making the million)::

    .venv/bin/python benchmarks/bench_cli.py [--dir DIR] [--skip-million] [--rounds N]
        [--postgres postgresql+psycopg://user@host:port/db]

Prints a Markdown table for docs/performance.md ("Commands at scale").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CASCADE = str(BIN / "cascade")  # --baseline SRC runs another tree's code instead
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"
AS_OF = "2026-06-30"
BARE_CLICK = "import click\n@click.command()\ndef main():\n    pass\nmain()\n"
# the libraries `show` needs, one pydantic model validated (pydantic builds its machinery
# and looks for plugins on first use): what any command that reads a file starts with
SHOW_LIBRARIES = (
    "import click, rich.console, rich.table, rich.tree, yaml\n"
    "from pydantic import BaseModel\n"
    "class M(BaseModel):\n    x: int\n"
    "M(x=1)\n"
)


IMPORTS: list[tuple[str, tuple[float, float, float, int]]] = []  # stores made in this run


def make(folder: Path, million: bool, postgres: str | None = None) -> None:
    """Write the inputs that are not there yet."""
    folder.mkdir(parents=True, exist_ok=True)
    national = folder / "national.yaml"
    if not national.exists():
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from national import national_yaml

        national.write_text(national_yaml(), encoding="utf-8")
    flat = folder / "national-flat.json"
    if not flat.exists():
        _flat_json(national, flat)
    db = folder / "national.db"
    if not db.exists():
        _store(f"sqlite:///{db}", national, folder / "national-events.jsonl")
    if postgres is not None and _fresh_database(postgres, "national"):
        _store(_database(postgres, "national"), national, folder / "national-events.jsonl")
    if million:
        big = folder / "million.json"
        events = folder / "million-events.jsonl"
        if not big.exists() or not events.exists():
            _million(big, events)
        db = folder / "million.db"
        if not db.exists():
            _store(f"sqlite:///{db}", big, events)
        if postgres is not None and _fresh_database(postgres, "million"):
            _store(_database(postgres, "million"), big, events)


def _database(url: str, name: str) -> str:
    """The URL of the benchmark's database ``name`` on the server of ``url``."""
    return f"{url.rsplit('/', 1)[0]}/cascade_bench_{name}"


def _fresh_database(url: str, name: str) -> bool:
    """Create the database ``name`` on that server; False if it is there already."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": f"cascade_bench_{name}"}
        ).first()
        if found is None:
            connection.execute(text(f"CREATE DATABASE cascade_bench_{name}"))
    engine.dispose()
    return found is None


def _flat_json(source: Path, target: Path) -> None:
    from cascade.files.loader import load
    from cascade.store.definitions import to_json

    target.write_text(to_json(load(source)), encoding="utf-8")


def _million(target: Path, events: Path) -> None:
    from cascade.files.events_write import write_events
    from cascade.store.definitions import to_json
    from cascade.testing.synthetic import generate, generate_events

    cascade = generate(1_000_000)
    target.write_text(to_json(cascade), encoding="utf-8")
    write_events(generate_events(cascade, 2_000_000), events)


def _store(url: str, definition: Path, events: Path) -> None:
    """A store holding ``definition`` and a legal history (written to ``events`` if new);
    its ``events import`` is timed."""
    if not events.exists():
        from cascade.files.events_write import write_events
        from cascade.files.loader import load
        from cascade.testing.synthetic import generate_events

        cascade = load(definition)
        write_events(generate_events(cascade), events)
    for args in (["db", "init"], ["db", "load", str(definition)]):
        subprocess.run([CASCADE, *args, "--db", url], check=True, capture_output=True)
    took = timed([CASCADE, "events", "import", str(events), "--db", url])
    if took[3] != 0:
        raise SystemExit(f"events import into {url} failed")
    lines = sum(1 for _ in events.open("rb"))
    IMPORTS.append((f"{_backend(url)} {definition.stem}: events import of {lines:,}", took))


def _backend(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgresql") else "SQLite"


def timed(command: list[str]) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MB, exit code) of ``command`` as a whole process."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-v", "-o", report.name, *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - start
        text = Path(report.name).read_text()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))  # type: ignore[union-attr]
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))  # type: ignore[union-attr]
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))  # type: ignore[union-attr]
    if done.returncode not in (0, 1):
        print(f"  ! {' '.join(command)} exited {done.returncode}: {done.stderr[-300:]}")
    return wall, user + system, rss / 1024, done.returncode


def store_cases(name: str, url: str) -> list[tuple[str, list[str]]]:
    """The store cases of one store: status and validate of the whole, one record."""
    as_of = ["--as-of", AS_OF]
    label = f"{name} store ({_backend(url)})"
    return [
        (f"{label}: status --db", [CASCADE, "status", "--db", url, *as_of]),
        # as after an upgrade of cascade (or a store written by the library alone): the
        # definition's rules run on the models, and their findings are kept again
        (
            f"{label}: validate --db, no findings kept",
            ["COLD", CASCADE, "validate", "--db", url, *as_of],
        ),
        (f"{label}: validate --db", [CASCADE, "validate", "--db", url, *as_of]),
        (f"{label}: one record", ["RECORD", url]),
        (f"{label}: record, the library call (median)", ["LIBRARY", url]),
    ]


def cases(folder: Path, million: bool, postgres: str | None = None) -> list[tuple[str, list[str]]]:
    """(label, command) of every case and floor, in the order of the table."""
    py = str(BIN / "python")
    floor = [py, "-c", "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"]
    national, flat = folder / "national.yaml", folder / "national-flat.json"
    as_of = ["--as-of", AS_OF]
    rows: list[tuple[str, list[str]]] = [
        ("floor: bare click program", [py, "-c", BARE_CLICK]),
        ("floor: cascade --help", [CASCADE, "--help"]),
        # what `show` cannot do without: its libraries, then with cascade's models
        ("floor: click, rich, PyYAML, one pydantic model", [py, "-c", SHOW_LIBRARIES]),
        ("floor: the same and cascade.model", [py, "-c", f"{SHOW_LIBRARIES}import cascade.model"]),
        ("seed: show", [CASCADE, "show", str(SEED)]),
        ("seed: status --events", [CASCADE, "status", str(SEED), "--events", str(SEED_EVENTS)]),
        ("national YAML (94,452): validate", [CASCADE, "validate", str(national)]),
        ("national YAML: status", [CASCADE, "status", str(national), *as_of]),
        (
            "national YAML: render svg",
            [CASCADE, "render", str(national), "-o", os.devnull, "--format", "svg"],
        ),
        ("floor: json.load of the flat JSON", [*floor, str(flat)]),
        ("national flat JSON: validate", [CASCADE, "validate", str(flat)]),
        ("national flat JSON: status", [CASCADE, "status", str(flat), *as_of]),
        *store_cases("national", f"sqlite:///{folder / 'national.db'}"),
    ]
    if postgres is not None:
        rows += store_cases("national", _database(postgres, "national"))
    if million:
        big, events = folder / "million.json", folder / "million-events.jsonl"
        rows += [
            ("floor: json.load of the 1M JSON", [*floor, str(big)]),
            (
                "1M flat JSON: status --events (2M)",
                [CASCADE, "status", str(big), "--events", str(events), *as_of],
            ),
            *store_cases("1M", f"sqlite:///{folder / 'million.db'}"),
        ]
        if postgres is not None:
            rows += store_cases("1M", _database(postgres, "million"))
    return rows


def records(db: str, count: int) -> list[list[str]]:
    """``count`` commands that each record a start on an obligation nobody has started,
    by its lead: every round writes one event the guards accept."""
    from cascade.store import open_store

    with open_store(db) as store:
        (record,) = store.cascades()
        started = store.heads(record.id)
        untouched = (ob for ob in store.load_cascade(record.id).obligations if ob.id not in started)
        chosen = [next(untouched) for _ in range(count)]
    return [
        [
            CASCADE,
            "record",
            "start",
            ob.id,
            "--actor",
            ob.lead,
            "--db",
            db,
            "--at",
            "2026-06-01T09:00",
        ]
        for ob in chosen
    ]


def forget_findings(url: str) -> bool:
    """Drop the findings the store keeps with its revisions (what `db load` ran)."""
    from sqlalchemy import text

    from cascade.store import open_store

    with open_store(url) as store, store.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(text("DELETE FROM cascade_findings"))
    return True


def library_records(url: str, count: int) -> str:
    """Median milliseconds of ``cascade.record`` (the store open, in this process) of
    ``count`` starts on obligations nobody has started, each by its lead: obligations with
    no children, and obligations with children (whose histories the roll-up reads)."""
    import datetime as dt

    from cascade.clock import VIETNAM
    from cascade.model import Event
    from cascade.services import record
    from cascade.store import open_store

    at = dt.datetime(2026, 6, 2, 9, tzinfo=VIETNAM)
    took: dict[bool, list[float]] = {False: [], True: []}
    with open_store(url) as store:
        (stored,) = store.cascades()
        started = store.heads(stored.id)
        obligations = store.load_cascade(stored.id).obligations
        children: dict[str, int] = {}
        for ob in obligations:
            if ob.implements is not None:
                children[ob.implements] = children.get(ob.implements, 0) + 1
        untouched = [ob for ob in obligations if ob.id not in started]
        chosen = [ob for ob in untouched if ob.id not in children][:count]
        parents = [ob for ob in untouched if ob.id in children][:count]
        for n, ob in enumerate(chosen + parents):
            eid = f"bench-{time.time_ns()}-{n}"
            event = Event(id=eid, obligation=ob.id, trigger="start", actor=ob.lead, at=at)
            start = time.perf_counter()
            record(store, event)
            took[ob.id in children].append(time.perf_counter() - start)
    kids = statistics.median(children[ob.id] for ob in parents) if parents else 0
    leaf, parent = (statistics.median(t) * 1000 if t else float("nan") for t in took.values())
    return f"{leaf:.1f} ms; with children ({kids:.0f}): {parent:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "cascade-cli")
    parser.add_argument("--skip-million", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", help="run only the cases whose label contains this")
    parser.add_argument("--baseline", type=Path, help="the src/ folder of another version to time")
    parser.add_argument("--postgres", help="a PostgreSQL server's URL: the store cases there too")
    args = parser.parse_args()
    if args.baseline is not None:  # `cascade` of that tree: python -m cascade with its src first
        os.environ["PYTHONPATH"] = str(args.baseline)
    million = not args.skip_million
    # pip compiles an installed wheel's modules: so are these (where PYTHONDONTWRITEBYTECODE
    # is set, every process would compile the modules that have no bytecode yet)
    source = args.baseline or ROOT / "src"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source)], check=True)
    start = time.perf_counter()
    make(args.dir, million, args.postgres)
    print(f"inputs ready in {args.dir} ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    sizes = {p.name: p.stat().st_size for p in args.dir.iterdir() if p.is_file()}
    print(json.dumps({k: f"{v / 1e6:.1f} MB" for k, v in sorted(sizes.items())}), file=sys.stderr)
    print("| case | wall s | CPU s | peak RSS MB |\n|---|---:|---:|---:|")
    for label, (wall, cpu, rss, _code) in IMPORTS:  # one run each, while making the stores
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {rss:,.0f} |", flush=True)
    for label, command in cases(args.dir, million, args.postgres):
        if args.only and args.only not in label:
            continue
        if command[0] == "LIBRARY":
            medians = library_records(command[1], max(args.rounds, 1) * 10)
            print(f"| {label} | {medians} | | |", flush=True)
            continue
        if command[0] == "RECORD":
            results = [timed(one) for one in records(command[1], args.rounds)]
        elif command[0] == "COLD":
            results = [
                timed(command[1:]) for _ in range(args.rounds) if forget_findings(command[4])
            ]
        else:
            results = [timed(command) for _ in range(args.rounds)]
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        rss = max(r[2] for r in results)
        digits = 3 if wall < 1 else 2  # start-up cases: the ratios need the third digit
        print(f"| {label} | {wall:.{digits}f} | {cpu:.{digits}f} | {rss:,.0f} |", flush=True)
    shutil.rmtree(args.dir / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
