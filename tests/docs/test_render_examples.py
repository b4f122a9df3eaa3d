"""Every example in examples/ that draws runs and produces what it says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import ROOT
from support.svg import all_text


def test_render_with_status_example(tmp_path: Path) -> None:
    script = ROOT / "examples" / "render_with_status.py"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert "wrote" in done.stdout
    text = all_text((tmp_path / "seed-status.svg").read_text(encoding="utf-8"))
    assert "Reported" in text and "In progress" in text and "Status as of 2025-09-30" in text
