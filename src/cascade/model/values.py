"""What every model of a cascade is made of: NFC-normalised text, identifiers, days
and moments written as dates, lifecycle names, and the strict frozen base model."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
)

from cascade.boundary.untrusted import INVISIBLE

FORMAT_VERSION = "cascade/1"


_NORMAL: dict[str, str] = {}  # non-ASCII text as given -> normalised: once per distinct text
_NORMAL_MAX = 200_000


def _nfc(value: Any) -> Any:
    if value.__class__ is str:  # the common case first: it runs for every text of a cascade
        if value.isascii():
            return value.strip()
        # a cascade repeats its texts (actions, names): each is normalised once, and the
        # copies share one string (a million obligations' actions in one object each)
        normal = _NORMAL.get(value)
        if normal is None:
            if len(_NORMAL) >= _NORMAL_MAX:
                _NORMAL.clear()
            normal = _NORMAL[value] = unicodedata.normalize("NFC", value).strip()
        return normal
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


Text = Annotated[str, BeforeValidator(_nfc)]
"""A string normalised to NFC with surrounding white space removed."""

Id = Annotated[
    str,
    # constraints before the validator: pydantic then checks them in its core, not in Python
    # (the validator still runs first, so the normalised text is what is checked)
    Field(min_length=1, max_length=200, pattern=rf"^[^\s,;{INVISIBLE}]+$"),
    BeforeValidator(_nfc),
]
"""An identifier of something in a cascade: no spaces, commas, semicolons or invisible
characters (controls, zero-width and bidirectional formatting)."""


def _no_number(value: Any) -> Any:
    # pydantic would take 1740787200 as seconds since 1970: a date is written as a date
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("a date is written YYYY-MM-DD, not as a number")
    return value


Day = Annotated[dt.date, BeforeValidator(_no_number)]
"""A calendar day written as ``YYYY-MM-DD`` (never a Unix number)."""

Moment = Annotated[dt.datetime, BeforeValidator(_no_number)]
"""A date and time written in ISO 8601 (never a Unix number)."""


_LIFECYCLE_NAME = re.compile(r"\w[\w-]*(?:\.[\w-]+)*")


def _lifecycle_name(value: str) -> str:
    # a lifecycle is looked up as lifecycles/NAME.yaml: a name must never be a path
    if not _LIFECYCLE_NAME.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a lifecycle name (letters, digits, '-', '_' and inner dots; "
            "no '/' or '..')"
        )
    return value


LifecycleName = Annotated[str, BeforeValidator(_nfc), AfterValidator(_lifecycle_name)]
"""The name of a lifecycle: ``default``, ``eoffice``; never a path."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)
