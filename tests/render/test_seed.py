"""The seed cascade in every view and format, laid out by the real ``dot``; the SVG is
parsed to check that every organisation and every state is there, in both languages."""

from __future__ import annotations

import pytest

from cascade.errors import InputError, UnknownReferenceError
from cascade.model import Cascade
from cascade.render import CascadeStatus, extract, render
from cascade.render.escape import lines
from cascade.render.messages import t

from .conftest import DAY
from .helpers import all_text, node_texts

VIEWS = ("documents", "obligations", "organisations")


@pytest.mark.parametrize("view", VIEWS)
def test_every_format_is_produced(seed: Cascade, view: str) -> None:
    assert render(seed, view=view, fmt="svg", drawn_on=DAY).lstrip().startswith("<?xml")
    assert render(seed, view=view, fmt="png", drawn_on=DAY).startswith(b"\x89PNG")
    assert render(seed, view=view, fmt="pdf", drawn_on=DAY).startswith(b"%PDF")
    assert render(seed, view=view, fmt="dot", drawn_on=DAY).startswith("digraph cascade {")
    assert render(seed, view=view, fmt="mermaid", drawn_on=DAY).startswith("flowchart ")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_organisation_tree_shows_every_organisation(seed: Cascade, lang: str) -> None:
    text = " ".join(node_texts(render(seed, view="organisations", lang=lang, drawn_on=DAY)))
    for org in seed.organisations:
        name = org.name_en if lang == "en" and org.name_en else org.name
        assert " ".join(lines(name)) in text, name


def test_the_obligation_cascade_shows_every_organisation_that_holds_or_is_owed_one(
    seed: Cascade,
) -> None:
    text = " ".join(node_texts(render(seed, view="obligations", drawn_on=DAY)))
    involved = {ob.lead for ob in seed.obligations} | {seed.report_to(o) for o in seed.obligations}
    for org_id in involved:
        assert seed.organisation(org_id).name in text


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_state_is_named_in_the_drawing(
    seed: Cascade, seed_status: CascadeStatus, view: str, lang: str
) -> None:
    svg = render(seed, view=view, lang=lang, status=seed_status, drawn_on=DAY)
    text = all_text(svg)
    for state in set(seed_status.states.values()):
        assert t(f"state.{state}", lang) in text
    assert t("as_of", lang, date="30/09/2025" if lang == "vi" else "2025-09-30") in text


def test_buckets_colour_the_cascade_and_overdue_is_marked(
    seed: Cascade, seed_status: CascadeStatus
) -> None:
    source = render(seed, status=seed_status, color_by="bucket", fmt="dot", drawn_on=DAY)
    assert '#BB5566:white:#BB5566"' in source  # overdue arrows are double lines
    svg = render(seed, status=seed_status, color_by="bucket", lang="en", drawn_on=DAY)
    for word in ("Completed on time", "Completed late", "Open, within deadline", "Overdue"):
        assert word in all_text(svg)


def test_states_of_other_lifecycles_get_a_style_and_their_own_label(seed: Cascade) -> None:
    status = CascadeStatus(
        states={ob.id: "received" for ob in seed.obligations},
        labels={"received": ("Đã tiếp nhận", "Received")},
    )
    svg = render(seed, status=status, lang="en", drawn_on=DAY)
    assert "Received" in all_text(svg)


def test_without_status_every_obligation_is_in_its_written_state(seed: Cascade) -> None:
    diagram = extract(seed, view="obligations", drawn_on=DAY)
    assert diagram.keys == ("assigned",)
    assert t("as_written", "vi") in " ".join(diagram.title)


def test_vietnamese_labels_keep_their_diacritics(seed: Cascade) -> None:
    svg = render(seed, view="obligations", drawn_on=DAY)
    assert "Ủy ban nhân dân huyện U Minh Thượng" in all_text(svg)
    assert 'font-family="Noto Sans' in svg


def test_root_drills_into_a_branch(seed: Cascade) -> None:
    diagram = extract(seed, view="organisations", root="btv-tu", drawn_on=DAY)
    titles = " ".join(n.title.replace("\n", " ") for n in diagram.nodes)
    assert "Báo Kiên Giang" in titles and "Sở Nội vụ" not in titles
    docs = extract(seed, view="documents", root="cv-12724", drawn_on=DAY)
    assert [n.title for n in docs.nodes] == ["12724/VP-KGVX", "/STTTT-TTBCXB"]


def test_depth_and_budget_collapse_and_say_so(seed: Cascade) -> None:
    shallow = extract(seed, view="organisations", depth=0, drawn_on=DAY)
    assert any("+38" in n.note or any(r.note for r in n.rows) for n in shallow.nodes)
    assert t("collapsed.depth", "vi", depth=0) in shallow.title
    small = extract(seed, view="organisations", budget=12, drawn_on=DAY)
    assert len(small.nodes) <= 12
    assert t("collapsed.budget", "vi", budget=12) in small.title


def test_bad_choices_are_input_errors(seed: Cascade) -> None:
    with pytest.raises(UnknownReferenceError, match="nowhere"):
        extract(seed, root="nowhere")
    with pytest.raises(InputError, match="unknown view"):
        extract(seed, view="sideways")
    with pytest.raises(InputError, match="bucket"):
        extract(seed, color_by="bucket")  # no buckets without a status that has them
    with pytest.raises(InputError, match="unknown format"):
        render(seed, fmt="gif")  # type: ignore[call-overload]
    with pytest.raises(InputError, match="unknown status bucket"):
        CascadeStatus(buckets={"x": "late-ish"})
