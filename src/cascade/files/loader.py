"""Read cascade files (YAML, JSON accepted) into the model, with file:line:col errors.

A file is parsed fast first (:mod:`cascade.files.fast_parse`: libyaml or the json
module, no positions); only when it cannot be read that way, or does not fit the model,
is it parsed again with ruamel.yaml's round-trip parser, which knows where every value
was written, to word each problem at its place. So a file that is fine costs what its
parsing costs, and every message still names its file:line:col, the same message on
either way in.

Two steps, usable apart:

* :func:`read` parses and checks the shape of a file, giving the file-layer
  :class:`~cascade.model.CascadeFile` and a :class:`SourceMap` that knows where
  every value was written;
* :func:`expand` checks every reference and expands group addressees, giving
  the :class:`~cascade.model.Cascade` the rest of the library works on.

:func:`load` does both. Every problem is a :class:`~cascade.errors.CascadeFileError`
naming the place; all problems of a file are reported together.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from cascade.boundary import limits
from cascade.boundary.collector import no_gc
from cascade.boundary.untrusted import plain_tree, plainly_fine
from cascade.errors import CascadeFileError, Position
from cascade.model import FORMAT_VERSION, Cascade, CascadeFile, Obligation, Reassignment

PathKey = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

CHUNK = 20_000  # obligations a validation call takes, in a large file
KEEP_TEXT = 8 << 20  # characters: a larger file's text is not kept for its messages

_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16",
}  # fmt: skip


@dataclass
class SourceMap:
    """Where each value of a cascade file was written.

    ``position(("obligations", 3, "lead"))`` gives the line and column of that
    value (or of the nearest enclosing node that exists). A file read the fast way
    keeps only its ``text``: the positions (and the lines) are made from it when
    first asked for, which a file that is fine mostly never is.
    """

    path: str
    root: Any = None
    kept: str | None = field(default="", repr=False)  # the text; None: read the file again
    positioned: bool = field(default=False, repr=False)  # ruamel has read the text

    @property
    def text(self) -> str:
        """The file's text (NFC): kept, or read again for a large file."""
        if self.kept is not None:
            return self.kept
        with contextlib.suppress(CascadeFileError):
            return _read_text(Path(self.path))[0]
        return ""

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines (for messages that quote one, and suppression comments)."""
        return self.text.splitlines()

    def _positions(self) -> Any:
        if self.root is None and not self.positioned:
            self.positioned = True
            with contextlib.suppress(CascadeFileError):  # read fine the fast way: line 1
                self.root = _parse_yaml(self.text, self)
        return self.root

    def position(self, key: PathKey = (), *, at_key: bool = False) -> Position:
        """Position of the value at ``key``; falls back to its nearest ancestor.

        With ``at_key``, the position of the last key itself (for unknown keys).
        """
        node, line, col = self._positions(), 0, 0
        if node is None:
            return Position(self.path, 1, 1)
        for index, part in enumerate(key):
            last = index == len(key) - 1
            child_pos = self._child_position(node, part, at_key=at_key and last)
            if child_pos is None:
                # a pydantic union tag ("absolute") or a missing key: stay on the parent
                continue
            line, col = child_pos
            node = node[part]
        return Position(self.path, line + 1, col + 1)

    def line_text(self, line: int) -> str:
        """The source text of 1-based ``line`` ('' when out of range)."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    @staticmethod
    def _child_position(node: Any, part: str | int, *, at_key: bool) -> tuple[int, int] | None:
        lc = getattr(node, "lc", None)
        if lc is None:
            return None
        if isinstance(node, Mapping) and part in node:
            # point at the key for containers (where the block starts), at the value for scalars
            value = node[part]
            try:
                if at_key or isinstance(value, Mapping | list):
                    return lc.key(part)  # type: ignore[no-any-return]
                return lc.value(part)  # type: ignore[no-any-return]
            except KeyError:  # brought in by a merge key (<<): no place of its own
                return None
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            return lc.item(part)  # type: ignore[no-any-return]
        return None


_FORMAT_LINE = re.compile(r"""^\s*"?format"?\s*:\s*["']?([\w./-]+)""", re.MULTILINE)


