"""Patterns found in held-out round 67 (a Government decree on the microfinance programmes
of social organisations: the central bank's and its regional branches' steps in the
procedures, the organisations' own steps), each checked on a text of its own."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import decree, obligations


def _decree(body: str) -> str:
    return decree(
        body,
        number="48/2026/NĐ-CP",
        date="ngày 9 tháng 3 năm 2026",
        title="Về hoạt động của quỹ hỗ trợ vốn cho hộ kinh doanh nhỏ",
        signer="Trần Quốc Bảo",
        closing=30,
    )


def _obligations(body: str) -> list[tuple[str, str]]:
    return obligations(_decree(body))


def test_a_regional_branch_is_a_body_of_its_own_beside_the_whole() -> None:
    body = (
        "Điều 4. Thẩm quyền\n"
        "1. Kho bạc Nhà nước chi nhánh tại các khu vực (sau đây gọi là Kho bạc Nhà nước Khu\n"
        "vực) là cơ quan có thẩm quyền chấp thuận phương án vốn trên địa bàn.\n"
        "Điều 9. Trình tự chấp thuận\n"
        "1. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được phương án, Kho bạc Nhà\n"
        "nước, Kho bạc Nhà nước Khu vực có văn bản gửi quỹ xác nhận đã nhận đủ phương án.\n"
        "2. Trong thời hạn 10 ngày kể từ ngày nhận đủ phương án, Kho bạc Nhà nước Khu vực\n"
        "có văn bản xin ý kiến của Ủy ban nhân dân cấp tỉnh về phương án vốn.\n"
    )
    found = _obligations(body)
    got = {lead for lead, action in found if action.startswith("có văn bản gửi quỹ")}
    assert got == {"kho bạc nhà nước", "kho bạc nhà nước khu vực"}
    assert any(
        lead == "kho bạc nhà nước khu vực" and action.startswith("có văn bản xin ý kiến")
        for lead, action in found
    )


def _long_decree_with_forms(procedure: str) -> str:
    """A decree whose body runs to over a hundred lines, each a finished sentence, before
    ``procedure``; then an appendix of forms in wrapped lines, blocks between blank lines."""
    rules = "".join(
        f"Điều {n}. Điều kiện thứ {n}\nQuỹ phải đáp ứng điều kiện thứ {n} về vốn.\n"
        f"Điều kiện thứ {n} được ghi trong điều lệ của quỹ.\n"
        for n in range(1, 40)
    )
    form = "\n".join(
        f"Tên quỹ đề nghị chấp thuận phương án vốn số {n} gồm các nội dung\n"
        f"về nguồn vốn, địa bàn và thời hạn của phương án vốn được nêu\n"
        f"tại đơn này và cam kết của người đại diện theo pháp luật\n"
        for n in range(1, 40)
    )
    text = _decree(rules + procedure)
    return text + "\nPhụ lục\nMẫu số 01\nĐƠN ĐỀ NGHỊ\n\n" + form.replace("\n\n", "\n") + "\n"


def test_appended_forms_in_wrapped_lines_leave_a_long_body_read_line_by_line() -> None:
    procedure = (
        "Điều 41. Trình tự chấp thuận\n"
        "1. Trình tự thực hiện:\n"
        "Quỹ lập 01 bộ hồ sơ gửi Kho bạc Nhà nước;\n"
        "Trong thời hạn 10 ngày kể từ ngày nhận được hồ sơ, Kho bạc Nhà nước có văn bản gửi\n"
        "quỹ xác nhận đã nhận đủ hồ sơ;\n"
        "Trong thời hạn 15 ngày kể từ ngày nhận được văn bản của Kho bạc Nhà nước, Ủy ban\n"
        "nhân dân cấp tỉnh có văn bản chấp thuận phương án vốn.\n"
    )
    found = obligations(_long_decree_with_forms(procedure))
    assert any(
        lead == "kho bạc nhà nước" and action.startswith("có văn bản gửi quỹ")
        for lead, action in found
    )
    assert any(
        lead == "ủy ban nhân dân cấp tỉnh" and action.startswith("có văn bản chấp thuận")
        for lead, action in found
    )


def test_a_step_does_not_wait_for_itself_named_in_the_restraint_above() -> None:
    body = (
        "Điều 12. Thay đổi vốn điều lệ của quỹ\n"
        "1. Quỹ chỉ được thay đổi vốn điều lệ sau khi Sở Tài chính điều chỉnh Giấy phép hoạt\n"
        "động đối với nội dung vốn điều lệ.\n"
        "Sở Tài chính điều chỉnh Giấy phép hoạt động đối với nội dung vốn điều lệ trên cơ sở\n"
        "ý kiến của Ủy ban nhân dân cấp tỉnh.\n"
    )
    cascade = extract_text(_decree(body)).cascade
    steps = [
        ob for ob in cascade.obligations if ob.action.lower().startswith("điều chỉnh giấy phép")
    ]
    assert steps
    assert all(ob.deadline is None or ob.deadline.kind != "event" for ob in steps)
