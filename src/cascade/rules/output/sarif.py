"""``sarif``: SARIF 2.1.0, for code-scanning dashboards and editors.

One run; the driver lists every rule with its metadata (summary, documentation,
configured level); each result has the file position (with the offending line
as snippet) and the obligation or document id as a logical location. Files
that could not be validated become tool execution notifications.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from cascade.errors import Position
from cascade.files.interchange import dumps
from cascade.rules.base import Rule, Severity
from cascade.rules.output.plain import token_width
from cascade.rules.runner import FileReport, Finding, Result

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {
    Severity.OFF: "none",
    Severity.INFO: "note",
    Severity.WARNING: "warning",
    Severity.ERROR: "error",
}


def sarif(result: Result) -> str:
    """The result as a SARIF 2.1.0 log."""
    return dumps(sarif_log(result))


def sarif_log(result: Result) -> dict[str, Any]:
    """The SARIF log as plain data."""
    from cascade import __version__
    from cascade.rules.docs import help_uri

    severities = result.config.severities(result.rules)
    rules = list(result.rules.values())
    index = {r.id: i for i, r in enumerate(rules)}
    results = [
        _result(f, index[f.rule.id], report) for report in result.reports for f in report.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": e.message},
            "locations": [{"physicalLocation": _physical(e.position, None)}] if e.position else [],
        }
        for error in result.errors
        for e in error.problems
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cascade",
                        "fullName": "cascade validate",
                        "version": __version__,
                        "semanticVersion": __version__,
                        **({"informationUri": info} if (info := help_uri()) else {}),
                        "rules": [_descriptor(r, severities[r.id]) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"SRCROOT": {"uri": Path.cwd().as_uri() + "/"}},
                "invocations": [
                    {
                        "executionSuccessful": not result.errors,
                        "exitCode": result.exit_code,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }


def _descriptor(r: Rule, severity: Severity) -> dict[str, Any]:
    from cascade.rules.docs import help_uri

    uri = help_uri(r)
    return {
        "id": r.id,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.description or r.summary},
        "help": {"text": r.doc, "markdown": r.doc},
        **({"helpUri": uri} if uri else {}),
        "defaultConfiguration": {
            "enabled": severity is not Severity.OFF,
            "level": _LEVEL[severity if severity is not Severity.OFF else r.severity],
        },
        "properties": {"tags": [r.family], "origin": r.origin},
    }


def _artifact(path: str) -> dict[str, Any]:
    p = Path(path)
    try:
        relative = p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": p.resolve().as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "SRCROOT"}


def _physical(position: Position, snippet: str | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(position.path)}
    if position.line:
        region: dict[str, Any] = {"startLine": position.line}
        if position.column:
            region["startColumn"] = position.column
            if snippet:
                width = token_width(snippet, position.column - 1)
                region["endColumn"] = position.column + width
        if snippet:
            region["snippet"] = {"text": snippet}
        physical["region"] = region
    return physical


def _logical(f: Finding) -> list[dict[str, Any]]:
    if f.obligation is not None:
        return [
            {
                "name": f.obligation,
                "fullyQualifiedName": f"obligations/{f.obligation}",
                "kind": "object",
            }
        ]
    if f.document is not None:
        return [
            {"name": f.document, "fullyQualifiedName": f"documents/{f.document}", "kind": "object"}
        ]
    return []


def _result(f: Finding, rule_index: int, report: FileReport) -> dict[str, Any]:
    snippet = (
        report.source.line_text(f.position.line)
        if report.source is not None and f.position.line
        else None
    )
    location: dict[str, Any] = {}
    if report.source is not None:
        location["physicalLocation"] = _physical(f.position, snippet)
    logical = _logical(f)
    if logical:
        location["logicalLocations"] = logical
    out: dict[str, Any] = {
        "ruleId": f.rule.id,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message + (f" (hint: {f.hint})" if f.hint else "")},
        "locations": [location] if location else [],
    }
    return out
