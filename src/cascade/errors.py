"""The one exception tree of ``cascade``.

Every error the library raises on purpose derives from :class:`CascadeError`, so
an importing tool can catch one class, and the CLI maps it to a clean message and
an exit code (never a traceback)::

    CascadeError
    ├── InputError                    bad input: exit code 2
    │   ├── CascadeFileError          a cascade/events/config file is malformed (has a Position)
    │   │   └── LifecycleDefinitionError  a lifecycle definition is unsound or unknown
    │   ├── IdentifierError           a document identifier does not parse
    │   ├── UnknownReferenceError     an id names no organisation / document / obligation
    │   ├── EventConflictError        an event id is reused for a different event
    │   ├── RevisionConflictError     a new definition would rewrite a recorded history
    │   ├── RuleDefinitionError       a validation rule (built in or from a plugin) is unusable
    │   ├── ExtractError              a text is empty or not an official document (extract)
    │   └── OutputError               a result cannot be written where it was asked
    ├── TransitionRefusedError        an event was refused by a guard or the state machine
    ├── StoreError                    the event store failed (connection, schema version)
    │   └── ConflictError             a concurrent writer won; retry (exit code 75)
    └── RenderError                   a diagram could not be produced
        └── GraphvizNotFoundError     the ``dot`` binary is missing
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_CONFLICT = 75  # EX_TEMPFAIL of sysexits.h: a temporary failure, the caller may retry


@dataclass(frozen=True)
class Position:
    """A place in a source file; ``line`` and ``column`` are 1-based."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


class CascadeError(Exception):
    """Root of every error ``cascade`` raises on purpose."""

    exit_code: int = EXIT_BAD_INPUT


class InputError(CascadeError):
    """The input (a file, an argument, an identifier) is unusable."""


class RevisionConflictError(InputError):
    """A new definition of a stored cascade contradicts its recorded history; nothing was
    written. ``conflicts`` are the changes (:class:`cascade.files.diff.Change`), each with
    the dated amendment that would express it where one does."""

    def __init__(self, message: str, conflicts: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.conflicts = conflicts


class CascadeFileError(InputError):
    """A file is malformed; carries where (``position``) and what is wrong."""

    def __init__(
        self,
        message: str,
        position: Position | None = None,
        *,
        more: tuple[CascadeFileError, ...] = (),
    ) -> None:
        self.message = message
        self.position = position
        self.more = more
        super().__init__(self.headline)

    @property
    def headline(self) -> str:
        """``path:line:col: message`` for this problem alone."""
        return f"{self.position}: {self.message}" if self.position else self.message

    @property
    def problems(self) -> tuple[CascadeFileError, ...]:
        """This problem and every further one found in the same file."""
        return (self, *self.more)

    def __str__(self) -> str:
        return "\n".join(p.headline for p in self.problems)


class IdentifierError(InputError):
    """A document identifier such as ``251-KH/TU`` could not be parsed."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"invalid document identifier {text!r}: {reason}")


class UnknownReferenceError(InputError):
    """An id refers to nothing that exists (organisation, document, obligation)."""

    def __init__(self, kind: str, ref: str, context: str = "") -> None:
        self.kind = kind
        self.ref = ref
        where = f" ({context})" if context else ""
        super().__init__(f"unknown {kind} {ref!r}{where}")


class LifecycleDefinitionError(CascadeFileError):
    """A lifecycle definition is not sound (initial state, reachability, triggers), or
    a cascade names a lifecycle that does not exist."""


class EventConflictError(InputError):
    """An event id already in the history names a different event; nothing changed."""

    def __init__(self, event_id: str, difference: str, position: Position | None = None) -> None:
        self.event_id = event_id
        self.difference = difference
        self.position = position
        where = f"{position}: " if position else ""
        super().__init__(
            f"{where}event id {event_id!r} is already in the history for a different event "
            f"({difference}); give the new event its own id"
        )


class RuleDefinitionError(InputError):
    """A validation rule cannot be used: a plugin fails to load, or ids or names clash."""


class OutputError(InputError):
    """A result cannot be written: the folder is missing, the file is not writable."""


class ExtractError(InputError):
    """``cascade extract`` cannot use the input: empty, unreadable, not an official document."""


class TransitionRefusedError(CascadeError):
    """An event was refused; nothing changed.

    Attributes say who tried what and why not; ``position`` says where the event
    was read from, when it came from a file. ``kind`` is ``obligation``, or
    ``milestone`` for an event recording a milestone.
    """

    exit_code = EXIT_BAD_INPUT

    def __init__(
        self,
        *,
        obligation: str,
        trigger: str,
        actor: str,
        state: str,
        reason: str,
        event_id: str | None = None,
        position: Position | None = None,
        kind: str = "obligation",
    ) -> None:
        self.obligation = obligation
        self.trigger = trigger
        self.actor = actor
        self.state = state
        self.reason = reason
        self.event_id = event_id
        self.position = position
        prefix = f"{position}: " if position else ""
        prefix += f"event {event_id}: " if event_id else ""
        super().__init__(
            f"{prefix}{actor} may not {trigger!r} {kind} {obligation} (state {state}): {reason}"
        )


class StoreError(CascadeError):
    """The event store failed (connection, schema, integrity)."""


class ConflictError(StoreError):
    """Another writer changed the same obligation first; reload and retry.

    ``expected`` is the version the caller read, ``actual`` the version found.
    """

    exit_code = EXIT_CONFLICT

    def __init__(
        self,
        message: str,
        *,
        obligation: str | None = None,
        expected: int | None = None,
        actual: int | None = None,
    ) -> None:
        self.obligation = obligation
        self.expected = expected
        self.actual = actual
        super().__init__(message)


class RenderError(CascadeError):
    """A diagram could not be produced (layout failed, timed out)."""


class GraphvizNotFoundError(RenderError):
    """The Graphviz ``dot`` binary is not installed."""
