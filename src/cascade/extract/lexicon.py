"""The vocabulary of official Vietnamese that the extraction rules rely on.

Word lists, all compared in folded form (see :func:`cascade.extract.text.fold`), so text
typed without diacritics matches too. Keeping them in one place makes the rules readable
and lets a reviewer extend a list without touching the logic.
"""

from __future__ import annotations

from cascade.extract.text import fold, vkey
from cascade.extract.village_heads import VILLAGE_HEADS
from cascade.extract.word_sets import WordSet


def _folded(words: str) -> WordSet:
    items = [w.strip() for w in words.split("|") if w.strip()]
    return WordSet(frozenset(vkey(w) for w in items), frozenset(fold(w) for w in items))


# Verbs that start an assigned action ("Xây dựng kế hoạch …", "Chỉ đạo …").
DIRECTIVE_VERBS = _folded(
    "xây dựng|tổ chức|triển khai|thực hiện|chỉ đạo|hướng dẫn|tuyên truyền|phổ biến|quán triệt|"
    "mở|rà soát|kiểm tra|thanh tra|đôn đốc|theo dõi|tổng hợp|tập hợp|báo cáo|tham mưu|đề xuất|"
    "nghiên cứu|ban hành|sửa đổi|bổ sung|hoàn thiện|hoàn thành|tăng cường|đẩy mạnh|nâng cao|"
    "phối hợp|cung cấp|bảo đảm|đảm bảo|lãnh đạo|giám sát|tham gia|bố trí|cân đối|phát huy|"
    "giải quyết|xử lý|củng cố|kiện toàn|tập huấn|bồi dưỡng|làm|lồng ghép|cập nhật|đánh giá|"
    "sơ kết|tổng kết|gửi|phê duyệt|chuẩn bị|kiểm duyệt|đấu tranh|ngăn chặn|phản bác|"
    "huy động|đề cao|hỗ trợ|khảo sát|thống kê|công bố|phát động|duy trì|bảo vệ|quản lý|đúc kết|"
    "điều chỉnh|sắp xếp|ổn định|tiếp thu|xem xét|thẩm định|vận động|biên soạn|phát hành|"
    "đăng tải|phát sóng|sản xuất|tiếp nhận|lựa chọn|chấp hành|thi hành|thẩm tra|điều tra|"
    "đo đạc|xác định|lập|soạn thảo|chủ trì|kiến nghị|đề nghị|tập trung|rà soát|khắc phục|"
    "cụ thể hóa|thể chế hóa|nhân rộng|phát hiện|tổ chức thực hiện|nghiên cứu đề xuất|"
    "lấy ý kiến|kịp thời thông tin|"
    "kiểm soát|phản ánh|gia cố|số hóa|số hoá|định hướng|xuất cấp|cử|trình|ưu tiên|hạn chế|"
    "siết chặt|cấm|vận hành|khôi phục|tiếp cận|sơ tán|di dời|bám sát|cảnh báo|nắm chắc|"
    "nắm bắt|chấn chỉnh|ký|phân bổ|giải ngân|tạo điều kiện|ứng phó|thúc đẩy|mở rộng|"
    "kết nối|chia sẻ|công khai|niêm yết|tiếp tục|giới thiệu|khen thưởng|đẩy nhanh|chú trọng|"
    "thông tin rộng rãi|bình xét|đăng ký|phân công|tổ chức sơ kết|lựa chọn|thành lập|giúp|"
    "tuân thủ|kết hợp|kê khai|thừa ủy quyền|thừa uỷ quyền|thay mặt|có văn bản|cho ý kiến|"
    "cấu hình|đồng bộ|cấp mới|cấp lại|cấp đổi|thu hồi|thiết lập|xây mới|chi viện|"
    "thăm hỏi|có phương án|thu thập|"
    # "khẩn trương có báo cáo về tình hình …": to send a report, as "có văn bản"
    "có báo cáo|"
    # "Hội đồng thẩm định nhận xét, đánh giá về nội dung …", "Chủ tịch Hội đồng kết luận rõ
    # về …": a council's comments and its chair's conclusion (not "Kết luận của Chủ tịch …"
    # nor "Kết luận số …", the noun)
    "nhận xét|kết luận rõ|kết luận về|"
    # "Trước mắt, dành một phần tăng thu ngân sách … để thực hiện …": to set part of a
    # budget aside (not "dành" alone: "dành cho", "dành riêng" say whom a thing is for)
    "dành một phần|trích một phần|dành nguồn|trích nguồn|dành kinh phí|trích kinh phí|"
    # "Thuế tỉnh: Xác nhận việc thực hiện nghĩa vụ nộp ngân sách nhà nước": a body confirms
    # what others declare
    "xác nhận|"
    # "giữ vững, mở rộng các xã không có ma túy", "biểu dương, khen thưởng những tập thể …"
    "giữ vững|biểu dương|"
    # "Kịp thời trao đổi ý kiến, cung cấp thông tin cho Sở X …": to exchange views or news
    # (not "trao đổi" alone: "trao đổi với" after "có văn bản", a trade in goods)
    "trao đổi ý kiến|trao đổi thông tin|"
    # "X quy định cụ thể thời hạn lưu trữ …" (to set out in detail; "quy định" alone is most
    # often the noun, a rule)
    "quy định cụ thể|"
    # "Bộ trưởng Bộ Tư pháp quy định chi tiết về việc thu, nộp chi phí …": a decree hands the
    # details to a minister
    "quy định chi tiết|"
    # "Chính phủ quy định các nội dung sau đây: a) Mức đóng …", "Chính phủ quy định việc cấp
    # thẻ …": a law hands the rules on these to the Government or a minister
    "quy định các nội dung|quy định những nội dung|quy định việc|"
    # a user's steps on a shared system: "truy cập, kiểm tra hộp thư …", "bàn giao tài
    # khoản …" (not "liên hệ": "Liên hệ với cơ quan thuế để được hướng dẫn" is advice)
    "truy cập|bàn giao|"
    # a procedure's steps: "Bộ Ngoại giao có trách nhiệm vào sổ hồ sơ … và chuyển hồ sơ …"
    # (to enter a file in the register, to pass it on), "trả lại hồ sơ …" (to send it back)
    # (not "chuyển" alone: "chuyển đổi", "chuyển giao", "chuyển sang")
    "vào sổ|ghi vào sổ|chuyển hồ sơ|chuyển văn bản|trả lại|"
    # "…, Bộ X trả lời việc tiếp nhận …", "trả lời bằng văn bản": to answer a request (not
    # "Cục Thuế trả lời để … được biết", a letter's closing)
    "trả lời việc|trả lời bằng văn bản|"
    # "Bộ Công an ra văn bản từ chối tiếp nhận …": to issue a letter (a step, as "có văn bản")
    "ra văn bản|"
    # "X chuyển đơn đến Bộ Y", "chuyển thông báo này đến nước ngoài": the other papers a
    # procedure passes on
    "chuyển đơn|chuyển thông báo|chuyển thông tin|"
    # "Văn phòng Chính phủ chuyển (các) ý kiến thành viên Chính phủ đến cơ quan chủ trì …",
    # "… chuyển đến cơ quan có thẩm quyền để xử lý": views and requests passed on
    "chuyển ý kiến|chuyển các ý kiến|chuyển đến|"
    # "Lưu giữ bản chính của tiêu chuẩn đã công bố …": to keep papers where one works
    "lưu giữ|"
    # "…; quảng bá các sản phẩm này trên các kênh thông tin đối ngoại": to promote
    "quảng bá|"
    # "Bộ X đại diện cho Việt Nam tham gia …": to act on behalf of (not "đại diện" alone:
    # "cơ quan đại diện", "có sự tham gia của đại diện Bộ X", a noun)
    "đại diện cho|"
    # "X, Y cấp thẻ bảo hiểm y tế cho người tham gia …", "in thẻ": to issue a card, a permit
    # or a certificate (not "cấp" alone: "cấp tỉnh", "đơn vị cấp sư đoàn", a level)
    "cấp thẻ|cấp giấy|cấp phép|cấp chứng chỉ|cấp chứng nhận|in thẻ|"
    # a fund's or a provider's money: "Quỹ X thanh toán số còn lại cho …", "cơ sở … hoàn trả
    # cho Quỹ X" (not "thanh toán" alone: "vượt tổng mức thanh toán giai đoạn …", a noun)
    "thanh toán số|thanh toán kinh phí|thanh toán chi phí|thanh toán lãi|thanh toán tiền|"
    "thanh toán cho|hoàn trả|"
    # "cơ quan bảo hiểm xã hội chi trả tiền hỗ trợ cho người lao động" (not "chi trả" alone:
    # "việc chi trả", "mức chi trả", nouns)
    "chi trả tiền|chi trả trợ cấp|chi trả hỗ trợ|chi trả cho|"
    # "… chịu trách nhiệm trang bị, quản lý và cấp phát cho công chức …": to equip, to issue
    # uniforms or supplies
    "trang bị|cấp phát|"
    # "… phải tham khảo ý kiến của tổ chức đại diện người lao động …": to consult (a body
    # asked is no coordinator); an employer's pay acts on its staff: "Hội đồng thành viên
    # xếp lương, nâng bậc lương đối với người quản lý …" (to grade pay, to raise its step)
    "tham khảo ý kiến|xếp lương|nâng bậc lương|"
    # "Bộ Công an chịu trách nhiệm dịch sang tiếng Việt", "dịch và xác nhận bản dịch …": to
    # translate papers (not "dịch" alone: "dịch bệnh", "dịch vụ", nouns)
    "dịch sang|dịch ra|dịch và xác nhận|dịch hồ sơ|dịch tài liệu"
)

