"""Lifecycles: the states an obligation moves through, declared in YAML.

The only module that imports :mod:`transitions`. A :class:`LifecycleDefinition`
(pydantic, read from YAML with file:line:col errors) is checked for soundness and
compiled into a :class:`Lifecycle`, which holds

* one ``transitions.Machine(model=None)``: the definition, and the path every
  single event takes (:meth:`Lifecycle.fire`);
* the same transitions as flat integer tables (``dest``, ``roles``, ``rollup``
  indexed by ``state * len(triggers) + trigger``) for bulk replay, which a test
  keeps in agreement with the machine.

Where a lifecycle comes from: a cascade names it (``cascade.engine.lifecycle: NAME``);
:func:`resolve_lifecycle` looks for ``lifecycles/NAME.yaml`` next to the cascade
file first (the user's own declarations, e.g. ``workflows/lifecycles/``), then
among the built-in ones shipped in ``cascade/lifecycles/`` (``default``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntFlag
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from transitions import Machine

from cascade.errors import CascadeFileError, LifecycleDefinitionError, Position
from cascade.files.loader import PathKey, SourceMap, read_model
from cascade.model import Id, Text
from cascade.model.values import _Model

BUILTIN_DIR = Path(__file__).parent.parent / "lifecycles"
NO_STATE = 255  # in the ``dest`` table: the trigger is not allowed from that state
MAX_STATES = NO_STATE  # the tables hold a state in one byte, NO_STATE being none

# bits of the ``effect`` table: what a transition does besides moving the state
ROLLUP = 1  # the children's roll-up policy is checked first
COMPLETES = 2  # from a state that is not completed to one that is
REOPENS = 4  # from a completed state to one that is not
CLOSES = 8  # into a closed state (outside the buckets) from an open one
OPENS = 16  # out of a closed state
CYCLE_REPORT = 32  # a report for a further cycle (a recurring or on-demand obligation)
REQUEST = 64  # a request for an on-demand report: opens a cycle
CYCLIC = CYCLE_REPORT | REQUEST  # allowed only on an obligation whose deadline has cycles

RoleName = Literal["lead", "coordinator", "issuer", "report_to", "via"]


class Role(IntFlag):
    """Who may fire a transition, relative to the obligation."""

    LEAD = 1  # the lead assignee ("chủ trì")
    COORDINATOR = 2  # a coordinating body ("phối hợp")
    ISSUER = 4  # the document's on_behalf_of, else its issuer
    REPORT_TO = 8  # where the report goes (the obligation's report_to, else the issuer)
    VIA = 16  # the intermediate a report routes through


ROLE_BY_NAME: dict[str, Role] = {
    "lead": Role.LEAD,
    "coordinator": Role.COORDINATOR,
    "issuer": Role.ISSUER,
    "report_to": Role.REPORT_TO,
    "via": Role.VIA,
}


# --- the definition, as written --------------------------------------------------


class StateDef(_Model):
    """A state, with its labels and what it counts as."""

    id: Id
    name: Text = Field(description="Vietnamese label")
    name_en: Text | None = None
    initial: bool = False
    final: bool = Field(default=False, description="no transition leaves it")
    completed: bool = Field(default=False, description="counts as completed in the status")
    closed: bool = Field(
        default=False, description="outside the four status buckets (cancelled, superseded)"
    )


class TriggerDef(_Model):
    """A trigger (event name), with its labels."""

    id: Id
    name: Text
    name_en: Text | None = None


class TransitionDef(_Model):
    """``trigger`` moves an obligation from any of ``source`` to ``dest``."""

    trigger: Id
    source: tuple[Id, ...] = Field(min_length=1)
    dest: Id
    by: tuple[RoleName, ...] = Field(min_length=1, description="who may fire it")
    rollup: bool = Field(
        default=False, description="the children must satisfy the roll-up policy first"
    )
    cycle: Literal["report", "request"] | None = Field(
        default=None,
        description="only for an obligation whose deadline has cycles (recurring, on demand): "
        "'report' reports a further cycle, 'request' asks for an on-demand report; such a "
        "transition may leave a final state (the cycle is final, the obligation is not)",
    )


class LifecycleDefinition(_Model):
    """A lifecycle as written in ``lifecycles/NAME.yaml``."""

    format: Literal["lifecycle/1"]
    id: Id
    name: Text
    name_en: Text | None = None
    states: tuple[StateDef, ...] = Field(min_length=1)
    triggers: tuple[TriggerDef, ...] = Field(min_length=1)
    transitions: tuple[TransitionDef, ...] = Field(min_length=1)


# --- soundness checks: each yields (path in the file, message) --------------------

Problem = tuple[PathKey, str]


def check_definition(defn: LifecycleDefinition) -> list[Problem]:
    """Every soundness problem of ``defn``; empty when it is sound."""
    if len(defn.states) > MAX_STATES:  # nothing else is worth checking
        return [(("states",), f"{len(defn.states)} states: a lifecycle has at most {MAX_STATES}")]
    problems = [*_check_ids(defn), *_check_initial(defn), *_check_final(defn)]
    if problems:  # reachability needs unique, known names (and is moot otherwise)
        return problems
    return list(_check_reachable(defn))


def _check_ids(defn: LifecycleDefinition) -> Iterator[Problem]:
    for section, ids in (
        ("states", [s.id for s in defn.states]),
        ("triggers", [t.id for t in defn.triggers]),
    ):
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                yield (section, i, "id"), f"duplicate {section[:-1]} {item_id!r}"
            seen.add(item_id)
    states = {s.id for s in defn.states}
    triggers = {t.id for t in defn.triggers}
    used: set[str] = set()
    pairs: dict[tuple[str, str], int] = {}
    for i, tr in enumerate(defn.transitions):
        used.add(tr.trigger)
        if tr.trigger not in triggers:
            yield (
                ("transitions", i, "trigger"),
                f"unknown trigger {tr.trigger!r} (declared: {', '.join(sorted(triggers))})",
            )
        for j, src in enumerate(tr.source):
            if src not in states:
                yield ("transitions", i, "source", j), f"unknown state {src!r}"
            elif (src, tr.trigger) in pairs:
                yield (
                    ("transitions", i, "source", j),
                    f"trigger {tr.trigger!r} from {src!r} is already defined by "
                    f"transition {pairs[(src, tr.trigger)] + 1}",
                )
            pairs.setdefault((src, tr.trigger), i)
        if tr.dest not in states:
            yield ("transitions", i, "dest"), f"unknown state {tr.dest!r}"
    for i, trig in enumerate(defn.triggers):
        if trig.id not in used:
            yield ("triggers", i, "id"), f"trigger {trig.id!r} is used by no transition"
    for i, state in enumerate(defn.states):
        if state.completed and state.closed:
            yield ("states", i), f"state {state.id!r} cannot be both completed and closed"


def _check_initial(defn: LifecycleDefinition) -> Iterator[Problem]:
    initial = [i for i, s in enumerate(defn.states) if s.initial]
    if not initial:
        yield ("states",), "no initial state: mark exactly one state 'initial: true'"
    for i in initial[1:]:
        yield (
            ("states", i, "initial"),
            f"more than one initial state ({', '.join(defn.states[j].id for j in initial)})",
        )


def _check_final(defn: LifecycleDefinition) -> Iterator[Problem]:
    final = {s.id for s in defn.states if s.final}
    if not final:
        yield ("states",), "no final state: mark at least one state 'final: true'"
    for i, tr in enumerate(defn.transitions):
        if tr.cycle is not None:
            continue  # a further cycle of a recurring obligation may follow a final state
        for j, src in enumerate(tr.source):
            if src in final:
                yield (
                    ("transitions", i, "source", j),
                    f"final state {src!r} cannot be left (trigger {tr.trigger!r})",
                )


def _check_reachable(defn: LifecycleDefinition) -> Iterator[Problem]:
    edges: dict[str, set[str]] = {s.id: set() for s in defn.states}
    for tr in defn.transitions:
        for src in tr.source:
            edges[src].add(tr.dest)
    initial = [s.id for s in defn.states if s.initial]
    final = {s.id for s in defn.states if s.final}
    if initial:
        reached = _closure(initial[:1], edges)
        for i, state in enumerate(defn.states):
            if state.id not in reached:
                yield (
                    ("states", i, "id"),
                    f"state {state.id!r} is not reachable from {initial[0]!r}",
                )
    if final:
        reverse: dict[str, set[str]] = {s.id: set() for s in defn.states}
        for src, dests in edges.items():
            for dest in dests:
                reverse[dest].add(src)
        can_finish = _closure(sorted(final), reverse)
        for i, state in enumerate(defn.states):
            if state.id not in can_finish:
                yield (
                    ("states", i, "id"),
                    f"no final state can be reached from {state.id!r} (a trap)",
                )


def _closure(start: list[str], edges: dict[str, set[str]]) -> set[str]:
    seen = set(start)
    todo = list(start)
    while todo:
        for nxt in edges[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# --- the compiled lifecycle ------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Lifecycle:
    """A checked lifecycle: a transitions machine for single events, tables for bulk.

    Build it with :func:`compile_lifecycle` (or load one with :func:`load_lifecycle`
    / :func:`resolve_lifecycle`), not directly.
    """

    definition: LifecycleDefinition
    source: str = "<lifecycle>"
    states: tuple[str, ...] = field(init=False)
    triggers: tuple[str, ...] = field(init=False)
    state_code: dict[str, int] = field(init=False, repr=False)
    trigger_code: dict[str, int] = field(init=False, repr=False)
    initial: str = field(init=False)
    dest: bytes = field(init=False, repr=False)
    """``dest[s * len(triggers) + t]``: the state ``t`` leads to from ``s``, or NO_STATE."""
    roles: tuple[int, ...] = field(init=False, repr=False)
    """``roles[s * len(triggers) + t]``: the :class:`Role` bits that may fire it."""
    effect: bytes = field(init=False, repr=False)
    """``effect[s * len(triggers) + t]``: ROLLUP, COMPLETES, REOPENS, CLOSES, OPENS,
    CYCLE_REPORT and REQUEST bits."""
    completed: bytes = field(init=False, repr=False)
    """``completed[s]``: 1 when state ``s`` counts as completed."""
    closed: bytes = field(init=False, repr=False)
    """``closed[s]``: 1 when state ``s`` is outside the status buckets."""
    machine: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        defn = self.definition
        states = tuple(s.id for s in defn.states)
        triggers = tuple(t.id for t in defn.triggers)
        state_code = {s: i for i, s in enumerate(states)}
        trigger_code = {t: i for i, t in enumerate(triggers)}
        width = len(triggers)
        dest = bytearray([NO_STATE]) * (len(states) * width)
        roles = [0] * (len(states) * width)
        effect = bytearray(len(states) * width)
        completed = {s.id for s in defn.states if s.completed}
        closed = {s.id for s in defn.states if s.closed}
        for tr in defn.transitions:
            mask = 0
            for name in tr.by:
                mask |= ROLE_BY_NAME[name]
            for src in tr.source:
                cell = state_code[src] * width + trigger_code[tr.trigger]
                dest[cell] = state_code[tr.dest]
                roles[cell] = int(mask)
                effect[cell] = (
                    (ROLLUP if tr.rollup else 0)
                    | (COMPLETES if tr.dest in completed and src not in completed else 0)
                    | (REOPENS if src in completed and tr.dest not in completed else 0)
                    | (CLOSES if tr.dest in closed and src not in closed else 0)
                    | (OPENS if src in closed and tr.dest not in closed else 0)
                    | (CYCLE_REPORT if tr.cycle == "report" else 0)
                    | (REQUEST if tr.cycle == "request" else 0)
                )
        machine = Machine(
            model=None,
            states=list(states),
            transitions=[
                {"trigger": tr.trigger, "source": list(tr.source), "dest": tr.dest}
                for tr in defn.transitions
            ],
            initial=next(s.id for s in defn.states if s.initial),
            auto_transitions=False,
        )
        values = {
            "states": states,
            "triggers": triggers,
            "state_code": state_code,
            "trigger_code": trigger_code,
            "initial": next(s.id for s in defn.states if s.initial),
            "dest": bytes(dest),
            "roles": tuple(roles),
            "effect": bytes(effect),
            "completed": bytes(s.completed for s in defn.states),
            "closed": bytes(s.closed for s in defn.states),
            "machine": machine,
        }
        for attribute, value in values.items():
            object.__setattr__(self, attribute, value)

    @property
    def name(self) -> str:
        """The lifecycle's id (``default``, ``eoffice`` ...)."""
        return self.definition.id

    def state(self, state_id: str) -> StateDef:
        """The definition of ``state_id``; KeyError if none."""
        return self.definition.states[self.state_code[state_id]]

    def allowed(self, state: str) -> list[str]:
        """The triggers that may fire from ``state``."""
        base = self.state_code[state] * len(self.triggers)
        return [t for i, t in enumerate(self.triggers) if self.dest[base + i] != NO_STATE]

    def fire(self, state: str, trigger: str) -> str:
        """The state ``trigger`` leads to from ``state``, run through the transitions machine.

        Raises ``transitions.MachineError`` when the trigger is not allowed from
        ``state``; the engine checks that first, to say why.
        """
        cursor = _Cursor(state)
        self.machine.events[trigger].trigger(cursor)
        return cursor.state