def declared_format(path: str | Path) -> str | None:
    """The ``format`` a file declares at its top (``cascade/1``, ``lifecycle/1``), if any.

    A cheap look at the text, for telling cascade files from other YAML in a folder;
    it checks nothing else.
    """
    try:
        with Path(path).open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    found = _FORMAT_LINE.search(head)
    return found.group(1) if found else None


def read(path: str | Path) -> tuple[CascadeFile, SourceMap]:
    """Parse ``path`` and check its shape; references are not checked yet."""
    return read_model(
        path, CascadeFile, "a cascade file must be a mapping with 'format', 'cascade', ..."
    )


def read_model(
    path: str | Path, model: type[M], shape: str = "the file must be a mapping"
) -> tuple[M, SourceMap]:
    """Parse the YAML (or JSON) file ``path`` into ``model``, with file:line:col errors.

    ``shape`` is the message when the file is not a mapping. Used for cascade
    files and for other YAML the library reads (lifecycle definitions).
    """
    text, source = _read_text(Path(path))
    is_json = Path(path).suffix.lower() == ".json"
    with no_gc():  # parsed data and models: millions of objects, no cycles
        fast = _parse_json(text, source) if is_json else _fast_yaml(text)
        if isinstance(fast, dict) and plainly_fine(fast):
            del text  # a large file's text is not held while its models are made
            try:
                validated = validate_parsed(model, fast)
            except ValidationError:
                text = source.text  # worded below, at the places ruamel knows
            else:
                return validated, source
    return _validated(model, _parse_yaml(text, source), source, shape), source


def validate_parsed(model: type[M], data: dict[str, Any]) -> M:
    """``data`` (parsed, without positions) checked against ``model``; raises pydantic's
    ValidationError. A cascade file's obligations a chunk at a time,
    each chunk's parsed dicts let go as it is checked, so that a file of a million
    obligations never holds all its dicts and all its models at once."""
    obligations = data.get("obligations")
    if model is not CascadeFile or not isinstance(obligations, list) or len(obligations) < CHUNK:
        return model.model_validate(data)
    checked = model.model_validate({**data, "obligations": []})
    data["obligations"] = None
    done: list[Obligation] = []
    for start in range(0, len(obligations), CHUNK):
        chunk = obligations[start : start + CHUNK]
        obligations[start : start + CHUNK] = [None] * len(chunk)
        done += _obligations().validate_python(chunk)
        del chunk
    return checked.model_copy(update={"obligations": tuple(done)})


@cache
def _obligations() -> TypeAdapter[list[Obligation]]:
    """The check of a chunk of obligations (built on first use: large files only)."""
    return TypeAdapter(list[Obligation])


def _validated(model: type[M], data: Any, source: SourceMap, shape: str) -> M:
    """``data`` (as ruamel read it, with positions) checked against ``model``."""
    if not isinstance(data, Mapping):
        raise CascadeFileError(shape, source.position())
    source.root = data
    plain = plain_tree(data, source.position)
    if model is CascadeFile:
        _refuse_interchange(plain, source)
    try:
        return model.model_validate(plain)
    except ValidationError as exc:
        raise _from_validation_error(exc, source) from None


def _refuse_interchange(data: Mapping[str, Any], source: SourceMap) -> None:
    """One clear message for the JSON `cascade export` writes, not one per obligation for
    every key in which the two formats differ."""
    from cascade.files.interchange import INTERCHANGE_VERSION

    if data.get("format") == INTERCHANGE_VERSION:
        raise CascadeFileError(
            f"this is the interchange JSON that `cascade export` writes ({INTERCHANGE_VERSION}),"
            f" not a cascade file ({FORMAT_VERSION}): give the cascade file it was exported "
            "from",
            source.position(("format",)),
        )


def load(path: str | Path) -> Cascade:
    """Read ``path``, check every reference and expand groups."""
    cascade_file, source = read(path)
    return expand(cascade_file, source)


