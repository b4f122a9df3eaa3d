"""A Government decree, a minister's circular or a law as the Official Gazette prints it, around
articles a test writes: the frames the pattern tests put their texts in, and the readers of
(lead, action) they check."""

from __future__ import annotations

from cascade.extract import extract_text

from .test_task_rules import _tasks


def decree(body: str, *, number: str, date: str, title: str, signer: str, closing: int = 30) -> str:
    """The decree ``number`` of ``date`` ("ngày … tháng … năm …") titled ``title``, ``body``
    as its articles, ``closing`` the number of its article on entry into force, signed by a
    Deputy Prime Minister."""
    enacting = title[0].lower() + title[1:]  # "Quy định về …" -> "… Nghị định quy định về …"
    return f"""CHÍNH PHỦ
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, {date}
NGHỊ ĐỊNH
{title}

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định {enacting}.
{body}
Điều {closing}. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày ký ban hành.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

{signer}
"""


def circular(
    body: str,
    *,
    ministry: str,
    number: str,
    date: str,
    title: str,
    signer: str,
    closing: int | None = None,
) -> str:
    """The circular ``number`` of the ministry ``ministry`` ("Bộ Kế hoạch và Đầu tư") of
    ``date`` ("ngày … tháng … năm …") titled ``title``, ``body`` as its articles (then, when
    ``closing`` is given, that article on entry into force), signed by the minister
    ``signer``. No blank line: in a text this short, blank lines would read as setting its
    paragraphs apart."""
    enacting = title[0].lower() + title[1:]
    if closing is not None:
        body += (
            f"\nĐiều {closing}. Hiệu lực thi hành\n"
            "Thông tư này có hiệu lực thi hành kể từ ngày ký ban hành."
        )
    return f"""{ministry.upper()}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, {date}
THÔNG TƯ
{title}
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
Bộ trưởng {ministry} ban hành Thông tư {enacting}.
{body}
BỘ TRƯỞNG
{signer}
"""


def law(body: str, *, number: str, title: str, enacting: str) -> str:
    """The National Assembly's law ``number`` titled ``title`` (in capitals), ``enacting`` its
    enacting line's words after "Quốc hội ban hành", ``body`` its articles, the last one
    closing with "./."; adopted on 25 June 2025 and signed by the chair."""
    return f"""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUỐC HỘI
Luật số: {number}
LUẬT
{title}
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành {enacting}.
{body}
Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua
ngày 25 tháng 6 năm 2025.
CHỦ TỊCH QUỐC HỘI
Trần Thanh Mẫn
"""


def deadline_kinds(text: str, words: int = 1) -> dict[str, str]:
    """The deadline kind of each obligation of ``text``, by its action's first ``words`` words
    in lower case."""
    found = extract_text(text).cascade.obligations
    return {" ".join(o.action.split()[:words]).lower(): o.deadline.kind for o in found}


def obligations(text: str) -> list[tuple[str, str]]:
    """(lead, action) in lower case, per obligation of ``text``."""
    return [(lead.lower(), action.lower()) for lead, _, action, _ in _tasks(extract_text(text))]


def starts(found: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """(lead, the action's first two words) of each (lead, action) in ``found``."""
    return {(lead, " ".join(action.split()[:2])) for lead, action in found}


def by_lead(text: str) -> set[tuple[str, str]]:
    """(lead, the action's first two words), in lower case, per obligation of ``text``."""
    return starts(obligations(text))
