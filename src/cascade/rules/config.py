"""Validator configuration: presets, per-rule severity, per-file ignores.

Read from a ``cascade.toml`` (keys at the top level) or the ``[tool.cascade]``
table of a ``pyproject.toml``, found in the folder of the first validated file
or above it (``cascade.toml`` first in each folder)::

    [tool.cascade]
    preset = "recommended"          # or "strict": every rule, warnings as errors
    fail-on = "error"               # lowest severity that fails the run
    max-warnings = 20               # fail when there are more warnings
    [tool.cascade.rules]            # a rule id, a rule name, or an id prefix
    CAS305 = "off"
    "child-deadline-after-parent" = "warning"
    CAS5 = "info"
    [tool.cascade.per-file-ignores]
    "workflows/archive/*.yaml" = ["CAS303", "CAS304"]

A more specific selector wins (an id or a name over a prefix, a longer prefix
over a shorter one); options given on the command line win over the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cascade.errors import CascadeFileError, Position
from cascade.rules.base import Rule, Severity

PRESETS = ("recommended", "strict")
CONFIG_FILES = ("cascade.toml", "pyproject.toml")
_KEYS = {"preset", "rules", "per-file-ignores", "fail-on", "max-warnings"}

Selector = tuple[str, Severity]


@dataclass(frozen=True)
class Config:
    """How to validate: which rules at which severity, and when the run fails."""

    preset: str = "recommended"
    rules: tuple[Selector, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity = Severity.ERROR
    max_warnings: int | None = None
    path: Path | None = field(default=None, compare=False)

    def severities(self, rules: Mapping[str, Rule]) -> dict[str, Severity]:
        """The severity of every rule in ``rules`` under this configuration."""
        out: dict[str, Severity] = {}
        for r in rules.values():
            severity = r.severity if (self.preset == "strict" or r.recommended) else Severity.OFF
            if self.preset == "strict" and severity is Severity.WARNING:
                severity = Severity.ERROR
            out[r.id] = severity
        for selector, severity in self.rules:
            for rule_id in self.select(selector, rules):
                out[rule_id] = severity
        return out

    def select(self, selector: str, rules: Mapping[str, Rule]) -> list[str]:
        """Ids of the rules ``selector`` names (an id, a name or an id prefix)."""
        found = [
            r.id for r in rules.values() if selector in (r.id, r.name) or r.id.startswith(selector)
        ]
        if not found:
            raise CascadeFileError(
                f"unknown rule {selector!r} (give a rule id such as CAS201, its name, "
                "or an id prefix such as CAS2)",
                self._position(selector),
            )
        return found

    def ignored(self, file_path: str | Path, rules: Mapping[str, Rule]) -> frozenset[str]:
        """Ids of the rules switched off for ``file_path`` by ``per-file-ignores``."""
        if not self.per_file_ignores:
            return frozenset()
        base = self.path.parent if self.path is not None else Path.cwd()
        try:
            relative = Path(file_path).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = Path(file_path).as_posix()
        out: set[str] = set()
        for pattern, selectors in self.per_file_ignores:
            if glob_match(pattern, relative):
                for selector in selectors:
                    out.update(self.select(selector, rules))
        return frozenset(out)

    def override(
        self,
        *,
        preset: str | None = None,
        rules: tuple[Selector, ...] = (),
        fail_on: Severity | None = None,
        max_warnings: int | None = None,
    ) -> Config:
        """This configuration with command-line options applied over it."""
        return replace(
            self,
            preset=preset or self.preset,
            rules=self.rules + _by_specificity(rules),
            fail_on=fail_on or self.fail_on,
            max_warnings=self.max_warnings if max_warnings is None else max_warnings,
        )

    def _position(self, key: str) -> Position | None:
        if self.path is None:
            return None
        return _key_position(self.path, key)


def glob_match(pattern: str, path: str) -> bool:
    """Whether ``path`` (with '/') matches ``pattern``: ``*`` within a folder, ``**/`` any."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.fullmatch("".join(out), path) is not None


