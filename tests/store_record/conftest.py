"""Fixtures for the partial-replay record tests: the store tests' backends, reused.

The backend fixtures (``store`` over memory, SQLite and PostgreSQL, with the
PostgreSQL server from ``CASCADE_TEST_POSTGRES_URL`` and its CI rule) are taken
from ``tests/store/conftest.py`` itself, so both topics run on the same
servers the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cascade.files.loader import read
from cascade.model import CascadeFile, RollupPolicy

_STORE_TESTS = Path(__file__).resolve().parents[1] / "store"
sys.path.insert(0, str(_STORE_TESTS))  # its conftest imports store_helpers from there
_spec = importlib.util.spec_from_file_location("store_backends", _STORE_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
_backends = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_backends)

postgres_server = _backends.postgres_server
postgres_url = _backends.postgres_url
store = _backends.store

WORKFLOWS = Path(__file__).resolve().parents[2] / "workflows"


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
