"""The HTML report as a file: one document, nothing to load, text that cannot break out."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from cascade.engine.tracker import Tracker
from cascade.files.loader import loads
from cascade.report.html import to_html
from cascade.report.page import build_page
from report import run_seed
from support import SEED, run

HOSTILE = """
format: cascade/1
cascade: {id: x, title: "Tiêu đề <b>đậm</b> & \\"trích\\""}
organisations:
  - {id: a, name: "Sở </script><script>alert(1)</script>", kind: department}
documents:
  - {id: d, identifier: 1/KH-UBND, kind: plan, issuer: a, date: 2025-01-02}
obligations:
  - {id: o, document: d, lead: a, action: "Làm </script><img src=x onerror=alert(2)>",
     deadline: {kind: absolute, due: 2025-03-01}}
"""


def test_text_from_the_cascade_cannot_break_out_of_the_page() -> None:
    tracker = Tracker(loads(HOSTILE, "hostile.yaml"))
    html = to_html(build_page(tracker, dt.date(2025, 6, 1), generated=dt.date(2025, 6, 1)))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "Tiêu đề &lt;b&gt;đậm&lt;/b&gt; &amp; &#34;trích&#34;" in html
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert data is not None
    parsed = json.loads(data.group(1))
    assert "Làm </script><img src=x onerror=alert(2)>" in parsed["texts"]


def test_one_file_that_refers_to_nothing_outside(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_seed("report", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert html.count("<html") == 1 and "default-src 'none'" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:|//)", html)
    assert 'font-family="Noto Sans, DejaVu Sans, Arial, sans-serif"' in html  # the drawing


def test_bad_input_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_seed("report", "-o", out, "--org", "nowhere")
    assert result.exit_code == 2 and "unknown organisation 'nowhere'" in result.stderr
    result = run("report", SEED, "--events", tmp_path / "none.jsonl", "-o", out)
    assert result.exit_code == 2 and "none.jsonl" in result.stderr
    assert not out.exists() and "Traceback" not in result.output
