"""`cascade extract` ends on hostile input: huge text, long runs of blanks, dashes, numbers.

A regular expression whose quantifiers share a run of blanks ("Số:" and 500 spaces took
87 s) takes time that grows as a power of the run's length. Each case runs the real
command as a subprocess with a timeout: a hang fails the test, however slow the machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED_TEXT

TIMEOUT = 20  # seconds; every case ends in about one


def _extract(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cascade", "extract", str(path), "-o", str(tmp_path / "d.yaml")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


RUNS = {
    "spaces after Số:": "Số:" + " " * 1_000_000 + "x\n",
    "tabs after Số:": "Số:" + "\t" * 1_000_000 + "x\n",
    "spaces after ngày": "ngày" + " " * 1_000_000 + "x\n",
    "dots and spaces after ngày": "ngày" + ". " * 500_000 + "x\n",
    "dashes": "- " * 500_000 + "x\n",
    "item numbers": "1." * 500_000 + "x\n",
    "blank lines": "Kính gửi:" + " \n" * 500_000 + "x\n",
    "bars": "|" + " " * 500_000 + "x\n",
}


@pytest.mark.parametrize("text", RUNS.values(), ids=RUNS.keys())
def test_long_runs_end_with_a_clear_error(text: str, tmp_path: Path) -> None:
    path = tmp_path / "run.txt"
    path.write_text(text, encoding="utf-8")
    result = _extract(path, tmp_path)
    assert result.returncode == 2
    assert "not an official document" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fill", [" ", "\t", "- ", "1.", ". "])
def test_a_document_with_a_long_run_inside_is_read(fill: str, tmp_path: Path) -> None:
    seed = SEED_TEXT.read_text(encoding="utf-8")
    cut = seed.index("Kính gửi")
    path = tmp_path / "seed.txt"
    path.write_text(seed[:cut] + "Số:" + fill * 200_000 + "\n" + seed[cut:], encoding="utf-8")
    result = _extract(path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "obligations" in result.stderr


def test_twenty_megabytes_of_text_are_refused_at_once(tmp_path: Path) -> None:
    seed = SEED_TEXT.read_text(encoding="utf-8")
    path = tmp_path / "big.txt"
    path.write_text(seed * (20_000_000 // len(seed.encode()) + 1), encoding="utf-8")
    assert path.stat().st_size >= 20_000_000
    result = _extract(path, tmp_path)
    assert result.returncode == 2
    assert "more than one official document holds" in result.stderr
    assert not (tmp_path / "d.yaml").exists()


def test_a_text_with_only_a_header_says_so(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM NINH\nSố: 12/KH-UBND\n"
        "Hà Nam Ninh, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nTriển khai chuyển đổi số\n",
        encoding="utf-8",
    )
    result = _extract(path, tmp_path)
    assert result.returncode == 2
    assert "header.txt: the text stops after its header" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d.yaml").exists()
