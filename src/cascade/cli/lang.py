"""The language of the messages users see most: errors, refusals and summaries.

English or Vietnamese, chosen by ``cascade --lang vi|en``, else by the locale
(``LC_ALL``, ``LC_MESSAGES``, ``LANG`` starting with ``vi``), else English. The
library words its messages in English; :func:`say` turns the most frequent ones
into Vietnamese at the moment they are shown, part by part, so that a message
built from several parts (a place, a problem, a hint) is translated in each part
it knows and left as it is in the others. Ids, file names and quoted values are
never translated.
"""

from __future__ import annotations

import os
import re

LANGS = ("vi", "en")
_chosen: str | None = None

# (English pattern, Vietnamese replacement), applied in order; the first ones are the
# longer, more specific messages
_VI: tuple[tuple[str, str], ...] = (
    (r"^error: ", "lỗi: "),
    (r"^(\d+) problems$", r"\1 lỗi"),
    (r"^No findings in (\d+) files?", r"Không có phát hiện nào trong \1 tệp"),
    (r"^Found (\d+) findings? \(", r"Có \1 phát hiện ("),
    (r"(\d+) errors?\b", r"\1 lỗi"),
    (r"(\d+) warnings?\b", r"\1 cảnh báo"),
    (r"(\d+) info\b", r"\1 thông tin"),
    (r"\) in (\d+) files?", r") trong \1 tệp"),
    (r"(\d+) files? could not be validated", r"\1 tệp không kiểm tra được"),
    (r"(\d+) suppressed", r"\1 bị tắt"),
    (r"^appended (\d+) event\(s\) to ", r"đã ghi thêm \1 sự kiện vào "),
    (r"; (\d+) already there$", r"; \1 sự kiện đã có"),
    (r"^wrote ", "đã ghi "),
    (r"\bno such file\b", "không có tệp này"),
    (r"\bno such events file\b", "không có tệp sự kiện này"),
    (r"\bfile is empty\b", "tệp rỗng"),
    (r"\bYAML syntax: ", "lỗi cú pháp YAML: "),
    (r"\bJSON syntax: ", "lỗi cú pháp JSON: "),
    (r"\binvalid JSON: ", "JSON không hợp lệ: "),
    (r"\bunknown key ('[^']*') in ", r"khóa không hợp lệ \1 trong "),
    (r"\bunknown key ('[^']*')", r"khóa không hợp lệ \1"),
    (r"\bmissing required key ('[^']*')", r"thiếu khóa bắt buộc \1"),
    (r"\bduplicate key ('[^']*')", r"khóa \1 bị lặp"),
    (r"\bunknown organisation or group ('[^']*')", r"không có cơ quan, tổ chức hay nhóm \1"),
    (r"\bunknown organisation ('[^']*')", r"không có cơ quan, tổ chức \1"),
    (r"\bunknown document ('[^']*')", r"không có văn bản \1"),
    (r"\bunknown obligation ('[^']*')", r"không có nhiệm vụ \1"),
    (r"\bis not an id \(no spaces, commas, semicolons or invisible characters\)",
     "không phải là mã hợp lệ (không được có dấu cách, dấu phẩy, dấu chấm phẩy hay ký tự ẩn)"),
    (r"\bthe text holds a NUL character", "văn bản chứa ký tự NUL"),
    (r"\bthe text holds a lone surrogate", "văn bản chứa một nửa cặp thay thế (surrogate)"),
    (r"\bnot valid UTF-8 \(byte (0x[0-9a-f]+)\); save the file as UTF-8",
     r"không phải UTF-8 hợp lệ (byte \1); hãy lưu tệp dưới dạng UTF-8"),
    (r"\bfile holds NUL bytes; not a UTF-8 text file",
     "tệp chứa byte NUL; không phải tệp văn bản UTF-8"),
    (r"\(the ([a-z-]+) limit\); raise it with ", r"(giới hạn \1); nâng giới hạn bằng "),
    (r"\bno database at (.+): run `cascade db init` first \(or give --db\)",
     r"chưa có cơ sở dữ liệu tại \1: hãy chạy `cascade db init` trước (hoặc chỉ rõ --db)"),
    (r"\bthe database is not initialised: run `cascade db init` first",
     "cơ sở dữ liệu chưa được khởi tạo: hãy chạy `cascade db init` trước"),
    (r"\bevent id ('[^']*') is already in the history for a different event",
     r"mã sự kiện \1 đã có trong lịch sử cho một sự kiện khác"),
    (r"; give the new event its own id", "; hãy đặt cho sự kiện mới một mã riêng"),
    (r"\b(\S+) may not ('[^']*') obligation (\S+) \(state (\S+)\): ",
     r"\1 không được phép \2 nhiệm vụ \3 (trạng thái \4): "),
    (r"\bcannot write: ", "không ghi được: "),
    (r"\bnot a database URL: ", "không phải địa chỉ cơ sở dữ liệu: "),
)  # fmt: skip
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in _VI)


def choose(option: str | None) -> str:
    """Set the language of messages: ``option`` if given, else the locale's."""
    global _chosen  # one choice per process, made by the top-level command
    _chosen = option or from_locale()
    return _chosen


def from_locale() -> str:
    """``vi`` when the locale variables say Vietnamese, else ``en``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def current() -> str:
    """The language in force (the locale's until :func:`choose` is called)."""
    return _chosen or from_locale()


def say(text: str) -> str:
    """``text`` in the language in force: each line, each known part of it translated."""
    if current() != "vi":
        return text
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
    return line