# Words that may stand before the verb without changing who acts or what is done.
ADVERBS = _folded(
    "chủ động|tiếp tục|khẩn trương|kịp thời|thường xuyên|tích cực|nghiêm túc|sớm|"
    "đồng thời|cần|phải|có trách nhiệm|chịu trách nhiệm|có nghĩa vụ|từng bước|trực tiếp|"
    "định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|trước mắt|"
    "khẩn trương|tập trung|có|có nhiệm vụ|tiến hành|quan tâm|hằng ngày|hàng ngày"
)

# Verbs and adverbs that, typed with a capital after a body's name ("Giao Sở Xây dựng
# Theo dõi, đôn đốc …", "Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ …"), start the
# action rather than go on with the name. Only words no body's name holds after its first
# word: "Ban Chỉ đạo" keeps its verb (it stands right after the head), and "Quản lý",
# "Xây dựng", "Đầu tư", "Nghiên cứu", "Thông tin", "Kiểm tra", "Tổ chức" stay out.
CAPITALISED_ACTION_STARTS = _folded(
    "chỉ đạo|theo dõi|phối hợp|chủ trì|hướng dẫn|rà soát|triển khai|đôn đốc|khẩn trương|"
    "chủ động|kịp thời|tích cực|tiếp tục|nghiêm túc|tăng cường|đẩy mạnh|đẩy nhanh|tham mưu|"
    "khẩn trương chỉ đạo|tập trung chỉ đạo|hoàn thành|sớm|cân đối|bố trí|cập nhật|chia sẻ|"
    "khắc phục|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|định kỳ"
)

