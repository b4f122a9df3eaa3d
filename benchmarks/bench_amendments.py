"""Benchmark: what living cascades (amendments, cycles, report lines) cost ``cascade status``.

Whole processes, each timed by ``/usr/bin/time -v`` (wall, CPU seconds, peak RSS), the
code of this tree beside another tree's (``--baseline SRC``: a ``src`` folder, run with
``PYTHONPATH``), round after round in one run, with ``cascade --help`` as the floor:

* the seed (96 obligations, 78 events; it has sixteen transfers), ``status`` and
  ``status --by organisation`` as of 2026-01-15;
* a 100,000-obligation synthetic cascade (``cascade.testing.synthetic``) with its legal
  history (about 230,000 events), ``status`` and ``status --by level``;
* the same cascade with amendments (this tree only): 1,000 transfers of a commune's
  obligations to another commune and 1,000 extensions, dated after the history (its
  events stay valid), counted as of 2027-06-30.

The seed is each tree's own (``workflows/`` beside the baseline's ``src``): the baseline's
has no amendments, which it cannot read.

Run::

    .venv/bin/python benchmarks/bench_amendments.py --baseline /path/to/other/src [--rounds 3]

Prints a Markdown table for docs/performance.md ("Living cascades").
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASCADE = str(Path(sys.executable).parent / "cascade")
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"


def make(folder: Path) -> tuple[Path, Path, Path]:
    """The synthetic cascade (JSON), its history, and the amended cascade (JSON)."""
    plain, events, amended = (
        folder / n for n in ("synthetic.json", "events.jsonl", "amended.json")
    )
    if plain.exists() and events.exists() and amended.exists():
        return plain, events, amended
    from cascade.files.events_write import write_events
    from cascade.store.definitions import to_json
    from cascade.testing.synthetic import generate, generate_events

    cascade = generate(100_000)
    batch = generate_events(cascade)
    plain.write_text(_portable(to_json(cascade)), encoding="utf-8")
    write_events(batch, events)
    amended.write_text(to_json(_amended(cascade)), encoding="utf-8")
    return plain, events, amended


def _portable(text: str) -> str:
    """The JSON without the keys this tree added (empty in a cascade without them), so
    that a baseline tree reads the same file."""
    import json

    data = json.loads(text)
    if not data.get("amendments"):
        data.pop("amendments", None)
    for ob in data["obligations"]:
        if not ob.get("also_report_to"):
            ob.pop("also_report_to", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _amended(cascade):  # type: ignore[no-untyped-def]
    """``cascade`` with 1,000 transfers (a commune's obligations to the next commune) and
    1,000 extensions of a leaf obligation, in a dispatch of 2027-06-01, after the history."""
    import datetime as dt

    from cascade.model import Document, Extension, Transfer

    communes = [o.id for o in cascade.organisations if o.level == "commune"]
    leaves = [ob.id for ob in cascade.obligations if ob.template is None][-1000:]
    dispatch = Document(id="cv-amend", identifier="9/UBND-VX", kind="dispatch", issuer="tw",
                        date=dt.date(2027, 6, 1))  # fmt: skip
    transfers = [
        Transfer(
            id=f"t{k}",
            document="cv-amend",
            organisation=communes[2 * k],
            successor=communes[2 * k + 1],
        )
        for k in range(1000)
    ]
    deadlines = {ob.id: ob.deadline for ob in cascade.obligations}
    extensions = [
        Extension(
            id=f"e{k}",
            document="cv-amend",
            obligations=(ob,),
            deadline={"kind": "absolute", "due": dt.date(2027, 12, 31)},
        )
        for k, ob in enumerate(leaves)
        if deadlines[ob].kind == "absolute"
    ]
    return cascade.model_copy(
        update={
            "documents": (*cascade.documents, dispatch),
            "amendments": (*transfers, *extensions),
        }
    )


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one process."""
    run = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True,
                         env=env, check=False)  # fmt: skip
    if run.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {run.stderr[-2000:]}")
    text = run.stderr
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    assert wall is not None
    hours, minutes, seconds = wall.groups()
    elapsed = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", text)[1])  # type: ignore[index]
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", text)[1])  # type: ignore[index]
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)[1])  # type: ignore[index]
    return elapsed, user + system, rss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other tree's src")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "bench-amend")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    plain, events, amended = make(args.dir)
    trees = {
        "baseline": {**os.environ, "PYTHONPATH": str(args.baseline)},
        "this tree": dict(os.environ),
    }
    other = args.baseline.parent / "workflows"
    seeds = {
        "baseline": [str(other / SEED.name), "--events", str(other / "events" / SEED_EVENTS.name)],
        "this tree": [str(SEED), "--events", str(SEED_EVENTS)],
    }
    big = [str(plain), "--events", str(events), "--as-of", "2027-06-30"]
    BOTH = ("baseline", "this tree")  # noqa: N806
    cases: list[tuple[str, list[str], tuple[str, ...]]] = [
        ("floor: cascade --help", ["--help"], ("baseline", "this tree")),
        ("seed: status", ["status", "SEED", "--as-of", "2026-01-15"], BOTH),
        ("seed: status --by organisation",
         ["status", "SEED", "--as-of", "2026-01-15", "--by", "organisation"], BOTH),
        ("100,000: status", ["status", *big], ("baseline", "this tree")),
        ("100,000: status --by level", ["status", *big, "--by", "level"], BOTH),
        ("100,000 + 2,000 amendments: status",
         ["status", str(amended), *big[1:]], ("this tree",)),
        ("100,000 + 2,000 amendments: status --by level",
         ["status", str(amended), *big[1:], "--by", "level"], ("this tree",)),
    ]  # fmt: skip
    results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for _ in range(args.rounds):
        for name, words, which in cases:
            for tree in which:
                command = [
                    CASCADE,
                    *(w for word in words for w in (seeds[tree] if word == "SEED" else [word])),
                ]
                results.setdefault((name, tree), []).append(timed(command, trees[tree]))
    print("| case | code | wall s (median, min–max) | CPU s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for (name, tree), runs in results.items():
        walls = [r[0] for r in runs]
        cpu = statistics.median(r[1] for r in runs)
        rss = max(r[2] for r in runs)
        wall = f"{statistics.median(walls):.2f} ({min(walls):.2f}–{max(walls):.2f})"
        print(f"| {name} | {tree} | {wall} | {cpu:.2f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
