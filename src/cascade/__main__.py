"""``python -m cascade``: the same as the ``cascade`` command."""

from cascade.cli import run

run()
