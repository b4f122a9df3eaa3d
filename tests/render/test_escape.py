"""Escaping: each function alone, then hostile names through the real ``dot`` and Mermaid."""

from __future__ import annotations

import re

import pytest

from cascade.model import Cascade
from cascade.render import RenderOptions, render
from cascade.render.escape import clean, dot_string, html, lines, mermaid
from support.svg import all_text

from .conftest import DAY, HOSTILE


def test_html_escapes_markup_characters() -> None:
    assert html("<b>\"A\" & 'B'</b>") == "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;"
    assert html("&amp;") == "&amp;amp;"  # an entity in a name is text, not an entity


def test_dot_string_doubles_backslashes_and_escapes_quotes() -> None:
    assert dot_string('a\\b "c"') == 'a\\\\b \\"c\\"'
    assert dot_string("ends with \\") == "ends with \\\\"
    assert dot_string("one\ntwo") == "one\\ntwo"


def test_mermaid_writes_syntax_characters_as_entity_codes() -> None:
    escaped = mermaid('a"b|c]d%%e#f;g`h<i>')
    assert escaped == "a#34;b#124;c#93;d#37;#37;e#35;f#59;g#96;h#60;i#62;"
    assert mermaid("Ủy ban nhân dân · 🚀") == "Ủy ban nhân dân · 🚀"  # beyond ASCII stays


def test_control_characters_and_bidi_overrides_are_removed() -> None:
    assert clean("a\x00b\x1bc\u202ed\u2066e") == "abcde"
    assert lines("  một \r\n\n hai\u2028ba ") == ["một", "hai", "ba"]


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "Hòa".replace("ò", "o\u0300")
    assert html(decomposed) == "Hòa"


def test_hostile_names_come_out_of_graphviz_exactly(hostile: Cascade) -> None:
    """The SVG is well-formed XML and shows every hostile name, line by line, as written."""
    for view in ("obligations", "organisations", "documents"):
        svg = render(hostile, RenderOptions(view=view, drawn_on=DAY, budget=100), fmt="svg")
        text = all_text(svg)  # parses the SVG: fails on any escaping slip
        if view == "documents":
            assert '1/CV-"X"\\<Y>' in text
            continue
        for name in HOSTILE:
            for line in lines(name):
                assert line in text, (view, line)
        assert "\u202e" not in text


def test_hostile_names_in_dot_source_never_leave_their_label(hostile: Cascade) -> None:
    source = render(
        hostile, RenderOptions(view="organisations", drawn_on=DAY, budget=100), fmt="dot"
    )
    ids = set(re.findall(r"^\s*(\w+) \[label=", source, flags=re.MULTILINE))
    assert ids and all(re.fullmatch(r"n\d+", i) for i in ids)
    labels = [line.split(" tooltip=")[0] for line in source.splitlines() if "label=<" in line]
    assert not any("<b>in đậm</b>" in label for label in labels)  # markup only as text
    assert any("&lt;b&gt;in đậm&lt;/b&gt;" in label for label in labels)
    assert 'tooltip="Ban \\"Trích dẫn\\" \\\\ gạch chéo \\\\' in source


@pytest.mark.parametrize("view", ["obligations", "organisations", "documents"])
def test_hostile_names_in_mermaid_are_inert(hostile: Cascade, view: str) -> None:
    text = render(hostile, RenderOptions(view=view, drawn_on=DAY, budget=100), fmt="mermaid")
    for line in text.splitlines():
        stripped = line.strip()
        # every statement starts with a generated id or a keyword of ours
        statement = r"flowchart|subgraph (c\d+|legend)\[|end$|direction|n\d+|lg\d+|ttl|class"
        assert re.match(rf"({statement}|linkStyle|style lg)", stripped), stripped
        assert "%%" not in stripped
        # inside a label there is no bare quote: quotes only open and close labels
        for label in re.findall(r'"([^"]*)"', stripped):
            assert "|" not in label and "[" not in label and "`" not in label
    assert not re.search(r"^\s*(click|style n)", text, flags=re.MULTILINE)
    if view != "documents":
        assert "#60;b#62;in đậm#60;/b#62; #38;amp#59;" in text
