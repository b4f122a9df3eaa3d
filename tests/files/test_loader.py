"""Loading: NFC normalisation, JSON input, group expansion, parent linking."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from cascade.errors import CascadeFileError
from cascade.files.loader import load, loads, read
from support import SEED

MINIMAL = (Path(__file__).parent / "data_minimal.yaml").read_text(encoding="utf-8")

GROUPED = """
format: cascade/1
cascade: {id: g, title: Nhóm}
organisations:
  - {id: tinh, name: UBND tỉnh, kind: people_committee}
  - {id: h1, name: UBND huyện Một, kind: people_committee, parent: tinh}
  - {id: h2, name: UBND huyện Hai, kind: people_committee, parent: tinh}
  - {id: x1, name: UBND xã Một, kind: people_committee, parent: h1}
groups:
  - {id: huyen, name: UBND các huyện, members: [h1, h2]}
documents:
  - {id: kh, identifier: 1/KH-UBND, kind: plan, issuer: tinh}
  - {id: kh-h1, identifier: 2/KH-UBND, kind: plan, issuer: h1, rests_on: [{document: kh}]}
obligations:
  - {id: a, document: kh, lead: huyen, coordinators: [huyen], action: Làm}
  - {id: b, document: kh-h1, lead: x1, action: Làm tiếp, implements: a}
"""


def test_nfd_input_is_normalised_to_nfc() -> None:
    cascade = loads(unicodedata.normalize("NFD", MINIMAL))
    name = cascade.organisation("so").name
    assert name == "Sở Nội vụ" and unicodedata.is_normalized("NFC", name)


def test_json_is_accepted(tmp_path: Path) -> None:
    data = read(SEED)[0].model_dump(mode="json", exclude_none=True)
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load(path) == load(SEED)


def test_group_lead_expands_and_coordinators_list_members() -> None:
    cascade = loads(GROUPED)
    expanded = {ob.id: ob for ob in cascade.obligations}
    assert set(expanded) == {"a@h1", "a@h2", "b"}
    assert expanded["a@h1"].lead == "h1" and expanded["a@h1"].template == "a"
    assert expanded["a@h1"].coordinators == ("h1", "h2")


def test_child_of_an_expanded_clause_links_to_its_superiors_copy() -> None:
    # x1 sits below h1, so it implements the copy of clause "a" that h1 holds
    assert loads(GROUPED).obligation("b").implements == "a@h1"


def test_a_member_implementing_the_clause_links_to_its_own_copy() -> None:
    assert loads(GROUPED.replace("lead: x1", "lead: h2")).obligation("b").implements == "a@h2"


def test_a_body_outside_every_member_keeps_the_clause_id() -> None:
    cascade = loads(GROUPED.replace("parent: h1}", "parent: tinh}"))
    assert cascade.obligation("b").implements == "a"


def test_loads_reports_positions_in_the_named_source() -> None:
    with pytest.raises(CascadeFileError) as info:
        loads(MINIMAL.replace("lead: so", "lead: nobody"), name="inline.yaml")
    assert str(info.value) == "inline.yaml:22:11: unknown organisation or group 'nobody'"
