"""Patterns from held-out round 83 (a ministry's circular on emulation and rewards in its
sector), each on a text of its own in the same shape."""

from __future__ import annotations

from cascade.extract import extract_text

from .decree_frame import by_lead, obligations
from .test_round79_patterns import circular


def test_groups_named_by_their_sector_lead_their_work() -> None:
    # "các đơn vị trong Ngành", "Các cơ quan, đơn vị trong ngành X": the sector is part of
    # the group's name, as "thuộc Bộ" is
    text = circular(
        "Điều 18. Tổ chức thực hiện\n"
        "1. Hằng năm, các đơn vị trong Ngành có trách nhiệm tổng hợp kết quả hòa giải.\n"
        "2. Các cơ quan, đơn vị trong ngành Văn hóa, Thể thao và Du lịch gửi báo cáo về Bộ "
        "trước ngày 15/12 hằng năm.\n"
        "3. Các cơ quan báo chí, truyền thông trong ngành Văn hóa thường xuyên giới thiệu "
        "các mô hình hòa giải tốt.\n"
        "4. Các đơn vị trong ngành Y tế, Sở Tài chính phối hợp kiểm tra việc hòa giải.\n"
    )
    found = by_lead(text)
    assert ("các đơn vị trong ngành", "tổng hợp") in found
    assert ("các cơ quan, đơn vị trong ngành văn hóa, thể thao và du lịch", "gửi báo") in found
    assert ("các cơ quan báo chí, truyền thông trong ngành văn hóa", "thường xuyên") in found
    assert ("các đơn vị trong ngành y tế", "phối hợp") in found
    assert ("sở tài chính", "phối hợp") in found


def test_a_councils_nature_seats_and_seal_are_no_work() -> None:
    # under "Điều 5. Hội đồng X": "Hội đồng … do Bộ trưởng quyết định thành lập, có chức
    # năng …", "Chủ tịch Hội đồng là …", "Vụ X là cơ quan thường trực Hội đồng …", "… được sử
    # dụng con dấu …" say what the council is, not what it does
    text = circular(
        "Điều 5. Hội đồng hòa giải Bộ Văn hóa\n"
        "1. Hội đồng hòa giải Bộ Văn hóa do Bộ trưởng quyết định thành lập, có chức năng tư "
        "vấn cho Bộ trưởng về công tác hòa giải.\n"
        "2. Thành phần Hội đồng gồm:\n"
        "a) Chủ tịch Hội đồng là Thứ trưởng được phân công giúp Bộ trưởng theo dõi công tác "
        "hòa giải.\n"
        "b) Phó Chủ tịch thường trực Hội đồng là Vụ trưởng Vụ Pháp chế.\n"
        "c) Thư ký Hội đồng là Phó Vụ trưởng Vụ Pháp chế.\n"
        "d) Các thành viên Hội đồng là Thủ trưởng các đơn vị sau: Vụ Kế hoạch; Thanh tra Bộ; "
        "Văn phòng Bộ.\n"
        "đ) Thành viên là những người am hiểu về hòa giải. Bộ trưởng quyết định cụ thể thành "
        "viên Hội đồng.\n"
        "3. Vụ Pháp chế là cơ quan thường trực Hội đồng hòa giải Bộ.\n"
        "4. Hội đồng hòa giải Bộ được sử dụng con dấu của Bộ Văn hóa để ban hành các văn bản "
        "về hòa giải.\n"
    )
    actions = [action for _, action in obligations(text)]
    assert any("quyết định cụ thể thành viên" in action for action in actions)
    said = ("hội đồng hòa giải", "chủ tịch", "phó chủ tịch", "thư ký", "các thành viên", "vụ")
    assert not [action for action in actions if action.startswith(said)]
    assert not [action for action in actions if "thành lập" in action or "thanh tra bộ" in action]


def test_the_signature_before_lists_and_forms_is_the_documents() -> None:
    # the Gazette prints no "Nơi nhận" for the circular; its appendices open with a list of
    # units and hold a blank form with a caption, a "Nơi nhận" and signature lines of its own
    body = (
        "Điều 18. Tổ chức thực hiện\n"
        "Các đơn vị thuộc Bộ có trách nhiệm tổng hợp kết quả hòa giải.\n"
        "Điều 20. Hiệu lực thi hành\n"
        "Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026./.\n"
        "\n"
        "BỘ TRƯỞNG\n"
        "\n"
        "Lê Minh Hoàng\n"
        "\n"
        "PHỤ LỤC 1\n"
        "DANH SÁCH CÁC ĐƠN VỊ HÒA GIẢI\n"
        "1. Cục Bản quyền tác giả\n"
        "2. Vụ Pháp chế\n"
        "PHỤ LỤC 2\n"
        "TÊN ĐƠN VỊ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "BÁO CÁO KẾT QUẢ HÒA GIẢI\n"
        "Danh sách tập thể, cá nhân được đề nghị năm ...\n"
        "Nơi nhận:\n"
        "- Lưu: VT.\n"
        "THỦ TRƯỞNG ĐƠN VỊ\n"
        "(Ký ghi rõ họ và tên)\n"
    )
    text = circular(body).rsplit("Điều 20. Hiệu lực thi hành", 1)[0]  # the frame's own end
    signer = extract_text(text).cascade.documents[0].signer
    assert signer is not None
    assert (signer.title, signer.name) == ("Bộ trưởng", "Lê Minh Hoàng")
