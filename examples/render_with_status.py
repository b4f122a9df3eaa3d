"""Draw the seed cascade from Python, coloured by a status you supply, without files.

Run: .venv/bin/python examples/render_with_status.py [OUT_DIR]
Writes OUT_DIR/seed-status.svg (default: out/) and prints how it was drawn. The status
here is illustrative: the engine computes a real one from events as of a date.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from cascade import CascadeStatus, RenderOptions, load, render

ROOT = Path(__file__).resolve().parents[1]


def main(out_dir: Path) -> Path:
    cascade = load(ROOT / "workflows" / "kien-giang-xiv-congress.yaml")
    # an illustrative status: the press has reported, the districts are under way
    states = {}
    for ob in cascade.obligations:
        if ob.lead in ("bao-kien-giang", "dai-ptth"):
            states[ob.id] = "reported"
        elif ob.lead.startswith("ubnd-") and ob.lead != "ubnd-tinh":
            states[ob.id] = "in_progress"
    status = CascadeStatus(states=states, as_of=dt.date(2025, 9, 30))
    svg = render(cascade, RenderOptions(view="obligations", lang="en"), fmt="svg", status=status)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "seed-status.svg"
    path.write_text(svg, encoding="utf-8")
    print(f"wrote {path} ({len(svg):,} characters of SVG)")
    return path


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out")