# Of those, the words that say who must act rather than how ("có trách nhiệm …"): an
# action starts after them, while "chủ động", "khẩn trương" stay in it.
DUTY_WORDS = _folded(
    "cần|phải|có trách nhiệm|chịu trách nhiệm|có|có nhiệm vụ|có nghĩa vụ|quan tâm|trước mắt|"
    "đồng thời"
)

# Words that, standing right after an organisation's name, end the name.
NAME_STOPS = DIRECTIVE_VERBS | _folded(
    "theo|căn cứ|để|có|chịu|là|đã|sẽ|cần|phải|được|trong|tại|về|thông báo|giao|yêu cầu|"
    "kêu gọi|ngày|nhằm|với|như|nhất là|đặc biệt|trước|sau|khi|nếu|số|cho|đến|từ|tiếp tục|"
    "chủ động|khẩn trương|kịp thời|thường xuyên|tích cực|sớm|biết|xem|do|bằng|vào|trên|"
    "ra|đi|hoạt động|đưa tin|đưa ra|thì|mà|nhưng|hoặc|tham dự|dự|cùng|qua|không|chưa|đang|vẫn|"
    "lấy|gồm|bao gồm|đúng|đầy đủ|chậm nhất|quy định|ban hành|nghiêm túc|sẵn sàng|quan tâm|"
    "tiến hành|coi|nơi|thừa ủy quyền|thừa uỷ quyền|thừa lệnh|thay mặt|"
    "định kỳ|hằng năm|hằng tháng|hằng quý|quyết định|trực tiếp|"
    # "doanh nghiệp, hợp tác xã giải trình, cung cấp hồ sơ …": to account for, no name's word;
    # "Chính phủ thống nhất quản lý nhà nước về …": to unify (in lower case, no name's word)
    "giải trình|thống nhất"
)

