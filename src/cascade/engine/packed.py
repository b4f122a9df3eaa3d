"""A cascade's compiled columns (:class:`~cascade.engine.compiled.Tables`) as bytes, and back.

A store keeps them beside the definition, so that tracking a stored cascade of a
million obligations starts from its columns (about a second) instead of validating and
expanding the definition and compiling it again (about twenty). The format is safe to
read from an untrusted database: a JSON header (ids, sparse maps, recurring deadlines)
and the typed arrays as raw bytes, all zlib-compressed; nothing is unpickled. What the
columns can be rebuilt from (the id indexes, the holders' ids) is rebuilt, not stored.
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from typing import Any

from cascade.engine.compiled import Tables
from cascade.model import RecurringDeadline

FORMAT = 1
_ARRAYS = ("doc", "lead", "issuer", "report_to", "via", "parent", "group", "group_parent",
           "group_doc", "group_k", "due_day", "due_extra")  # fmt: skip
_BYTES = ("group_mode", "due_kind")
_PLAIN = ("ob_ids", "org_ids", "doc_ids", "milestone_ids", "milestone_dates", "org_lo",
          "org_hi", "org_level")  # fmt: skip
_SPARSE = ("coordinators", "parent_groups", "org_successors", "written_states")


class PackedError(ValueError):
    """The bytes are not packed tables of this version (a store rebuilds them)."""


def pack(tables: Tables) -> bytes:
    """``tables`` as bytes (see the module docstring)."""
    blobs = [getattr(tables, name).tobytes() for name in _ARRAYS]
    blobs += [bytes(getattr(tables, name)) for name in _BYTES]
    header: dict[str, Any] = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "sizes": [len(b) for b in blobs],
        "bounded_ids": sorted(tables.bounded_ids),
        "recurring": [[d.model_dump(mode="json"), start] for d, start in tables.recurring],
        **{name: _finite(getattr(tables, name)) for name in _PLAIN},
        **{name: [[k, v] for k, v in getattr(tables, name).items()] for name in _SPARSE},
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(len(head).to_bytes(8, "little") + head + b"".join(blobs), 1)


def unpack(data: bytes) -> Tables:
    """The tables :func:`pack` gave ``data`` for; PackedError if it cannot be read."""
    try:
        raw = zlib.decompress(data)
        size = int.from_bytes(raw[:8], "little")
        header = json.loads(raw[8 : 8 + size])
        if header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
            raise PackedError("packed tables of another format or byte order")
        return _tables(header, memoryview(raw)[8 + size :])
    except (zlib.error, ValueError, KeyError, TypeError, IndexError) as exc:
        raise PackedError(f"unreadable packed tables: {exc}") from None


def _tables(header: dict[str, Any], body: memoryview) -> Tables:
    columns: dict[str, Any] = {}
    at = 0
    for name, size in zip((*_ARRAYS, *_BYTES), header["sizes"], strict=True):
        chunk = body[at : at + size]
        at += size
        if name in _BYTES:
            columns[name] = bytes(chunk)
        else:
            columns[name] = column = array("i")
            column.frombytes(chunk)
    if at != len(body):
        raise PackedError("packed tables of the wrong length")
    ob_ids, org_ids = header["ob_ids"], header["org_ids"]
    lead, issuer, report_to = columns["lead"], columns["issuer"], columns["report_to"]
    return Tables(
        ob_ids=ob_ids,
        ob_index={ob: i for i, ob in enumerate(ob_ids)},
        org_ids=org_ids,
        org_index={org: i for i, org in enumerate(org_ids)},
        doc_ids=header["doc_ids"],
        lead_id=[org_ids[a] for a in lead],
        issuer_id=[org_ids[a] for a in issuer],
        report_to_id=[org_ids[a] for a in report_to],
        coordinators={k: tuple(v) for k, v in header["coordinators"]},
        parent_groups={k: tuple(v) for k, v in header["parent_groups"]},
        org_successors={k: tuple(v) for k, v in header["org_successors"]},
        written_states=dict(header["written_states"]),
        recurring=[(RecurringDeadline.model_validate(d), s) for d, s in header["recurring"]],
        milestone_ids=header["milestone_ids"],
        milestone_dates=header["milestone_dates"],
        org_lo=[_infinite(x) for x in header["org_lo"]],
        org_hi=[_infinite(x) for x in header["org_hi"]],
        bounded_ids=frozenset(header["bounded_ids"]),
        org_level=header["org_level"],
        **columns,
    )


def _finite(values: list[Any]) -> list[Any]:
    """JSON has no infinities: ±inf as the strings "inf" and "-inf"."""
    return [str(v) if isinstance(v, float) and v in (float("inf"), -float("inf")) else v
            for v in values]  # fmt: skip


def _infinite(value: float | str) -> float:
    return float(value)
