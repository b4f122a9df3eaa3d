"""SVG text names fonts to fall back on when Noto Sans is absent (docs/render.md promises it)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from report import AS_OF
from support import SEED, SEED_EVENTS, run

SVG = "{http://www.w3.org/2000/svg}"


def test_every_text_of_a_rendered_svg_falls_back_to_dejavu_arial_sans_serif() -> None:
    for args in ([], ["--events", SEED_EVENTS, "--as-of", AS_OF, "--view", "organisations"]):
        result = run("render", SEED, "--format", "svg", *args)
        assert result.exit_code == 0, result.output
        root = ET.fromstring(result.stdout.encode())
        families = {t.get("font-family") for t in root.iter(f"{SVG}text")}
        assert families == {"Noto Sans, DejaVu Sans, Arial, sans-serif"}
