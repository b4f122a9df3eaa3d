"""Which rules exist: the built-in families, plus rules other packages add.

Another package adds rules through the ``cascade.rules`` entry point group; an
entry point may name a module (every :class:`Rule` defined in it is taken), one
rule, or a list of rules::

    [project.entry-points."cascade.rules"]
    my_rules = "my_package.cascade_rules"

See ``examples/custom_rule/`` and docs/validate.md.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType

from cascade.errors import RuleDefinitionError
from cascade.rules.base import Rule

ENTRY_POINT_GROUP = "cascade.rules"
FAMILIES = (
    "references", "structure", "time", "authority", "conventions", "state", "amendments",
)  # fmt: skip


def rules_in(obj: object) -> list[Rule]:
    """The rules an entry point names: a module's rules, one rule or a list of them."""
    if isinstance(obj, Rule):
        return [obj]
    if isinstance(obj, ModuleType):
        return [value for value in vars(obj).values() if isinstance(value, Rule)]
    if isinstance(obj, list | tuple) and all(isinstance(r, Rule) for r in obj):
        return list(obj)
    raise RuleDefinitionError(f"{obj!r} is not a rule, a list of rules or a module of rules")


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The rules ``cascade`` ships, by id."""
    found = [
        r
        for family in FAMILIES
        for r in rules_in(importlib.import_module(f"cascade.rules.{family}"))
    ]
    return tuple(sorted(found, key=lambda r: r.id))


def plugin_rules() -> tuple[Rule, ...]:
    """Rules that installed packages add through the ``cascade.rules`` entry points."""
    found: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not look like a broken cascade
            raise RuleDefinitionError(
                f"cannot load rules from entry point {ep.name!r} ({ep.value}): {exc}"
            ) from exc
        origin = ep.dist.name if ep.dist is not None else ep.name
        found.extend(replace(r, origin=origin) for r in rules_in(loaded))
    return tuple(found)


def all_rules(*, plugins: bool = True) -> dict[str, Rule]:
    """Every rule by id, built-in first; an id or a name used twice is an error."""
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for r in (*builtin_rules(), *(plugin_rules() if plugins else ())):
        for key, seen in ((r.id, rules), (r.name, names)):
            if key in seen:
                raise RuleDefinitionError(
                    f"rule {r.id} {r.name!r} from {r.origin} clashes with an existing rule "
                    f"of the same {'id' if key == r.id else 'name'}"
                )
        rules[r.id] = r
        names[r.name] = r.id
    return dict(sorted(rules.items()))
