"""Collapsing forests: budgets are kept, every item lands in exactly one box, levels stay
even, cycles in parent links do not hang."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cascade.render.collapse import build_forest, plan


def _forest(parents: list[int], groups: list[int] | None = None):  # type: ignore[no-untyped-def]
    return build_forest(parents, groups or [0] * len(parents))


def test_a_small_tree_is_drawn_whole() -> None:
    chosen = plan(_forest([-1, 0, 0, 1]), budget=10)
    assert [u.members for u in chosen.units] == [(0,), (1,), (2,), (3,)]
    assert chosen.rep == [0, 1, 2, 3]
    assert not chosen.budget_limited and chosen.hidden == [0, 0, 0, 0]


def test_a_level_that_does_not_fit_folds_its_largest_sibling_sets_first() -> None:
    # root with 3 children at level 1 and 6 at level 2 (two sets of siblings by group)
    parents = [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    groups = [0, 1, 1, 1, 2, 2, 2, 2, 2, 2]
    chosen = plan(_forest(parents, groups), budget=5)
    assert [u.members for u in chosen.units] == [(0,), (1,), (2,), (3,), (4, 5, 6, 7, 8, 9)]


def test_sibling_sets_of_equal_size_fold_together() -> None:
    # two parents with three children each: a budget of 6 could open one set, not both
    parents = [-1, 0, 0, 1, 1, 1, 2, 2, 2]
    chosen = plan(_forest(parents), budget=6)
    sizes = sorted(len(u.members) for u in chosen.units)
    assert sizes == [1, 1, 1, 3, 3]


def test_depth_stops_opening_and_counts_what_is_hidden() -> None:
    chosen = plan(_forest([-1, 0, 1, 2]), budget=100, depth=1)
    assert len(chosen.units) == 2 and chosen.depth_limited
    assert chosen.rep == [0, 1, 1, 1] and chosen.hidden == [0, 2]


def test_root_draws_one_branch_and_leaves_the_rest_out() -> None:
    chosen = plan(_forest([-1, 0, 0, 1, 2]), budget=100, roots=[1])
    assert chosen.rep == [-1, 0, -1, 1, -1]


def test_parent_cycles_are_cut_not_followed() -> None:
    forest = _forest([2, 0, 1, -1])  # 0 -> 2 -> 1 -> 0 loops
    assert sorted(forest.order) == [0, 1, 2, 3]
    chosen = plan(forest, budget=100)
    assert all(u >= 0 for u in chosen.rep)


@given(
    st.lists(st.integers(min_value=-1, max_value=60), min_size=1, max_size=60),
    st.integers(min_value=1, max_value=30),
    st.one_of(st.none(), st.integers(min_value=0, max_value=4)),
)
def test_any_forest_fits_its_budget_and_places_every_item(
    raw: list[int], budget: int, depth: int | None
) -> None:
    n = len(raw)
    parents = [p if p < i else -1 for i, p in enumerate(raw)]  # a forest (plus a few cycles)
    parents = [p if p < n else -1 for p in parents]
    forest = _forest(parents, [i % 3 for i in range(n)])
    chosen = plan(forest, budget=budget, depth=depth)
    roots_cost = len({forest.group[r] for r in forest.roots}) if len(forest.roots) > budget else 0
    assert len(chosen.units) <= max(budget, roots_cost, len(forest.roots))
    assert all(u >= 0 for u in chosen.rep)  # every item falls in a box
    members = [m for u in chosen.units for m in u.members]
    assert len(members) == len(set(members))
    assert sum(len(u.members) for u in chosen.units) + sum(chosen.hidden) == n
