"""Patterns held-out round 32 showed, each on a text written for this test.

Names, numbers and dates are invented; the texts follow the style of a regulation or a
decision (the ministry-letter frame of ``test_task_rules``).
"""

from __future__ import annotations

from .test_task_rules import _leads


def test_a_company_named_by_its_service_in_a_duty_title_leads_the_items() -> None:
    # "Trách nhiệm của doanh nghiệp cung cấp dịch vụ …": a company, named by the service it
    # gives, is the lead of the article's items as kinds of public body are
    body = (
        "Điều 14. Trách nhiệm của doanh nghiệp cung cấp dịch vụ Cổng thông tin điện tử\n"
        "1. Bảo đảm đường truyền và an toàn thông tin cho Cổng thông tin điện tử.\n"
        "2. Tập huấn cho cán bộ quản trị của các cơ quan sử dụng Cổng.\n"
    )
    group = "doanh nghiệp cung cấp dịch vụ Cổng thông tin điện tử"
    assert _leads(body) == [
        (group, "Bảo đảm đường truyền"),
        (group, "Tập huấn cho cán bộ "),
    ]


def test_an_article_titled_by_the_officials_who_do_a_work_leads_its_items() -> None:
    # "Điều 9. Cán bộ, công chức, viên chức tiếp nhận và trả kết quả hồ sơ …" with no
    # "Trách nhiệm của": the title is the group by itself, and leads its numbered duties
    body = (
        "Điều 9. Cán bộ, công chức, viên chức tiếp nhận và trả kết quả hồ sơ đất đai "
        "tại xã\n"
        "1. Kiểm tra tính đầy đủ của hồ sơ trước khi tiếp nhận.\n"
        "2. Trả kết quả cho người nộp hồ sơ đúng thời hạn.\n"
    )
    group = "cán bộ, công chức, viên chức tiếp nhận và trả kết quả hồ sơ đất đai tại xã"
    assert _leads(body) == [
        (group, "Kiểm tra tính đầy đủ"),
        (group, "Trả kết quả cho ngườ"),
    ]


def test_an_article_on_organising_the_work_names_no_group() -> None:
    # "Điều 10. Tổ chức thực hiện": to organise the work, not an organisation that acts
    body = (
        "Điều 10. Tổ chức thực hiện\n"
        "1. Phổ biến Thông tư này đến cán bộ của các đơn vị trực thuộc.\n"
        "2. Theo dõi việc thi hành Thông tư này tại các địa phương.\n"
    )
    assert _leads(body) == []


def test_a_kind_alone_before_a_kind_that_says_which_is_one_group() -> None:
    # "Trách nhiệm của cơ quan, đơn vị … có phần mềm, cơ sở dữ liệu … kết nối với …": the
    # words after the last kind pick out both kinds, and "cơ sở dữ liệu" is a thing, not a
    # third kind of body; one group leads the items
    body = (
        "Điều 18. Trách nhiệm của cơ quan, đơn vị trong tỉnh có phần mềm, cơ sở dữ liệu "
        "chuyên ngành kết nối với Kho dữ liệu dùng chung\n"
        "1. Cập nhật dữ liệu chuyên ngành lên Kho dữ liệu dùng chung.\n"
        "2. Phân quyền khai thác dữ liệu cho người dùng của đơn vị mình.\n"
    )
    group = (
        "cơ quan, đơn vị trong tỉnh có phần mềm, cơ sở dữ liệu chuyên ngành kết nối với Kho "
        "dữ liệu dùng chung"
    )
    assert _leads(body) == [
        (group, "Cập nhật dữ liệu chu"),
        (group, "Phân quyền khai thác"),
    ]


def test_officials_joined_by_commas_or_named_with_an_abbreviation_lead_their_duty() -> None:
    # "Cán bộ, công chức, viên chức có trách nhiệm …", "Cán bộ lưu trữ hồ sơ TTHC điện tử
    # có trách nhiệm …": roles of staff opening the sentence lead it, not the article's group
    body = (
        "Điều 9. Cán bộ, công chức tiếp nhận và trả kết quả hồ sơ đất đai tại xã\n"
        "1. Kiểm tra tính đầy đủ của hồ sơ trước khi tiếp nhận.\n"
        "2. Hướng dẫn người nộp bổ sung hồ sơ còn thiếu.\n"
        "3. Cán bộ, công chức, viên chức có trách nhiệm lập sổ theo dõi hồ sơ đất đai.\n"
        "4. Cán bộ lưu trữ hồ sơ TTHC điện tử có trách nhiệm thực hiện bàn giao hồ sơ "
        "cho lưu trữ cơ quan.\n"
    )
    group = "cán bộ, công chức tiếp nhận và trả kết quả hồ sơ đất đai tại xã"
    assert _leads(body) == [
        (group, "Kiểm tra tính đầy đủ"),
        (group, "Hướng dẫn người nộp "),
        ("Cán bộ, công chức, viên chức", "Lập sổ theo dõi hồ s"),
        ("Cán bộ lưu trữ hồ sơ TTHC điện tử", "Thực hiện bàn giao h"),
    ]


def test_using_and_handing_over_after_a_word_of_duty_are_work() -> None:
    # "… có trách nhiệm sử dụng …", "… chịu trách nhiệm giao nộp …": right after the word of
    # duty these start the work (elsewhere "người sử dụng" is a noun)
    body = (
        "Điều 6. Trách nhiệm thi hành\n"
        "1. Giảng viên có trách nhiệm sử dụng hộp thư điện tử của Trường để trao đổi "
        "với học viên.\n"
        "2. Giáo vụ khoa chịu trách nhiệm giao nộp bảng điểm cho Phòng Đào tạo.\n"
    )
    assert _leads(body) == [
        ("Giảng viên", "Sử dụng hộp thư điện"),
        ("Giáo vụ khoa", "Giao nộp bảng điểm c"),
    ]


def test_an_item_ending_with_cu_the_and_no_colon_is_a_lead_in() -> None:
    # "1. Thực hiện đúng nhiệm vụ quy định tại Điều 5 Nghị định …, cụ thể" over a), b): the
    # colon was never printed; the item announces its items and is no task of its own
    body = (
        "Điều 7. Trách nhiệm của Văn phòng Sở\n"
        "1. Thực hiện đúng nhiệm vụ quy định tại Điều 5 Nghị định số 12/2024/NĐ-CP, cụ thể\n"
        "a) Lập danh mục hồ sơ của cơ quan;\n"
        "b) Hướng dẫn các phòng lập hồ sơ công việc.\n"
        "2. Lưu trữ văn bản đi, văn bản đến của cơ quan.\n"
    )
    assert _leads(body) == [
        ("Văn phòng Sở", "Lập danh mục hồ sơ c"),
        ("Văn phòng Sở", "Hướng dẫn các phòng "),
        ("Văn phòng Sở", "Lưu trữ văn bản đi, "),
    ]
