"""Patterns found in held-out round 72 (a Ministry of Public Security circular on the commune
police's supervision of people barred from leaving their residence: the steps from the order to
the end, and the agencies' duty lists), each checked on a text of its own."""

from __future__ import annotations

from .decree_frame import circular, obligations, starts


def _circular(body: str) -> str:
    """A Minister's circular as the Official Gazette prints it, ``body`` as its articles."""
    return circular(
        body,
        ministry="Bộ Công an",
        number="12/2027/TT-BCA",
        date="ngày 9 tháng 3 năm 2027",
        title="Quy định quản lý người được hoãn chấp hành án",
        signer="Đại tướng Nguyễn Văn An",
        closing=30,
    )


def obligations_of(body: str) -> list[tuple[str, str]]:
    """(lead, action) in lower case, per obligation."""
    return obligations(_circular(body))


def test_a_where_clause_after_the_name_picks_the_body_and_the_work_follows_it() -> None:
    body = (
        "Điều 5. Thay đổi nơi ở của người được hoãn\n"
        "1. Khi người được hoãn đến trình báo, Trưởng Công an cấp xã nơi ở mới chỉ đạo làm\n"
        "thủ tục đăng ký tạm trú cho họ; cập nhật thông tin vào sổ theo dõi.\n"
        "2. Trường hợp người được hoãn vi phạm thì Trưởng Công an cấp xã nơi ở mới của người\n"
        "được hoãn thông báo cho Trưởng Công an cấp xã nơi theo dõi biết.\n"
        "3. Khi người được hoãn chết, Trưởng Công an cấp xã nơi giám sát, theo dõi người được\n"
        "hoãn thông báo bằng văn bản cho Tòa án biết.\n"
        "4. Khi nhận được quyết định mới, Trưởng Công an cấp xã nơi đang theo dõi có trách\n"
        "nhiệm chỉ đạo thực hiện:\n"
        "a) Cập nhật thông tin vào sổ theo dõi;\n"
        "b) Bàn giao hồ sơ cho Công an cấp xã nơi ở mới.\n"
    )
    found = starts(obligations_of(body))
    assert ("công an cấp xã", "chỉ đạo") in found
    assert ("công an cấp xã", "cập nhật") in found
    assert ("công an cấp xã", "thông báo") in found
    assert ("công an cấp xã", "bàn giao") in found
    assert len(obligations_of(body)) == 6


def test_an_agency_named_by_its_function_in_its_ministry_is_one_name() -> None:
    body = (
        "Điều 12. Cơ quan quản lý giam giữ, giáo dục phạm nhân Bộ Quốc phòng\n"
        "1. Tham mưu ban hành văn bản hướng dẫn về giáo dục phạm nhân.\n"
        "2. Kiểm tra việc giáo dục phạm nhân trong các trại giam.\n"
        "Điều 13. Cơ quan quản lý giam giữ, giáo dục phạm nhân\n"
        "Công an cấp tỉnh\n"
        "1. Hướng dẫn Công an cấp xã trong việc giáo dục phạm nhân.\n"
        "2. Bồi dưỡng nghiệp vụ cho cán bộ quản lý phạm nhân.\n"
        "Điều 14. Chế độ báo cáo\n"
        "1. Định kỳ hằng quý, Cơ quan quản lý giam giữ, giáo dục phạm nhân Công an cấp tỉnh\n"
        "tổng hợp, báo cáo về công tác giáo dục phạm nhân trên địa bàn.\n"
        "2. Công an cấp xã báo cáo kết quả giáo dục phạm nhân theo yêu cầu.\n"
        "Điều 15. Trách nhiệm thi hành\n"
        "1. Thủ trưởng Cơ quan quản lý, giáo dục phạm nhân Bộ Quốc phòng; Giám đốc Công an\n"
        "tỉnh, thành phố chịu trách nhiệm chỉ đạo tổ chức thực hiện Thông tư này.\n"
        "2. Công an cấp xã có trách nhiệm phối hợp thực hiện Thông tư này.\n"
    )
    found = starts(obligations_of(body))
    ministry = "cơ quan quản lý giam giữ, giáo dục phạm nhân bộ quốc phòng"
    province = "cơ quan quản lý giam giữ, giáo dục phạm nhân công an cấp tỉnh"
    assert (ministry, "tham mưu") in found
    assert (ministry, "kiểm tra") in found
    assert (province, "hướng dẫn") in found
    assert (province, "bồi dưỡng") in found
    assert (province, "tổng hợp,") in found
    assert ("cơ quan quản lý, giáo dục phạm nhân bộ quốc phòng", "chỉ đạo") in found


def test_a_demand_made_of_the_person_after_a_semicolon_is_a_step_of_its_own() -> None:
    body = (
        "Điều 4. Tiếp nhận người được hoãn\n"
        "1. Khi người được hoãn đến trình diện, Trưởng Công an cấp xã chỉ đạo thực hiện các\n"
        "nhiệm vụ sau:\n"
        "a) Kiểm tra giấy tờ tùy thân của họ;\n"
        "b) Lập biên bản về việc người được hoãn đến trình diện; yêu cầu họ viết bản cam kết\n"
        "chấp hành nghĩa vụ.\n"
        "2. Khi người được hoãn đến làm việc, Trưởng Công an cấp xã chỉ đạo thực hiện các nhiệm\n"
        "vụ theo quy định tại khoản 1 Điều này; yêu cầu người được hoãn giải trình về việc vắng\n"
        "mặt.\n"
    )
    found = obligations_of(body)
    opening = starts(found)
    assert ("công an cấp xã", "lập biên") in opening
    assert ("công an cấp xã", "yêu cầu") in opening
    assert ("công an cấp xã", "chỉ đạo") in opening
    assert sum(action.startswith("yêu cầu") for _, action in found) == 2
    assert not any(";" in action for _, action in found)
