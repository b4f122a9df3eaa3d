"""Files written whole or not at all: a temporary file in the same folder, renamed into place.

Every file the command line writes goes through here, so that a refusal, a
crash or a full disk half-way leaves the old file (or none) in place, never a
half-written one; a reader sees the old file or the new one. A failure to write
is an :class:`~cascade.errors.OutputError` naming the file (exit code 2).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cascade.errors import OutputError


@contextlib.contextmanager
def replacing(path: str | Path, *, keep: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed to ``path`` when the block ends normally.

    With ``keep``, the temporary file starts as a copy of ``path`` (for appending).
    When the block raises, the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    temporary = Path(name)
    try:
        if target.exists():
            if keep:
                shutil.copyfile(target, temporary)
            shutil.copymode(target, temporary)
        else:  # mkstemp makes it private; a new file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            temporary.chmod(0o666 & ~umask)
        yield temporary
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``, whole or not at all."""
    with replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="")


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path``, whole or not at all."""
    with replacing(path) as temporary:
        temporary.write_bytes(data)
