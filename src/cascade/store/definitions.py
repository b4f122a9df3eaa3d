"""Cascade definitions as the stores keep them: the canonical file-layer JSON.

A definition is stored as written (groups not expanded), so that loading it
back runs the same checks and expansion as loading the YAML file. The JSON is
canonical (keys sorted, no insignificant white space, UTF-8 text kept) so that
its digest says whether a definition changed.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from functools import lru_cache

import jiter
from pydantic import ValidationError

from cascade.boundary.collector import no_gc
from cascade.engine.lifecycle import LifecycleDefinition
from cascade.errors import InputError, StoreError
from cascade.files.loader import expand, validate_parsed
from cascade.model import Cascade, CascadeFile


def to_json(cascade: CascadeFile | Cascade) -> str:
    """The canonical JSON of a definition (an expanded cascade is a valid file too)."""
    data = cascade.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(text: str, lifecycle: str | None = None) -> str:
    """SHA-256 of the canonical JSON (and of the lifecycle's, when stored), hex."""
    sha = hashlib.sha256(text.encode("utf-8"))
    if lifecycle is not None:
        sha.update(b"\0" + lifecycle.encode("utf-8"))
    return sha.hexdigest()


def lifecycle_json(lifecycle: LifecycleDefinition | None) -> str | None:
    """The canonical JSON of a lifecycle definition."""
    if lifecycle is None:
        return None
    data = lifecycle.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def lifecycle_from_json(text: str | None, where: str) -> LifecycleDefinition | None:
    """The stored lifecycle definition of a cascade; StoreError if unreadable."""
    if text is None:
        return None
    try:
        return _lifecycle(text)
    except ValidationError as exc:
        raise unreadable(f"the stored lifecycle of {where}", exc) from None


@lru_cache(maxsize=16)
def _lifecycle(text: str) -> LifecycleDefinition:
    """A stored lifecycle's text read once (``record`` reads it for every event)."""
    return LifecycleDefinition.model_validate_json(text)


def from_stored(blob: bytes, where: str) -> Cascade:
    """The expanded cascade of a stored definition (its JSON, zlib-compressed as the SQL
    stores keep it); StoreError if the stored bytes are bad.

    The references were checked when the definition was stored, so they are not
    checked again (at a million obligations that was most of the load), and the
    collector is paused: the models hold no cycles, and a full collection every
    few thousand objects walks them all again. The JSON is parsed by jiter and checked a
    chunk of obligations at a time, as a file is: pydantic's own JSON validation held the
    whole document parsed beside the models (3.4 GB at a million obligations, 2.4 here).
    """
    try:
        with no_gc():
            data = jiter.from_json(zlib.decompress(blob))  # bad UTF-8 is jiter's to refuse
            if not isinstance(data, dict):
                raise InputError("the stored JSON is not an object")
            return expand(validate_parsed(CascadeFile, data), check=False)
    # zlib's, jiter's and pydantic's (ValidationError is a ValueError)
    except (zlib.error, ValueError, InputError) as exc:
        raise unreadable(f"the stored definition of {where}", exc) from None


def unreadable(what: str, exc: Exception) -> StoreError:
    """A StoreError for a stored text changed outside cascade: the first problem only."""
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False)[0]
        place = ".".join(str(p) for p in first["loc"])
        detail = f"{place}: {first['msg']}" if place else first["msg"]
    else:
        detail = str(exc).splitlines()[0]
    return StoreError(
        f"{what} is unreadable ({detail}); it was changed outside cascade: store the "
        "cascade again with `cascade db load --replace FILE`"
    )


def check_replacement(cascade_id: str, tracked: Iterable[str], new: Cascade) -> None:
    """Refuse a new definition that drops obligations which have events."""
    kept = {ob.id for ob in new.obligations}
    dropped = sorted(ob for ob in tracked if ob not in kept)
    if dropped:
        shown = ", ".join(dropped[:10]) + (
            f" and {len(dropped) - 10} more" if len(dropped) > 10 else ""
        )
        raise InputError(
            f"the new definition of {cascade_id} drops obligations that have events: {shown}; "
            "nothing changed"
        )


def already_stored(cascade_id: str) -> InputError:
    """The error for saving a different definition under a stored id without ``replace``."""
    return InputError(
        f"cascade {cascade_id} is already stored with a different definition; "
        "load it with --replace (library: replace=True) to replace it"
    )
