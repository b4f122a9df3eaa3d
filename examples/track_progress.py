"""Track progress durably: store the seed cascade in SQLite, record events, read them back.

Run: python examples/track_progress.py

Uses a SQLite file in a temporary directory; give `cascade.open_store` a
"postgresql://…" URL instead to share the history between offices.
"""

import datetime as dt
import json
import tempfile
from pathlib import Path

import cascade
from cascade.engine.status import status
from cascade.exports.ocel import to_ocel
from cascade.services import Source, load_definition, open_tracker, record

SEED = Path(__file__).resolve().parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
CID, OB = "kien-giang-xiv-congress", "1.1@bao-kien-giang"


def event(event_id: str, trigger: str, actor: str, day: int, **more: str) -> cascade.Event:
    at = dt.datetime(2025, 1, day, 9, tzinfo=VIETNAM)
    return cascade.Event(id=event_id, obligation=OB, trigger=trigger, actor=actor, at=at, **more)


with (
    tempfile.TemporaryDirectory() as tmp,
    cascade.open_store(f"sqlite:///{Path(tmp) / 'tracking.db'}", create=True) as store,
):
    load_definition(store, SEED)  # the cascade and its lifecycle

    # each record is one transaction; the lifecycle's guards run inside it
    record(store, event("bkg-1", "start", "bao-kien-giang", 10,
                        note="Đã xây dựng kế hoạch tuyên truyền"), cascade_id=CID)  # fmt: skip
    done = record(store, event("bkg-2", "report", "bao-kien-giang", 20,
                               evidence="Báo cáo số 12/BC-BKG"), cascade_id=CID)  # fmt: skip
    print(f"reported: version {done.version}, state {done.state}")
    try:  # only the department the newspaper reports to may accept the report
        record(store, event("bkg-3", "accept", "bao-kien-giang", 21), cascade_id=CID)
    except cascade.TransitionRefusedError as exc:
        print("refused, nothing stored:", exc.reason)
    record(store, event("stttt-1", "accept", "so-tttt", 22), cascade_id=CID)

    for stored in store.history(CID, obligation=OB):
        e = stored.event
        print(f"v{stored.version} {e.at:%d/%m/%Y} {e.trigger:7} {e.actor:15} {e.note or ''}")

    # the engine, replayed from the stored history
    tracker = open_tracker(Source(db=store, cascade_id=CID))
    total = status(tracker, dt.date(2025, 1, 31)).total
    print(f"as of 31/01/2025: {total.completed_on_time} completed on time, "
          f"{total.open_within_deadline} open within deadline")  # fmt: skip
    ocel = to_ocel(tracker.cascade, tracker.history())
    print("first OCEL 2.0 event:", json.dumps(ocel["events"][0], ensure_ascii=False)[:90])
