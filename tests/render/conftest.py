"""Fixtures for the render tests: a status of the seed that uses every state and bucket,
and a cascade of hostile names."""

from __future__ import annotations

import datetime as dt

import pytest

from cascade.model import Cascade
from cascade.render import STATES, CascadeStatus

DAY = dt.date(2025, 6, 1)

HOSTILE = (
    'Ban "Trích dẫn" \\ gạch chéo \\',
    "<b>in đậm</b> &amp; <i>nghiêng</i> & <tag attr='x'>",
    "]] ngoặc vuông [[ {ngoặc nhọn} | ống | ;",
    "Dòng một\nDòng hai\r\nDòng ba",
    "%% chú thích %%{init: {}}%% #quot; #35;",
    "end",
    "click n0 call alert()",
    "style n0 fill:#f00;",
    "Sở 🚀 Khoa học 👩‍💻",
    "مديرية الاتصالات ‮ đảo chiều",
    "\\N \\G \\l \\n trong DOT",
    "`mã` *đậm* _nghiêng_",
)


@pytest.fixture(scope="session")
def seed_status(seed: Cascade) -> CascadeStatus:
    """Every state of the default lifecycle and every bucket, spread over the seed."""
    states = {ob.id: STATES[i % len(STATES)] for i, ob in enumerate(seed.obligations)}
    bucket_of = {
        "assigned": "open_within_deadline",
        "in_progress": "overdue",
        "reported": "completed_on_time",
        "accepted": "completed_late",
    }
    buckets = {k: bucket_of[v] for k, v in states.items() if v in bucket_of}
    return CascadeStatus(states=states, buckets=buckets, as_of=dt.date(2025, 9, 30))


@pytest.fixture(scope="session")
def hostile() -> Cascade:
    """A cascade whose organisations are named with everything that could break a diagram."""
    orgs = [{"id": "top", "name": "Cơ quan cấp trên", "kind": "department", "level": "province"}]
    orgs += [
        {"id": f"h{i}", "name": name, "kind": "unit", "level": "district", "parent": "top"}
        for i, name in enumerate(HOSTILE)
    ]
    data = {
        "cascade": {"id": "hostile", "title": 'Tiêu đề "độc" <script>&'},
        "levels": [
            {"id": "province", "name": "Cấp <tỉnh>", "rank": 1},
            {"id": "district", "name": 'Cấp "huyện" | end', "rank": 2},
        ],
        "organisations": orgs,
        "documents": [
            {
                "id": "d1",
                "identifier": '1/CV-"X"\\<Y>',
                "kind": "dispatch",
                "issuer": "top",
                "subject": "V/v <b>thử</b> & %% end",
            }
        ],
        "obligations": [
            {"id": f"o{i}", "document": "d1", "lead": f"h{i}", "action": f"Làm việc {name}"}
            for i, name in enumerate(HOSTILE)
        ],
    }
    return Cascade.model_validate(data)
