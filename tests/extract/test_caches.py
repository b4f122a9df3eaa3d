"""What the extractor remembers across calls stays right: ``find_deadline`` and
``leading_verb`` are cached for the whole process, so they must not read what one document
defines (its short names, terms and defined heads, held in context variables while the
document is read)."""

from __future__ import annotations

import ast
from pathlib import Path

import cascade.extract

_PACKAGE = Path(cascade.extract.__file__).parent
# the modules that hold a document's own readings (context variables)
_PER_DOCUMENT = {"comma_names", "defined_bodies", "defined_terms", "short_terms", "orgs"}


def _closure(module: str) -> set[str]:
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse((_PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "cascade.extract."
            ):
                todo.append(str(node.module).rsplit(".", 1)[1])
    return seen


def test_the_cached_deadline_reader_reads_nothing_a_document_defines() -> None:
    assert _closure("deadlines") & _PER_DOCUMENT == set()


def test_the_cached_verb_reader_reads_nothing_a_document_defines() -> None:
    assert _closure("verb_start") & _PER_DOCUMENT == set()


def test_the_per_document_readings_are_all_known_here() -> None:
    # a new context variable in the package must be weighed against the cache above
    holders = {
        path.stem
        for path in _PACKAGE.glob("*.py")
        if "ContextVar(" in path.read_text(encoding="utf-8")
    }
    assert holders == _PER_DOCUMENT


def test_the_cached_fold_reads_nothing_of_the_extractor() -> None:
    # ``fold`` is remembered for the whole process: it must read no document's readings
    assert _closure("folding") == {"folding"}
