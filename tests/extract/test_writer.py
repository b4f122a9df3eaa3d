"""The YAML a draft is written as: the data it holds, its layout, its comments."""

from __future__ import annotations

import json

import yaml

from cascade.extract import extract_text
from cascade.extract.writer import dumps_json, dumps_yaml

LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM NINH
Số: 77/UBND-VX
V/v phòng, chống rét cho vật nuôi
Hà Nam Ninh, ngày 02 tháng 12 năm 2025

Kính gửi: Sở Nông nghiệp và Môi trường; Báo Hà Nam Ninh.

1. Giao Báo Hà Nam Ninh mở chuyên mục "Chống rét: đàn bò - đàn trâu" trước ngày 15/12/2025.
2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính kiểm tra các trại chăn nuôi;
báo cáo Ủy ban nhân dân tỉnh trước ngày 31/12/2025.
"""


def test_the_yaml_holds_the_same_data_as_the_json() -> None:
    extraction = extract_text(LETTER)
    draft = dumps_yaml(extraction)
    as_json = json.dumps(yaml.safe_load(draft), default=str)  # YAML reads dates as dates
    assert json.loads(as_json) == json.loads(dumps_json(extraction))


def test_lists_are_indented_under_their_key_and_short_ids_stay_on_one_line() -> None:
    draft = dumps_yaml(extract_text(LETTER))
    lines = draft.splitlines()
    at = lines.index("obligations:")
    assert lines[at + 1].startswith("  - id: ")  # the project's layout, not "- id:" at column 0
    assert any(line.startswith("    coordinators: [") for line in lines)
    assert all(not line.startswith("- ") for line in lines)


def test_a_doubt_silences_its_rule_on_the_line_of_the_obligations_id() -> None:
    extraction = extract_text(LETTER)
    (silenced,) = [ob for ob in extraction.cascade.obligations if ob.id in extraction.suppressed]
    draft = dumps_yaml(extraction)
    rules = ",".join(extraction.suppressed[silenced.id])
    written = yaml.safe_dump(silenced.id).strip().removesuffix("\n...")  # "'1'": a number
    assert f"  - id: {written}  # cascade: disable={rules}" in draft.splitlines()
    assert draft.count("# cascade: disable=") == 1


def test_text_with_quotes_colons_and_diacritics_comes_back_as_written() -> None:
    extraction = extract_text(LETTER)
    draft = dumps_yaml(extraction)
    actions = [ob["action"] for ob in yaml.safe_load(draft)["obligations"]]
    assert any('"Chống rét: đàn bò - đàn trâu"' in action for action in actions)
    notes = [ob.note for ob in extraction.cascade.obligations if ob.note and "'" in ob.note]
    assert notes and all(f'note: "{note[:20]}' in draft for note in notes)
