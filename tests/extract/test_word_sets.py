"""A vocabulary's word-by-word lookups stop early only where no phrase could follow."""

from __future__ import annotations

from cascade.extract import lexicon
from cascade.extract.word_sets import WordSet


def _set(*phrases: str) -> WordSet:
    from cascade.extract.text import fold, vkey

    return WordSet(frozenset(map(vkey, phrases)), frozenset(map(fold, phrases)))


def test_every_beginning_of_a_phrase_may_start_it() -> None:
    words = _set("chỉ đạo", "tổ chức thực hiện", "hoà giải")
    for phrase in ("chỉ", "Chỉ đạo", "tổ chức", "TỔ CHỨC THỰC", "hòa", "Hoà giải", "chi dao"):
        assert words.may_start(phrase), phrase
    for phrase in ("đạo", "chỉ đạo các", "thực hiện", "tăng"):
        assert not words.may_start(phrase), phrase


def test_a_phrase_found_is_never_one_whose_beginning_is_refused() -> None:
    # the rule readers rely on: a phrase in the set has every beginning allowed
    sets = [value for value in vars(lexicon).values() if isinstance(value, WordSet)]
    assert len(sets) > 20
    for words in sets:
        for phrase in words.folded:
            parts = phrase.split(" ")
            for n in range(1, len(parts) + 1):
                assert words.may_start(" ".join(parts[:n])), phrase


def test_a_union_keeps_the_beginnings_of_both() -> None:
    both = _set("giám sát") | _set("kiểm tra")
    assert both.may_start("giám") and both.may_start("kiểm tra")
    assert "kiểm tra" in both
