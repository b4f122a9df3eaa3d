"""Helpers for test authors: assert that a cascade is valid, or that a rule fires.

::

    from cascade.testing import assert_valid

    def test_our_workflow_is_sound():
        assert_valid("workflows/our-plan.yaml")

Failures list every finding as ``path:line:col: CODE message``.
"""

from __future__ import annotations

from pathlib import Path

from cascade.model import Cascade, CascadeFile
from cascade.rules.base import Severity
from cascade.rules.config import Config, find_config, load_config
from cascade.rules.runner import FileReport, Finding, StateSource, validate

__all__ = ["assert_finding", "assert_valid"]

CascadeLike = Cascade | CascadeFile | str | Path


def _config(cascade: CascadeLike, config: Config | None) -> Config:
    if config is not None:
        return config
    if isinstance(cascade, str | Path):
        found = find_config(Path(cascade))
        if found is not None:
            return load_config(found)
    return Config()


def _lines(findings: list[Finding]) -> str:
    return "\n".join(f"  {f} [{f.severity}]" for f in findings)


def assert_valid(
    cascade: CascadeLike,
    *,
    config: Config | None = None,
    fail_on: Severity | str | None = None,
    state: StateSource | None = None,
) -> FileReport:
    """Fail unless ``cascade`` has no finding at or above ``fail_on`` (default: error).

    ``cascade`` is a file path or a model. Without ``config``, a file's
    configuration is found as ``cascade validate`` finds it. Returns the report,
    for further checks on what is below the threshold.
    """
    chosen = _config(cascade, config)
    threshold = Severity(fail_on) if fail_on is not None else chosen.fail_on
    report = validate(cascade, chosen, state)
    if report.error is not None:
        raise AssertionError(f"the cascade cannot be validated:\n{report.error}")
    failing = [f for f in report.findings if f.severity.rank >= threshold.rank]
    if failing:
        raise AssertionError(
            f"{len(failing)} finding(s) at or above {threshold}:\n{_lines(failing)}"
        )
    return report


def assert_finding(
    cascade: CascadeLike,
    rule: str,
    *,
    line: int | None = None,
    config: Config | None = None,
    state: StateSource | None = None,
) -> list[Finding]:
    """Fail unless rule ``rule`` (id or name) fires on ``cascade`` (on ``line``, if given).

    For authors of custom rules: check that a fixture triggers the rule where
    it should. The strict preset is used unless ``config`` is given, so rules
    outside the recommended preset run too.
    """
    report = validate(cascade, config or Config(preset="strict"), state)
    if report.error is not None:
        raise AssertionError(f"the cascade cannot be validated:\n{report.error}")
    found = [f for f in report.findings if rule in (f.rule.id, f.rule.name)]
    if line is not None:
        found = [f for f in found if f.position.line == line]
    if not found:
        where = f" on line {line}" if line is not None else ""
        others = _lines(report.findings) or "  (none)"
        raise AssertionError(f"rule {rule} did not fire{where}; findings were:\n{others}")
    return found