def loads(text: str, name: str = "<string>") -> Cascade:
    """Like :func:`load`, for YAML or JSON text already in memory."""
    text = unicodedata.normalize("NFC", text)
    source = SourceMap(name, kept=text)
    fast = _fast_yaml(text)
    if isinstance(fast, dict) and plainly_fine(fast):
        try:
            cascade_file = CascadeFile.model_validate(fast)
        except ValidationError:
            pass  # worded below, at the places ruamel knows
        else:
            return expand(cascade_file, source)
    shape = "a cascade file must be a mapping"
    return expand(_validated(CascadeFile, _parse_yaml(text, source), source, shape), source)


def expand(
    cascade_file: CascadeFile, source: SourceMap | None = None, *, check: bool = True
) -> Cascade:
    """Check references and expand group addressees into one obligation per member.

    ``check=False`` skips the reference checks, for a caller that has run them
    itself (``cascade validate`` runs each as a rule and expands only when no id
    dangles).
    """
    with no_gc():  # a million obligations copied: the collector would walk them again
        return _expand(cascade_file, source, check)


def _expand(cascade_file: CascadeFile, source: SourceMap | None, check: bool) -> Cascade:
    from cascade.files.crossrefs import check_references

    oversized = _oversized_groups(cascade_file)
    if oversized:  # named by the group's id: its line would cost parsing the file again
        where = Position(source.path if source else "<cascade>")
        raise _combine([CascadeFileError(message, where) for _, message in oversized])
    problems = check_references(cascade_file) if check else []
    if problems:
        raise _errors(problems, source or SourceMap("<cascade>"))
    obligations = cascade_file.obligations
    if cascade_file.groups:  # a file written out by a machine has none: nothing to expand
        groups = {g.id: g.members for g in cascade_file.groups}
        parents = {o.id: o.parent for o in cascade_file.organisations}
        obligations = _expand_obligations(obligations, groups, parents)
    fields = {name: getattr(cascade_file, name) for name in CascadeFile.model_fields}
    fields["obligations"] = obligations
    if cascade_file.amendments and cascade_file.groups:  # a group named: its members instead
        groups = {g.id: g.members for g in cascade_file.groups}
        fields["amendments"] = tuple(
            a.model_copy(update={"coordinators": tuple(_members(a.coordinators, groups))})
            if isinstance(a, Reassignment) and a.coordinators
            else a
            for a in cascade_file.amendments
        )
    return Cascade.model_construct(**fields)


def _oversized_groups(cascade_file: CascadeFile) -> list[tuple[PathKey, str]]:
    most = limits.GROUP_SIZE.value
    return [
        (("groups", i, "members"), f"group {g.id!r} has {len(g.members)} members, more than "
         f"{most} " + limits.GROUP_SIZE.advice())
        for i, g in enumerate(cascade_file.groups)
        if len(g.members) > most
    ]  # fmt: skip


def _expand_obligations(
    obligations: Sequence[Obligation],
    groups: Mapping[str, tuple[str, ...]],
    parents: Mapping[str, str | None],
) -> tuple[Obligation, ...]:
    expanded_ids: dict[str, list[str]] = {}
    out: list[Obligation] = []
    for ob in obligations:
        coordinators = tuple(_members(ob.coordinators, groups))
        if ob.lead in groups:
            ids = [f"{ob.id}@{member}" for member in groups[ob.lead]]
            expanded_ids[ob.id] = ids
            out.extend(
                ob.model_copy(
                    update={
                        "id": new_id,
                        "lead": member,
                        "template": ob.id,
                        "coordinators": _without(coordinators, member, ob.coordinators),
                    }
                )
                for new_id, member in zip(ids, groups[ob.lead], strict=True)
            )
        elif coordinators != ob.coordinators:  # a group among them: its members instead
            kept = _without(coordinators, ob.lead, ob.coordinators)
            out.append(ob.model_copy(update={"coordinators": kept}))
        else:
            out.append(ob)
    if expanded_ids:
        out = [_link_parent(ob, expanded_ids, parents) for ob in out]
    return tuple(out)


