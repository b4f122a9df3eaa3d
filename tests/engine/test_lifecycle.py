"""Lifecycle definitions: loading, soundness checks with positions, machine = tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from transitions import MachineError

from cascade.engine.lifecycle import NO_STATE, builtin_lifecycle, load_lifecycle, resolve_lifecycle
from cascade.errors import LifecycleDefinitionError
from support import ROOT

EOFFICE = ROOT / "workflows" / "lifecycles" / "eoffice.yaml"

GOOD = """\
format: lifecycle/1
id: tiny
name: Nhỏ
states:
  - {id: a, name: A, initial: true}
  - {id: b, name: B}
  - {id: z, name: Z, completed: true, final: true}
triggers:
  - {id: go, name: Đi}
  - {id: end, name: Hết}
transitions:
  - {trigger: go, source: [a], dest: b, by: [lead]}
  - {trigger: end, source: [b], dest: z, by: [issuer]}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "l.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_builtin_and_the_custom_lifecycles_load() -> None:
    default = builtin_lifecycle("default")
    assert default.initial == "assigned"
    assert set(default.triggers) >= {"start", "report", "accept", "return", "cancel"}
    assert default.state("reported").completed and default.state("cancelled").closed
    eoffice = load_lifecycle(EOFFICE)
    assert "received" in eoffice.states and "approved" in eoffice.states


@pytest.mark.parametrize("lifecycle", [builtin_lifecycle("default"), load_lifecycle(EOFFICE)])
def test_the_machine_and_the_tables_agree_everywhere(lifecycle: object) -> None:
    from cascade.engine.lifecycle import Lifecycle

    assert isinstance(lifecycle, Lifecycle)
    width = len(lifecycle.triggers)
    for s, state in enumerate(lifecycle.states):
        for t, trigger in enumerate(lifecycle.triggers):
            dest = lifecycle.dest[s * width + t]
            if dest == NO_STATE:
                with pytest.raises(MachineError):
                    lifecycle.fire(state, trigger)
            else:
                assert lifecycle.fire(state, trigger) == lifecycle.states[dest]


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (("{id: a, name: A, initial: true}", "{id: a, name: A}"), "no initial state", 4),
        (("{id: b, name: B}", "{id: b, name: B, initial: true}"), "more than one initial", 6),
        (("  - {id: go, name: Đi}\n", "  - {id: go, name: Đi}\n  - {id: idle, name: I}\n"),
         "trigger 'idle' is used by no transition", 10),
        (("{trigger: end,", "{trigger: stop,"), "unknown trigger 'stop'", 13),
        (("dest: z", "dest: y"), "unknown state 'y'", 13),
        (("{id: b, name: B}", "{id: b, name: B}\n  - {id: lost, name: L}"),
         "state 'lost' is not reachable from 'a'", 7),
        (("source: [b], dest: z", "source: [b], dest: b"),
         "no final state can be reached from 'b'", 6),
        (("{id: b, name: B}", "{id: a, name: B}"), "duplicate state 'a'", 6),
        (("source: [b]", "source: [z]"), "final state 'z' cannot be left", 13),
        (("by: [issuer]}", "by: [issuer]}\n  - {trigger: go, source: [a], dest: z, by: [lead]}"),
         "trigger 'go' from 'a' is already defined by transition 1", 14),
        (("completed: true", "completed: true, closed: true"), "both completed and closed", 7),
    ],
)  # fmt: skip
def test_unsound_definitions_are_refused_with_their_place(
    tmp_path: Path, change: tuple[str, str], message: str, line: int
) -> None:
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(LifecycleDefinitionError) as error:
        load_lifecycle(path)
    found = [p for p in error.value.problems if message in p.message]
    assert found, str(error.value)
    assert found[0].position is not None and found[0].position.path == str(path)
    assert found[0].position.line == line


def test_a_malformed_file_names_the_key(tmp_path: Path) -> None:
    with pytest.raises(LifecycleDefinitionError.__mro__[1]) as error:  # CascadeFileError
        load_lifecycle(write(tmp_path, GOOD.replace("by: [lead]", "by: [boss]")))
    assert ":12:" in str(error.value) and "by" in str(error.value)


def test_the_good_definition_loads(tmp_path: Path) -> None:
    tiny = load_lifecycle(write(tmp_path, GOOD))
    assert tiny.allowed("a") == ["go"] and tiny.fire("a", "go") == "b"


def test_a_lifecycle_next_to_the_cascade_file_wins(tmp_path: Path) -> None:
    (tmp_path / "lifecycles").mkdir()
    (tmp_path / "lifecycles" / "default.yaml").write_text(
        GOOD.replace("id: tiny", "id: default"), encoding="utf-8"
    )
    assert resolve_lifecycle("default", tmp_path / "c.yaml").initial == "a"
    assert resolve_lifecycle("default").initial == "assigned"
    with pytest.raises(
        LifecycleDefinitionError, match=r"unknown lifecycle 'nope'.*built in: default"
    ):
        resolve_lifecycle("nope", tmp_path / "c.yaml")


def test_a_definition_met_again_is_compiled_once_and_an_unsound_one_every_time(
    tmp_path: Path,
) -> None:
    from cascade.engine.lifecycle import compiled_lifecycle

    definition = load_lifecycle(write(tmp_path, GOOD)).definition
    first = compiled_lifecycle(definition)
    assert compiled_lifecycle(definition.model_copy(deep=True)) is first  # equal: shared
    assert first.states == ("a", "b", "z")
    unsound = definition.model_copy(update={"transitions": ()})
    for _ in range(2):
        with pytest.raises(LifecycleDefinitionError):
            compiled_lifecycle(unsound)
