"""Run the rules over cascade files and collect findings.

For a file: read its shape (:func:`cascade.files.loader.read`), run the file-layer
rules (references, identifiers) on it, and only when no id dangles expand
groups and run the rules of the expanded cascade, then the state rules when a
state is given. Each :class:`~cascade.rules.base.Violation` becomes a
:class:`Finding` with the configured severity and its file:line:col, unless a
suppression comment or ``per-file-ignores`` silences it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cascade.boundary.collector import no_gc
from cascade.engine.timeline import in_force
from cascade.errors import CascadeFileError, InputError, Position, RuleDefinitionError
from cascade.files.loader import SourceMap, declared_format, expand, read
from cascade.model import FORMAT_VERSION, Cascade, CascadeFile, Event
from cascade.rules.base import PathKey, Rule, Severity, Violation
from cascade.rules.config import Config
from cascade.rules.context import Context, StateView
from cascade.rules.registry import all_rules
from cascade.rules.state_adapter import tracked_state
from cascade.rules.suppress import Suppressions

if TYPE_CHECKING:
    from cascade.event_batch import EventBatch

SUFFIXES = (".yaml", ".yml")

StateSource = StateView | Callable[[Cascade], StateView]
"""A state, or how to get one from the expanded cascade (e.g. by replaying events)."""


@dataclass(frozen=True)
class Finding:
    """One problem, placed: what, where (file:line:col and logical), how bad, how to fix."""

    rule: Rule
    severity: Severity
    message: str
    position: Position
    path: PathKey = ()
    obligation: str | None = None
    document: str | None = None
    hint: str | None = None

    @property
    def code(self) -> str:
        """The rule id, e.g. ``CAS201``."""
        return self.rule.id

    def __str__(self) -> str:
        return f"{self.position}: {self.rule.id} {self.message}"


@dataclass
class FileReport:
    """The outcome of validating one cascade (a file, or a cascade in memory)."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    notes: list[str] = field(default_factory=list)
    error: CascadeFileError | None = None
    source: SourceMap | None = None

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class Result:
    """The outcome of a run over several files, and its exit code."""

    reports: list[FileReport]
    rules: Mapping[str, Rule]
    config: Config

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every file."""
        return [f for r in self.reports for f in r.findings]

    @property
    def errors(self) -> list[CascadeFileError]:
        """Files that could not be validated at all."""
        return [r.error for r in self.reports if r.error is not None]

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity``, over all files."""
        return sum(r.count(severity) for r in self.reports)

    @property
    def failed(self) -> bool:
        """Findings at or above ``fail-on``, or more warnings than ``max-warnings``."""
        threshold = self.config.fail_on.rank
        if any(f.severity.rank >= threshold for f in self.findings):
            return True
        limit = self.config.max_warnings
        return limit is not None and self.count(Severity.WARNING) > limit

    @property
    def exit_code(self) -> int:
        """2 when a file is unusable, 1 when the run failed, 0 when clean."""
        if self.errors:
            return 2
        return 1 if self.failed else 0


