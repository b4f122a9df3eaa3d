"""The hostile-input corpus: each case is one `cascade` command on one hostile input.

Inputs are the files in ``inputs/`` (small, readable) and a few made at test time
(``GENERATED``: too large or too deep to keep in the repository). Commands are
grouped by what they read: a cascade file, an events file, a lifecycle file, a
database, or the environment's limits; every hostile input is tried with every
command of its group. Each case says the exit code it expects and the text that
names the place of the problem (a file name, a database); the test asserts those,
no traceback, no output file and no change to the database or the history on a
refusal, and a time bound.

``extract`` reads a few here (long runs of spaces, a header alone, 20 MB of text,
binary files and /dev/zero); the extractor's own tests hold more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

INPUTS = Path(__file__).parent / "inputs"


@dataclass(frozen=True)
class Case:
    """One run of the CLI: ``args`` with {in}, {base}, {out}, {db}, {url}, {history}, {good}
    filled in by the test; ``place`` must appear in the message of a refusal."""

    id: str
    args: tuple[str, ...]
    exit: int = 2
    place: str = ""
    env: dict[str, str] = field(default_factory=dict)
    inject: bool = False  # an output-encoding case: the output must hold nothing raw
    csv: bool = False  # an output file is CSV: no cell may start a formula


# --- cascade files -------------------------------------------------------------------

CASCADE_COMMANDS: dict[str, tuple[str, ...]] = {
    "show": ("show", "{in}"),
    "validate": ("validate", "{in}"),
    "render": ("render", "{in}", "-o", "{out}.svg"),
    "export": ("export", "{in}", "-o", "{out}.json"),
    "status": ("status", "{in}", "--as-of", "2025-05-01"),
    "db-load": ("db", "load", "{in}", "--db", "{db}"),
    "due": ("due", "{in}", "--as-of", "2025-06-20"),
    "report": ("report", "{in}", "--as-of", "2025-06-20", "-o", "{out}.html"),
}

# one input per kind of hostility, tried with every command that reads a cascade file
CASCADE_EVERY_COMMAND = [
    "surrogate.yaml", "surrogate.json", "nul_escape.yaml", "nul_byte.yaml",
    "merge_unknown_key.yaml", "big_integer.yaml", "unix_date.yaml", "datetime_due.yaml",
    "offset_days_huge.yaml", "year_10000.yaml", "nan.json", "alias_bomb.yaml",
    "alias_recursive_list.yaml", "deep_100.yaml", "rlo_id.yaml", "zero_width_id.yaml",
    "lifecycle_path.yaml", "utf16.yaml", "binary.yaml", "python_tag.yaml",
]  # fmt: skip
# made by the test (see ``make_generated``), and a device that never ends
GENERATED = ["deep_20000.yaml", "deep_200000.json", "long_text.yaml"]
# made by the test too: large and sound (a cascade and 50 MB of comments), read within the
# time bound by every command; the file-size limit, lowered, refuses it
BIG = "big_50mb.yaml"
# more of the same kinds and other malformed files: `show` and `validate` read them
CASCADE_MORE = [
    "alias_bomb_flow.yaml", "alias_recursive.yaml", "big_integer_level.yaml",
    "bom_in_id.yaml", "comments_only.yaml", "control_id.yaml", "crlf_nul.yaml",
    "deep_block.yaml", "document_start_only.yaml", "duplicate_key.yaml", "empty.yaml",
    "february_30.yaml", "float_date.yaml", "int_key.yaml", "latin1.yaml",
    "lifecycle_dotdot.yaml", "long_line_key.yaml", "merge_alias_wrong_type.yaml",
    "merge_wrong_type.yaml", "multi_document.yaml", "null_key.yaml",
    "offset_days_negative.yaml", "only_bom.yaml", "surrogate_key.yaml", "tab_indent.yaml",
    "top_level_list.yaml", "unix_due.yaml", "unknown_tag.yaml", "year_0.yaml",
    "infinity.json", "nul_escape.json", "top_level_scalar.json", "trailing_garbage.json",
    "unclosed.json",
]  # fmt: skip

# lifecycles that cannot be used: refused by the commands that use the lifecycle;
# `show`, `validate` and `render` without --events or --as-of never load it
LIFECYCLE_USERS: dict[str, tuple[str, ...]] = {
    "due": CASCADE_COMMANDS["due"],
    "report": CASCADE_COMMANDS["report"],
    "export": CASCADE_COMMANDS["export"],
    "status": CASCADE_COMMANDS["status"],
    "db-load": CASCADE_COMMANDS["db-load"],
    "validate-as-of": ("validate", "{in}", "--as-of", "2025-05-01"),
    "render-as-of": ("render", "{in}", "--as-of", "2025-05-01", "-o", "{out}.svg"),
}
BAD_LIFECYCLE = ["lifecycle_300.yaml", "lifecycle_256.yaml", "lifecycle_bomb.yaml",
                 "lifecycle_unknown.yaml"]  # fmt: skip

# sound files with odd shapes: what each command answers
ODD: dict[str, dict[str, int]] = {
    "implements_self.yaml": {"show": 0, "validate": 1, "render": 0, "export": 0, "status": 0},
    "group_of_itself.yaml": {"show": 2, "validate": 1, "export": 2, "db-load": 2},
    "dangling_everything.yaml": {"show": 2, "validate": 1, "status": 2, "db-load": 2},
}


def cascade_cases() -> list[Case]:
    cases = []
    for name in [*CASCADE_EVERY_COMMAND, *GENERATED, "/dev/zero"]:
        place = Path(name).name
        for command, args in CASCADE_COMMANDS.items():
            cases.append(Case(f"{command}:{place}", _fill(args, name), place=place))
    for command, args in CASCADE_COMMANDS.items():
        cases.append(Case(f"{command}:{BIG}", _fill(args, BIG), 0))
    for name in CASCADE_MORE:
        for command in ("show", "validate"):
            cases.append(Case(f"{command}:{name}", _fill(CASCADE_COMMANDS[command], name),
                              place=name))  # fmt: skip
    for name in BAD_LIFECYCLE:
        place = name if name == "lifecycle_unknown.yaml" else "lifecycles/"
        for command, args in LIFECYCLE_USERS.items():
            cases.append(Case(f"{command}:{name}", _fill(args, name), place=place))
        for command in ("show", "validate", "render"):
            cases.append(Case(f"{command}:{name}", _fill(CASCADE_COMMANDS[command], name), 0))
    for name, answers in ODD.items():
        for command, code in answers.items():
            cases.append(Case(f"{command}:{name}", _fill(CASCADE_COMMANDS[command], name), code,
                              place=name))  # fmt: skip
    return cases


def _fill(args: tuple[str, ...], name: str) -> tuple[str, ...]:
    return tuple(name if a == "{in}" else a for a in args)


# --- lifecycle files -------------------------------------------------------------------

LIFECYCLE_REFUSED = [
    "lifecycles/chain300.yaml", "lifecycles/chain256.yaml", "lifecycles/bomb.yaml",
    "lifecycle_surrogate.yaml", "lifecycle_nan.json", "alias_bomb.yaml", "nul_byte.yaml",
    "deep_100.yaml", "binary.yaml", "utf16.yaml", "big_integer.yaml", "python_tag.yaml",
    "empty.yaml", "surrogate.json", "deep_20000.yaml", "/dev/zero",
]  # fmt: skip


def lifecycle_cases() -> list[Case]:
    return [
        Case(f"lifecycle-check:{Path(n).name}", ("lifecycle", "check", n), place=Path(n).name)
        for n in LIFECYCLE_REFUSED
    ]


# --- events files (with base.yaml) ---------------------------------------------------------

EVENTS_COMMANDS: dict[str, tuple[str, ...]] = {
    "status": ("status", "base.yaml", "--events", "{in}", "--as-of", "2025-05-01"),
    "show": ("show", "base.yaml", "--events", "{in}"),
    "export": ("export", "base.yaml", "--events", "{in}", "--format", "csv", "-o", "{out}.csv"),
    "render": ("render", "base.yaml", "--events", "{in}", "-o", "{out}.svg"),
    "apply": ("apply", "base.yaml", "{in}", "--history", "{history}"),
    "import": ("events", "import", "{in}", "--db", "{db}"),
    "due": ("due", "base.yaml", "--events", "{in}", "--as-of", "2025-06-20"),
}
EVENTS_EVERY_COMMAND = [
    "ev_surrogate_note.jsonl", "ev_nul_note.jsonl", "ev_year_10000.jsonl", "ev_year_0.jsonl",
    "ev_unix_at.jsonl", "ev_huge_number.jsonl", "ev_rlo_id.jsonl", "ev_binary.jsonl",
    "ev_reused_id.jsonl", "ev_dated_before.jsonl", "ev_deep_100000.jsonl", "/dev/zero",
]  # fmt: skip
EVENTS_MORE = [
    "ev_surrogate_id.jsonl", "ev_nul_actor.jsonl", "ev_year_10000_naive.jsonl",
    "ev_float_at.jsonl", "ev_nan_at.jsonl", "ev_zero_width_actor.jsonl",
    "ev_escape_obligation.jsonl", "ev_array.jsonl", "ev_scalar.jsonl", "ev_utf16.jsonl",
    "ev_many_problems.jsonl", "ev_unknown_key.jsonl",
]  # fmt: skip


def events_cases() -> list[Case]:
    cases = []
    for name in EVENTS_EVERY_COMMAND + EVENTS_MORE:
        place = Path(name).name
        commands = EVENTS_COMMANDS if name in EVENTS_EVERY_COMMAND else ("status", "import")
        for command in commands:
            cases.append(
                Case(f"events-{command}:{place}", _fill(EVENTS_COMMANDS[command], name),
                     place=place)
            )  # fmt: skip
    return cases


# --- databases ---------------------------------------------------------------------------

DB_COMMANDS: dict[str, tuple[str, ...]] = {
    "history": ("history", "--db", "{url}"),
    "export": ("export", "--db", "{url}", "-o", "{out}.json"),
    "status": ("status", "--db", "{url}", "--as-of", "2025-05-01"),
    "db-list": ("db", "list", "--db", "{url}"),
    "render": ("render", "--db", "{url}", "-o", "{out}.svg"),
    "validate": ("validate", "--db", "{url}"),
    "record": ("record", "start", "o1", "--actor", "so", "--db", "{url}"),
    "import": ("events", "import", "good.jsonl", "--db", "{url}"),
    "db-load": ("db", "load", "other.yaml", "--db", "{url}"),  # a new cascade: a write
}
WRITERS = ("record", "import", "db-load")

# url kind -> (the text that names it in a refusal); the test makes each kind
DATABASES = {
    "bad-url": "[::1",
    "unknown-option": "uri",
    "bad-mode": "mode=rwx",
    "parent-is-file": "afile",
    "empty-file": "empty.db",
    "not-sqlite": "notes.db",
    "directory": "adir",
    "missing": "missing.db",
    "corrupt": "corrupt.db",
    "tampered-definition": "mini",
    "tampered-json": "mini",
    "tampered-lifecycle": "mini",
}


# these kinds with every command that opens a database, the others with a reader and a writer
NO_DEFINITION = ("history", "db-list", "db-load")
# what reads a stored definition's text: names and exports; the rest works from the stored
# obligations and their compiled columns (validate: with the findings `db load` kept)
READS_DEFINITION = ("export", "render")


def _reads_around(kind: str, command: str) -> bool:
    """Whether ``command`` never reads what database ``kind`` has spoiled (so it succeeds):
    a changed definition or lifecycle is refused where it is read."""
    if kind in ("tampered-definition", "tampered-json"):
        return command not in READS_DEFINITION
    return kind == "tampered-lifecycle" and command in NO_DEFINITION


DB_EVERY_COMMAND = ("bad-url", "empty-file", "missing", "corrupt", "tampered-definition")


def database_cases() -> list[Case]:
    cases = []
    for kind, place in DATABASES.items():
        for command, args in DB_COMMANDS.items():
            if kind not in DB_EVERY_COMMAND and command not in ("history", "export", "record"):
                continue
            url_args = tuple(f"{{url:{kind}}}" if a == "{url}" else a for a in args)
            code = 0 if _reads_around(kind, command) else 2
            cases.append(Case(f"db-{command}:{kind}", url_args, code, place=place))
    for command, args in DB_COMMANDS.items():  # ?mode=ro: reads work, writes are refused
        url_args = tuple("{url:read-only}" if a == "{url}" else a for a in args)
        code = 2 if command in WRITERS else 0
        cases.append(Case(f"db-{command}:read-only", url_args, code, place="readonly"))
    return cases


# --- limits ------------------------------------------------------------------------------

LIMIT_CASES = [  # (variable, value, input): the refusal names the variable
    ("CASCADE_MAX_FILE_SIZE", "100", "base.yaml"),
    ("CASCADE_MAX_FILE_SIZE", "10000000", BIG),
    ("CASCADE_MAX_DEPTH", "3", "base.yaml"),
    ("CASCADE_MAX_ALIAS_NODES", "1", "aliases_small.yaml"),
    ("CASCADE_MAX_GROUP_SIZE", "10", "group_12.yaml"),
    ("CASCADE_MAX_STRING_LENGTH", "5", "base.yaml"),
    ("CASCADE_MAX_DEPTH", "deep", "base.yaml"),  # not a number
    ("CASCADE_MAX_FILE_SIZE", "0", "base.yaml"),  # not a limit
]


def limit_cases() -> list[Case]:
    return [
        Case(f"limit-{command}:{env}={value}", _fill(CASCADE_COMMANDS[command], name),
             place=env, env={env: value})
        for env, value, name in LIMIT_CASES
        for command in ("show", "validate", "db-load")
    ] + [  # the same files are fine under the default limits
        Case(f"limit-default-{command}:{name}", _fill(CASCADE_COMMANDS[command], name), 0)
        for name in ("aliases_small.yaml", "group_12.yaml")
        for command in ("show", "export", "status")
    ]  # fmt: skip


# --- output encoding ------------------------------------------------------------------------

INJECTION_CASES = [
    Case("inject-show", ("show", "inject_names.yaml"), 0, inject=True),
    Case("inject-show-events", ("show", "base.yaml", "--events", "inject_events.jsonl"), 0,
         inject=True),
    Case("inject-status", ("status", "inject_names.yaml", "--by", "organisation",
                           "--as-of", "2025-05-01"), 0, inject=True),
    Case("inject-validate", ("validate", "inject_names.yaml", "--as-of", "2025-09-01"), 0,
         inject=True),  # an overdue obligation: a warning that names its lead
    Case("inject-validate-full", ("validate", "--format", "full", "inject_names.yaml",
                                  "--as-of", "2025-09-01"), 0, inject=True),
    Case("inject-validate-github", ("validate", "--format", "github", "inject_names.yaml",
                                    "--as-of", "2025-09-01"), 0, inject=True),
    Case("inject-markup", ("show", "markup_name.yaml"), 0, inject=True),
    Case("inject-export-csv", ("export", "base.yaml", "--events", "inject_formula.jsonl",
                               "--format", "csv", "-o", "{out}.csv"), 0, csv=True),
    Case("inject-status-csv", ("status", "inject_formula.yaml", "--by", "organisation",
                               "--format", "csv", "-o", "{out}.csv"), 0, csv=True),
    Case("inject-render-svg", ("render", "inject_render.yaml", "-o", "{out}.svg"), 0),
    Case("inject-render-dot", ("render", "inject_render.yaml", "-o", "{out}.dot"), 0),
    Case("inject-render-mermaid", ("render", "inject_render.yaml", "--format", "mermaid",
                                   "-o", "{out}.mmd"), 0),
    Case("inject-render-org-svg", ("render", "inject_render.yaml", "--view", "organisations",
                                   "-o", "{out}.svg"), 0),
    Case("inject-due", ("due", "inject_names.yaml", "--as-of", "2025-06-20"), 0, inject=True),
    Case("inject-due-csv", ("due", "inject_formula.yaml", "--as-of", "2025-06-20",
                            "--format", "csv", "-o", "{out}.csv"), 0, csv=True),
    Case("inject-due-ics", ("due", "inject_names.yaml", "--as-of", "2025-06-20",
                            "--format", "ics", "-o", "{out}.ics"), 0),
    Case("inject-report-html", ("report", "inject_render.yaml", "--as-of", "2025-06-20",
                                "-o", "{out}.html"), 0),
    Case("inject-render-docs-mermaid", ("render", "inject_render.yaml", "--view", "documents",
                                        "--format", "mermaid", "-o", "{out}.mmd"), 0),
]  # fmt: skip


# --- extract: the text of a document ------------------------------------------------------

EXTRACT_REFUSED = ["ex_spaces.txt", "ex_header_only.txt", "ex_20mb.txt", "binary.yaml",
                   "utf16.yaml", "empty.yaml", "/dev/zero"]  # fmt: skip


def extract_cases() -> list[Case]:
    return [
        Case(f"extract:{Path(n).name}", ("extract", n, "-o", "{out}.yaml"), place=Path(n).name)
        for n in EXTRACT_REFUSED
    ]


def all_cases() -> list[Case]:
    """Every case of the corpus."""
    return [
        *cascade_cases(),
        *lifecycle_cases(),
        *events_cases(),
        *database_cases(),
        *limit_cases(),
        *extract_cases(),
        *INJECTION_CASES,
    ]


def make_generated(folder: Path) -> None:
    """Write the inputs too large or too deep to keep in the repository into ``folder``."""
    base = (INPUTS / "base.yaml").read_text(encoding="utf-8")
    (folder / "deep_20000.yaml").write_text(base + "x: " + "[" * 20_000 + "]" * 20_000 + "\n")
    (folder / "deep_200000.json").write_text(
        '{"format": "cascade/1", "x": ' + "[" * 200_000 + "]" * 200_000 + "}\n"
    )
    with (folder / BIG).open("w", encoding="utf-8") as handle:
        handle.write(base)  # 50 MB: comments after a sound cascade
        line = "# " + "x" * 1021 + "\n"
        handle.writelines(line for _ in range(50 * 1024))
    long_name = "Ủ" * 1_100_000
    (folder / "long_text.yaml").write_text(
        base.replace("name: Sở Nội vụ", f"name: {long_name}"), encoding="utf-8"
    )
    heading = "UBND TỈNH KIÊN GIANG\nSố: 12/STTTT-TTBCXB\nKính gửi: Ủy ban nhân dân các huyện.\n"
    sentence = "Các đơn vị triển khai thực hiện kế hoạch tuyên truyền. " * 40 + "\n"
    (folder / "ex_20mb.txt").write_text(heading + sentence * 9000, encoding="utf-8")
    event = '{"id": "e1", "obligation": "o1", "trigger": "start", "actor": "so", '
    event += '"at": "2025-04-01T10:00:00+07:00", "note": '
    (folder / "ev_deep_100000.jsonl").write_text(event + "[" * 100_000 + "]" * 100_000 + "}\n")