def _link_parent(
    ob: Obligation, expanded_ids: Mapping[str, list[str]], parents: Mapping[str, str | None]
) -> Obligation:
    """Point ``implements`` at the copy of an expanded clause held by the lead or its superior.

    A body that implements a clause addressed to a group implements the copy held
    by itself (a member) or by the nearest member above it. Without one, the
    clause id stays and the validator reports it.
    """
    if ob.implements is None or ob.implements not in expanded_ids:
        return ob
    copies = set(expanded_ids[ob.implements])
    holder: str | None = ob.lead
    seen: set[str] = set()
    while holder is not None and holder not in seen:
        candidate = f"{ob.implements}@{holder}"
        if candidate in copies:
            return ob.model_copy(update={"implements": candidate})
        seen.add(holder)
        holder = parents.get(holder)
    return ob


def _without(expanded: tuple[str, ...], lead: str, written: tuple[str, ...]) -> tuple[str, ...]:
    """The coordinators with ``lead`` left out when only a group brought it in ("các sở,
    ngành liên quan" phối hợp, the lead being one of them); a lead named as its own
    coordinator stays, for the validator to report (CAS207)."""
    if lead not in expanded or lead in written:
        return expanded
    return tuple(c for c in expanded if c != lead)


def _members(ids: Iterable[str], groups: Mapping[str, tuple[str, ...]]) -> Iterable[str]:
    seen: set[str] = set()
    for ref in ids:
        for member in groups.get(ref, (ref,)):
            if member not in seen:
                seen.add(member)
                yield member


def _read_text(path: Path) -> tuple[str, SourceMap]:
    name = str(path)
    most = limits.FILE_SIZE.value
    try:
        raw = _bounded_read(path, most)
    except FileNotFoundError:
        raise CascadeFileError("no such file", Position(name)) from None
    except IsADirectoryError:
        raise CascadeFileError("is a directory, not a cascade file", Position(name)) from None
    except OSError as exc:
        raise CascadeFileError(f"cannot read: {exc.strerror}", Position(name)) from None
    for bom, encoding in _BOMS.items():
        if raw.startswith(bom):
            raise CascadeFileError(f"file is {encoding}; save it as UTF-8", Position(name, 1, 1))
    if b"\x00" in raw:
        raise CascadeFileError(
            "file holds NUL bytes; not a UTF-8 text file", _byte_position(name, raw, raw.index(0))
        )
    if len(raw) > most:
        raise CascadeFileError(
            f"the file has more than {most} bytes " + limits.FILE_SIZE.advice(), Position(name)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CascadeFileError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            _byte_position(name, raw, exc.start),
        ) from None
    text = unicodedata.normalize("NFC", text)
    # a large file is read again should a message need its text: not kept beside its models
    return text, SourceMap(name, kept=text if len(text) <= KEEP_TEXT else None)


def _bounded_read(path: Path, most: int) -> bytes:
    """At most ``most + 1`` bytes of ``path`` (a device such as /dev/zero never ends); a
    head of NUL bytes, the mark of a binary file, stops the reading early."""
    with path.open("rb") as handle:
        head = handle.read(min(most + 1, 65_536))
        if b"\x00" in head or len(head) < 65_536:
            return head
        return head + handle.read(most + 1 - len(head))


def _byte_position(name: str, raw: bytes, offset: int) -> Position:
    line = raw.count(b"\n", 0, offset) + 1
    return Position(name, line, offset - (raw.rfind(b"\n", 0, offset) + 1) + 1)


def _fast_yaml(text: str) -> Any:
    """libyaml's reading of ``text`` (None: ruamel must decide). Imported when a file is
    first read, so that a command that reads none (``record``) starts without a parser."""
    from cascade.files.fast_parse import parse_yaml

    return parse_yaml(text)


def _parse_json(text: str, source: SourceMap) -> Any:
    # YAML accepts what JSON does not (trailing commas, comments): a .json file must be JSON
    from cascade.files.fast_parse import parse_json

    try:
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        raise CascadeFileError(
            f"JSON syntax: {exc.msg}", Position(source.path, exc.lineno, exc.colno)
        ) from None
    if data is None:  # undecided: a NaN or an Infinity is worded here, the rest by ruamel
        _refuse_constants(text, source)
    return data