def find_config(start: Path) -> Path | None:
    """The configuration file that applies to files in ``start`` (a folder or a file)."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "cascade.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read ``path`` (a cascade.toml or a pyproject.toml with ``[tool.cascade]``)."""
    table = _read_table(path)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise CascadeFileError(
            f"unknown key {unknown[0]!r} in the cascade configuration "
            f"(known: {', '.join(sorted(_KEYS))})",
            _key_position(path, unknown[0]),
        )
    preset = table.get("preset", "recommended")
    if preset not in PRESETS:
        raise CascadeFileError(
            f"preset must be one of {', '.join(PRESETS)}, not {preset!r}",
            _key_position(path, "preset"),
        )
    rules_table = table.get("rules", {})
    if not isinstance(rules_table, dict):
        raise CascadeFileError("'rules' must be a table", _key_position(path, "rules"))
    rules = tuple((str(k), _severity(path, str(k), v)) for k, v in rules_table.items())
    ignores = table.get("per-file-ignores", {})
    if not isinstance(ignores, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) for s in v) for v in ignores.values()
    ):
        raise CascadeFileError(
            "'per-file-ignores' maps file patterns to lists of rules",
            _key_position(path, "per-file-ignores"),
        )
    max_warnings = table.get("max-warnings")
    if max_warnings is not None and (not isinstance(max_warnings, int) or max_warnings < 0):
        raise CascadeFileError(
            "'max-warnings' must be a whole number, 0 or more",
            _key_position(path, "max-warnings"),
        )
    fail_on = _severity(path, "fail-on", table.get("fail-on", "error"))
    if fail_on is Severity.OFF:
        raise CascadeFileError(
            "'fail-on' must be info, warning or error", _key_position(path, "fail-on")
        )
    return Config(
        preset=preset,
        rules=_by_specificity(rules),
        per_file_ignores=tuple((str(k), tuple(v)) for k, v in ignores.items()),
        fail_on=fail_on,
        max_warnings=max_warnings,
        path=path,
    )


def parse_severity(text: str) -> Severity:
    """A severity from its name; ValueError naming the choices if it is none."""
    try:
        return Severity(text.strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in Severity)
        raise ValueError(f"severity must be one of {choices}, not {text!r}") from None


def _severity(path: Path, key: str, value: Any) -> Severity:
    try:
        return parse_severity(str(value))
    except ValueError as exc:
        raise CascadeFileError(f"{key}: {exc}", _key_position(path, key)) from None


def _by_specificity(rules: tuple[Selector, ...]) -> tuple[Selector, ...]:
    # prefixes (all caps and digits, shorter than an id) first, shortest first; ids and names last
    def key(item: Selector) -> tuple[int, int]:
        selector = item[0]
        is_prefix = re.fullmatch(r"[A-Z]+[0-9]{0,2}", selector) is not None
        return (0 if is_prefix else 1, len(selector))

    return tuple(sorted(rules, key=key))


def _read_table(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CascadeFileError(f"cannot read: {exc.strerror}", Position(str(path))) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        position = (
            Position(str(path), int(match[1]), int(match[2])) if match else Position(str(path))
        )
        raise CascadeFileError(f"TOML syntax: {str(exc).split(' (at')[0]}", position) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cascade", {})
    else:
        table = data.get("tool", {}).get("cascade", data) if "tool" in data else data
    if not isinstance(table, dict):
        raise CascadeFileError("the cascade configuration must be a table", Position(str(path)))
    return table


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "cascade" in tool


def _key_position(path: Path, key: str) -> Position:
    """The line where ``key`` is written (tomllib keeps no positions)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return Position(str(path))
    pattern = re.compile(rf"^\s*(\[[^\]]*)?[\"']?{re.escape(key)}[\"']?\s*[=\]]")
    for number, line in enumerate(lines, 1):
        if pattern.search(line):
            return Position(str(path), number, line.index(key) + 1)
    return Position(str(path))
