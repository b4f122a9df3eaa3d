"""``cascade render`` and the Graphviz runner: formats from extensions, atomic output,
exit code 2 with a clean message for bad input, a missing ``dot`` and a timeout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cascade.cli import render_cmd
from cascade.errors import GraphvizNotFoundError, RenderError
from cascade.render import FORMATS, RenderOptions, View, render
from cascade.render.graphviz_run import run_dot
from cascade.testing.synthetic import SMALL, generate
from support import ROOT, SEED, run


def test_cli_choices_agree_with_the_library() -> None:
    assert set(render_cmd.FORMATS) == set(FORMATS)
    assert set(render_cmd.VIEWS) == {v.value for v in View}
    assert set(render_cmd.EXTENSIONS.values()) == set(FORMATS)


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("seed.svg", b"<?xml"),
        ("seed.png", b"\x89PNG"),
        ("seed.pdf", b"%PDF"),
        ("seed.gv", b"digraph"),
        ("seed.mmd", b"flowchart"),
        ("seed.md", b"```mermaid\nflowchart"),
    ],
)
def test_the_format_follows_the_extension(tmp_path: Path, name: str, magic: bytes) -> None:
    out = tmp_path / name
    result = run("render", str(SEED), "-o", str(out), "--view", "documents")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_text_goes_to_standard_output() -> None:
    result = run("render", str(SEED), "--format", "mermaid", "--lang", "en")
    assert result.exit_code == 0
    assert "Kiên Giang Radio and Television" in result.output


def test_an_unknown_extension_is_refused_cleanly(tmp_path: Path) -> None:
    result = run("render", str(SEED), "-o", str(tmp_path / "x.gif"))
    assert result.exit_code == 2
    assert "cannot tell the format" in result.output and "Traceback" not in result.output


def test_a_failed_render_leaves_the_old_output_alone(tmp_path: Path) -> None:
    out = tmp_path / "keep.svg"
    out.write_text("the old drawing", encoding="utf-8")
    result = run("render", str(SEED), "-o", str(out), "--root", "nowhere")
    assert result.exit_code == 2
    assert "unknown organisation 'nowhere'" in result.output
    assert out.read_text(encoding="utf-8") == "the old drawing"
    assert list(tmp_path.iterdir()) == [out]


def test_a_bad_cascade_file_reports_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: cascade/1\ncascade: {id: x}\n", encoding="utf-8")
    result = run("render", str(bad), "-o", str(tmp_path / "x.svg"))
    assert result.exit_code == 2
    assert "bad.yaml:" in result.output and not (tmp_path / "x.svg").exists()


def test_without_graphviz_text_formats_work_and_images_say_how_to_install(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # a PATH with no dot on it
    python = [sys.executable, "-m", "cascade", "render", str(SEED)]
    for fmt in ("dot", "mermaid"):
        done = subprocess.run([*python, "--format", fmt], env=env, capture_output=True, check=False)
        assert done.returncode == 0 and done.stdout
    done = subprocess.run(
        [*python, "-o", str(tmp_path / "seed.png")], env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "apt-get install graphviz" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "seed.png").exists()


def test_missing_graphviz_is_its_own_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GraphvizNotFoundError, match="install Graphviz"):
        run_dot("digraph {}", "svg")


def test_a_slow_layout_is_stopped_with_a_clear_message() -> None:
    big = generate(3_000, SMALL)  # drawn whole: some thousand boxes, seconds of layout
    source = render(big, RenderOptions(view="organisations", budget=10_000), fmt="dot")
    with pytest.raises(RenderError, match=r"longer than 0.2 s.*--timeout"):
        run_dot(source, "svg", timeout=0.2)


def test_graphviz_errors_are_render_errors() -> None:
    with pytest.raises(RenderError, match="Graphviz failed"):
        run_dot("digraph { a -> }", "svg")


def test_cli_help_documents_every_option() -> None:
    result = run("render", "--help")
    for option in ("--format", "--view", "--lang", "--depth", "--root", "--budget", "--timeout"):
        assert option in result.output
    assert (ROOT / "docs" / "render.md").is_file()
