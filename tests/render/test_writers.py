"""The DOT and Mermaid writers, tested against a hand-built diagram."""

from __future__ import annotations

import re

from cascade.render import to_dot, to_mermaid
from cascade.render.graphviz_run import run_dot
from cascade.render.ir import (
    Cluster,
    Diagram,
    Edge,
    EdgeKind,
    LegendItem,
    Node,
    NodeKind,
    Row,
    Tally,
    View,
)
from cascade.render.mermaid import edge_count, fits
from support.svg import all_text, node_texts

TALLY = Tally(
    segments=(("assigned", 3), ("reported", 1)),
    summary="4 nhiệm vụ · 25% đã báo cáo",
    detail="Đã giao 3 · Đã báo cáo 1",
    short="4 · 25%",
    overdue=1,
)
DIAGRAM = Diagram(
    view=View.OBLIGATIONS,
    lang="vi",
    title=("Tiêu đề", "Phân giao nhiệm vụ"),
    nodes=(
        Node("n0", NodeKind.ORGANISATION, "Sở Thông tin\nvà Truyền thông", cluster="c0"),
        Node(
            "n1", NodeKind.ORGANISATIONS, "3 cơ quan · Cấp xã", tally=TALLY, note="+7", cluster="c1"
        ),
        Node(
            "n2",
            NodeKind.LIST,
            "Các huyện",
            tally=TALLY,
            rows=(Row("Huyện Hòn Đất", TALLY, "+2"), Row("Huyện Kiên Hải")),
            cluster="c1",
        ),
    ),
    edges=(
        Edge("n0", "n1", EdgeKind.OBLIGATION, "assigned", count=3, label="3", tooltip="1.1, 1.2"),
        Edge("n0", "n2", EdgeKind.OBLIGATION, "reported", count=1, overdue=1),
    ),
    clusters=(Cluster("c0", "Cấp tỉnh"), Cluster("c1", "Cấp xã", parent="c0")),
    legend=(
        LegendItem("node", "organisation", "Cơ quan, đơn vị"),
        LegendItem("node", "list", "Các cơ quan cùng nhận"),
        LegendItem("edge", "assigned", "Đã giao"),
        LegendItem("edge", "reported", "Đã báo cáo"),
        LegendItem("edge", "overdue-mark", "Quá hạn", overdue=True),
        LegendItem("text", "bar", "Thanh"),
    ),
    legend_title="Chú giải",
    direction="LR",
    keys=("assigned", "reported"),
)


def test_dot_nests_clusters_and_styles_edges_by_state() -> None:
    source = to_dot(DIAGRAM)
    assert re.search(r"subgraph cluster_c0 \{.*subgraph cluster_c1 \{", source, flags=re.DOTALL)
    assert 'n0 -> n1 [color="#DDAA33" style="dashed"' in source
    assert 'n0 -> n2 [color="#004488:white:#004488"' in source  # overdue: a double line
    assert 'rankdir="LR"' in source and 'fontname="Noto Sans"' in source


def test_dot_bars_add_up_to_their_width() -> None:
    source = to_dot(DIAGRAM)
    bar = re.search(r'WIDTH="122" HEIGHT="9"><TR>(.*?)</TR>', source)
    assert bar is not None
    widths = [int(w) for w in re.findall(r'<TD WIDTH="(\d+)"', bar.group(1))]
    assert widths == [90, 30]


def test_dot_lays_out_in_graphviz_and_shows_every_label() -> None:
    svg = run_dot(to_dot(DIAGRAM), "svg").decode("utf-8")
    texts = node_texts(svg)
    assert any("Sở Thông tin và Truyền thông" in t for t in texts)
    assert any("Huyện Hòn Đất" in t and "Huyện Kiên Hải" in t for t in texts)
    everything = all_text(svg)
    for word in ("Tiêu đề", "Chú giải", "Đã giao", "Đã báo cáo", "Quá hạn", "Cấp tỉnh", "+7"):
        assert word in everything


def test_mermaid_uses_generated_ids_shapes_and_link_styles() -> None:
    text = to_mermaid(DIAGRAM)
    assert text.startswith("flowchart LR\n")
    assert 'subgraph c0["Cấp tỉnh"]' in text and 'subgraph c1["Cấp xã"]' in text
    assert 'n1[["<b>3 cơ quan · Cấp xã</b>' in text  # a collapsed group: subroutine shape
    assert 'n0 -.->|"3"| n1' in text and 'n0 ==>|"#33;"| n2' in text  # "!": overdue
    assert "Huyện Hòn Đất <small>+2</small>" in text
    assert "stroke:#DDAA33" in text and "stroke-dasharray:6 4" in text
    assert edge_count(text) == 2 + 3  # two arrows, three legend samples
    assert fits(text)


def test_mermaid_limits_count_edges_and_utf16_length() -> None:
    many = "flowchart LR\n  linkStyle " + ",".join(map(str, range(501))) + " stroke:#000\n"
    assert not fits(many)
    head = "flowchart LR\n"  # 13 units
    wide = head + "🚀" * 24_993 + "x"  # 24,994 code points, 50,000 UTF-16 units
    assert len(wide) < 50_000 and fits(wide) and not fits(wide + "x")
