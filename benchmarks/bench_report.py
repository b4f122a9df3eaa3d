"""The HTML report at scale: writing it, its size, and opening it in a browser.

    .venv/bin/python benchmarks/bench_report.py                 # 100,000 obligations
    .venv/bin/python benchmarks/bench_report.py --obligations 20000 --runs 1

A synthetic national cascade (``cascade.synthetic.generate``) and a legal history
(``generate_events``) go into a SQLite store (``cascade events import``); then, as
whole processes under ``/usr/bin/time -v``, the floor ``cascade status --db`` (load
the stored cascade, replay its history, count) beside ``cascade report --db``.
The report is opened in the system Chromium through Playwright: first contentful
paint, DOMContentLoaded, the tables laid out, the first search (which folds the
diacritics of every row) and a bucket filter. ``--unique-actions`` gives every
obligation its own action text (the synthetic cascade repeats one), the worst case
for the report's size. ``--files`` times both commands on the cascade as a JSON file
and its events file instead of the store.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cascade.files.events_write import write_events
from cascade.store import open_store
from cascade.testing.synthetic import SMALL, generate, generate_events

ROOT = Path(__file__).resolve().parents[1]
CASCADE = [str(ROOT / ".venv" / "bin" / "cascade")]
AS_OF = "2026-06-30"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]  # fmt: skip


BROWSER_STEPS = (
    ("paint", "first contentful paint"),
    ("loaded", "DOMContentLoaded"),
    ("ready", "tables laid out (from navigation)"),
    ("search", "first search, every row folded"),
    ("bucket", "bucket filter"),
)


def timed(command: list[str]) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of ``command`` under /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    report = done.stderr

    def field(name: str) -> str:
        found = re.search(rf"{re.escape(name)}: (.+)", report)
        assert found, name
        return found.group(1).strip()

    minutes, seconds = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").rsplit(":", 1)
    wall = float(seconds) + 60 * float(minutes.split(":")[-1])
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return {
        "wall": wall,
        "cpu": cpu,
        "rss": int(field("Maximum resident set size (kbytes)")) / 1024,
    }


def prepare(work: Path, obligations: int, unique: bool) -> tuple[list[str], Path]:
    """The source arguments of the commands (a store, or with ``files`` the two files),
    and the cascade file written beside them."""
    cascade = generate(obligations, SMALL) if obligations < 40_350 else generate(obligations)
    if unique:
        renamed = [
            ob.model_copy(update={"action": f"{ob.action} {ob.id}"}) for ob in cascade.obligations
        ]
        cascade = cascade.model_copy(update={"obligations": tuple(renamed)})
    cascade_file = work / "cascade.json"
    cascade_file.write_text(cascade.model_dump_json(exclude_none=True), encoding="utf-8")
    url = f"sqlite:///{work / 'report.db'}"
    store = open_store(url, create=True)
    store.save_cascade(cascade)
    store.close()
    events = work / "events.jsonl"
    write_events(generate_events(cascade, seed=0), events)
    subprocess.run([*CASCADE, "events", "import", str(events), "--db", url, "--no-progress"],
                   check=True, capture_output=True)  # fmt: skip
    return ["--db", url], cascade_file


def browse(report: Path, runs: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS
        )
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(report.as_uri(), wait_until="commit")
            page.wait_for_selector("html[data-ready=true]", timeout=300_000)
            ready = time.perf_counter() - start
            page.wait_for_function(  # the entry is recorded just after the paint
                "performance.getEntriesByName('first-contentful-paint').length > 0"
            )
            paint = page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0].startTime"
            )
            loaded = page.evaluate(
                "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"
            )
            start = time.perf_counter()
            page.fill("#search", "giong rieng")  # no row matches: every row is searched
            page.wait_for_function("document.getElementById('shown').textContent.startsWith('0')")
            search = time.perf_counter() - start
            page.fill("#search", "")
            start = time.perf_counter()
            page.select_option("#bucket", "3")
            page.wait_for_function(
                "!document.getElementById('shown').textContent.startsWith('100')"
            )
            bucket = time.perf_counter() - start
            out.append({"paint": paint / 1000, "loaded": loaded / 1000, "ready": ready,
                        "search": search, "bucket": bucket})  # fmt: skip
            page.close()
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--obligations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--unique-actions", action="store_true")
    parser.add_argument("--files", action="store_true", help="from the files, not a store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source, cascade_file = prepare(work, args.obligations, args.unique_actions)
        if args.files:
            source = [str(cascade_file), "--events", str(work / "events.jsonl")]
        report = work / "report.html"
        floor = [timed([*CASCADE, "status", *source, "--as-of", AS_OF, "--format", "csv"])
                 for _ in range(args.runs)]  # fmt: skip
        made = [timed([*CASCADE, "report", *source, "--as-of", AS_OF, "-o", str(report)])
                for _ in range(args.runs)]  # fmt: skip
        size = report.stat().st_size
        opened = browse(report, args.runs)
    kind = "unique action texts" if args.unique_actions else "the synthetic texts"
    where = "FILE --events" if args.files else "--db"
    print(f"{args.obligations:,} obligations, {kind}, from {where}; best of {args.runs} runs")
    for label, runs in (
        (f"cascade status {where} (floor)", floor),
        (f"cascade report {where}", made),
    ):
        best = min(runs, key=lambda r: r["wall"])
        print(f"  {label:<30} wall {best['wall']:6.2f} s  CPU {best['cpu']:6.2f} s  "
              f"peak RSS {best['rss']:6.0f} MB")  # fmt: skip
    print(f"  report size {size / 1e6:.1f} MB")
    for key, label in BROWSER_STEPS:
        print(f"  browser: {label:<36} {min(r[key] for r in opened):6.2f} s")


if __name__ == "__main__":
    main()
