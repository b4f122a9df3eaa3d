"""The collector pause around large input: off inside, on again after the outermost
block; what the block made goes to the oldest generation unwalked, and garbage cycles
made in it are still collected."""

from __future__ import annotations

import gc
import weakref

from cascade.boundary.collector import no_gc


def test_the_collector_is_off_inside_and_on_after() -> None:
    assert gc.isenabled()
    with no_gc():
        assert not gc.isenabled()
        with no_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block leaves it to the outer one
    assert gc.isenabled()


def test_what_the_block_made_waits_in_the_oldest_generation() -> None:
    with no_gc():
        made = [[n] for n in range(5000)]  # lists: tracked by the collector
        assert gc.get_count()[0] >= len(made)
    assert gc.get_count()[0] < len(made)  # the youngest generation is empty again
    assert gc.get_freeze_count() == 0  # nothing left out of collections for good
    assert any(made[0] is o for o in gc.get_objects(generation=2))


def test_a_cycle_made_in_the_block_is_still_collected() -> None:
    class Node:
        other: object

    with no_gc():
        first, second = Node(), Node()
        first.other, second.other = second, first
        seen = weakref.ref(first)
        del first, second
    gc.collect()
    assert seen() is None


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


def test_a_process_that_keeps_them_frozen_leaves_them_out_of_every_collection() -> None:
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from cascade.boundary.collector import keep_frozen, no_gc\n"
        "keep_frozen()\n"
        "with no_gc():\n"
        "    made = [[n] for n in range(5000)]\n"
        "print(gc.get_freeze_count() >= len(made), gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


def test_the_cascade_command_keeps_them_frozen_and_the_library_does_not() -> None:
    from importlib.metadata import entry_points

    from click.testing import CliRunner

    from cascade.cli import main

    (script,) = entry_points(group="console_scripts", name="cascade")
    assert script.value == "cascade.cli:run"  # the process that ends with its command
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0
    with no_gc():
        made = [[n] for n in range(100)]
    assert gc.get_freeze_count() == 0  # main() as a library call left the default
    assert made
