"""The synthetic generator gives valid cascades of exactly the size asked for."""

from __future__ import annotations

import pytest

from cascade.files.crossrefs import check_references
from cascade.model import Cascade, CascadeFile
from cascade.testing.synthetic import SMALL, Shape, generate


@pytest.mark.parametrize("size", [SMALL.directives * SMALL.per_directive_fixed(), 200, 513])
def test_exact_size(size: int) -> None:
    assert len(generate(size, SMALL).obligations) == size


def test_generated_cascade_passes_full_validation() -> None:
    cascade = generate(300, SMALL)
    data = cascade.model_dump(mode="json")
    Cascade.model_validate(data)
    assert check_references(CascadeFile.model_validate(data)) == []


def test_every_obligation_below_the_top_has_a_parent_held_by_its_superior() -> None:
    cascade = generate(300, SMALL)
    for ob in cascade.obligations:
        if ob.implements is None:
            assert cascade.organisation(ob.lead).level == "province"
            continue
        parent = cascade.obligation(ob.implements)
        assert cascade.organisation(ob.lead).parent == parent.lead


def test_too_small_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        generate(9, Shape(provinces=2, departments=2, communes=4, directives=1))
