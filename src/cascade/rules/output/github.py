"""``github``: GitHub Actions workflow commands, shown as annotations on the changed lines.

``::error file=F,line=L,col=C,title=T::message``; info findings become ``notice``.
Values are escaped as the Actions toolkit does (``%``, CR, LF; in properties
also ``:`` and ``,``).
"""

from __future__ import annotations

from cascade.boundary.visible import visible
from cascade.errors import Position
from cascade.rules.base import Severity
from cascade.rules.runner import Result

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message: controls other than line breaks shown as escapes (a log would run
    them), then ``%``, CR and LF as GitHub documents."""
    text = "".join(char if char in "\r\n" else visible(char) for char in text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, position: Position | None, title: str, message: str) -> str:
    props = []
    if position is not None:
        props.append(f"file={escape_property(position.path)}")
        if position.line:
            props.append(f"line={position.line}")
        if position.column:
            props.append(f"col={position.column}")
    props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(message)}\n"


def github(result: Result) -> str:
    """One workflow command per finding and per problem of an unusable file."""
    lines = [
        _command(_LEVEL[f.severity], f.position, f"{f.rule.id} {f.rule.name}", f.message)
        for f in result.findings
    ]
    lines += [
        _command("error", e.position, "cascade: unusable file", e.message)
        for error in result.errors
        for e in error.problems
    ]
    return "".join(lines)
