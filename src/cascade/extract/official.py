"""Is this an official document? The signs a text must show before it is read as one.

A text with a number and one more sign, the motto and a distribution list, or any three
signs is read; a scan whose header the OCR garbled is read from its structure, with a review
note; anything else is refused with the list of what is missing.
"""

from __future__ import annotations

import re

from cascade.errors import ExtractError
from cascade.extract.header import Header
from cascade.extract.layout import MARKER, Layout
from cascade.extract.ocr_header import garbled_structure, guess_kind
from cascade.extract.signature import read_signature

_TITLE_LINE = re.compile(
    r"^[^\S\n]*(?:CÔNG ĐIỆN|KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|THÔNG BÁO|KẾT LUẬN|"
    r"HƯỚNG DẪN|CÔNG VĂN|CHƯƠNG TRÌNH|BÁO CÁO)[^\S\n]*$",
    re.MULTILINE,
)


def check_official(text: str, header: Header, layout: Layout, source: str) -> None:
    """Raise :class:`~cascade.errors.ExtractError` naming the signs missing unless ``text``
    reads as an official document (a garbled header gets a review note on ``header``)."""
    signs = {
        "a number ('Số: …')": header.identifier is not None
        or bool(re.search(r"(?m)^\s*Số\s*:", text[:3000])),
        "a place and date line": header.year is not None,
        "a national or Party motto": bool(
            re.search(
                r"Độc\s+lập\s*[-–—]\s*Tự\s+do|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", text[:3000], re.I
            )
        ),
        "a distribution list ('Nơi nhận')": bool(re.search(r"Nơi\s*nhận", text, re.I)),
        "a signature ('TM.', 'KT.' …)": any(MARKER.search(line) for line in layout.tail)
        or read_signature(layout.tail).name is not None,
        "'Kính gửi'": layout.addressees is not None,
        "a title ('KẾ HOẠCH', 'CÔNG ĐIỆN' …)": bool(_TITLE_LINE.search(text[:3000])),
    }
    if header.identifier is not None and sum(signs.values()) >= 2:
        return
    # a transcription that lost its "Số:" and place-and-date lines (the number in a
    # metadata table) still shows the motto and the distribution list: read it, and the
    # header fields not found get their review notes
    if signs["a national or Party motto"] and signs["a distribution list ('Nơi nhận')"]:
        return
    if sum(signs.values()) >= 3:
        return
    # a scan whose header the OCR garbled: drafted from its structure, each header field
    # not found gets its own review note from the builder
    structure = garbled_structure(text, layout)
    if structure:
        header.reviews.append(
            "the header could not be read (OCR of a scan?): drafted because the text shows "
            + ", ".join(structure)
        )
        guess_kind(header, text)
        return
    missing = ", ".join(name for name, present in signs.items() if not present)
    raise ExtractError(
        f"{source}: not an official document; missing: {missing}. "
        "Give the plain text of a công văn, kế hoạch, quyết định, nghị quyết or chỉ thị"
    )
