"""The body land law names by the work it does: "Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và
tái định cư", "tổ chức làm nhiệm vụ bồi thường, giải phóng mặt bằng".

Rules on compensation when the State recovers land give each step to the organisation in
charge of compensating, named by its kind and its task, not by a name of its own: "Tổ chức
làm nhiệm vụ bồi thường xác định giá trị thiệt hại …", "chủ đầu tư và Tổ chức làm nhiệm vụ
bồi thường, hỗ trợ và tái định cư, lập hồ sơ dự toán …". "làm" and "hỗ trợ" there are no
verbs of the sentence: the name runs to the end of the task's list, and the sentence's work
follows it. :func:`task_title_end` says where.
"""

from __future__ import annotations

import re

from cascade.extract.name_tokens import Tok

# the tasks such a body is named by, as folded words
_TASKS = (
    ("boi", "thuong"),
    ("ho", "tro"),
    ("tai", "dinh", "cu"),
    ("giai", "phong", "mat", "bang"),
)


def task_title_end(toks: list[Tok], j: int, k: int) -> int:
    """At ``k``, right after the head "tổ chức" that starts at ``j``: the token after "làm
    nhiệm vụ <tasks>" ("bồi thường", "hỗ trợ", "tái định cư", "giải phóng mặt bằng", joined
    by commas, "và" or nothing); 0 when the name does not go on so."""
    if [t.folded for t in toks[j:k]][-2:] != ["to", "chuc"]:
        return 0
    if [t.folded for t in toks[k : k + 3]] != ["lam", "nhiem", "vu"]:
        return 0
    i, end = k + 3, 0
    while True:
        size = _task_at(toks, i)
        if not size:
            return end
        i = end = i + size
        if i < len(toks) and toks[i].folded in {",", "va"} and _task_at(toks, i + 1):
            i += 1


def _task_at(toks: list[Tok], i: int) -> int:
    """The number of tokens of a task named at ``i`` (0 when none is)."""
    for task in _TASKS:
        if tuple(t.folded for t in toks[i : i + len(task)]) == task:
            return len(task)
    return 0


# what follows "tổ chức" in such a name, as a pattern (also a sentence's opening body,
# :data:`.heading_roles.GENERIC_BODY_START`)
TASK_TITLE = r"làm\s+nhiệm\s+vụ\s+(?:bồi\s+thường|giải\s+phóng)"
_TITLED = re.compile(rf"^(?:các\s+)?tổ\s+chức\s+{TASK_TITLE}", re.I)


def task_titled(name: str) -> bool:
    """True for a name such as "Tổ chức làm nhiệm vụ bồi thường, hỗ trợ và tái định cư": one
    body, though its task's list holds commas."""
    return _TITLED.match(name) is not None