def _refuse_constants(text: str, source: SourceMap) -> None:
    """Refuse ``NaN`` and ``Infinity``, which Python's json accepts and JSON does not."""
    try:
        json.loads(text, parse_constant=_no_constant)
    except _ConstantError as exc:
        offset = max(text.find(exc.args[0]), 0)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise CascadeFileError(
            f"JSON syntax: {exc.args[0]} is not a JSON number", Position(source.path, line, column)
        ) from None
    except RecursionError:
        raise _too_deep(source) from None
    except ValueError:
        pass  # a duplicate key or a number too long: ruamel words them at their place


class _ConstantError(ValueError):
    """A ``NaN`` or ``Infinity`` literal, which Python's json accepts and JSON does not."""


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


def _too_deep(source: SourceMap) -> CascadeFileError:
    return CascadeFileError(
        "values nested too deeply to parse (more than the parser's stack holds, about 1000 "
        f"levels; the depth limit is {limits.DEPTH.value} levels)",
        Position(source.path),
    )


def _parse_yaml(text: str, source: SourceMap) -> Any:
    # ruamel is imported only here, when positions are needed: a file that is fine never is
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    # dates stay text here so that pydantic checks them and a bad one gets its line and column
    yaml.constructor.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
    if not text.strip():
        raise CascadeFileError("file is empty", Position(source.path, 1, 1))
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(source.path, mark.line + 1, mark.column + 1) if mark else None
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        if "found duplicate key" in str(exc):
            quoted = str(exc.problem).split('"')
            key = f" {quoted[1]!r}" if len(quoted) > 2 else ""
            raise CascadeFileError(f"duplicate key{key}", position) from None
        raise CascadeFileError(f"YAML syntax: {problem}", position) from None
    except YAMLError as exc:
        raise CascadeFileError(f"YAML syntax: {exc}", Position(source.path)) from None
    except RecursionError:
        raise _too_deep(source) from None
    except ValueError as exc:  # a number of more than 4300 digits, which int() refuses
        raise _unreadable_value(exc, text, source) from None


def _unreadable_value(exc: ValueError, text: str, source: SourceMap) -> CascadeFileError:
    long_number = re.search(r"\d{4300,}", text)
    if long_number is None:
        return CascadeFileError(f"YAML value cannot be read: {exc}", Position(source.path))
    offset = long_number.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return CascadeFileError(
        f"a number of {len(long_number.group())} digits is longer than can be read (4300)",
        Position(source.path, line, column),
    )


def _timestamp_as_text(constructor: Any, node: Any) -> str:
    return str(node.value)


def _from_validation_error(exc: ValidationError, source: SourceMap) -> CascadeFileError:
    errors = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        where = ".".join(str(p) for p in loc)
        at_key = False
        if err["type"] == "extra_forbidden":
            message = f"unknown key {loc[-1]!r}"
            if len(loc) > 1:
                message += f" in {'.'.join(str(p) for p in loc[:-1])}"
            at_key = True
        elif err["type"] == "missing":
            message = f"missing required key {where!r}"
        elif err["type"] == "string_pattern_mismatch":  # the one pattern is the id rule
            message = (
                f"{where}: {err['input']!r} is not an id "
                "(no spaces, commas, semicolons or invisible characters)"
            )
        else:
            message = f"{where}: {err['msg']}"
            if err["type"] != "union_tag_invalid" and "input" in err:
                message += f" (got {_short(err['input'])})"
        errors.append(CascadeFileError(message, source.position(loc, at_key=at_key)))
    return _combine(errors)


def _errors(problems: Sequence[tuple[PathKey, str]], source: SourceMap) -> CascadeFileError:
    return _combine([CascadeFileError(message, source.position(loc)) for loc, message in problems])


def _combine(errors: list[CascadeFileError]) -> CascadeFileError:
    errors.sort(key=_sort_key)
    return CascadeFileError(errors[0].message, errors[0].position, more=tuple(errors[1:]))


def _sort_key(error: CascadeFileError) -> tuple[int, int]:
    position = error.position
    return (position.line or 0, position.column or 0) if position else (0, 0)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
