"""Build a small cascade in code, check it, and write it as canonical JSON.

Run: python examples/build_in_code.py
"""

import datetime as dt

import cascade
from cascade.files.interchange import dumps
from cascade.model import AbsoluteDeadline, CascadeInfo, Group

file_layer = cascade.CascadeFile(
    format="cascade/1",
    cascade=CascadeInfo(id="vi-du", title="Ví dụ: triển khai kế hoạch chuyển đổi số"),
    organisations=(
        cascade.Organisation(id="ubnd", name="Ủy ban nhân dân tỉnh An Giang",
                             kind="people_committee"),
        cascade.Organisation(id="xa-1", name="UBND xã Mỹ Hòa Hưng", kind="people_committee",
                             parent="ubnd"),
        cascade.Organisation(id="xa-2", name="UBND phường Long Xuyên", kind="people_committee",
                             parent="ubnd"),
    ),
    groups=(Group(id="cac-xa", name="UBND các xã, phường", members=("xa-1", "xa-2")),),
    documents=(
        cascade.Document(id="kh-1", identifier="15/KH-UBND", kind="plan", issuer="ubnd",
                         date=dt.date(2026, 1, 10), addressees=("cac-xa",)),
    ),
    obligations=(
        cascade.Obligation(id="bao-cao-so", document="kh-1", lead="cac-xa",
                           action="Báo cáo kết quả chuyển đổi số",
                           deadline=AbsoluteDeadline(due=dt.date(2026, 6, 30))),
    ),
)  # fmt: skip
checked = cascade.expand(file_layer)  # raises CascadeFileError on a dangling reference
print(f"{len(checked.obligations)} obligations after expanding the group")
print(dumps(cascade.to_interchange(checked))[:400])
