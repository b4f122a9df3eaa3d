"""Patterns from held-out round 77 (a Government decree on investing the social insurance
funds), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, decree


def _relations(text: str) -> dict[str, str]:
    cascade = extract_text(text).cascade
    docs = {d.id: d.identifier for d in cascade.documents}
    return {str(docs[b.document]): b.relation.value for b in cascade.documents[0].rests_on}


def _frame(body: str, closing: int = 30) -> str:
    return decree(
        body,
        number="88/2026/NĐ-CP",
        date="ngày 04 tháng 3 năm 2026",
        title="Quy định về quỹ hỗ trợ nông dân",
        signer="Trần Văn Sơn",
        closing=closing,
    )


def _with_bases(text: str, bases: str) -> str:
    """``text`` with more "Căn cứ" lines after its first."""
    first = "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
    return text.replace(first, first + bases)


def test_amending_laws_after_a_doubled_law_word_share_the_basis() -> None:
    # "… được sửa đổi, bổ sung bởi Luật số Luật số A, Luật số B và Luật số C;": a printing
    # slip doubles "Luật số"; every amending law is still a basis
    text = _with_bases(
        _frame("Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về quỹ hỗ trợ nông dân.\n", 2),
        "Căn cứ Luật Hợp tác xã số 17/2012/QH13 được sửa đổi, bổ sung bởi Luật\n"
        "số Luật số 21/2017/QH14, Luật số 44/2019/QH14 và Luật số\n"
        "12/2022/QH15;\n",
    )
    relations = _relations(text)
    for law in ("17/2012/QH13", "21/2017/QH14", "44/2019/QH14", "12/2022/QH15"):
        assert relations[law] == "based_on", law


def test_a_basis_keeps_no_section_a_later_article_cites() -> None:
    # the law is a basis whole; "khoản 3 Điều 2 Luật số …" in the body is a citation of
    # one of its articles, not the part the decree rests on
    text = _with_bases(
        _frame(
            "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết khoản 3 Điều 2 Luật số\n"
            "17/2012/QH13 về quỹ hỗ trợ nông dân.\n",
            2,
        ),
        "Căn cứ Luật Hợp tác xã số 17/2012/QH13;\n",
    )
    cascade = extract_text(text).cascade
    docs = {d.id: str(d.identifier) for d in cascade.documents}
    basis = {docs[b.document]: b for b in cascade.documents[0].rests_on}["17/2012/QH13"]
    assert basis.relation.value == "based_on"
    assert basis.section is None


def test_a_duty_lead_in_opening_with_a_case_names_its_body() -> None:
    # "Khi …, X có trách nhiệm: a) …; b) …": X leads the items, due when the case arises
    text = _frame(
        """Điều 12. Xử lý khoản vay quá hạn
3. Khi khoản vay của hợp tác xã quá hạn trên 90 ngày mà chưa có phương án trả
nợ, Ngân hàng Chính sách xã hội có trách nhiệm:
a) Kịp thời thông báo cho Sở Nông nghiệp và Môi trường nơi hợp tác xã đặt trụ sở;
b) Đề xuất Bộ Tài chính xem xét việc gia hạn nợ.
"""
    )
    cascade = extract_text(text).cascade
    names = {o.id: o.name for o in cascade.organisations}
    found = [(names[o.lead], o.action.split()[:2], o.deadline.kind) for o in cascade.obligations]
    assert ("Ngân hàng Chính sách xã hội", ["Kịp", "thời"], "event") in found
    assert ("Ngân hàng Chính sách xã hội", ["Đề", "xuất"], "event") in found


def test_a_council_named_by_its_work_leads_its_duty_article() -> None:
    # "Điều 20. Trách nhiệm của Hội đồng thẩm định" over numbered duties: the council's
    # name holds its work ("thẩm định"), and the items are its own
    text = _frame(
        """Điều 20. Trách nhiệm của Hội đồng thẩm định
1. Phê duyệt kế hoạch cho vay hằng quý theo đề nghị của Giám đốc Quỹ.
2. Kiểm tra việc sử dụng vốn vay của các hợp tác xã.
3. Quyết định và chịu trách nhiệm trước Bộ Tài chính về mức lãi suất cho vay.
"""
    )
    leads = by_lead(text)
    assert ("hội đồng thẩm định", "phê duyệt") in leads
    assert ("hội đồng thẩm định", "kiểm tra") in leads
    assert ("hội đồng thẩm định", "quyết định") in leads


def test_a_day_of_the_year_before_the_plan_year_recurs_yearly() -> None:
    # "trước ngày 15 tháng 7 của năm liền kề trước năm kế hoạch": a day each year (the plan
    # year moves on), not 15/7 of the document's year
    text = _frame(
        """Điều 8. Kế hoạch cho vay
2. Ngân hàng Chính sách xã hội gửi Bộ Tài chính kế hoạch cho vay trước ngày 15 tháng 7
của năm liền kề trước năm kế hoạch.
"""
    )
    cascade = extract_text(text).cascade
    deadlines = [o.deadline for o in cascade.obligations]
    assert len(deadlines) == 1
    found = deadlines[0]
    assert found.kind == "recurring"
    assert (found.every, found.month, found.day) == ("year", 7, 15)
