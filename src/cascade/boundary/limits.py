"""Limits on input that a user can see and raise, so hostile files are refused quickly.

Each limit has a name, a default and an environment variable that raises (or
lowers) it. A refusal names the limit and the variable, for instance::

    big.yaml: the file has more than 1073741824 bytes (the file-size limit);
    raise it with CASCADE_MAX_FILE_SIZE=<bytes>

``cascade limits`` (docs/limits.md) lists them with their values in force.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cascade.errors import InputError


@dataclass(frozen=True)
class Limit:
    """One limit: ``name`` as messages say it, ``env`` the variable that changes it."""

    name: str
    env: str
    default: int
    unit: str
    what: str

    @property
    def value(self) -> int:
        """The limit in force: ``env`` when set to a positive whole number, else the default."""
        text = os.environ.get(self.env, "").strip().replace("_", "")
        if not text:
            return self.default
        if not text.isdigit() or int(text) < 1:
            raise InputError(f"{self.env}={text!r}: the {self.name} limit is a whole number ≥ 1")
        return int(text)

    def advice(self) -> str:
        """``(the NAME limit); raise it with ENV=<unit>``, the end of every refusal."""
        return f"(the {self.name} limit); raise it with {self.env}=<{self.unit}>"


FILE_SIZE = Limit(
    "file-size",
    "CASCADE_MAX_FILE_SIZE",
    1024 * 1024 * 1024,
    "bytes",
    "bytes in one cascade or lifecycle file (YAML or JSON)",
)
DEPTH = Limit(
    "depth", "CASCADE_MAX_DEPTH", 64, "levels", "levels of nested lists and mappings in a file"
)
ALIASES = Limit(
    "alias-expansion",
    "CASCADE_MAX_ALIAS_NODES",
    100_000,
    "values",
    "values that YAML aliases (*name) may copy into one file",
)
GROUP_SIZE = Limit(
    "group-size", "CASCADE_MAX_GROUP_SIZE", 20_000, "members", "members of one group"
)
STRING_LENGTH = Limit(
    "string-length",
    "CASCADE_MAX_STRING_LENGTH",
    1_000_000,
    "characters",
    "characters in one text value (a name, an action, a note); also bounds an events line",
)

ALL: tuple[Limit, ...] = (FILE_SIZE, DEPTH, ALIASES, GROUP_SIZE, STRING_LENGTH)
