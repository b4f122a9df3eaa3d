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


def test_a_document_named_twice_in_one_sentence_does_not_rest_on_itself() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM NINH\nSố: 90/KH-UBND\n"
        "Hà Nam Ninh, ngày 5 tháng 12 năm 2025\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW\n\n"
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về tiếp tục thực "
        "hiện Nghị quyết số 57-NQ/TW trong tình hình mới, Ủy ban nhân dân tỉnh ban hành Kế "
        "hoạch như sau:\n1. Giao Sở Khoa học và Công nghệ chủ trì triển khai Kế hoạch.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Lợi\n"
    )
    cascade = extract_text(text).cascade
    for doc in cascade.documents:
        assert all(basis.document != doc.id for basis in doc.rests_on)
    assert [ob.lead for ob in cascade.obligations] == ["so-khoa-hoc-va-cong-nghe"]
