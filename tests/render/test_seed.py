"""The seed cascade in every view and format, laid out by the real ``dot``; the SVG is
parsed to check that every organisation and every state is there, in both languages."""

from __future__ import annotations

import pytest

from cascade.errors import InputError, UnknownReferenceError
from cascade.model import Cascade
from cascade.render import CascadeStatus, RenderOptions, extract, render
from cascade.render.escape import lines
from cascade.render.messages import t
from support.svg import all_text, node_texts

from .conftest import DAY

VIEWS = ("documents", "obligations", "organisations")


@pytest.mark.parametrize("view", VIEWS)
def test_every_format_is_produced(seed: Cascade, view: str) -> None:
    assert (
        render(seed, RenderOptions(view=view, drawn_on=DAY), fmt="svg").lstrip().startswith("<?xml")
    )
    assert render(seed, RenderOptions(view=view, drawn_on=DAY), fmt="png").startswith(b"\x89PNG")
    assert render(seed, RenderOptions(view=view, drawn_on=DAY), fmt="pdf").startswith(b"%PDF")
    assert render(seed, RenderOptions(view=view, drawn_on=DAY), fmt="dot").startswith(
        "digraph cascade {"
    )
    assert render(seed, RenderOptions(view=view, drawn_on=DAY), fmt="mermaid").startswith(
        "flowchart "
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_organisation_tree_shows_every_organisation(seed: Cascade, lang: str) -> None:
    text = " ".join(
        node_texts(render(seed, RenderOptions(view="organisations", lang=lang, drawn_on=DAY)))
    )
    for org in seed.organisations:
        name = org.name_en if lang == "en" and org.name_en else org.name
        assert " ".join(lines(name)) in text, name


def test_the_obligation_cascade_shows_every_organisation_that_holds_or_is_owed_one(
    seed: Cascade,
) -> None:
    text = " ".join(node_texts(render(seed, RenderOptions(view="obligations", drawn_on=DAY))))
    involved = {ob.lead for ob in seed.obligations} | {seed.report_to(o) for o in seed.obligations}
    for org_id in involved:
        assert seed.organisation(org_id).name in text


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_state_is_named_in_the_drawing(
    seed: Cascade, seed_status: CascadeStatus, view: str, lang: str
) -> None:
    svg = render(seed, RenderOptions(view=view, lang=lang, drawn_on=DAY), status=seed_status)
    text = all_text(svg)
    for state in set(seed_status.states.values()):
        assert t(f"state.{state}", lang) in text
    assert t("as_of", lang, date="30/09/2025" if lang == "vi" else "2025-09-30") in text


def test_buckets_colour_the_cascade_and_overdue_is_marked(
    seed: Cascade, seed_status: CascadeStatus
) -> None:
    source = render(
        seed, RenderOptions(color_by="bucket", drawn_on=DAY), status=seed_status, fmt="dot"
    )
    assert '#BB5566:white:#BB5566"' in source  # overdue arrows are double lines
    svg = render(
        seed, RenderOptions(color_by="bucket", lang="en", drawn_on=DAY), status=seed_status
    )
    for word in ("Completed on time", "Completed late", "Open, within deadline", "Overdue"):
        assert word in all_text(svg)


def test_states_of_other_lifecycles_get_a_style_and_their_own_label(seed: Cascade) -> None:
    status = CascadeStatus(
        states={ob.id: "received" for ob in seed.obligations},
        labels={"received": ("Đã tiếp nhận", "Received")},
    )
    svg = render(seed, RenderOptions(lang="en", drawn_on=DAY), status=status)
    assert "Received" in all_text(svg)


def test_without_status_every_obligation_is_in_its_written_state(seed: Cascade) -> None:
    diagram = extract(seed, RenderOptions(view="obligations", drawn_on=DAY))
    assert diagram.keys == ("assigned",)
    assert t("as_written", "vi") in " ".join(diagram.title)


def test_vietnamese_labels_keep_their_diacritics(seed: Cascade) -> None:
    svg = render(seed, RenderOptions(view="obligations", drawn_on=DAY))
    assert "Ủy ban nhân dân huyện U Minh Thượng" in all_text(svg)
    assert 'font-family="Noto Sans' in svg


def test_root_drills_into_a_branch(seed: Cascade) -> None:
    diagram = extract(seed, RenderOptions(view="organisations", root="btv-tu", drawn_on=DAY))
    titles = " ".join(n.title.replace("\n", " ") for n in diagram.nodes)
    assert "Báo Kiên Giang" in titles and "Sở Nội vụ" not in titles
    docs = extract(seed, RenderOptions(view="documents", root="cv-12724", drawn_on=DAY))
    assert [n.title for n in docs.nodes] == ["12724/VP-KGVX", "/STTTT-TTBCXB"]


def test_depth_and_budget_collapse_and_say_so(seed: Cascade) -> None:
    shallow = extract(seed, RenderOptions(view="organisations", depth=0, drawn_on=DAY))
    assert any("+38" in n.note or any(r.note for r in n.rows) for n in shallow.nodes)
    assert t("collapsed.depth", "vi", depth=0) in shallow.title
    small = extract(seed, RenderOptions(view="organisations", budget=12, drawn_on=DAY))
    assert len(small.nodes) <= 12
    assert t("collapsed.budget", "vi", budget=12) in small.title


def test_bad_choices_are_input_errors(seed: Cascade) -> None:
    with pytest.raises(UnknownReferenceError, match="nowhere"):
        extract(seed, RenderOptions(root="nowhere"))
    with pytest.raises(InputError, match="unknown view"):
        extract(seed, RenderOptions(view="sideways"))
    with pytest.raises(InputError, match="bucket"):
        extract(seed, RenderOptions(color_by="bucket"))  # no buckets without a status that has them
    with pytest.raises(InputError, match="unknown format"):
        render(seed, fmt="gif")  # type: ignore[call-overload]
    with pytest.raises(InputError, match="unknown status bucket"):
        CascadeStatus(buckets={"x": "late-ish"})
