"""A ';'-part that opens a new row of verbs on the task's first verb is a task of its own.

"Chỉ đạo tổ chức, kiểm tra công tác …; chỉ đạo, tổ chức nghiên cứu, ứng dụng …" repeats
"chỉ đạo", but with other verbs after it: a second directed work, not more objects of the
first (see :func:`cascade.extract.clauses.group_parts`, which otherwise keeps a part whose
leading verbs already head a clause of the task with that task). Only when the part opens
right on the verb: after a word of manner ("…; kịp thời chỉ đạo, hướng dẫn …") the part
goes on with the work before it, and its term may date the whole.
"""

from __future__ import annotations


def reopens_row(part_verbs: list[str], part_start: int, task_verbs: list[str] | None) -> bool:
    """True when a ';'-part whose leading verbs are ``part_verbs`` (at ``part_start``)
    starts a new task after the task led by ``task_verbs``: the same first verb, then a
    different row of two or more verbs."""
    if not task_verbs or part_start != 0 or len(part_verbs) < 2:
        return False
    return part_verbs[0] == task_verbs[0] and part_verbs != task_verbs
