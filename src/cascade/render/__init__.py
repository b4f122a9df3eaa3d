"""Cascade diagrams: the chain of documents, the obligation cascade, the organisation tree.

The flow is one way: :func:`~cascade.render.build.extract` turns a cascade
(and, optionally, a :class:`~cascade.render.overlay.CascadeStatus`) into a small
intermediate representation (:mod:`cascade.render.ir`), collapsed to a readable
size (:mod:`cascade.render.collapse`); writers turn that into Graphviz DOT
(:mod:`cascade.render.dot`) or Mermaid (:mod:`cascade.render.mermaid`); and
:mod:`cascade.render.graphviz_run` lays DOT out as SVG, PNG or PDF.
:func:`render` does all of it and returns text or bytes.
"""

from cascade.render.api import FORMATS, Format, render
from cascade.render.build import extract
from cascade.render.dot import to_dot
from cascade.render.ir import Diagram, View
from cascade.render.mermaid import to_mermaid
from cascade.render.options import DEFAULT_BUDGET, RenderOptions
from cascade.render.overlay import STATES, CascadeStatus

__all__ = [
    "DEFAULT_BUDGET",
    "FORMATS",
    "STATES",
    "CascadeStatus",
    "Diagram",
    "Format",
    "RenderOptions",
    "View",
    "extract",
    "render",
    "to_dot",
    "to_mermaid",
]
