"""PostgreSQL's planner statistics are renewed after a bulk write: a store just loaded and
imported is read by `record` with plans for its real size, not for empty tables."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from cascade.model import CascadeFile
from cascade.store import open_store
from cascade.store.sql import ANALYZE_AFTER
from cascade.testing.synthetic import Shape, generate, generate_events


def _analyzed(url: str) -> set[str]:
    """The tables of the test's schema that an ANALYZE statement (not the daemon) read."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:  # a new snapshot of the statistics each time
            rows = conn.execute(
                text(
                    "SELECT relname FROM pg_stat_user_tables "
                    "WHERE schemaname = current_schema() AND last_analyze IS NOT NULL"
                )
            )
            return {row.relname for row in rows}
    finally:
        engine.dispose()


def test_a_large_load_and_import_renew_the_statistics(postgres_url: str) -> None:
    shape = Shape(provinces=6, departments=8, communes=60, directives=3)
    cascade = generate(ANALYZE_AFTER + 200, shape, seed=3)
    with open_store(postgres_url, create=True) as store:
        store.save_cascade(cascade)
        assert _analyzed(postgres_url) == {"cascade_items"}
        history = generate_events(cascade)
        assert len(history) >= ANALYZE_AFTER
        store.append_many(cascade.cascade.id, history)
    assert _analyzed(postgres_url) == {"cascade_items", "cascade_events", "cascade_heads"}


def test_a_small_write_leaves_them_to_the_daemon(postgres_url: str, seed_file: CascadeFile) -> None:
    from support.store import ev

    with open_store(postgres_url, create=True) as store:
        store.save_cascade(seed_file)  # 96 obligations
        store.append_many(seed_file.cascade.id, [ev("e1", "1.4", "start", "so-tttt")])
    assert _analyzed(postgres_url) == set()
