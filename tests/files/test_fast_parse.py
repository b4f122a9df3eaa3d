"""The fast way in reads what ruamel reads, or nothing; a file with a problem gets the same
message, at the same place, whichever way it came in."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from cascade.boundary.untrusted import plain_tree
from cascade.errors import CascadeFileError, Position
from cascade.files import fast_parse, loader
from cascade.files.fast_parse import parse_json, parse_yaml
from support import ROOT, RULE_FIXTURES

BROKEN = Path(__file__).parent / "broken"
LAUGHS = "l0: &l0 x\n" + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)
)
EXAMPLES = int(os.environ.get("CASCADE_PARSE_EXAMPLES", "300"))  # more for a long hunt
CASCADES = sorted([*(ROOT / "workflows").glob("*.yaml"), *RULE_FIXTURES.glob("CAS*/*.yaml")])


def ruamel_reads(text: str) -> Any:
    """What the positions-keeping way reads: ruamel's round trip, made plain."""
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.constructor.add_constructor("tag:yaml.org,2002:timestamp", lambda c, n: str(n.value))
    return plain_tree(yaml.load(text), lambda _key: Position("<test>"))


# plain scalars whose type a YAML 1.1 reader and a 1.2 reader see differently, and others
TRICKY = [
    "yes", "no", "on", "off", "y", "n", "true", "True", "FALSE", "null", "Null", "~", "",
    "0", "-0", "+1", "017", "0o17", "0x1F", "0b101", "1_000", "1:30", "1.5", ".5", "1.",
    "1e5", "-.5e+3", ".inf", "-.INF", ".nan", "2025-01-01", "2025-1-1", "2025-01-01 10:00:00",
    "=", "<<", "Đà Nẵng", "Hà Nội, 2025", "a b", "1.2.3", "12724/VP-KGVX", "251-KH/TU",
    "R&D", "x*y", "a!b", "#not a comment", "é", "e\u0301",
]  # fmt: skip
scalars = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.sampled_from("abc019.:-_ ,&*!#%@`|>\"'đĐàẠ\t"), max_size=8),
)


def _line(key: str, value: str) -> str:
    return f"{key}: {value}"


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(scalars, min_size=1, max_size=6), st.booleans())
def test_plain_scalars_read_alike(values: list[str], as_list: bool) -> None:
    if as_list:
        text = "items:\n" + "".join(f"  - {v}\n" for v in values)
    else:
        text = "".join(_line(f"k{i}", v) + "\n" for i, v in enumerate(values))
    assert_alike(text)


def assert_alike(text: str) -> None:
    """The fast way reads ``text`` as ruamel does, or leaves it undecided; what ruamel
    refuses, the fast way never reads."""
    from ruamel.yaml.error import YAMLError

    fast = parse_yaml(text)
    try:
        expected = ruamel_reads(text)
    except (YAMLError, Warning, ValueError, IndexError):  # refused (some with a crash)
        assert fast is None, text
        return
    if fast is not None:  # else undecided: the loader asks ruamel
        assert typed(fast) == typed(expected), text


def typed(value: Any) -> Any:
    """``value`` with the kind of every scalar spelled out (and NaN equal to itself)."""
    if isinstance(value, dict):
        return {typed(k): typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return (kind.__name__, repr(kind(value)))
    return (type(value).__name__, repr(value))


nested = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), scalars),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text("abcđ_", min_size=1, max_size=5), inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.dictionaries(st.text("abcđ_", min_size=1, max_size=5), nested, max_size=5))
def test_documents_written_by_a_dumper_read_alike(data: dict[str, Any]) -> None:
    import io

    buffer = io.StringIO()
    YAML(typ="rt").dump(data, buffer)
    assert_alike(buffer.getvalue())
    as_json = json.dumps(data, ensure_ascii=False)
    assert parse_json(as_json) == json.loads(as_json)


@pytest.mark.parametrize("path", CASCADES, ids=lambda p: p.name)
def test_every_cascade_here_is_read_the_fast_way_and_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = parse_yaml(text)
    assert fast is not None, "a plain cascade file should not need ruamel"
    assert fast == ruamel_reads(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "a: &x [1]\nb: &x [2]\n",  # an anchor reused (ruamel warns)
        LAUGHS,  # a billion laughs, nine at a time
        "base: &b {x: 1}\nc:\n  <<: *b\n",  # merge key
        "a: !!python/object:os.system ls\n",  # a tag
        "a: 1\n---\nb: 2\n",  # two documents
        "a: 0x1F\n",  # a number in another spelling
        "a: " + "9" * 5000 + "\n",  # an integer too long to convert
    ],
)
def test_what_could_read_otherwise_is_left_to_ruamel(text: str) -> None:
    assert parse_yaml(text) is None


def test_anchors_and_aliases_read_alike() -> None:
    text = "d: &due {kind: absolute, due: 2025-12-15}\na: {deadline: *due}\nb: *due\n"
    assert (
        parse_yaml(text)
        == ruamel_reads(text)
        == {
            "d": {"kind": "absolute", "due": "2025-12-15"},
            "a": {"deadline": {"kind": "absolute", "due": "2025-12-15"}},
            "b": {"kind": "absolute", "due": "2025-12-15"},
        }
    )


@pytest.mark.parametrize("text", ['{"a": 1, "a": 2}', '{"a": NaN}', '{"a": Infinity}'])
def test_json_that_could_read_otherwise_is_left_to_ruamel(text: str) -> None:
    assert parse_json(text) is None


def test_a_json_syntax_error_keeps_its_place() -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        parse_json('{"a": 1,\n "b": }')
    assert (caught.value.lineno, caught.value.colno) == (2, 7)


@pytest.mark.parametrize("path", sorted(BROKEN.iterdir()), ids=lambda p: p.name)
def test_a_broken_file_gets_the_same_message_either_way_in(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(CascadeFileError) as fast_way:
        loader.load(path)
    # the loader takes the fast parsers from their module when it reads a file
    monkeypatch.setattr(fast_parse, "parse_yaml", lambda text: None)
    # the positions-keeping way checks a .json file's syntax with the json module too
    monkeypatch.setattr(fast_parse, "parse_json", lambda text: (json.loads(text), None)[1])
    with pytest.raises(CascadeFileError) as positions_way:
        loader.load(path)
    assert str(fast_way.value) == str(positions_way.value)
    assert fast_way.value.position == positions_way.value.position


def test_an_anchor_with_a_colon_is_left_to_ruamel() -> None:
    """'&0:0' is one anchor to ruamel and an anchor and a text to libyaml (found by
    test_plain_scalars_read_alike)."""
    assert parse_yaml("k0: &0:0\n") is None
    assert ruamel_reads("k0: &0:0\n") == {"k0": None}


@pytest.mark.parametrize("name", ["dangling_lead.yaml", "unknown_key_typo.yaml"])
def test_a_large_file_is_read_again_for_its_messages(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(CascadeFileError) as kept:
        loader.load(BROKEN / name)
    monkeypatch.setattr(loader, "KEEP_TEXT", 0)  # every file counts as large: text not kept
    with pytest.raises(CascadeFileError) as read_again:
        loader.load(BROKEN / name)
    assert str(read_again.value) == str(kept.value)
    assert read_again.value.position == kept.value.position
