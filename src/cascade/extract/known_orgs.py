"""Known organisations (``--orgs``) and matching names against them.

A registry is any cascade file (its organisations, groups, levels and milestones are
used) or a YAML file holding only ``organisations:`` and ``groups:`` lists. Names are
compared by :func:`name_key`: folded (no diacritics, case-free), abbreviations expanded
("UBND" = "Ủy ban nhân dân", "Sở TT&TT" = "Sở Thông tin và Truyền thông"), "và" and
punctuation ignored. A name also matches a registry entry that only adds a place
("Ban Biên tập Cổng Thông tin điện tử tỉnh" → "… tỉnh Kiên Giang").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cascade.errors import ExtractError
from cascade.extract.lexicon import ABBREVIATIONS
from cascade.extract.text import fold
from cascade.files.fast_parse import parse_yaml
from cascade.model import Group, Level, Milestone, Organisation

_SPLIT = re.compile(r"[\s,.;:()“”\"'/]+")
_TERM = re.compile(r"\b(?:khoa|nhiem ky)\s+(?:[ivxlc]+|\d{4}(?:\s*-\s*\d{4})?)\b")
_PLACE_WORDS = {"tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong", "tp"}


def name_key(name: str) -> str:
    """The form names are compared in: 'Sở TT&TT' and 'Sở Thông tin và Truyền thông' agree."""
    folded = _TERM.sub(" ", fold(name))
    tokens: list[str] = []
    for raw in _SPLIT.split(folded):
        if not raw or raw in {"-", "&", "–"}:
            continue
        if raw in ABBREVIATIONS:
            tokens.extend(ABBREVIATIONS[raw].split())
            continue
        for piece in re.split(r"[-&–]+", raw):
            if not piece:
                continue
            tokens.extend(ABBREVIATIONS.get(piece, piece).split())
    tokens = [t for t in tokens if t != "va"]
    if tokens and tokens[0] == "cac":
        tokens = tokens[1:]
    return " ".join(tokens)


def is_place_suffix(rest: str) -> bool:
    """True when ``rest`` (a name key's tail) only names a place: 'tinh kien giang'."""
    words = rest.split()
    return 0 < len(words) <= 5 and "cac" not in words


@dataclass
class Registry:
    """Organisations, groups, levels and milestones known before extraction."""

    organisations: tuple[Organisation, ...] = ()
    groups: tuple[Group, ...] = ()
    levels: tuple[Level, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    source: str = "<registry>"
    _org_keys: dict[str, str] = field(default_factory=dict, repr=False)
    _group_keys: dict[str, str] = field(default_factory=dict, repr=False)
    _codes: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for org in self.organisations:
            for name in (org.name, *org.short_names):
                self._org_keys.setdefault(name_key(name), org.id)
                if re.fullmatch(r"[A-ZĐ][A-Za-zĐđ0-9]*", name):
                    self._codes.setdefault(name, org.id)
        for group in self.groups:
            self._group_keys.setdefault(name_key(group.name), group.id)

    @property
    def by_id(self) -> dict[str, Organisation]:
        """Organisations by id."""
        return {org.id: org for org in self.organisations}

    def group(self, group_id: str) -> Group | None:
        """The group with ``group_id``, if any."""
        return next((g for g in self.groups if g.id == group_id), None)

    def match_group(self, name: str) -> str | None:
        """The id of the group called ``name``."""
        return self._group_keys.get(name_key(name))

    def match_org(self, name: str) -> str | None:
        """The id of the organisation called ``name`` (or that name plus a place)."""
        key = name_key(name)
        if not key:
            return None
        if key in self._org_keys:
            return self._org_keys[key]
        candidates = {
            org_id
            for known, org_id in self._org_keys.items()
            if known.startswith(key + " ") and is_place_suffix(known[len(key) + 1 :])
        }
        return candidates.pop() if len(candidates) == 1 else None

    def match_code(self, code: str) -> str | None:
        """The organisation whose short name is exactly the identifier code ``code``."""
        return self._codes.get(code)

    def milestone_for(self, key: str) -> Milestone | None:
        """A known milestone whose name reduces to ``key`` (see deadlines.milestone_key)."""
        from cascade.extract.found_deadline import milestone_key

        return next((m for m in self.milestones if milestone_key(m.name) == key), None)

    def closure(self, ids: Iterable[str]) -> list[str]:
        """``ids`` with every parent and successor they need, in registry order."""
        by_id = self.by_id
        wanted: set[str] = set()
        stack = [i for i in ids if i in by_id]
        while stack:
            org_id = stack.pop()
            if org_id in wanted:
                continue
            wanted.add(org_id)
            org = by_id[org_id]
            stack.extend(x for x in (org.parent, *org.successors) if x and x in by_id)
        return [org.id for org in self.organisations if org.id in wanted]


def load_registry(path: str | Path) -> Registry:
    """Read a registry: a cascade file, or a YAML/JSON file with organisations and groups."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ExtractError(f"{path}: no such registry file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractError(f"{path}: cannot read the registry ({exc})") from None
    data = parse_yaml(text)  # libyaml first; ruamel decides what it cannot read as plainly fine
    if data is None:
        data = _ruamel_load(text, path)
    if not isinstance(data, Mapping) or not ({"organisations", "groups"} & set(data)):
        raise ExtractError(f"{path}: a registry needs an 'organisations' or 'groups' list")
    try:
        return Registry(
            organisations=tuple(_items(data, "organisations", Organisation)),
            groups=tuple(_items(data, "groups", Group)),
            levels=tuple(_items(data, "levels", Level)),
            milestones=tuple(_items(data, "milestones", Milestone)),
            source=str(path),
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExtractError(f"{path}: bad registry entry ({where}: {first['msg']})") from None


def _ruamel_load(text: str, path: Path) -> Any:
    # imported here: libyaml reads nearly every registry, and ruamel is slow to import
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        return YAML(typ="safe").load(text)
    except YAMLError as exc:
        raise ExtractError(f"{path}: the registry is not valid YAML ({exc})") from None


def _items(data: Mapping[str, Any], key: str, model: type[Any]) -> list[Any]:
    raw = data.get(key) or []
    if not isinstance(raw, list):
        raise ExtractError(f"registry: '{key}' must be a list")
    return [model.model_validate(item) for item in raw]
