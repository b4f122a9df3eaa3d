"""The public API is exactly what ``cascade.__all__`` names, sorted and importable."""

from __future__ import annotations

import subprocess
import sys

import pytest

import cascade

# The public API, written out: adding or removing a name is a decision this test records.
PUBLIC = [
    "Bucket", "Cascade", "CascadeError", "CascadeFile", "CascadeFileError", "CascadeStatus",
    "ConflictError", "Counts", "Document", "DocumentIdentifier", "Event", "EventBatch",
    "EventConflictError", "EventContent", "EventStore", "ExtractError", "FileReport", "Finding",
    "Force", "GraphvizNotFoundError", "Group", "IdentifierError", "InputError", "Level",
    "Lifecycle", "LifecycleDefinitionError", "MemoryStore", "Milestone", "Obligation",
    "Organisation", "OutputError", "Position", "Recorded", "RenderError", "RenderOptions",
    "RuleDefinitionError", "Severity", "Source", "Status", "StoreError", "Tracker",
    "Transition", "TransitionRefusedError", "UnknownReferenceError", "Validator",
    "__version__", "apply_events", "expand", "export", "file_schema", "import_events", "load",
    "load_definition", "load_lifecycle", "loads", "open_store", "open_tracker",
    "parse_identifier", "read", "read_events", "record", "render", "resolve_lifecycle",
    "status", "to_interchange", "validate", "write_events",
]  # fmt: skip


def test_the_exported_members_are_the_public_api() -> None:
    assert cascade.__all__ == PUBLIC


@pytest.mark.parametrize("name", [n for n in PUBLIC if n != "__version__"])
def test_every_public_name_is_defined_where_the_table_says(name: str) -> None:
    import importlib

    home = importlib.import_module(cascade._EXPORTS[name])
    assert getattr(cascade, name) is getattr(home, name)
    # documented: a class or function with a docstring of its own
    assert (getattr(cascade, name).__doc__ or "").strip(), name


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
