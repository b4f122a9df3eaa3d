"""Parsing a file that is fine, fast: libyaml (PyYAML's C parser) and the json module.

ruamel.yaml's round-trip parser keeps the line and column of every node, which every
message about a file needs, but it is pure Python and spends about 1.7 ms on each
explicit obligation. A file that is fine needs no positions. So the loader reads a file
here first and goes to ruamel only to word a problem (:mod:`cascade.files.loader`).

What is read here is what ruamel reads, or nothing: implicit types are resolved with
ruamel's own YAML 1.2 patterns, and wherever the two could differ (anchors and aliases,
merge keys, tags, duplicate keys, numbers in other spellings than plain decimals, more
than one document) :func:`parse` gives up and returns None, and the positions-keeping
parser decides. Tests hold the two equal on generated documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Hashable
from typing import Any

import jiter
import yaml
from yaml._yaml import CParser

from cascade.boundary import limits
from cascade.boundary.untrusted import UNSAFE_ESCAPE

_UNDECIDED: Any = object()


class _UndecidedError(Exception):
    """The positions-keeping parser must decide (or word the problem)."""


# tags start a token with !, merge keys are <<, and ruamel refuses some tabs libyaml takes
_RISKY = re.compile(r"(?:^|[\s\[\]{},:-])!|<<|\t")
# anchors (&name) and aliases (*name): read here while they repeat little
_ANCHOR = re.compile(r"(?:^|[\s\[\]{},:-])&([^\s\[\]{},]*)")
_ALIAS = re.compile(r"(?:^|[\s\[\]{},:-])\*")
# a block scalar's header ("|", ">-", "|2+" …) where a value starts; ruamel refuses some
# headers libyaml takes, so a header other than the plain ones is left to it
_BLOCK = re.compile(r"(?:^|[\s:-])[|>](\S*)")
_PLAIN_HEADER = re.compile(r"[+-]?[1-9]?|[1-9][+-]")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_SPECIAL_FLOATS = {
    **{f"{sign}.{inf}": float(f"{sign or '+'}inf") for sign in ("", "+", "-")
       for inf in ("inf", "Inf", "INF")},
    **{f".{nan}": float("nan") for nan in ("nan", "NaN", "NAN")},
}  # fmt: skip


class _Resolver(yaml.resolver.BaseResolver):
    """The YAML 1.2 core schema as ruamel.yaml resolves it (ruamel/yaml/resolver.py)."""


for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", [*"tTfF"]),
    (
        "float",
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        [*"-+0123456789."],
    ),
    (
        "int",
        r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$",
        [*"-+0123456789"],
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (
        "timestamp",
        r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \t]+)[0-9][0-9]?
        :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
        (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
        [*"0123456789"],
    ),
    ("value", r"^(?:=)$", ["="]),
):
    _Resolver.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern, re.X), _first)


class _Constructor(yaml.constructor.SafeConstructor):
    """Plain dicts, lists and scalars, as the loader makes of ruamel's nodes; dates stay
    text (pydantic checks them); anything ruamel might read otherwise is undecided."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Hashable, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise _UndecidedError
        out: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, dict | list):
                raise _UndecidedError
            key = str(key)
            if key in out:  # a duplicate key: ruamel refuses it, with its place
                raise _UndecidedError
            out[key] = self.construct_object(value_node, deep=deep)
        return out

    def construct_yaml_int(self, node: Any) -> int:
        text = self.construct_scalar(node)
        if not _DECIMAL.fullmatch(text) or len(text) > 100:
            raise _UndecidedError
        return int(text)

    def construct_yaml_float(self, node: Any) -> float:
        text = self.construct_scalar(node)
        if "_" in text:
            raise _UndecidedError
        special = _SPECIAL_FLOATS.get(text)
        return special if special is not None else float(text)

    def construct_yaml_timestamp(self, node: Any) -> Any:  # the text, not a date
        return str(self.construct_scalar(node))

    def construct_undefined(self, node: Any) -> Any:
        raise _UndecidedError


_Constructor.yaml_constructors = {
    **yaml.constructor.SafeConstructor.yaml_constructors,
    "tag:yaml.org,2002:int": _Constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _Constructor.construct_yaml_float,
    "tag:yaml.org,2002:timestamp": _Constructor.construct_yaml_timestamp,
    None: _Constructor.construct_undefined,
    **{
        f"tag:yaml.org,2002:{tag}": _Constructor.construct_undefined
        for tag in ("value", "merge", "binary", "omap", "pairs", "set")
    },
}


class _Loader(CParser, _Constructor, _Resolver):
    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


def parse_yaml(text: str) -> Any:
    """The data of a YAML text that is plainly fine, or None (ruamel must decide)."""
    if (
        _RISKY.search(text)
        or UNSAFE_ESCAPE.search(text)
        or any(not _PLAIN_HEADER.fullmatch(m.group(1)) for m in _BLOCK.finditer(text))
    ):
        return None
    anchors = _ANCHOR.findall(text)
    if len(set(anchors)) != len(anchors):  # a reused anchor: ruamel warns of it
        return None
    if any(":" in anchor for anchor in anchors):  # "&0:0": the two parsers end it apart
        return None
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
        if anchors and _ALIAS.search(text) and _tree_size(data, {}) > limits.ALIASES.value:
            return None  # maybe an alias bomb: the positions-keeping path counts the copies
        return data
    except (_UndecidedError, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    finally:
        loader.dispose()


def _tree_size(value: Any, seen: dict[int, int]) -> int:
    """How many values ``value`` stands for once every alias is written out."""
    if not isinstance(value, dict | list):
        return 1
    known = seen.get(id(value))
    if known is None:
        items = value.values() if isinstance(value, dict) else value
        known = seen[id(value)] = 1 + sum(_tree_size(item, seen) for item in items)
    return known


def parse_json(text: str) -> Any:
    """The data of a JSON text that is plainly fine (no duplicate key, no NaN or Infinity),
    or None; a syntax error raises :class:`json.JSONDecodeError` (with its place).

    jiter (pydantic's JSON parser) reads a text that is fine: it shares repeated strings
    (half the memory of the json module's objects for a million obligations) and finds
    duplicate keys itself. Whatever it refuses is read again by the json module, which
    words a syntax error as before or leaves the rest to the positions-keeping parser.
    """
    if UNSAFE_ESCAPE.search(text):
        return None  # a NUL or a lone surrogate: refused at its place on the other path
    try:
        return jiter.from_json(text.encode(), allow_inf_nan=False, catch_duplicate_keys=True)
    except ValueError:
        return _parse_json_module(text)


def _parse_json_module(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique, parse_constant=_no_constant)
    except _UndecidedError:
        return None
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise
        return None  # an integer too long to convert: ruamel words it
    except RecursionError:
        return None


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _UndecidedError
    return out


def _no_constant(name: str) -> Any:
    raise _UndecidedError
