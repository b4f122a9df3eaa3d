"""Run the Graphviz ``dot`` binary on DOT source, with a timeout.

The Python ``graphviz`` package has no timeout, so ``dot`` is run here with
:mod:`subprocess`: a layout that takes too long is killed and reported as a
:class:`~cascade.errors.RenderError`; a missing binary is a
:class:`~cascade.errors.GraphvizNotFoundError` that says how to install it.
"""

from __future__ import annotations

import shutil
import subprocess

from cascade.errors import GraphvizNotFoundError, RenderError

IMAGE_FORMATS = ("svg", "png", "pdf")
DEFAULT_TIMEOUT = 60.0  # seconds
PNG_DPI = 110  # sharp enough for a report page, small enough for a README
INSTALL_HINT = (
    "install Graphviz: 'sudo apt-get install graphviz' (Debian, Ubuntu), "
    "'brew install graphviz' (macOS), 'choco install graphviz' (Windows), "
    "or run scripts/setup.sh; or choose --format dot or mermaid, which need no Graphviz"
)


def find_dot(binary: str = "dot") -> str:
    """The path of the ``dot`` binary; GraphvizNotFoundError if it is not installed."""
    path = shutil.which(binary)
    if path is None:
        raise GraphvizNotFoundError(f"Graphviz's '{binary}' program was not found; {INSTALL_HINT}")
    return path


def run_dot(
    source: str, fmt: str, *, timeout: float = DEFAULT_TIMEOUT, binary: str = "dot"
) -> bytes:
    """Lay out ``source`` and return the image in ``fmt`` (svg, png or pdf)."""
    if fmt not in IMAGE_FORMATS:
        raise RenderError(f"Graphviz output format {fmt!r} is not one of {IMAGE_FORMATS}")
    command = [find_dot(binary), f"-T{fmt}"]
    if fmt == "png":
        command.append(f"-Gdpi={PNG_DPI}")
    try:
        done = subprocess.run(
            command,
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"Graphviz took longer than {timeout:g} s to lay out the diagram and was stopped; "
            "draw less (--depth, --root, a smaller --budget) or allow more time (--timeout)"
        ) from None
    except OSError as exc:
        raise RenderError(f"Graphviz could not be run: {exc}") from None
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = "; ".join(message[:3]) or f"exit code {done.returncode}"
        raise RenderError(f"Graphviz failed: {detail}")
    return done.stdout
