"""The public API is exactly what ``cascade.__all__`` names, sorted and importable."""

from __future__ import annotations

import subprocess
import sys

import pytest

import cascade


def test_all_is_sorted_and_unique() -> None:
    assert list(cascade.__all__) == sorted(set(cascade.__all__))


def test_all_and_the_lazy_table_agree() -> None:
    assert set(cascade.__all__) - {"__version__"} == set(cascade._EXPORTS)


@pytest.mark.parametrize("name", cascade.__all__)
def test_every_name_in_all_resolves(name: str) -> None:
    assert getattr(cascade, name) is not None


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = cascade.no_such_name  # type: ignore[attr-defined]


def test_help_does_not_import_the_heavy_modules() -> None:
    code = (
        "import sys; from cascade.cli import main\n"
        "heavy = [m for m in ('pydantic', 'networkx', 'ruamel.yaml', 'graphviz', 'sqlalchemy')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_render_is_the_function_even_after_the_subpackage_was_imported() -> None:
    code = "from cascade import CascadeStatus, render\nprint(callable(render))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "True"
