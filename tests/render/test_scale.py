"""A synthetic national cascade collapses to a readable overview within the budget."""

from __future__ import annotations

import pytest

from cascade.render import RenderOptions, extract, render
from cascade.testing.synthetic import generate

from .conftest import DAY


@pytest.fixture(scope="module")
def national():  # type: ignore[no-untyped-def]
    return generate(45_000)


@pytest.mark.parametrize("view", ["obligations", "organisations", "documents"])
def test_the_national_overview_fits_the_budget(national, view: str) -> None:  # type: ignore[no-untyped-def]
    diagram = extract(national, RenderOptions(view=view, drawn_on=DAY))
    assert len(diagram.nodes) <= 60
    assert any("60" in line for line in diagram.title)  # the title says it was collapsed


def test_folded_documents_from_many_issuers_are_not_framed_by_one(national) -> None:  # type: ignore[no-untyped-def]
    diagram = extract(national, RenderOptions(view="documents", drawn_on=DAY))
    folded = [n for n in diagram.nodes if n.kind.value == "documents"]
    assert folded and all(n.cluster is None for n in folded)


def test_a_branch_of_the_national_cascade_renders_in_mermaid(national) -> None:  # type: ignore[no-untyped-def]
    text = render(national, RenderOptions(root="p01", drawn_on=DAY), fmt="mermaid")
    assert "Ủy ban nhân dân tỉnh Hà Nội" in text