# Phrases that may follow a name as a qualifier ("các đơn vị có liên quan").
NAME_QUALIFIERS = _folded(
    "khác có liên quan|có liên quan|liên quan|trực thuộc Trung ương|trực thuộc|cùng cấp|"
    "theo thẩm quyền|các cấp|liên quan đến|có liên quan đến|nêu trên|của địa phương|cấp trên|"
    # "người giám định tư pháp theo vụ việc": named for one case, part of the name
    "theo vụ việc"
)

# Words that start the name of a body and need a capitalised name after them
# ("Sở Y tế", "Báo Kiên Giang"), except where the context says a name must follow.
NAMED_HEADS = _folded(
    "sở|ban|bộ|cục|tổng cục|chi cục|vụ|phòng|văn phòng|báo|đài|cổng|trung tâm|viện|"
    "trường|tòa án|toà án|viện kiểm sát|công an|bộ chỉ huy|liên đoàn|hội|hội đồng|đoàn|"
    "mặt trận|ủy ban|uỷ ban|đảng ủy|đảng uỷ|đảng đoàn|ban cán sự|thường trực|tiểu ban|"
    "kho bạc|ngân hàng|bảo hiểm|thanh tra|kiểm toán|liên minh|học viện|đại học|tạp chí|"
    "nhà xuất bản|công ty|tổng công ty|ủy ban mặt trận|chi nhánh|quỹ|lực lượng|ban quản lý|"
    "ban chỉ đạo|ban tổ chức|ban biên tập|ban tuyên giáo|ban dân vận|ban nội chính|bưu điện|"
    "khu quản lý đường bộ|viễn thông|điện lực|"
    "bảo hiểm xã hội|bhxh|tập đoàn|phó thủ tướng chính phủ|phó thủ tướng|"
    "thông tấn xã|hiệp hội|liên hiệp|câu lạc bộ|thuế|tổ đại biểu|bệnh viện|tổng liên đoàn|"
    "vườn quốc gia|khu bảo tồn|tổ công tác|cảng vụ|ban lễ tang|bộ phận|quân ủy|quân uỷ|"
    # an archive that keeps documents for good ("Lưu trữ lịch sử của Đảng ở cấp tỉnh")
    "lưu trữ lịch sử|"
    # the statistics office of a place ("Thống kê tỉnh Bắc Ninh"; see PLACE_ONLY_HEADS)
    "thống kê|"
    # "Tập đoàn" as an OCR prints it, the accent of "Tập" lost
    "tap đoàn|"
    # an army corps that works as a company ("Binh đoàn 15", "Binh đoàn 19")
    "binh đoàn|"
    # the team that escorts a person extradited or transferred ("Tổ áp giải thực hiện …")
    "tổ áp giải|"
    # a co-operative group and a co-operative ("Tổ hợp tác có trách nhiệm …")
    "tổ hợp tác|hợp tác xã"
)

# Heads that are verbs too ("Thống kê số liệu …", to tabulate): a body only with a place
# right after them ("Thống kê tỉnh …")
PLACE_ONLY_HEADS = _folded("thống kê")

# The heads a letter puts the courteous "quý" before to name the one body it is sent to
# ("đề nghị quý Bộ khẩn trương báo cáo"; see courtesy_names), longest first so that "Tổng
# cục" is not read as "cục".
COURTESY_HEADS = ("Tổng cục", "Ủy ban", "Bộ", "Sở", "Cục")

# Persons who conduct a procedure, each acting in its own name (see procedure_persons),
# as one alternation: the name reader's heads below and procedure_persons' patterns
PERSON_ROLES = (
    "điều tra viên|kiểm sát viên|giám định viên|thẩm phán|thư ký tòa án|thư ký toà án|"
    "cán bộ điều tra|kiểm tra viên|thẩm tra viên|"
    # who enforce judgments ("Chấp hành viên", an office's "Thừa hành viên", their clerks)
    "chấp hành viên|thừa hành viên|thư ký thi hành án|"
    # who administers a firm's assets in its recovery or bankruptcy, named by the court
    "quản tài viên|"
    # the leader a co-operative group's members choose ("Tổ trưởng tổ hợp tác … triệu tập …")
    "tổ trưởng tổ hợp tác"
)
# and the heads of villages, their names ending with the office
PERSON_HEADS = _folded(PERSON_ROLES) | _folded(VILLAGE_HEADS)

