"""Verbs that start work only where a rule's wording puts them: right after a word of duty
("… có trách nhiệm nộp điểm …", "… chịu trách nhiệm bảo quản …") and deciding on an act
after the subject ("Giám đốc Trung tâm quyết định công nhận học viên …"). Elsewhere these
words are too often part of a name or a noun ("người nộp thuế", "Quyết định số …"), so
:func:`~cascade.extract.clauses.leading_verb` asks here by the words around them.
"""

from __future__ import annotations

from cascade.extract.text import fold

Words = list[tuple[str, int, int]]

# the words of duty after a body named by what it does ("Tổ chức chứng nhận … có trách nhiệm
# …", "Tổ chức đấu thầu, bảo lãnh … phải …"), as an alternation for those readers' patterns
DUTY_WORDS = r"(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nghĩa\s+vụ|phải)"


def after_duty(words: Words, i: int) -> bool:
    """'… có trách nhiệm nộp điểm …', '… chịu trách nhiệm bảo quản …', '… có nghĩa vụ nộp
    …': right after the word of duty, a verb of handing in, keeping or answering starts the
    work (elsewhere these words are too often part of a name or a noun: "người nộp thuế",
    "kho bảo quản")."""
    duty = fold(" ".join(w for w, _, _ in words[max(0, i - 3) : i]))
    verb = " ".join(w for w, _, _ in words[i : i + 2]).lower()
    if not words[i][0].islower():
        return False
    if _STEP_AFTER_DUTY.intersection((verb, verb.split()[0])):
        # a step of a procedure, after "phải" too ("người nhận phải chuyển ngay …")
        return duty.endswith((" phai", "co trach nhiem")) or duty == "phai"
    return duty in {"co trach nhiem", "chiu trach nhiem", "co nghia vu"} and (
        verb in _WORK_AFTER_DUTY or verb.split()[0] == "nộp"
    )


def decides(words: Words) -> int:
    """The words of "(ra) quyết định" opening a clause on an act it decides ("quyết định
    công nhận học viên, thành lập lớp học", "ra quyết định công nhận hoàn thành …"), or of
    "ra quyết định" on anything ("ra quyết định hưởng chế độ …"): a verb there (alone,
    "Quyết định" is most often a document); else 0."""
    folded = [fold(w) for w, _, _ in words[:5]]
    size = 3 if folded[:1] == ["ra"] else 2
    if folded[size - 2 : size] != ["quyet", "dinh"] or not words[0][0].islower():
        return 0
    act = " ".join(folded[size : size + 2])
    if size == 3 and words[1][0].islower() and folded[3:4] and folded[3] != "so":
        # "ra quyết định hưởng chế độ trợ cấp …": to issue a decision, whatever it grants (a
        # step of a procedure); not "ra quyết định số …", one issued before, nor "ra Quyết
        # định hỗ trợ …", the paper by its title
        return size if folded[3].isalpha() else 0
    # "quyết định cấp, cấp lại chứng chỉ …": to decide to issue (not "cấp tỉnh", a level)
    issues = folded[size : size + 1] == ["cap"] and folded[size + 1 : size + 2] not in _LEVELS
    return size if act in _DECIDED_ACTS or issues else 0


# what one decides on: to recognise, set up, organise, withdraw, agree (to support)
_DECIDED_ACTS = frozenset({"cong nhan", "thanh lap", "to chuc", "thu hoi", "phe duyet", "dong y"})
_LEVELS = (["tinh"], ["huyen"], ["xa"], ["bo"], ["co"], ["tren"], ["duoi"])


# verbs of two words that are work after a word of duty only ("người sử dụng", "hồ sơ giao
# nộp", "việc bảo toàn vốn" elsewhere; "có trách nhiệm chuẩn hóa, cung cấp … dữ liệu", not
# "; chuẩn hóa chế độ báo cáo" inside one row of a plan)
_WORK_AFTER_DUTY = frozenset(
    {"bảo quản", "giữ gìn", "trả lời", "phân loại", "hoàn trả", "sử dụng", "giao nộp", "bảo toàn"}
    | {"chuẩn hóa", "chuẩn hoá"}
    # "có trách nhiệm ghi nhận … quá trình giám định": to record (elsewhere "được ghi nhận")
    | {"ghi nhận"}
)
# steps of a procedure on papers sent, received and kept, work after "phải" or "có trách
# nhiệm" ("phải đối chiếu về số lượng", "có trách nhiệm chuyển đề nghị …", "phải đóng
# dấu …"; "chịu trách nhiệm" is as often what one answers for);
# elsewhere part of a noun ("việc chuyển giao", "dấu chỉ độ mật")
# (and a debtor's: "phải trả hết nợ gốc …", "phải sử dụng toàn bộ số tiền … để trả nợ")
# (and a holder's: "phải nộp lại thẻ … cho cơ quan quản lý", handing back a card or licence)
_STEP_AFTER_DUTY = frozenset(
    {"chuyển", "tạo", "đối chiếu", "đóng dấu", "tiến hành", "trả lời", "trao đổi", "trả", "sử dụng"}
    | {"nộp lại"}
    # "… thì người sử dụng lao động phải đóng vào Quỹ …": to pay into a fund (elsewhere
    # "đóng" is as often to close)
    | {"đóng vào"}
)
