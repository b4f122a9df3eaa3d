"""Text formats: ``concise`` (one line a finding) and ``full`` (with the line and a hint)."""

from __future__ import annotations

import re

from cascade.boundary.visible import visible
from cascade.rules.base import Severity
from cascade.rules.runner import Finding, Result

_TOKEN_END = re.compile(r"\s+#|[,}\]]|\s*$")


def concise(result: Result) -> str:
    """``path:line:col: CODE message``, one finding a line."""
    return "".join(f"{visible(str(f))}\n" for f in result.findings)


def full(result: Result) -> str:
    """Each finding with the offending line, a caret under the place, and a hint."""
    blocks: list[str] = []
    for report in result.reports:
        for f in report.findings:
            line = (
                report.source.line_text(f.position.line)
                if report.source and f.position.line
                else ""
            )
            blocks.append(_block(f, line))
    return "\n".join(blocks)


def _block(f: Finding, line: str) -> str:
    out = [f"{f.rule.id} [{f.severity}] {visible(f.message)}", f"  --> {visible(str(f.position))}"]
    line = visible(line)  # the caret counts characters of the line as shown
    if line and f.position.line:
        number = str(f.position.line)
        gutter = " " * len(number)
        column = (f.position.column or 1) - 1
        out += [
            f"{gutter} |",
            f"{number} | {line}",
            f"{gutter} | {' ' * column}{'^' * token_width(line, column)}",
            f"{gutter} |",
        ]
    if f.hint:
        out.append(f"  = hint: {visible(f.hint)}")
    out.append(f"  = rule: {f.rule.name} (cascade rules --explain {f.rule.id})")
    return "\n".join(out) + "\n"


def token_width(line: str, column: int) -> int:
    """Width of the YAML token starting at ``column`` (a quoted or plain scalar, a key)."""
    rest = line[column:]
    if not rest:
        return 1
    if rest[0] in "\"'":
        end = rest.find(rest[0], 1)
        return end + 1 if end > 0 else len(rest)
    if rest.startswith("- "):
        return 1
    match = _TOKEN_END.search(rest)
    width = match.start() if match else len(rest)
    key = rest.find(": ")
    if 0 < key < width:
        width = key  # a mapping entry: underline its key
    return max(1, width)


def summary(result: Result) -> str:
    """One line: how many findings of each severity, suppressed, and files."""
    files = len(result.reports)
    counts = {s: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    total = sum(counts.values())
    where = f"{files} file{'s' if files != 1 else ''}"
    suppressed = sum(r.suppressed for r in result.reports)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    unusable = len(result.errors)
    if unusable:
        tail += f"; {unusable} file{'s' if unusable != 1 else ''} could not be validated"
    if not total:
        return f"No findings in {where}{tail}."
    parts = ", ".join(
        f"{n} {s.value}{'s' if n != 1 and s is not Severity.INFO else ''}"
        for s, n in counts.items()
        if n
    )
    return f"Found {total} finding{'s' if total != 1 else ''} ({parts}) in {where}{tail}."