class _Cursor:
    """The model object the shared machine moves; pydantic models are frozen."""

    __slots__ = ("state",)

    def __init__(self, state: str) -> None:
        self.state = state


# --- loading ----------------------------------------------------------------------


def compile_lifecycle(
    definition: LifecycleDefinition, source: SourceMap | None = None
) -> Lifecycle:
    """Check ``definition`` and compile it; :class:`LifecycleDefinitionError` if unsound."""
    problems = check_definition(definition)
    if problems:
        raise _unsound(problems, source or SourceMap(f"lifecycle {definition.id}"))
    return Lifecycle(definition, source.path if source else f"lifecycle {definition.id}")


@lru_cache(maxsize=16)
def compiled_lifecycle(definition: LifecycleDefinition) -> Lifecycle:
    """:func:`compile_lifecycle` of a definition met before (a stored cascade's, read
    again for every event recorded on it): the same checked lifecycle, shared as
    :func:`builtin_lifecycle` shares its own."""
    return compile_lifecycle(definition)


def load_lifecycle(path: str | Path) -> Lifecycle:
    """Read, check and compile the lifecycle definition at ``path``."""
    definition, source = read_model(
        path, LifecycleDefinition, "a lifecycle file must be a mapping with 'format', 'id', ..."
    )
    return compile_lifecycle(definition, source)


