"""What the tests share: the repository's paths, the command line in-process, and small
cascades and events to build on. Imported as ``support`` (``tests/`` is on the path)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from click.testing import CliRunner

from cascade.model import Event

if TYPE_CHECKING:
    from cascade.rules import StateView

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "workflows"
SEED = WORKFLOWS / "kien-giang-xiv-congress.yaml"
SEED_ID = "kien-giang-xiv-congress"
SEED_EVENTS = WORKFLOWS / "events" / "kien-giang-xiv-congress.jsonl"


@dataclass(frozen=True)
class Ran:
    """What ``cascade ARGS`` did: its exit code and what it printed (``output``: both
    streams as a terminal shows them). Unpacks as (exit code, stdout, stderr)."""

    exit_code: int
    stdout: str
    stderr: str
    output: str

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.exit_code, self.stdout, self.stderr))

    def __getitem__(self, index: int) -> object:
        return (self.exit_code, self.stdout, self.stderr)[index]


def run(*args: str | Path, env: dict[str, str] | None = None, input: str | None = None) -> Ran:
    """``cascade ARGS`` in this process, through click's runner."""
    from cascade.cli import main

    result = CliRunner(env=env).invoke(main, [str(a) for a in args], input=input)
    return Ran(result.exit_code, result.stdout, result.stderr, result.output)


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


# (obligation, trigger, actor, day) of the small cascade: p is reported once its three
# children are
LIFE = [
    ("p", "start", "ubnd", "2025-01-06"),
    ("c1", "start", "h1", "2025-01-07"),
    ("c2", "start", "h2", "2025-01-07"),
    ("c3", "start", "h3", "2025-01-07"),
    ("c1", "report", "h1", "2025-02-10"),
    ("c2", "report", "h2", "2025-02-11"),
    ("c3", "report", "h3", "2025-02-12"),
    ("p", "report", "ubnd", "2025-03-01"),
]


def events(rows: list[tuple[str, str, str, str]], prefix: str = "e") -> list[Event]:
    """Events from (obligation, trigger, actor, day) rows, at 09:00 Vietnam time."""
    return [
        Event(id=f"{prefix}{i:03d}", obligation=o, trigger=t, actor=a,
              at=dt.datetime.combine(dt.date.fromisoformat(d), dt.time(9)))
        for i, (o, t, a, d) in enumerate(rows, start=1)
    ]  # fmt: skip


Make = Callable[..., Event]
WriteSmall = Callable[..., tuple[Path, Path]]

RULE_FIXTURES = ROOT / "tests" / "rules" / "fixtures"
"""One folder per rule: cascades on which it fires (bad) and does not (good)."""


def load_state(path: Path) -> StateView:
    """A hand-built state (``*.state.json``): as_of, states and buckets by obligation id."""
    from cascade.rules import Bucket, StateView

    data = json.loads(path.read_text(encoding="utf-8"))
    return StateView(
        as_of=dt.date.fromisoformat(data["as_of"]),
        states=data["states"],
        buckets={k: Bucket(v) for k, v in data["buckets"].items()},
    )


def python_blocks(doc: Path, containing: str = "") -> list[str]:
    """The ```python blocks of a Markdown page (those that contain ``containing``)."""
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    return [b for b in blocks if containing in b]


def parse_command(line: str, words: list[str]) -> None:
    """Parse ``words`` (a ``cascade`` command line without ``cascade``) as the CLI would,
    without running it: an unknown command or option, or a bad value, raises."""
    import click

    from cascade.cli import main

    command: click.Command = main
    context = main.make_context("cascade", [], resilient_parsing=True)
    while isinstance(command, click.Group) and words and words[0] in command.list_commands(context):
        name = words.pop(0)
        found = command.get_command(context, name)
        assert found is not None
        command = found
        if isinstance(command, click.Group):
            context = command.make_context(name, [], parent=context, resilient_parsing=True)
    # the parent context carries `-h`: click keeps the first help option a command is given
    command.make_context(line, words, parent=context)
