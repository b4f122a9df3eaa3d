"""Amendments resolved into dated changes, and the cascade in force on a day."""

from __future__ import annotations

import datetime as dt

from cascade.engine.timeline import in_force, resolve
from cascade.files.loader import loads
from cascade.model import Cascade
from support import small_text

D = dt.date.fromisoformat


def amended(amendments: str, extra_orgs: str = "") -> Cascade:
    """The small cascade with ``amendments`` (YAML list items) and more organisations."""
    text = small_text().replace("organisations:\n", "organisations:\n" + extra_orgs, 1)
    return loads(text + "amendments:\n" + amendments)


def test_without_amendments_the_cascade_is_its_own_revision() -> None:
    cascade = loads(small_text())
    assert resolve(cascade).empty
    assert in_force(cascade, D("2030-01-01")) is cascade


def test_an_extension_changes_the_deadline_from_its_day_only() -> None:
    cascade = amended("""
  - {id: gh, kind: extend, document: cv, effective: 2025-02-20, obligations: [c1],
     deadline: {kind: absolute, due: 2025-04-30, text: gia hạn đến 30/4/2025}}
""")
    before = in_force(cascade, D("2025-02-19")).obligation("c1")
    after = in_force(cascade, D("2025-02-20")).obligation("c1")
    assert before.deadline.kind == after.deadline.kind == "absolute"
    assert before.deadline.due == D("2025-02-28")  # type: ignore[union-attr]
    assert after.deadline.due == D("2025-04-30")  # type: ignore[union-attr]
    assert in_force(cascade, D("2025-02-20")).amendments == ()


def test_added_and_withdrawn_obligations_are_in_force_between_their_days() -> None:
    text = (
        small_text()
        + """  - {id: c4, document: cv, lead: h1, action: Bổ sung, implements: p,
     deadline: {kind: absolute, due: 2025-05-31}}
amendments:
  - {id: them, kind: add, document: cv, effective: 2025-03-01, obligations: [c4]}
  - {id: rut, kind: withdraw, document: cv, effective: 2025-04-01, obligations: [c3]}
"""
    )
    cascade = loads(text)
    ids = {day: {ob.id for ob in in_force(cascade, D(day)).obligations} for day in
           ("2025-02-28", "2025-03-01", "2025-04-01")}  # fmt: skip
    assert ids["2025-02-28"] == {"p", "c1", "c2", "c3"}
    assert ids["2025-03-01"] == {"p", "c1", "c2", "c3", "c4"}
    assert ids["2025-04-01"] == {"p", "c1", "c2", "c4"}


def test_a_transfer_passes_every_role_the_body_holds_on_its_day() -> None:
    cascade = amended("""
  - {id: sap-nhap, kind: transfer, document: cv, effective: 2025-07-01, organisation: ubnd,
     successor: ubnd2}
  - {id: so-moi, kind: transfer, document: cv, effective: 2025-07-01, organisation: so,
     mapping: {c1: h2}, successor: h3}
""")
    plan = resolve(cascade)
    assert plan.moved == {"sap-nhap": 1, "so-moi": 2}
    june, july = in_force(cascade, D("2025-06-30")), in_force(cascade, D("2025-07-01"))
    assert june.obligation("p").lead == "ubnd" and july.obligation("p").lead == "ubnd2"
    # so coordinated c1 (mapped to h2) and was c2's intermediate (the default successor, h3)
    assert july.obligation("c1").coordinators == ("h2",)
    assert july.obligation("c2").via == "h3"
    assert june.obligation("c1").coordinators == ("so",)


def test_a_transfer_sees_the_holder_after_earlier_changes() -> None:
    cascade = amended("""
  - {id: sau, kind: transfer, document: cv, effective: 2025-05-01, organisation: h3,
     successor: h1}
  - {id: truoc, kind: reassign, document: cv, effective: 2025-04-01, obligations: [c2],
     lead: h3}
""")
    may = in_force(cascade, D("2025-05-01"))
    assert [may.obligation(ob).lead for ob in ("c2", "c3")] == ["h1", "h1"]
    assert in_force(cascade, D("2025-04-15")).obligation("c2").lead == "h3"


def test_a_lead_taking_a_coordinators_place_is_not_its_own_coordinator() -> None:
    cascade = amended("""
  - {id: giao-lai, kind: reassign, document: cv, effective: 2025-03-01, obligations: [c1],
     lead: so}
""")
    c1 = in_force(cascade, D("2025-03-01")).obligation("c1")
    assert (c1.lead, c1.coordinators) == ("so", ())


def test_a_transfer_by_the_organisation_the_work_concerns() -> None:
    communes = """  - {id: xa-1, name: Xã 1, kind: people_committee, level: district,
     valid_until: 2025-06-30, successors: [xa-moi]}
  - {id: xa-moi, name: Xã mới, kind: people_committee, level: district, valid_from: 2025-07-01}
  - {id: xa-2, name: Xã 2, kind: people_committee, level: district}
"""
    text = small_text().replace("organisations:\n", "organisations:\n" + communes, 1)
    text = text.replace("coordinators: [so],", "coordinators: [so], concerns: xa-1,")
    text = text.replace("lead: h2, via: so,", "lead: h1, via: so, concerns: xa-2,")
    text += """amendments:
  - {id: theo-xa, kind: transfer, document: cv, effective: 2025-07-01, organisation: h1,
     rule: concerns}
"""
    plan = resolve(loads(text))
    july = in_force(loads(text), D("2025-07-01"))
    assert july.obligation("c1").lead == "xa-moi"  # xa-1 merged into xa-moi
    assert july.obligation("c2").lead == "xa-2"  # xa-2 still exists: itself
    assert plan.unresolved == []
