"""``cascade render --events --as-of --color-by`` and ``CascadeStatus.from_tracker``:
the drawing shows where the engine says the obligations stand (real ``dot``)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from cascade.clock import today
from cascade.engine.status import BUCKETS, status
from cascade.engine.tracker import Tracker
from cascade.render import CascadeStatus, RenderOptions, render
from cascade.render.messages import t
from support import LIFE, ROOT, SEED, SEED_EVENTS, WriteSmall, events, run, small_text
from support.svg import all_text, node_texts

DRAWN = dt.date(2026, 4, 1)


def seed_tracker() -> Tracker:
    return Tracker.load(SEED, SEED_EVENTS)


# --- the adapter --------------------------------------------------------------------


@pytest.mark.parametrize("day", [dt.date(2025, 3, 31), dt.date(2026, 3, 31)])
def test_from_tracker_has_the_engines_states_and_buckets(day: dt.date) -> None:
    tracker = seed_tracker()
    drawn = CascadeStatus.from_tracker(tracker, day)
    assert drawn.as_of == day and len(drawn.states) == len(tracker)
    assert drawn.buckets is not None
    counted = Counter(drawn.buckets.values())
    total = status(tracker, day).total
    assert [counted[b] for b in BUCKETS] == list(total.as_tuple()[:4])
    assert len(drawn.states) - len(drawn.buckets) == total.closed  # closed: in no bucket
    assert drawn.completed == {"reported", "accepted"}
    assert drawn.closed == {"cancelled", "superseded"}


def test_from_tracker_takes_the_states_of_that_day_not_now() -> None:
    tracker = seed_tracker()
    early = CascadeStatus.from_tracker(tracker, dt.date(2025, 1, 1))
    late = CascadeStatus.from_tracker(tracker, dt.date(2026, 12, 31))
    assert late.states == tracker.states()
    assert early.states != late.states
    assert early.states["1.1@bao-kien-giang"] == "assigned"  # started on 2025-01-08


def test_other_lifecycles_bring_their_labels_and_completed_states(tmp_path: Path) -> None:
    (tmp_path / "lifecycles").mkdir()
    shutil.copy(ROOT / "workflows" / "lifecycles" / "eoffice.yaml", tmp_path / "lifecycles")
    path = tmp_path / "eoffice.yaml"
    path.write_text(small_text(lifecycle="eoffice"), encoding="utf-8")
    tracker = Tracker.load(path)
    tracker.replay(events([("c1", "receive", "h1", "2025-01-07"), ("c2", "receive", "h2",
                           "2025-01-07"), ("c2", "start", "h2", "2025-01-08"),
                           ("c2", "report", "h2", "2025-01-20"),
                           ("c2", "approve", "ubnd", "2025-01-21")]))  # fmt: skip
    drawn = CascadeStatus.from_tracker(tracker, dt.date(2025, 2, 1))
    assert drawn.completed == {"reported", "approved"} and drawn.closed == {"cancelled"}
    assert drawn.labels["received"] == ("Đã tiếp nhận", "Received")
    assert "assigned" not in drawn.labels  # the renderer's own labels stay for these
    svg = render(tracker.cascade, RenderOptions(lang="en", drawn_on=DRAWN), status=drawn)
    text = all_text(svg)
    assert "Received" in text and "Approved" in text
    h2 = next(n for n in node_texts(svg) if n.startswith("Huyện 2"))
    assert "1 obligation · 100% reported" in h2  # c2, approved, counts as reported


# --- the command line ---------------------------------------------------------------


def test_render_with_events_shows_the_status_of_the_day(tmp_path: Path) -> None:
    out = tmp_path / "seed.svg"
    result = run("render", SEED, "-o", out, "--events", SEED_EVENTS, "--as-of", "2026-03-31")
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    text = all_text(svg)
    assert t("as_of", "vi", date="31/03/2026") in text
    for state in ("assigned", "in_progress", "reported", "accepted", "cancelled"):
        assert t(f"state.{state}", "vi") in text
    assert t("legend.overdue", "vi") in text
    # the district list carries its overdue count, as the engine counts it
    tracker = seed_tracker()
    levels = {g.id: g.counts for g in status(tracker, dt.date(2026, 3, 31), by="level").groups}
    districts = next(n for n in node_texts(svg) if "Ủy ban nhân dân các huyện" in n)
    assert f"{levels['district'].overdue} quá hạn" in districts


def test_render_by_bucket_at_two_dates(tmp_path: Path) -> None:
    words = {b: t(f"bucket.{b}", "en") for b in BUCKETS}
    found = {}
    for day in ("2025-03-31", "2026-03-31"):
        out = tmp_path / f"{day}.svg"
        result = run("render", SEED, "-o", out, "--events", SEED_EVENTS, "--as-of", day,
                     "--color-by", "bucket", "--lang", "en")  # fmt: skip
        assert result.exit_code == 0, result.output
        text = all_text(out.read_text(encoding="utf-8"))
        found[day] = {b for b, word in words.items() if word in text}
    # before the congress nothing was due; by March 2026 every bucket is there
    assert found["2025-03-31"] == {"completed_on_time", "open_within_deadline"}
    assert found["2026-03-31"] == set(BUCKETS)


def test_overdue_arrows_are_double_lines_and_enter_the_lower_frame_from_the_side() -> None:
    result = run("render", SEED, "--format", "dot", "--events", SEED_EVENTS,
                 "--as-of", "2026-03-31", "--color-by", "bucket")  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    arrows = [line.strip() for line in lines if " -> " in line]
    double = [a for a in arrows if ":white:" in a.split('"')[1]]
    mark = re.compile(r" · \d+ quá hạn")  # the overdue mark, in the tooltip
    assert double and all(mark.search(a) for a in double)
    assert not any(mark.search(a) for a in arrows if a not in double)
    # the districts' frame (level 2) and the boxes in it
    frame = lines.index(next(x for x in lines if "subgraph cluster_c1 " in x))
    inside = {x.split()[0] for x in lines[frame + 2 :] if "[label=" in x and x.startswith("    n")}
    into = [a for a in arrows if a.split(" -> ")[1].split()[0] in inside]
    assert into and all('headport="w"' in a for a in into)
    assert not any('headport="w"' in a for a in arrows if a not in into)


def test_as_of_alone_and_color_by_bucket_alone_use_the_written_states(tmp_path: Path) -> None:
    out = tmp_path / "today.svg"
    result = run("render", SEED, "-o", out, "--color-by", "bucket")
    assert result.exit_code == 0, result.output
    text = all_text(out.read_text(encoding="utf-8"))
    assert t("as_of", "vi", date=today().strftime("%d/%m/%Y")) in text
    result = run("render", SEED, "-o", out, "--as-of", "2025-06-01")
    assert t("as_of", "vi", date="01/06/2025") in all_text(out.read_text(encoding="utf-8"))


def test_without_the_options_the_drawing_is_as_written(tmp_path: Path) -> None:
    out = tmp_path / "plain.svg"
    assert run("render", SEED, "-o", out).exit_code == 0
    assert t("as_written", "vi") in all_text(out.read_text(encoding="utf-8"))


def test_a_refused_event_stops_the_render_and_writes_nothing(
    write_small: WriteSmall, tmp_path: Path
) -> None:
    cascade, path = write_small([*LIFE[:1], ("p", "accept", "top", "2025-01-07")])
    out = tmp_path / "small.svg"
    result = run("render", cascade, "-o", out, "--events", path)
    assert result.exit_code == 2
    assert f"error: {path}:2: event e002: top may not 'accept' obligation p" in result.stderr
    assert not out.exists()


def test_a_missing_events_file_is_named(tmp_path: Path) -> None:
    result = run("render", SEED, "-o", tmp_path / "x.svg", "--events", tmp_path / "nope.jsonl")
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.jsonl'}: no such events file\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--as-of", "2026-02-30"), "Invalid value for '--as-of'"),
        (("--as-of", "March 2026"), "Invalid value for '--as-of'"),
        (("--color-by", "deadline"), "Invalid value for '--color-by'"),
    ],
)
def test_bad_options_are_usage_errors(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    result = run("render", SEED, "-o", tmp_path / "x.svg", *args)
    assert result.exit_code == 2 and message in result.stderr
