"""Examples shown at the end of every command's ``--help`` that has none in its own text.

Kept here, beside each other, so that they read as one tour of the command line
(the seed cascade and its events, a database, the usual options); a test checks
that every command shows examples and that each one names a real command and
options it takes.
"""

from __future__ import annotations

import click

SEED = "workflows/kien-giang-xiv-congress.yaml"
EVENTS = "workflows/events/kien-giang-xiv-congress.jsonl"

EXAMPLES: dict[str, tuple[str, ...]] = {
    "schema": (
        "cascade schema -o cascade.schema.json",
        "cascade schema --of interchange",
    ),
    "show": (
        f"cascade show {SEED}",
        f"cascade show {SEED} --events {EVENTS} --as-of 2026-03-31",
    ),
    "export": (
        f"cascade export {SEED} -o seed.json",
        f"cascade export {SEED} --events {EVENTS} --format csv -o history.csv",
        f"cascade export {SEED} --events {EVENTS} --as-of 2026-01-15 -o in-force.json",
        "cascade export --db sqlite:///tracking.db --format ocel -o history.ocel.json",
    ),
    "validate": (
        "cascade validate workflows/",
        f"cascade validate --format full {SEED}",
        "cascade validate --format sarif -o cascade.sarif workflows/",
        f"cascade validate {SEED} --events {EVENTS} --as-of 2026-03-31",
    ),
    "extract": (
        "cascade extract dispatch.txt -o draft.yaml",
        "cascade extract dispatch.txt --format json",
    ),
    "status": (
        f"cascade status {SEED} --events {EVENTS} --as-of 2026-03-31",
        f"cascade status {SEED} --events {EVENTS} --by level --format csv -o status.csv",
        "cascade status --db sqlite:///tracking.db --by organisation",
    ),
    "apply": (f"cascade apply {SEED} new-events.jsonl",),
    "db init": ("cascade db init", "cascade db init --db sqlite:///tracking.db"),
    "db load": (
        f"cascade db load {SEED}",
        f"cascade db load {SEED} --db sqlite:///tracking.db --replace",
    ),
    "db list": ("cascade db list", "cascade db list --db sqlite:///tracking.db"),
    "db revisions": (
        "cascade db revisions",
        "cascade db revisions --cascade kien-giang-xiv-congress --show 1 -o first.json",
    ),
    "diff": (
        "cascade diff old.yaml new.yaml",
        "cascade diff old.yaml new.yaml --format json -o changes.json",
    ),
    "events import": (
        f"cascade events import {EVENTS}",
        f"cascade events import {EVENTS} --db sqlite:///tracking.db",
    ),
    "due": (
        f"cascade due {SEED} --events {EVENTS} --as-of 2026-03-31",
        f"cascade due {SEED} --events {EVENTS} --within 14 --format ics -o due.ics",
        "cascade due --db sqlite:///tracking.db --format csv -o due.csv",
    ),
    "report": (
        f"cascade report {SEED} --events {EVENTS} --as-of 2026-03-31 -o report.html",
        "cascade report --db sqlite:///tracking.db --period quarter --lang en",
    ),
    "history": (
        "cascade history 1.1@bao-kien-giang",
        "cascade history --until 2025-06-30 --format jsonl -o history.jsonl",
    ),
}


def add_examples(command: click.Command, path: str) -> click.Command:
    """Give ``command`` (``path``: "db load") its examples, unless its help has some."""
    examples = EXAMPLES.get(path)
    if examples and "Examples:" not in (command.help or "") and not command.epilog:
        command.epilog = "\b\nExamples:\n" + "\n".join(f"  {line}" for line in examples)
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            add_examples(sub, f"{path} {name}")
    return command
