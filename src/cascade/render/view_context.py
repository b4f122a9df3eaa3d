"""What every view needs while it extracts: labels in the reader's language, each
obligation's state or bucket, and tallies of counts.

Obligation keys are computed once, as flat lists, so that a view can count a
million obligations in one pass.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from cascade.model import Bucket, Cascade, Organisation
from cascade.render import messages as m
from cascade.render.ir import ColorBy, Tally
from cascade.render.messages import Lang
from cascade.render.overlay import INITIAL_STATE, CascadeStatus
from cascade.render.palette import state_order

TITLE_WIDTH = 32  # characters per line of a node's title
LINE_WIDTH = 42
SUBJECT_CHARS = 110


@dataclass
class Context:
    """A cascade, the reader's choices, and each obligation's key as an index."""

    cascade: Cascade
    lang: Lang
    status: CascadeStatus
    color_by: ColorBy
    keys: tuple[str, ...] = ()  # state or bucket names; "" is "no bucket"
    key_of: list[int] = field(default_factory=list)  # per obligation (cascade order)
    overdue: bytearray = field(default_factory=bytearray)  # per obligation
    org_index: dict[str, int] = field(default_factory=dict)
    level_index: dict[str, int] = field(default_factory=dict)  # level id -> rank order

    @classmethod
    def build(
        cls, cascade: Cascade, lang: Lang, status: CascadeStatus, color_by: ColorBy
    ) -> Context:
        """Resolve every obligation's state (or bucket) once."""
        ctx = cls(cascade, lang, status, color_by)
        ctx.org_index = {org.id: i for i, org in enumerate(cascade.organisations)}
        levels = sorted(cascade.levels, key=lambda lv: lv.rank)
        ctx.level_index = {lv.id: i for i, lv in enumerate(levels)}
        states = status.states
        buckets = status.buckets
        obligations = cascade.obligations
        if color_by == "bucket":
            assert buckets is not None  # checked by the caller
            names = [buckets.get(ob.id, "") for ob in obligations]
            order = tuple(b for b in (*Bucket, "") if b in set(names))
        else:
            names = [states.get(ob.id) or ob.state or INITIAL_STATE for ob in obligations]
            order = state_order(set(names))
        index = {name: i for i, name in enumerate(order)}
        ctx.keys = order
        ctx.key_of = [index[name] for name in names]
        if buckets is not None:
            ctx.overdue = bytearray(buckets.get(ob.id) == Bucket.OVERDUE for ob in obligations)
        else:
            ctx.overdue = bytearray(len(obligations))
        return ctx

    # --- words ---------------------------------------------------------------

    def t(self, key: str, /, **values: object) -> str:
        """A message in the reader's language."""
        return m.t(key, self.lang, **values)

    def n(self, value: int) -> str:
        """A number as the reader writes it."""
        return m.number(value, self.lang)

    def org_name(self, org: Organisation) -> str:
        """An organisation's name in the reader's language."""
        return m.pick(org.name, org.name_en, self.lang)

    def level_name(self, level_id: str | None) -> str:
        """A level's name in the reader's language."""
        for level in self.cascade.levels:
            if level.id == level_id:
                return m.pick(level.name, level.name_en, self.lang)
        return self.t("level.none")

    def key_label(self, key: str) -> str:
        """The label of a state or bucket."""
        if self.color_by == "bucket":
            return self.t(f"bucket.{key or 'none'}")
        if key in self.status.labels:
            vi, en = self.status.labels[key]
            return m.pick(vi, en, self.lang)
        if m.has(f"state.{key}"):
            return self.t(f"state.{key}")
        return key

    def obligations(self, count: int) -> str:
        """'12 nhiệm vụ', '1 obligation', '12 obligations'."""
        return self.t("tally.total.one" if count == 1 else "tally.total", n=self.n(count))

    # --- counts --------------------------------------------------------------

    def completed(self, key: str) -> bool:
        """Whether obligations with ``key`` count as reported."""
        if self.color_by == "bucket":
            return key in ("completed_on_time", "completed_late")
        return key in self.status.completed

    def closed(self, key: str) -> bool:
        """Whether obligations with ``key`` are left out of the percentage."""
        if self.color_by == "bucket":
            return key == ""
        return key in self.status.closed

    def tally(self, counts: Sequence[int], overdue: int = 0) -> Tally | None:
        """A tally from counts per key (indexed like ``keys``); None when all are zero."""
        total = sum(counts)
        if total == 0:
            return None
        segments = tuple((self.keys[k], c) for k, c in enumerate(counts) if c)
        done = sum(c for key, c in segments if self.completed(key))
        countable = total - sum(c for key, c in segments if self.closed(key))
        summary = self.obligations(total)
        short = self.n(total)
        if countable:
            percent = done * 100 // countable  # rounded down: 100% only when all are reported
            summary += " · " + self.t("tally.percent", p=percent)
            short += f" · {percent}%"
        if overdue and self.color_by == "state":  # buckets show it as a colour of their own
            # on the summary line, which list boxes show too (not the detail line)
            mark = " · " + self.t("overdue.mark", n=self.n(overdue))
            summary += mark
            short += mark
        parts = [f"{self.key_label(key)} {self.n(c)}" for key, c in segments]
        return Tally(
            segments=segments,
            summary=summary,
            detail=" · ".join(parts),
            short=short,
            overdue=overdue,
        )


def wrap(text: str, width: int = TITLE_WIDTH, max_lines: int = 4) -> tuple[str, ...]:
    """``text`` broken into lines of about ``width`` characters (at most ``max_lines``)."""
    out = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)
    if len(out) > max_lines:
        out = [*out[: max_lines - 1], shorten(" ".join(out[max_lines - 1 :]), width)]
    return tuple(out)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"
