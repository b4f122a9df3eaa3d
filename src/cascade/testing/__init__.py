"""For test authors: assertions (:mod:`.assertions`), the pytest plugin
(:mod:`.pytest_plugin`) and synthetic national cascades (:mod:`.synthetic`).

::

    from cascade.testing import assert_transition_allowed, assert_valid

The assertions are imported on first use, so that loading the pytest plugin
(which every pytest run in a project with ``cascade`` installed does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "assert_finding",
    "assert_transition_allowed",
    "assert_transition_refused",
    "assert_valid",
]

if TYPE_CHECKING:
    from cascade.testing.assertions import (
        assert_finding,
        assert_transition_allowed,
        assert_transition_refused,
        assert_valid,
    )


def __getattr__(name: str) -> Any:
    if name in __all__:
        from cascade.testing import assertions

        return getattr(assertions, name)
    raise AttributeError(f"module 'cascade.testing' has no attribute {name!r}")
