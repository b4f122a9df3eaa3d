"""The collector pause around large input: off inside, on again after the outermost
block, and what the block made is left out of later collections."""

from __future__ import annotations

import gc

from cascade.boundary.collector import no_gc


def test_the_collector_is_off_inside_and_on_after() -> None:
    assert gc.isenabled()
    with no_gc():
        assert not gc.isenabled()
        with no_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block leaves it to the outer one
    assert gc.isenabled()


def test_what_the_block_made_is_frozen() -> None:
    gc.unfreeze()
    with no_gc():
        made = [{"id": n} for n in range(1000)]
        assert gc.get_freeze_count() == 0
    assert gc.get_freeze_count() >= len(made)
    gc.unfreeze()


def test_an_error_in_the_block_turns_the_collector_back_on() -> None:
    try:
        with no_gc():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


def test_a_block_entered_with_the_collector_off_leaves_it_off() -> None:
    gc.disable()
    try:
        with no_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
