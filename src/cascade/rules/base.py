"""What a rule is: an id, a name, a default severity, a check function and its docstring.

A rule is written as a plain function decorated with :func:`rule`::

    @rule("CAS201", "document-cycle", Severity.ERROR)
    def document_cycle(ctx: Context) -> Iterator[Violation]:
        \"\"\"One line saying what is wrong.

        Paragraphs that explain why, and how to fix it: this docstring is the
        rule's documentation page (``cascade rules --format markdown``).
        \"\"\"
        ...
        yield Violation("message naming the place", path=ctx.document_path(doc.id))

The check yields :class:`Violation` objects; the runner turns each into a
:class:`~cascade.rules.runner.Finding` with the configured severity and the
file position of its ``path``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

PathKey = tuple[str | int, ...]

RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}$")
RULE_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class Severity(StrEnum):
    """How much a finding matters; ``off`` switches a rule off."""

    OFF = "off"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for off up to 3 for error, for comparisons."""
        return _RANK[self]


_RANK = {Severity.OFF: 0, Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}

Layer = Literal["file", "cascade", "state"]
"""What a rule needs: the file as written, the expanded cascade, or its tracked state."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem a rule found.

    ``path`` is where in the cascade file (``("obligations", 3, "lead")``); the
    ``obligation`` and ``document`` ids give the logical place (SARIF logical
    location); ``hint`` says how to fix it.
    """

    message: str
    path: PathKey = ()
    obligation: str | None = None
    document: str | None = None
    hint: str | None = None


Check = Callable[[Any], Iterable[Violation]]


@dataclass(frozen=True)
class Rule:
    """A validation rule: metadata plus the check function it wraps."""

    id: str
    name: str
    severity: Severity
    layer: Layer
    check: Check
    recommended: bool = True
    blocks: bool = False
    origin: str = "cascade"

    def __call__(self, ctx: Any) -> Iterable[Violation]:
        return self.check(ctx)

    @property
    def family(self) -> str:
        """The family, from the module the check lives in ('references', 'time', ...)."""
        return self.check.__module__.rsplit(".", 1)[-1]

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.split("\n", 1)[0].strip()

    @property
    def description(self) -> str:
        """The docstring after its first line (may be empty)."""
        parts = self.doc.split("\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    @property
    def doc(self) -> str:
        """The check's docstring, dedented."""
        return inspect.cleandoc(self.check.__doc__ or "")


def rule(
    rule_id: str,
    name: str,
    severity: Severity,
    *,
    layer: Layer = "cascade",
    recommended: bool = True,
    blocks: bool = False,
) -> Callable[[Check], Rule]:
    """Make a :class:`Rule` of the decorated check function.

    ``recommended=False`` leaves the rule out of the ``recommended`` preset; the
    ``strict`` preset runs every rule. ``blocks=True`` (file-layer rules only)
    means the cascade cannot be expanded while the rule fires, so it runs even
    when switched off and the expanded-layer rules wait for it.
    """
    if not RULE_ID.match(rule_id):
        raise ValueError(f"rule id {rule_id!r} must look like CAS101 (letters, three digits)")
    if not RULE_NAME.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case, like 'document-cycle'")

    def decorate(check: Check) -> Rule:
        if not (check.__doc__ or "").strip():
            raise ValueError(f"rule {rule_id} needs a docstring: it is its documentation")
        return Rule(rule_id, name, severity, layer, check, recommended, blocks)

    return decorate
