"""The checks of parsed input: the quick walk of the fast path and the walk with positions
agree on the limits, and each refusal names its limit."""

from __future__ import annotations

import pytest

from cascade.boundary.untrusted import plain_tree, plainly_fine, unsafe_character
from cascade.errors import CascadeFileError, Position


def where(key: tuple[str | int, ...]) -> Position:
    return Position("f.yaml", len(key) + 1, 1)  # the depth as the line: checkable


def nested(depth: int) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = [value]
    return {"x": value}


@pytest.mark.parametrize("depth", [1, 2, 3, 4])
def test_both_walks_draw_the_depth_limit_at_the_same_place(
    depth: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASCADE_MAX_DEPTH", "3")
    data = nested(depth)  # containers at depths 0 (the mapping) to ``depth``
    fine = depth < 3
    assert plainly_fine(data) is fine
    if fine:
        assert plain_tree(data, where) == data
    else:
        with pytest.raises(CascadeFileError, match=r"nested more than 3 levels deep \(the depth"):
            plain_tree(data, where)


def test_both_walks_refuse_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASCADE_MAX_STRING_LENGTH", "5")
    assert plainly_fine({"a": ["12345"]})
    assert not plainly_fine({"a": ["123456"]})
    with pytest.raises(CascadeFileError, match="CASCADE_MAX_STRING_LENGTH=<characters>"):
        plain_tree({"a": ["123456"]}, where)


def test_aliases_are_counted_once_per_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASCADE_MAX_ALIAS_NODES", "7")
    shared = ["a", "b"]  # three values: the list and its two texts
    assert plain_tree({"x": shared, "y": shared, "z": shared}, where)  # two copies: 6
    with pytest.raises(CascadeFileError, match=r"more than 7 values \(the alias-expansion"):
        plain_tree({"x": shared, "y": shared, "z": shared, "w": shared}, where)


def test_a_value_that_contains_itself_is_refused() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(CascadeFileError, match="an alias refers to a value that contains it"):
        plain_tree({"x": loop}, where)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("a\x00b", "NUL character"), ("\ud800", "lone surrogate (\\ud800)"), ("Sở Nội vụ", None)],
)
def test_unsafe_characters(text: str, problem: str | None) -> None:
    found = unsafe_character(text)
    assert (found is None) if problem is None else (problem in (found or ""))
