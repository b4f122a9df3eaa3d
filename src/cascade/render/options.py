"""How to draw a cascade: every choice a drawing takes, in one checked object.

:class:`RenderOptions` is what :func:`~cascade.render.render` and
:func:`~cascade.render.build.extract` take and what ``cascade render`` builds
from its options; it is checked when made, so a bad choice fails before any
drawing starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cascade.errors import InputError
from cascade.render import messages as m
from cascade.render.graphviz_run import DEFAULT_TIMEOUT
from cascade.render.ir import ColorBy, View
from cascade.render.messages import Lang

DEFAULT_BUDGET = 60
"""Boxes in a drawing before it collapses: about what a printed page can hold readably."""
CLUSTER_MODES = ("level", "parent", "none")
DEFAULT_CLUSTER = {View.DOCUMENTS: "parent", View.OBLIGATIONS: "level", View.ORGANISATIONS: "level"}


@dataclass(frozen=True)
class RenderOptions:
    """What to draw and how.

    ``view`` is ``documents`` (the chain of documents), ``obligations`` (the
    obligation cascade between organisations) or ``organisations`` (the tree with
    roll-up counts). Boxes beyond ``budget`` are collapsed; ``depth`` limits the
    levels shown below the roots (or ``root``: an organisation, or in the
    documents view a document); ``cluster`` frames boxes by ``level``, by
    ``parent`` (the issuer, in the documents view) or not at all (default: per
    view). ``color_by="bucket"`` colours obligations by the four status buckets
    (it needs a status with buckets). ``drawn_on`` is the date the title block
    gives (default today in Vietnam); ``timeout`` bounds Graphviz's layout, in
    seconds.
    """

    view: View = View.OBLIGATIONS
    lang: Lang = "vi"
    color_by: ColorBy = "state"
    depth: int | None = None
    root: str | None = None
    budget: int = DEFAULT_BUDGET
    cluster: str | None = None
    title: str | None = None
    drawn_on: dt.date | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "view", View(self.view))
        except ValueError:
            names = ", ".join(v.value for v in View)
            raise InputError(f"unknown view {self.view!r}; expected one of {names}") from None
        if self.lang not in m.LANGS:
            raise InputError(
                f"unknown language {self.lang!r}; expected one of {', '.join(m.LANGS)}"
            )
        if self.color_by not in ("state", "bucket"):
            raise InputError(f"unknown colouring {self.color_by!r}; expected state or bucket")
        if self.cluster is not None and self.cluster not in CLUSTER_MODES:
            raise InputError(
                f"unknown clustering {self.cluster!r}; expected one of {', '.join(CLUSTER_MODES)}"
            )
        if self.budget < 1:
            raise InputError(f"the budget must be at least 1 box, not {self.budget}")
        if self.depth is not None and self.depth < 0:
            raise InputError(f"the depth must be 0 or more, not {self.depth}")
        if self.timeout <= 0:
            raise InputError(f"the timeout must be more than 0 seconds, not {self.timeout}")

    @property
    def clustering(self) -> str:
        """How boxes are framed: ``cluster``, else the view's default."""
        return self.cluster or DEFAULT_CLUSTER[self.view]
