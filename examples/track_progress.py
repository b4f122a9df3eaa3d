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
from cascade.store.ocel import to_ocel

SEED = Path(__file__).resolve().parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"
VIETNAM = dt.timezone(dt.timedelta(hours=7))

with tempfile.TemporaryDirectory() as tmp:
    url = f"sqlite:///{Path(tmp) / 'tracking.db'}"
    with cascade.open_store(url, create=True) as store:
        cascade_file, _ = cascade.read(SEED)
        store.save_cascade(cascade_file)
        cid = cascade_file.cascade.id
        ob = "1.1@bao-kien-giang"

        # the newspaper starts, then reports; each append is one transaction
        start = cascade.Event(id="bkg-1", obligation=ob, trigger="start", actor="bao-kien-giang",
                              at=dt.datetime(2025, 1, 10, 8, tzinfo=VIETNAM),
                              note="Đã xây dựng kế hoạch tuyên truyền")  # fmt: skip
        store.append(cid, start, expected_version=0)
        report = start.model_copy(update={"id": "bkg-2", "trigger": "report", "note": None,
                                          "at": dt.datetime(2025, 3, 1, 9, tzinfo=VIETNAM),
                                          "evidence": "Báo cáo số 12/BC-BKG"})  # fmt: skip
        store.append(cid, report, expected_version=1)
        print("appending the same event again:", store.append(cid, report).duplicate)

        # an office that read version 1 and writes now has lost the race: it must reload
        try:
            late = report.model_copy(update={"id": "late"})
            store.append(cid, late, expected_version=1)
        except cascade.ConflictError as exc:
            print("conflict:", exc)

        for stored in store.history(cid, obligation=ob):
            e = stored.event
            print(f"v{stored.version} {e.at:%d/%m/%Y} {e.trigger:7} {e.note or e.evidence}")

        history = [s.event for s in store.history(cid)]
        ocel = to_ocel(store.load_cascade(cid), history)
        print("OCEL 2.0 events:", json.dumps(ocel["events"][0], ensure_ascii=False)[:100], "…")