# Bodies whose name is complete on its own ("Chính phủ", "Tỉnh ủy", "UBND").
COMPLETE_HEADS = (
    _folded(
        "chính phủ|thủ tướng chính phủ|thủ tướng|quốc hội|bộ chính trị|ban bí thư|tỉnh ủy|"
        "tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|thị ủy|thị uỷ|ủy ban nhân dân|"
        "uỷ ban nhân dân|hội đồng nhân dân|ubnd|hđnd|mttq|ủy ban thường vụ quốc hội|"
        "ban chấp hành trung ương|trung ương|tỉnh đoàn|thành đoàn|chủ tịch nước|"
        "ban chấp hành|ban thường vụ|văn phòng chính phủ|ttg|vpcp|ubtvqh|đoàn đại biểu quốc hội|"
        "hội đồng dân tộc|quý cơ quan|quý đơn vị|quý cơ quan, đơn vị|đài truyền hình việt nam|"
        "đài tiếng nói việt nam|"
        # a company's chairman: a post of its own in a one-member company, no "công ty" behind it
        "chủ tịch công ty|"
        # the members, each for their own ministry, not the Government as a body
        "thành viên chính phủ|các thành viên chính phủ|"
        # "quý Bộ", "quý Ủy ban" (also with the older accent, "quý Uỷ ban"): the addressee
        + "|".join(f"quý {head.lower()}" for head in COURTESY_HEADS)
        + "|quý uỷ ban"
    )
    | PERSON_HEADS
)

# Lower-case heads of generic bodies, accepted where the context expects organisations.
GENERIC_HEADS = _folded(
    "cơ quan|đơn vị|địa phương|chính quyền|chính quyền địa phương|ban thường vụ|"
    "trang thông tin|trang thông tin điện tử|cổng thông tin|đại biểu|đại biểu quốc hội|"
    "cấp ủy|cấp uỷ|tổ chức|sở|ban|ngành|hội|đoàn thể|doanh nghiệp|ủy ban|uỷ ban|"
    "thành viên|hệ thống|lực lượng|cơ sở|tổng công ty|công ty|tập đoàn|doanh nghiệp|"
    # who acts by a power or a role in a procedure: "người có thẩm quyền phê duyệt …"
    "người có thẩm quyền|người sử dụng"
)

# Things, not bodies, after "các": "Các hoạt động chính:", "Các bước:" label a list of
# activities or steps, while "Các nhà mạng:", "Các chủ đầu tư …" name who acts.
NOT_BODY_NOUNS = _folded(
    "bước|hoạt động|nội dung|nhiệm vụ|giải pháp|biện pháp|văn bản|chương trình|dự án|"
    "tiểu dự án|mục tiêu|chỉ tiêu|hành vi|trường hợp|vấn đề|hình thức|tiêu chí|quy định|"
    "kết quả|sản phẩm|công trình|thủ tục|chính sách|lĩnh vực|khu vực|mô hình|phong trào|"
    "yêu cầu|đối tượng|chế độ|điều kiện|số liệu|thông tin|tài liệu|hồ sơ|kế hoạch|"
    "phương án|đề án|cuộc|lớp|đợt|khoản|điểm|năm|tháng|ngày|nguồn|loại|tin|bài|"
    "chuyên mục|sự kiện|công việc|nguyên tắc|định hướng|quan điểm|dịch bệnh|cơ chế|chỉ số|"
    "quy trình|quy chế|quy hoạch|phản ánh|kiến nghị|báo cáo|ý kiến|đề xuất|đề nghị|"
    # "Các tuyến đê kết hợp đường giao thông: …" (routes and lines: dykes, roads, bus lines)
    "tuyến|"
    # "Các file mở, đọc được bằng các phần mềm thông dụng …": files, their formats, software
    "file|tệp|tệp tin|phần mềm|"
    # "Các yếu tố đặc thù: a) Có … được tính 1 điểm": factors and standards a score counts
    "yếu tố|tiêu chuẩn"
)
# Papers a list names in lower case ("Các dự thảo văn bản, tài liệu …", "Các thông báo phân
# công …"); "các Thông báo kết luận của Ban …" after a name is a title, read as before
# ("Các bản nhận xét của Trưởng Công an …": written reviews, not bodies, now that "nhận xét"
# is a verb)
PAPER_NOUNS = _folded("dự thảo|thông báo|thư mời|bản nhận xét")

# Companies, which a list of public bodies may name as a group of their own.
COMPANY_HEADS = _folded("tổng công ty|công ty|tập đoàn|doanh nghiệp")

