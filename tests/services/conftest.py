"""Fixtures for the service tests: the cascades the record tests record on.

The store backends (``store`` over memory, SQLite and PostgreSQL) come from
``support.backends``, which the root conftest loads for every topic.
"""

from __future__ import annotations

import pytest

from cascade.files.loader import read
from cascade.model import CascadeFile, RollupPolicy
from support import WORKFLOWS


def _seed_k_of_n(seed: CascadeFile) -> CascadeFile:
    """The seed with the department's dispatch asking 2 of its 93 obligations done (not
    all) before the obligation they implement may be reported: roll-up within reach of a
    short random history, and the count by time."""
    documents = tuple(
        d.model_copy(update={"rollup": RollupPolicy(mode="k_of_n", k=2)})
        if d.id == "cv-stttt"
        else d
        for d in seed.documents
    )
    return seed.model_copy(update={"documents": documents})


@pytest.fixture(scope="session")
def cascade_files() -> dict[str, CascadeFile]:
    """The cascades the tests record on (file layer), by name."""
    seed = read(WORKFLOWS / "kien-giang-xiv-congress.yaml")[0]
    return {
        "seed": seed,
        "seed-k-of-n": _seed_k_of_n(seed),
        "vpcp-2739": read(WORKFLOWS / "vpcp-2739-quan-tri-doanh-nghiep.yaml")[0],
    }
