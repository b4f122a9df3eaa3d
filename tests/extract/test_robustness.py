"""Damaged text never crashes the extractor: it gives a valid draft or a clean ExtractError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade.errors import ExtractError
from cascade.extract import extract_text
from cascade.extract.writer import dumps_yaml
from cascade.files.loader import loads

from .conftest import INPUTS

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(INPUTS.glob("*.txt"))]


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A real document with lines dropped, duplicated or cut, and junk inserted."""
    lines = draw(st.sampled_from(TEXTS)).splitlines()
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "cut", "junk"]))
        if action == "drop":
            del lines[index]
        elif action == "dup":
            lines.insert(index, lines[index])
        elif action == "cut":
            line = lines[index]
            lines[index] = line[: draw(st.integers(0, len(line)))]
        else:
            lines.insert(index, draw(st.text(max_size=40)))
    return "\n".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_text_gives_a_loadable_draft_or_a_clean_error(text: str) -> None:
    try:
        extraction = extract_text(text, source="damaged.txt")
    except ExtractError:
        return
    loads(dumps_yaml(extraction), name="damaged-draft.yaml")  # loads and validates
