"""Checks that make parsed input safe to use before the model sees it.

A YAML or JSON file can hold what no cascade needs and what breaks whatever
comes later: NUL characters (PostgreSQL refuses them), lone surrogates (no UTF-8
output can encode them), aliases that copy a value a billion times, nesting
deep enough to exhaust the stack, text of any length. :func:`plain_tree` turns
ruamel's round-trip containers into plain dicts and lists for pydantic and
refuses each of those at its place, within the limits of :mod:`cascade.boundary.limits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from cascade.boundary import limits
from cascade.errors import CascadeFileError, Position

PathKey = tuple[str | int, ...]

# characters an id may not hold, as the inside of a regular-expression class (Python's and
# pydantic's): controls, the soft hyphen, zero-width and bidirectional formatting characters,
# which would make two ids that look alike differ, or reorder what a terminal shows
INVISIBLE = r"\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"

# NUL, and surrogates (only a lone one can reach a decoded str)
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def unsafe_character(text: str) -> str | None:
    """What is wrong with ``text`` as stored text, or None when nothing is."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    char = found.group()
    if char == "\x00":
        return "holds a NUL character (\\u0000)"
    return f"holds a lone surrogate (\\u{ord(char):04x}), which is not a character"


def check_string(text: str, where: Callable[[], Position]) -> None:
    """Refuse ``text`` when it holds an unsafe character or passes the string-length limit."""
    if len(text) > limits.STRING_LENGTH.value:
        raise CascadeFileError(
            f"a text of {len(text)} characters is longer than {limits.STRING_LENGTH.value} "
            + limits.STRING_LENGTH.advice(),
            where(),
        )
    problem = unsafe_character(text)
    if problem is not None:
        raise CascadeFileError(f"the text {problem}", where())


class _Walk:
    """One walk over a parsed tree, counting what aliases copy."""

    def __init__(self, where: Callable[[PathKey], Position]) -> None:
        self.where = where
        self.depth_limit = limits.DEPTH.value
        self.alias_limit = limits.ALIASES.value
        self.copied = 0
        self.sizes: dict[int, int] = {}  # id of a finished container -> values in it
        self.open: set[int] = set()  # ids of the containers being walked
        self.copying = 0  # > 0 inside a copy already counted whole

    def value(self, node: Any, key: PathKey) -> tuple[Any, int]:
        """``node`` as plain Python, and the number of values in it."""
        if isinstance(node, str):
            check_string(node, lambda: self.where(key))
            return str(node), 1
        if not isinstance(node, Mapping | list):
            return node, 1
        ident = id(node)
        if ident in self.open:
            raise CascadeFileError("an alias refers to a value that contains it", self.where(key))
        copy = ident in self.sizes  # met before: an alias copies it again
        if copy and not self.copying:
            self.copied += self.sizes[ident]
            if self.copied > self.alias_limit:
                raise CascadeFileError(
                    f"aliases copy more than {self.alias_limit} values " + limits.ALIASES.advice(),
                    self.where(key),
                )
        if len(key) >= self.depth_limit:
            raise CascadeFileError(
                f"values nested more than {self.depth_limit} levels deep " + limits.DEPTH.advice(),
                self.where(key),
            )
        self.open.add(ident)
        self.copying += copy
        plain, size = self._container(node, key)
        self.copying -= copy
        self.open.discard(ident)
        self.sizes[ident] = size
        return plain, size

    def _container(self, node: Mapping[Any, Any] | list[Any], key: PathKey) -> tuple[Any, int]:
        size = 1
        if isinstance(node, Mapping):
            mapping: dict[str, Any] = {}
            for k, v in node.items():
                name = str(k)
                check_string(name, lambda: self.where(key))
                mapping[name], count = self.value(v, (*key, name))
                size += count
            return mapping, size
        items = []
        for index, v in enumerate(node):
            item, count = self.value(v, (*key, index))
            items.append(item)
            size += count
        return items, size


# escapes that write a NUL or a surrogate in YAML or JSON text (the decoded text itself
# holds neither: the loader refuses NUL bytes, and UTF-8 cannot encode a surrogate)
UNSAFE_ESCAPE = re.compile(
    r"\\(?:0|x00|u0000|U00000000|u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})"
)


def plainly_fine(data: Any) -> bool:
    """Whether ``data`` (plain dicts, lists and scalars from the fast parsers, whose keys
    are text) is within the depth and string-length limits. A quick walk with no
    positions: when it says no, the loader reads the file again with positions, and
    :func:`plain_tree` words the problem at its place."""
    depth_limit = limits.DEPTH.value
    length_limit = limits.STRING_LENGTH.value
    level: list[Any] = [data]
    for _depth in range(depth_limit):  # one level of the tree at a time
        deeper: list[Any] = []
        for node in level:
            values = node.values() if type(node) is dict else node
            for value in values:
                kind = type(value)
                if kind is str:
                    if len(value) > length_limit:
                        return False
                elif kind is dict or kind is list:
                    deeper.append(value)
        if not deeper:
            return True
        level = deeper
    return False


def plain_tree(data: Any, where: Callable[[PathKey], Position]) -> Any:
    """``data`` (ruamel's containers) as plain dicts and lists, every value checked.

    ``where`` gives the position of a value from its path of keys, for messages.
    """
    return _Walk(where).value(data, ())[0]
