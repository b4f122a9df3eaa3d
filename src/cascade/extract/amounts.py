"""Items that only state an amount, and the titles over lists of them.

A price or levy list ("- Xăng E5RON92: 0 đồng/lít;", "- Hộ gia đình: 50.000 đồng/hộ") under a
body's heading says how much, not who must do what; nor is its title ("1.1. Trích lập Quỹ
…" over such bullets) work of the body; nor a rate or prize table's row run together from its
cells ("Giám sát người/ngày", "Giải nhì (bạc) 1.950 Giải").
"""

from __future__ import annotations

import re

from cascade.extract.units import Unit

# "<label>: [không cao hơn] 19.807 đồng/lít", "…: 0,5%", "…: 2 triệu đồng/người"
_AMOUNT_ONLY = re.compile(
    r"^[-+*•_\s]*[^:;]{1,60}:\s*(?:(?:không\s+(?:cao|thấp)\s+hơn|tối\s+(?:đa|thiểu))\s+)?"
    r"\d[\d.,]*\s*(?:%|(?:nghìn\s+|triệu\s+|tỷ\s+)?đồng(?:\s*/\s*[^\s.;*_]{1,20})?)[\s.;*_]*$",
    re.IGNORECASE,
)


def states_an_amount(text: str) -> bool:
    """True for '<label>: <amount>' and nothing else."""
    return _AMOUNT_ONLY.match(text) is not None


def titles_amounts(units: list[Unit], unit: Unit) -> bool:
    """True for an item whose items below all only state an amount."""
    return bool(unit.children) and all(states_an_amount(units[i].text) for i in unit.children)


# a rate table's row read one cell a line: its unit column standing as a word of its own
# ("Làm nhiệm vụ trật tự, bảo vệ người/buổi", "Giám sát người/ngày"; not "… 50.000
# đồng/người/ngày", a rate inside a sentence), or a prize's row ("Giải nhì (bạc) 1.950 Giải")
_RATE_ROW = re.compile(
    r"(?:^|\s)người\s*/\s*(?:buổi|ngày|tháng|trận|lượt|giải|cuộc)\b"
    r"|^[-+*•_\s]*Giải\s+(?:nhất|nhì|ba|tư|khuyến\s+khích|đặc\s+biệt)\b(?:\s*\([^)]{1,20}\))?"
    r"(?:\s+[\d.,]+)*\s+Giải\b"
)


def reads_a_rate_row(text: str) -> bool:
    """True for a row of a rate or prize table run together from its cells."""
    return _RATE_ROW.search(text) is not None
