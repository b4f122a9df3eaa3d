"""Suppression comments in cascade files.

* ``# cascade: disable=CAS204`` at the end of a line silences the rule for
  findings on that line and inside the node that starts there (an obligation,
  a document, an organisation);
* the same comment alone on a line applies to the next line that is not a
  comment;
* ``# cascade: disable-file=CAS305`` anywhere silences the rule in the file.

Rules are named by id, name or id prefix, comma-separated; ``all`` names every
rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.files.loader import SourceMap
from cascade.rules.base import PathKey, Rule

_DIRECTIVE = re.compile(r"#\s*cascade:\s*disable(-file)?\s*=\s*([\w\-]+(?:\s*,\s*[\w\-]+)*)")


@dataclass
class Suppressions:
    """The suppression comments of one file."""

    whole_file: set[str] = field(default_factory=set)
    lines: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def scan(cls, lines: list[str]) -> Suppressions:
        """Find every directive in ``lines`` (the file's text, split into lines)."""
        out = cls()
        pending: set[str] = set()
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            match = _DIRECTIVE.search(line)
            names = {n.strip() for n in match[2].split(",")} if match else set()
            if match and match[1]:
                out.whole_file |= names
                continue
            if stripped.startswith("#") or not stripped:
                pending |= names  # a comment line: applies to the next content line
                continue
            if names or pending:
                out.lines.setdefault(number, set()).update(names | pending)
            pending = set()
        return out

    def __bool__(self) -> bool:
        return bool(self.whole_file or self.lines)

    def silences(self, rule: Rule, path: PathKey, line: int | None, source: SourceMap) -> bool:
        """Whether a finding of ``rule`` at ``path`` (on ``line``) is suppressed."""
        if _names(self.whole_file, rule):
            return True
        candidates = {line} if line else set()
        # nodes enclosing the finding: the item (obligations, 3) and deeper
        for depth in range(2, len(path)):
            candidates.add(source.position(path[:depth]).line or 0)
        return any(_names(self.lines.get(n, set()), rule) for n in candidates)


def _names(selectors: set[str], rule: Rule) -> bool:
    return any(
        s == "all" or s in (rule.id, rule.name) or (s.isupper() and rule.id.startswith(s))
        for s in selectors
    )
