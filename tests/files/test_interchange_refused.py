"""The interchange JSON that `cascade export` writes is not a cascade file: given to a
command that reads one, it gets one clear message at its `format` key, not one per
obligation for every key in which the two formats differ."""

from __future__ import annotations

from pathlib import Path

from support import SEED, run


def test_an_exported_file_given_as_a_cascade_file_gets_one_message(tmp_path: Path) -> None:
    exported = tmp_path / "seed.json"
    assert run("export", str(SEED), "-o", str(exported))[0] == 0
    for command in (("status", str(exported)), ("validate", str(exported))):
        code, out, err = run(*command)
        assert code == 2, (command, out, err)
        problems = [line for line in (out + err).splitlines() if line.startswith(str(exported))]
        assert len(problems) == 1, problems
        assert "interchange" in problems[0] and "cascade/1" in problems[0]
        assert problems[0].startswith(f"{exported}:2:")  # at the format key