# Persons who stand for their body: "Giám đốc Sở …" means the department.
ROLE_PREFIXES = _folded(
    "Phó Giám đốc|Giám đốc|Phó Chủ tịch|Chủ tịch|Thủ trưởng|Lãnh đạo|Người đứng đầu|Bí thư|"
    "Chánh|Các thành viên|Thành viên|Bộ trưởng|Thứ trưởng|Chủ nhiệm|Tổng Giám đốc|"
    "Cục trưởng|Vụ trưởng|Tổng cục trưởng|Trưởng ban|Chỉ huy trưởng|Chánh án|Viện trưởng|Trưởng|"
    # the head of a branch office ("Chi cục trưởng Chi cục Quản lý thị trường")
    "Chi cục trưởng|"
    "Thống đốc"
)

# "(các) đồng chí Cục trưởng Cục Thuế …": the address before a role
COMRADES = _folded("các đồng chí|đồng chí")

# Places that end the name of a local body ("Công an tỉnh", "UBND các xã, phường, đặc
# khu"); a place word followed by these is something else ("xã hội", "tỉnh ủy", "tỉnh lộ").
PLACE_WORDS = _folded("tỉnh|huyện|quận|xã|phường|thị xã|thành phố|đặc khu|thị trấn")
NOT_PLACE_AFTER = _folded("hội|lộ|ủy|uỷ|đoàn|đội")

# Parts of names that hold a word that would otherwise end a name ("Trung tâm Giáo dục nghề
# nghiệp - Giáo dục thường xuyên", "Ban Chỉ đạo phòng thủ dân sự quốc gia").
NAME_COMPOUNDS = _folded(
    "giáo dục thường xuyên|phòng thủ dân sự|cứu hộ cứu nạn|tìm kiếm cứu nạn|"
    "quản lý thị trường|xúc tiến thương mại|xúc tiến đầu tư|phát triển quỹ đất|"
    "dịch vụ việc làm|trợ giúp pháp lý|quản lý dự án|sự nghiệp công lập|đầu tư phát triển|"
    "kinh tế mở|quản lý nhà nước|"
    # "Chi cục Kiểm tra sau thông quan": the inspection after clearance, not "sau" opening a
    # time
    "kiểm tra sau thông quan|"
    # "Cơ quan quản lý cấp trên (trực tiếp) của cơ sở …": the body above it, not "Cơ quan"
    # doing "quản lý"
    "quản lý cấp trên|quản lý trực tiếp|"
    # "Cơ quan (quản lý) thi hành án hình sự Bộ Công an", "văn phòng thi hành án dân sự":
    # bodies named by the judgments they execute, not "Cơ quan" doing "quản lý"/"thi hành"
    # (where such a name ends: enforcement_names)
    "quản lý thi hành án|thi hành án hình sự|thi hành án dân sự|"
    # "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam": a securities depository, not "ký"
    "lưu ký|"
    # "Các đoàn thanh tra, kiểm tra … phải …": a team named by what it does
    "đoàn thanh tra|đoàn kiểm tra|đoàn giám sát|"
    # "Các cơ quan tham mưu, giúp việc đảng ủy …": the organs that advise and serve a committee
    "cơ quan tham mưu|"
    # "tập thể lãnh đạo cơ quan, đơn vị": the leading collective of a body, not "tập thể" and
    # the verb "lãnh đạo"
    "tập thể lãnh đạo|"
    # "Đơn vị kế toán độc lập thuộc Trung ương …": independent, not the verb "lập"
    "độc lập|"
    # "Lực lượng kiểm soát xuất nhập cảnh có trách nhiệm …": the border force named by its
    # work, not "Lực lượng" doing "kiểm soát"
    "kiểm soát xuất nhập cảnh|"
    # "Học viện Hậu cần", "Tổng cục Hậu cần - Kỹ thuật": logistics, not the duty word "cần"
    "hậu cần|"
    # "Trung tâm Đấu thầu qua mạng quốc gia": online bidding, not "qua" (through) ending it
    "đấu thầu qua mạng"
)

# The judgments a body executes, the last words of its name (see enforcement_names)
EXECUTED_JUDGMENTS = _folded("thi hành án dân sự|thi hành án hình sự")

# Names that hold a "và" between two names of their own: the office that serves both the
# National Assembly delegation and the People's Council of a province is one body.
AND_COMPOUNDS: tuple[tuple[str, str], ...] = (
    *(
        (fold(delegation), fold(council))
        for delegation in ("Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH")
        for council in ("Hội đồng nhân dân", "HĐND")
    ),
    # "các cơ quan thông tin, tuyên truyền và báo chí": the press is part of the kind
    (fold("thông tin , tuyên truyền"), fold("báo chí")),
)

