"""``show`` and ``status`` fit an 80-column terminal without cutting ids or dates, and use
the whole width of a wider one."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from cascade.files.loader import load
from report import AS_OF
from support import SEED, SEED_EVENTS, run

SEEDED = [str(SEED), "--events", str(SEED_EVENTS), "--as-of", AS_OF]


def output(columns: int, *args: str) -> str:
    result = run(*args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("by", ["organisation", "document", "level"])
def test_status_at_80_columns_keeps_every_id_whole(by: str) -> None:
    text = output(80, "status", *SEEDED, "--by", by)
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    seed = load(SEED)
    ids = {
        "organisation": {ob.lead for ob in seed.obligations},
        "document": {d.id for d in seed.documents},
        "level": {"province", "district"},
    }[by]
    for group in ids:
        assert f"({group})" in text, group
    assert re.search(r"Tổng / Total +24 +1 +2 +68 +1 +96", text)
    assert "Trong hạn / Within: Chưa hoàn thành, trong hạn" in text  # the legend


def test_status_uses_a_wider_terminal() -> None:
    text = output(200, "status", *SEEDED, "--by", "level")
    assert "Not completed, within deadline" in text  # the full names, each on one line
    assert max(cell_len(line) for line in text.splitlines()) > 120


def test_show_at_80_columns_keeps_identifiers_and_dates_whole() -> None:
    seed = load(SEED)
    for args in (["show", str(SEED)], ["show", *SEEDED]):
        text = output(80, *args)
        assert max(cell_len(line) for line in text.splitlines()) <= 80
        table = text[text.index("Documents") : text.index("Chain of documents")]
        for doc in seed.documents:
            assert doc.identifier in table
            if doc.date:
                assert doc.date.isoformat() in table
        for ob in seed.obligations:
            assert re.search(rf"(^|\s){re.escape(ob.id)}\s", text, re.M), ob.id
        wide = output(200, *args)
        assert "subject" in wide and "subject" not in table  # dropped when narrow
        assert max(cell_len(line) for line in wide.splitlines()) > 80