@cache
def builtin_lifecycle(name: str) -> Lifecycle:
    """A lifecycle shipped with the library (``default``)."""
    path = BUILTIN_DIR / f"{name}.yaml"
    if not path.is_file():
        raise LifecycleDefinitionError(f"unknown lifecycle {name!r} (built in: {_builtins()})")
    return load_lifecycle(path)


def resolve_lifecycle(name: str, near: str | Path | None = None) -> Lifecycle:
    """The lifecycle ``name`` as a cascade file at ``near`` sees it.

    ``lifecycles/NAME.yaml`` in the cascade file's folder wins; otherwise the
    built-in lifecycle of that name.
    """
    name = unicodedata.normalize("NFC", name)
    if not _PLAIN_NAME.fullmatch(name):  # never a path: "../../x" would leave lifecycles/
        raise LifecycleDefinitionError(
            f"lifecycle {name!r} is not a name (letters, digits, '-', '_' and inner dots; "
            "no '/' or '..')",
            Position(str(near)) if near is not None else None,
        )
    if near is not None:
        local = Path(near).parent / "lifecycles" / f"{name}.yaml"
        if local.is_file():
            return load_lifecycle(local)
    if (BUILTIN_DIR / f"{name}.yaml").is_file():
        return builtin_lifecycle(name)
    where = f"{Path(near).parent / 'lifecycles'}/ or " if near is not None else ""
    raise LifecycleDefinitionError(
        f"unknown lifecycle {name!r}: no {where}built-in lifecycle of that name "
        f"(built in: {_builtins()})"
    )


_PLAIN_NAME = re.compile(r"\w[\w-]*(?:\.[\w-]+)*")


def builtin_names() -> list[str]:
    """The names of the lifecycles shipped with the library (``default``, …)."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def builtin_path(name: str) -> Path | None:
    """Where the built-in lifecycle ``name`` is kept, or None when there is none."""
    return BUILTIN_DIR / f"{name}.yaml" if name in builtin_names() else None


def _builtins() -> str:
    return ", ".join(builtin_names())


def _unsound(problems: list[Problem], source: SourceMap) -> LifecycleDefinitionError:
    errors = [CascadeFileError(message, source.position(path)) for path, message in problems]
    errors.sort(key=lambda e: (e.position or Position("")).line or 0)
    return LifecycleDefinitionError(errors[0].message, errors[0].position, more=tuple(errors[1:]))