# Where bodies are ("UBND các tỉnh tại khu vực …"), and what after those words is no place.
LOCATIVES = _folded("tại|ở|trên địa bàn")
NOT_A_PLACE = _folded(
    "văn bản|công văn|kế hoạch|quyết định|hội nghị|cuộc họp|buổi|kỳ họp|điều|khoản|mục|"
    "phụ lục|thông báo|nghị quyết|chỉ thị"
)

# Names that keep a dash or a comma between two lower-case words: "các tổ chức chính trị -
# xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình An Giang".
DASH_COMPOUNDS = _folded("chính trị - xã hội|kinh tế - xã hội|văn hóa - xã hội|văn hoá - xã hội")
COMMA_COMPOUNDS = _folded(
    "văn hóa, thể thao|văn hoá, thể thao|phát thanh, truyền hình|lao động, thương binh|"
    "thông tin, tuyên truyền|khám bệnh, chữa bệnh|khám, chữa bệnh|thanh tra, kiểm tra|"
    # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": what a promotion centre promotes
    "đầu tư, thương mại|thương mại, du lịch|tham mưu, giúp việc|"
    # "Cơ quan Thanh tra, giám sát ngân hàng": the central bank's inspectorate
    "thanh tra, giám sát"
)


# Kinds of body by the head of their name, for new organisations.
KIND_BY_HEAD: tuple[tuple[str, str], ...] = tuple(
    (fold(head), kind)
    for head, kind in (
        ("Ủy ban nhân dân", "people_committee"),
        ("Uỷ ban nhân dân", "people_committee"),
        ("UBND", "people_committee"),
        ("Hội đồng nhân dân", "people_council"),
        ("HĐND", "people_council"),
        ("Ủy ban Thường vụ Quốc hội", "legislature"),
        ("Quốc hội", "legislature"),
        ("Hội đồng Dân tộc", "legislature"),
        ("Đoàn đại biểu Quốc hội", "legislature"),
        ("Chính phủ", "government"),
        ("Thủ tướng", "government"),
        ("Phó Thủ tướng", "official"),
        ("Văn phòng", "office"),
        ("Sở", "department"),
        ("Bộ Chính trị", "party_committee"),
        ("Ban Bí thư", "party_committee"),
        ("Ban Chấp hành", "party_committee"),
        ("Ban Thường vụ", "party_committee"),
        ("Tỉnh ủy", "party_committee"),
        ("Thành ủy", "party_committee"),
        ("Huyện ủy", "party_committee"),
        ("Đảng ủy", "party_committee"),
        ("Đảng uỷ", "party_committee"),
        ("Quân ủy", "party_committee"),
        ("Quân uỷ", "party_committee"),
        ("Thường trực", "party_committee"),
        ("Trung ương", "party_committee"),
        ("Ban", "commission"),
        ("Bộ", "ministry"),
        ("Cục", "agency"),
        ("Báo", "press"),
        ("Đài", "press"),
        ("Tạp chí", "press"),
        ("Cổng", "portal"),
        ("Trang thông tin", "portal"),
        ("Liên đoàn", "mass_organisation"),
        ("Hội", "mass_organisation"),
        ("Đoàn", "mass_organisation"),
        ("Tỉnh đoàn", "mass_organisation"),
        ("Mặt trận", "mass_organisation"),
        ("Ủy ban Mặt trận", "mass_organisation"),
        ("Ủy ban MTTQ", "mass_organisation"),
        ("MTTQ", "mass_organisation"),
        ("Thanh tra", "agency"),
        ("Trung tâm", "unit"),
        ("Bảo hiểm xã hội", "agency"),
        ("tổ chức chính trị - xã hội", "mass_organisation"),
        ("đoàn thể", "mass_organisation"),
        ("cơ quan báo chí", "press"),
        ("báo chí", "press"),
        ("cơ quan thông tấn", "press"),
        ("Thông tấn xã", "press"),
        ("doanh nghiệp", "company"),
        ("công ty", "company"),
        ("tổng công ty", "company"),
        ("tập đoàn", "company"),
        ("tổ chức", "organisation"),
        ("cấp ủy", "party_committee"),
        ("cấp uỷ", "party_committee"),
        ("Đảng đoàn", "party_committee"),
        ("Ban cán sự", "party_committee"),
        ("BHXH", "agency"),
    )
)

