"""The rules reference, generated from the rules' docstrings.

``cascade rules --format markdown -o docs/rules.md`` (or
``python -m cascade.rules.docs``) writes docs/rules.md; a test checks that the
committed file is up to date.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cascade.files.interchange import dumps
from cascade.rules.base import Rule
from cascade.rules.registry import FAMILIES, all_rules, builtin_rules

_FAMILY_TITLES = {
    "references": "References (CAS1xx): every id names something, once",
    "structure": "Structure (CAS2xx): the chain of documents and obligations holds together",
    "time": "Time (CAS3xx): deadlines, dates and validity agree",
    "authority": "Authority (CAS4xx): assign (giao) or request (đề nghị)",
    "conventions": "Conventions (CAS5xx): document identifiers",
    "state": "State (CAS6xx): tracked progress, with an events file",
    "amendments": "Amendments (CAS7xx): dated changes that can take effect",
}
_LAYER = {
    "file": "the file as written",
    "cascade": "the expanded cascade",
    "state": "the tracked state (events, `--as-of`)",
}


def reference_path() -> Path | None:
    """The rules reference on this machine: shipped in the wheel beside this module
    (``cascade/rules/rules.md``), or docs/rules.md of a source checkout."""
    shipped = Path(__file__).with_name("rules.md")
    if shipped.is_file():
        return shipped
    checkout = Path(__file__).resolve().parents[3] / "docs" / "rules.md"
    return checkout if checkout.is_file() else None


def help_uri(rule: Rule | None = None) -> str | None:
    """A ``file:`` URI of the reference (at ``rule``'s section) that resolves wherever the
    package is installed; None for a plugin's rule, which the reference does not hold."""
    path = reference_path()
    if path is None or (rule is not None and rule.origin != "cascade"):
        return None
    return path.as_uri() + (f"#{rule.id.lower()}" if rule is not None else "")


def explain(rule: Rule) -> str:
    """One rule as ``cascade rules --explain`` prints it: id, name, severity, its docstring."""
    preset = "recommended, strict" if rule.recommended else "strict only"
    head = f"{rule.id} {rule.name} (default {rule.severity}; presets: {preset})"
    return f"{head}\n\n{rule.doc}\n"


def markdown(rules: Iterable[Rule] | None = None) -> str:
    """docs/rules.md: every built-in rule, by family, from its docstring."""
    chosen = list(builtin_rules() if rules is None else rules)
    out = [
        "# Validation rules",
        "",
        "Generated from the rules' docstrings by "
        "`cascade rules --format markdown -o docs/rules.md`; do not edit by hand.",
        "How to run, configure and suppress them: [validate.md](validate.md).",
        "",
        "| id | name | default | preset | summary |",
        "|---|---|---|---|---|",
    ]
    out += [
        f"| [{r.id}](#{r.id.lower()}) | {r.name} | {r.severity} | "
        f"{'recommended' if r.recommended else 'strict'} | {r.summary} |"
        for r in chosen
    ]
    for family in FAMILIES:
        members = [r for r in chosen if r.family == family]
        if not members:
            continue
        out += ["", f"## {_FAMILY_TITLES[family]}"]
        for r in members:
            preset = "recommended, strict" if r.recommended else "strict only"
            out += [
                "",
                f"### {r.id}",
                "",
                f"**{r.name}**: {r.summary}",
                "",
                f"Default severity: {r.severity} · presets: {preset} · checks: {_LAYER[r.layer]}",
            ]
            if r.description:
                out += ["", r.description]
    return "\n".join(out) + "\n"


def table() -> str:
    """Every rule (plugins included) as a plain text table."""
    rules = list(all_rules().values())
    width = max(len(r.name) for r in rules)
    lines = [
        f"{r.id}  {r.name:<{width}}  {r.severity.value:<7}  "
        f"{'recommended' if r.recommended else 'strict     '}  {r.summary}"
        for r in rules
    ]
    return "\n".join(lines) + "\n"


def json_text() -> str:
    """Every rule's metadata as JSON."""
    return dumps(
        [
            {
                "id": r.id,
                "name": r.name,
                "severity": r.severity.value,
                "recommended": r.recommended,
                "layer": r.layer,
                "family": r.family,
                "origin": r.origin,
                "summary": r.summary,
                "description": r.description,
            }
            for r in all_rules().values()
        ]
    )


if __name__ == "__main__":
    import sys

    sys.stdout.write(markdown())