class Validator:
    """Rules and configuration, ready to validate any number of cascades.

    ``timings`` adds up the seconds each rule took over all runs (an index shared
    by several rules is charged to the first that builds it).
    """

    def __init__(
        self, config: Config | None = None, rules: Mapping[str, Rule] | None = None
    ) -> None:
        self.config = config or Config()
        self.rules = dict(rules) if rules is not None else all_rules()
        self.severities = self.config.severities(self.rules)
        self.timings: dict[str, float] = {}

    def run(self, paths: Iterable[str | Path], state: StateSource | None = None) -> Result:
        """Validate each file in ``paths``, and the YAML files under each folder in it."""
        files = cascade_files(Path(p) for p in paths)
        return Result([self.validate_file(p, state) for p in files], self.rules, self.config)

    def validate_file(self, path: str | Path, state: StateSource | None = None) -> FileReport:
        """Validate one cascade file; a file that cannot be read is reported, not raised."""
        try:
            cascade_file, source = read(path)
        except CascadeFileError as exc:
            return FileReport(str(path), error=exc)
        report = FileReport(source.path, source=source)
        ignored = self.config.ignored(path, self.rules)
        ctx = Context(cascade_file, source=source)
        self._run(report, ctx, ignored, state, Suppressions.scan(source.lines))
        return report

    def validate(
        self, cascade: Cascade | CascadeFile, state: StateSource | None = None
    ) -> FileReport:
        """Validate a cascade in memory (positions then name the cascade, not a line)."""
        name = f"<{cascade.cascade.id}>"
        if isinstance(cascade, Cascade):
            ctx = Context.of_cascade(cascade)
        else:
            ctx = Context(cascade, source=None)
        report = FileReport(name)
        self._run(report, ctx, frozenset(), state, Suppressions())
        return report

    # --- the run itself ---------------------------------------------------

    def _active(self, layer: str, ignored: frozenset[str]) -> list[Rule]:
        return [
            r
            for r in self.rules.values()
            if r.layer == layer
            and (r.blocks or (self.severities[r.id] is not Severity.OFF and r.id not in ignored))
        ]

    def _run(
        self,
        report: FileReport,
        ctx: Context,
        ignored: frozenset[str],
        state: StateSource | None,
        suppressions: Suppressions,
    ) -> None:
        # rules build indexes of millions of entries and no reference cycles; a full
        # collection would walk every object of a large cascade for nothing
        with no_gc():
            self._run_rules(report, ctx, ignored, state, suppressions)

    def _run_rules(
        self,
        report: FileReport,
        ctx: Context,
        ignored: frozenset[str],
        state: StateSource | None,
        suppressions: Suppressions,
    ) -> None:
        blocked: list[str] = []
        for r in self._active("file", ignored):
            fired = self._apply(report, r, ctx, ignored, suppressions)
            if fired and r.blocks:
                blocked.append(r.id)
        if blocked:
            self._blocked(report, blocked)
            return
        if not ctx.expanded:
            ctx.attach(cascade=expand(ctx.file, ctx.source, check=False))
        for r in self._active("cascade", ignored):
            self._apply(report, r, ctx, ignored, suppressions)
        state_rules = self._active("state", ignored)
        if state is not None and state_rules:
            written = ctx.cascade
            view = state if isinstance(state, StateView) else state(written)
            # the state rules read the revision in force on the state's day (amendments
            # applied); the others what the documents did as written
            on_the_day = Context(ctx.file, source=ctx.source, from_file=ctx.from_file)
            on_the_day.attach(cascade=in_force(written, view.as_of), written=written, state=view)
            for r in state_rules:
                self._apply(report, r, on_the_day, ignored, suppressions)
        report.findings.sort(key=_order)

    def _blocked(self, report: FileReport, blocked: Sequence[str]) -> None:
        ids = ", ".join(blocked)
        report.notes.append(
            f"the other rules did not run: references are broken ({ids}); fix those first"
        )
        if not any(f.rule.id in blocked for f in report.findings):
            # the loader refuses such a file; silencing the reason must not make it pass
            report.error = CascadeFileError(
                f"the cascade cannot be expanded: references are broken ({ids}), "
                "and those findings are switched off or suppressed here",
                Position(report.path),
            )
        report.findings.sort(key=_order)

    def _apply(
        self,
        report: FileReport,
        r: Rule,
        ctx: Context,
        ignored: frozenset[str],
        suppressions: Suppressions,
    ) -> bool:
        """Run rule ``r``; add its findings that are on; tell whether it found anything."""
        severity = Severity.OFF if r.id in ignored else self.severities[r.id]
        fired = False
        started = time.perf_counter()
        try:
            violations: Iterable[Violation] = r(ctx)
            for v in violations:
                fired = True
                if severity is Severity.OFF:
                    continue
                finding = self._finding(r, severity, v, ctx, report.path)
                if suppressions and ctx.source is not None:
                    line = finding.position.line
                    if suppressions.silences(r, v.path, line, ctx.source):
                        report.suppressed += 1
                        continue
                report.findings.append(finding)
        except RuleDefinitionError:
            raise
        except Exception as exc:
            if r.origin == "cascade":
                raise  # a bug in a built-in rule: let it show
            raise RuleDefinitionError(f"rule {r.id} from {r.origin} failed: {exc!r}") from exc
        finally:
            self.timings[r.id] = self.timings.get(r.id, 0.0) + time.perf_counter() - started
        return fired

    @staticmethod
    def _finding(r: Rule, severity: Severity, v: Violation, ctx: Context, name: str) -> Finding:
        position = ctx.source.position(v.path) if ctx.source is not None else Position(name)
        obligation, document = ctx.logical(v)
        return Finding(r, severity, v.message, position, v.path, obligation, document, v.hint)


def cascade_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the cascade files under each folder given (sorted).

    In a folder, YAML files that declare another format (a ``lifecycle/1``
    definition) are not cascades and are left out; files given by name never are.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                p for p in path.rglob("*")
                if p.suffix in SUFFIXES and p.is_file() and is_cascade_candidate(p)
            )  # fmt: skip
        else:
            out.append(path)  # a missing file is reported by the loader, as unusable
    return out


def is_cascade_candidate(path: Path) -> bool:
    """False for a file that declares a format other than ``cascade/1``."""
    return declared_format(path) in (None, FORMAT_VERSION)


def _order(f: Finding) -> tuple[int, int, str]:
    return (f.position.line or 0, f.position.column or 0, f.rule.id)


def validate(
    cascade: Cascade | CascadeFile | str | Path,
    config: Config | None = None,
    state: StateSource | None = None,
    *,
    events: str | Path | EventBatch | Iterable[Event] | None = None,
    as_of: dt.date | None = None,
) -> FileReport:
    """Validate one cascade (a file path or a model) with ``config`` (default: recommended).

    The state rules (CAS6xx) run when a ``state`` is given, or ``events`` (an events
    file, a batch, or events) and/or ``as_of``: the engine replays the events (none:
    the states written in the file) and takes the buckets as of the end of
    ``as_of`` (default today, Vietnam time). A refused event raises
    :class:`~cascade.errors.TransitionRefusedError`.
    """
    if events is not None or as_of is not None:
        if state is not None:
            raise InputError("give either state, or events and as_of, not both")
        near = cascade if isinstance(cascade, str | Path) else None
        state = tracked_state(events, as_of, near)
    validator = Validator(config)
    if isinstance(cascade, str | Path):
        return validator.validate_file(cascade, state)
    return validator.validate(cascade, state)
