"""A pytest plugin: each cascade file under ``workflows/`` is a test item.

Installed with the package (entry point ``pytest11``), it collects files that
match the ini option ``cascade_workflows`` (default ``workflows/**/*.yaml`` and
``workflows/**/*.yml``, relative to the rootdir) and declare ``format: cascade/1``
near their top, one item per file; other YAML there (an Argo or GitHub workflow,
a lifecycle definition) is left alone. ``cascade_collect = all`` also collects the
matching files that declare no format at all. An item
fails with the findings at or above the configured ``fail-on`` severity (or more
warnings than ``max-warnings``), using the project's ``[tool.cascade]``
configuration, and when the file cannot be read. ``--no-cascade`` switches
collection off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from cascade.rules.runner import FileReport

DEFAULT_PATTERNS = ["workflows/**/*.yaml", "workflows/**/*.yml"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "cascade_workflows",
        type="linelist",
        default=DEFAULT_PATTERNS,
        help="glob patterns (from the rootdir) of cascade files to validate as tests",
    )
    parser.addini(
        "cascade_collect",
        default="declared",
        help="declared (default): only files that declare 'format: cascade/1'; all: also "
        "the matching files that declare no format",
    )
    group = parser.getgroup("cascade")
    group.addoption(
        "--no-cascade",
        action="store_true",
        default=False,
        help="do not collect cascade files as tests",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if config.getoption("no_cascade") or file_path.suffix not in (".yaml", ".yml"):
        return None
    from cascade.rules.config import glob_match

    try:
        relative = file_path.relative_to(config.rootpath).as_posix()
    except ValueError:
        return None
    patterns: list[str] = config.getini("cascade_workflows")
    if not any(glob_match(p, relative) for p in patterns):
        return None
    from cascade.files.loader import declared_format

    declared = declared_format(file_path)
    if declared is None:
        if config.getini("cascade_collect") != "all":
            return None  # other YAML in the same folders: not ours unless the project says so
    elif not declared.startswith("cascade/"):
        return None  # a lifecycle definition, or a format of another tool
    collector: pytest.Collector = CascadeFile.from_parent(parent, path=file_path)
    return collector


class CascadeFile(pytest.File):
    """A cascade file: holds one item, its validation."""

    def collect(self) -> Iterator[pytest.Item]:
        yield CascadeItem.from_parent(self, name="cascade-validate")


class CascadeValidationError(Exception):
    """The findings that fail a cascade file."""

    def __init__(self, report: FileReport, text: str) -> None:
        super().__init__(text)
        self.report = report
        self.text = text


class CascadeItem(pytest.Item):
    """``cascade validate`` on one file, with the project's configuration."""

    def runtest(self) -> None:
        from cascade.rules import Config, Validator, find_config, load_config
        from cascade.rules.base import Severity

        found = find_config(self.path)
        config = load_config(found) if found is not None else Config()
        report = Validator(config).validate_file(self.path)
        if report.error is not None:
            raise CascadeValidationError(report, str(report.error))
        failing = [f for f in report.findings if f.severity.rank >= config.fail_on.rank]
        warnings = sum(1 for f in report.findings if f.severity is Severity.WARNING)
        lines = [f"{f} [{f.severity}]" for f in failing]
        if config.max_warnings is not None and warnings > config.max_warnings:
            lines.append(f"{warnings} warnings, more than max-warnings {config.max_warnings}")
        if lines:
            raise CascadeValidationError(report, "\n".join([*lines, *report.notes]))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, CascadeValidationError):
            return excinfo.value.text
        from cascade.errors import CascadeError

        if isinstance(excinfo.value, CascadeError):
            return f"cascade: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"cascade validate {self.path.name}"
