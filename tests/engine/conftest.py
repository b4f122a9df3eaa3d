"""Fixtures for the engine tests: the seed, its events, and a small hand-made cascade."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from cascade.engine.tracker import Tracker
from cascade.files.loader import loads
from cascade.model import Event

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "workflows" / "kien-giang-xiv-congress.yaml"
SEED_EVENTS = ROOT / "workflows" / "events" / "kien-giang-xiv-congress.jsonl"

# A province plan (kh) whose obligation p is cascaded by the People's Committee's
# dispatch (cv, signed by its office) to three districts. ubnd ceases on 2025-06-30;
# ubnd2 succeeds it from 2025-07-01.
SMALL = """
format: cascade/1
cascade: {{id: small, title: Nhỏ, lifecycle: {lifecycle}}}
levels:
  - {{id: province, name: Cấp tỉnh, rank: 1}}
  - {{id: district, name: Cấp huyện, rank: 2}}
milestones:
  - {{id: m1, name: Đại hội}}
  - {{id: m2, name: Hướng dẫn của Bộ, date: 2025-02-01}}
organisations:
  - {{id: top, name: Tỉnh ủy, kind: party_committee, level: province}}
  - {{id: ubnd, name: UBND tỉnh, kind: people_committee, level: province,
     valid_until: 2025-06-30, successors: [ubnd2]}}
  - {{id: ubnd2, name: UBND tỉnh mới, kind: people_committee, level: province,
     valid_from: 2025-07-01}}
  - {{id: office, name: Văn phòng UBND, kind: office, level: province, parent: ubnd}}
  - {{id: so, name: Sở, kind: department, level: province, parent: ubnd}}
  - {{id: h1, name: Huyện 1, kind: people_committee, level: district, parent: ubnd}}
  - {{id: h2, name: Huyện 2, kind: people_committee, level: district, parent: ubnd}}
  - {{id: h3, name: Huyện 3, kind: people_committee, level: district, parent: ubnd}}
documents:
  - {{id: kh, identifier: 1-KH/TU, kind: plan, issuer: top, date: 2025-01-02}}
  - {{id: cv, identifier: 2/VP-VX, kind: dispatch, issuer: office, on_behalf_of: ubnd,
     date: 2025-01-05{rollup}}}
obligations:
  - {{id: p, document: kh, lead: ubnd, action: Triển khai kế hoạch,
     deadline: {{kind: absolute, due: 2025-03-31}}}}
  - {{id: c1, document: cv, lead: h1, coordinators: [so], action: Thực hiện, implements: p,
     deadline: {{kind: absolute, due: 2025-02-28}}}}
  - {{id: c2, document: cv, lead: h2, via: so, action: Thực hiện, implements: p,
     deadline: {{kind: event, milestone: m1, offset_days: 10}}}}
  - {{id: c3, document: cv, lead: h3, action: Thực hiện, implements: p,
     deadline: {{kind: continuous}}}}
"""


def small_text(rollup: str | None = None, lifecycle: str = "default") -> str:
    """The small cascade's YAML, with ``cv``'s roll-up policy (e.g. ``{mode: any}``)."""
    return SMALL.format(rollup=f", rollup: {rollup}" if rollup else "", lifecycle=lifecycle)


@pytest.fixture
def small() -> Tracker:
    return Tracker(loads(small_text()))


Make = Callable[..., Event]


@pytest.fixture
def ev() -> Make:
    """``ev(obligation, trigger, actor, "2025-01-10")``: an event with a fresh id."""
    counter = iter(range(1, 10**6))

    def make(
        obligation: str | None,
        trigger: str | None,
        actor: str,
        day: str,
        *,
        eid: str | None = None,
        milestone: str | None = None,
        hour: int = 9,
    ) -> Event:
        at = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))
        return Event(
            id=eid or f"e{next(counter):04d}",
            obligation=obligation,
            trigger=trigger,
            actor=actor,
            at=at,
            milestone=milestone,
        )

    return make
