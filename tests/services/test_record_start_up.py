"""A `cascade record` process imports only what one event needs: no numpy (the part of
the history it replays runs the per-event loop) and no YAML parser."""

from __future__ import annotations

import subprocess
import sys
from array import array
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from cascade.store.sql import _seconds
from support import SEED, run

PROBE = """
import sys
from cascade.cli import main
try:
    main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(code, sorted(m for m in ("numpy", "yaml", "ruamel") if m in sys.modules), file=sys.stderr)
"""


def test_a_record_process_imports_no_numpy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    assert run("db", "init", "--db", url)[0] == 0
    assert run("db", "load", str(SEED), "--db", url)[0] == 0
    args = ["record", "start", "1.1@dai-ptth", "--actor", "dai-ptth", "--db", url]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args, "--at", "2025-02-01T08:00"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "start → in_progress" in done.stdout, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "0 []"


@given(st.lists(st.integers(0, 4_102_444_800_000_000), max_size=5000))
def test_seconds_of_a_few_rows_equal_numpys(us: list[int]) -> None:
    expected = (np.array(us, np.int64) / 1e6).tobytes()
    assert _seconds(us) == expected
    assert array("d", _seconds(us)).tolist() == [u / 1e6 for u in us]