# Abbreviations expanded before names are compared ("Sở TT&TT" = "Sở Thông tin và …").
ABBREVIATIONS: dict[str, str] = {
    fold(k): fold(v)
    for k, v in {
        "UBND": "ủy ban nhân dân",
        "HĐND": "hội đồng nhân dân",
        "MTTQ": "mặt trận tổ quốc",
        "MTTQVN": "mặt trận tổ quốc việt nam",
        "TT&TT": "thông tin truyền thông",
        "TTTT": "thông tin truyền thông",
        "LĐTB&XH": "lao động thương binh xã hội",
        "LĐ-TB&XH": "lao động thương binh xã hội",
        "LĐTBXH": "lao động thương binh xã hội",
        "KH&ĐT": "kế hoạch đầu tư",
        "KHĐT": "kế hoạch đầu tư",
        "TN&MT": "tài nguyên môi trường",
        "TNMT": "tài nguyên môi trường",
        "GD&ĐT": "giáo dục đào tạo",
        "GDĐT": "giáo dục đào tạo",
        "NN&PTNT": "nông nghiệp phát triển nông thôn",
        "KH&CN": "khoa học công nghệ",
        "KHCN": "khoa học công nghệ",
        "VH-TT-DL": "văn hóa thể thao du lịch",
        "VHTTDL": "văn hóa thể thao du lịch",
        "VH,TT&DL": "văn hóa thể thao du lịch",
        "GTVT": "giao thông vận tải",
        "TP": "thành phố",
        "TP.": "thành phố",
        "TTĐT": "thông tin điện tử",
        "PT-TH": "phát thanh truyền hình",
        "PTTH": "phát thanh truyền hình",
        "BTV": "ban thường vụ",
        "BCH": "ban chấp hành",
        "TW": "trung ương",
        "ĐBQH": "đại biểu quốc hội",
        "VPCP": "văn phòng chính phủ",
        "TTg": "thủ tướng chính phủ",
        "LĐLĐ": "liên đoàn lao động",
        "BQL": "ban quản lý",
        "VP": "văn phòng",
        "UBTVQH": "ủy ban thường vụ quốc hội",
        "BTGTU": "ban tuyên giáo tỉnh ủy",
        "KKT": "khu kinh tế",
        "CP": "chính phủ",
    }.items()
}

# Issuer codes of identifiers, for a cited document whose issuer the text does not name.
ISSUER_CODES: dict[str, str] = {
    "TW": "Ban Chấp hành Trung ương Đảng",
    "BCT": "Bộ Chính trị",
    "BBT": "Ban Bí thư",
    "VPTW": "Văn phòng Trung ương Đảng",
    "TU": "Tỉnh ủy",
    "TƯ": "Tỉnh ủy",
    "ThU": "Thành ủy",
    "HU": "Huyện ủy",
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "BTGTU": "Ban Tuyên giáo Tỉnh ủy",
    "BTGDVTU": "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "BCĐTW": "Ban Chỉ đạo Trung ương",
}

# Kinds of document by the word that names them in prose ("Kế hoạch số 251-KH/TU").
DOCUMENT_WORDS: tuple[tuple[str, str], ...] = (
    ("Công văn", "dispatch"),
    ("Công điện", "telegram"),
    ("Kế hoạch", "plan"),
    ("Quyết định", "decision"),
    ("Nghị quyết", "resolution"),
    ("Nghị định", "decree"),
    ("Chỉ thị", "directive"),
    ("Thông tư liên tịch", "joint_circular"),
    ("Thông tư", "circular"),
    ("Thông báo", "notice"),
    ("Thông cáo", "communique"),
    ("Chương trình hành động", "programme"),
    ("Chương trình", "programme"),
    ("Quy định", "rules"),
    ("Quy chế", "regulation"),
    ("Kết luận", "conclusion"),
    ("Hướng dẫn", "guidance"),
    ("Tờ trình", "submission"),
    ("Đề án", "project"),
    ("Phương án", "scheme"),
    ("Báo cáo thẩm tra", "report"),
    ("Báo cáo", "report"),
    ("Luật", "law"),
    ("Pháp lệnh", "ordinance"),
    ("Hiến pháp", "constitution"),
)

# The words that name documents, as a regular-expression alternation whose spaces match any
# white space ("Nghị\s+định", a word wrapped over two lines).
DOCUMENT_WORD = "(?:" + "|".join(r"\s+".join(word.split()) for word, _ in DOCUMENT_WORDS) + ")"

# The words that name documents, as a word set ("và Tờ trình số …" ends a body's name).
DOCUMENT_NAMES = _folded("|".join(word for word, _ in DOCUMENT_WORDS))
