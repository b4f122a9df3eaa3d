"""The public API is exactly what ``cascade.__all__`` names, sorted and importable."""

from __future__ import annotations

import cascade


def test_all_is_sorted_and_unique() -> None:
    assert list(cascade.__all__) == sorted(set(cascade.__all__))


def test_every_name_in_all_exists() -> None:
    for name in cascade.__all__:
        assert hasattr(cascade, name), name


def test_no_public_name_is_left_out() -> None:
    public = {
        name for name, value in vars(cascade).items()
        if not name.startswith("_") and not isinstance(value, type(cascade))
    }  # fmt: skip
    assert public == set(cascade.__all__) - {"__version__"}
