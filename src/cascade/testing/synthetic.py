"""Synthetic national cascades for benchmarks and scale tests.

The shape follows the 2025 two-level local government: the Government issues
several directives; each reaches the 34 provinces, which pass it to their ~20
departments and to their communes (3,321 in all), and each commune passes it to
its residential groups. The number of residential groups is chosen so that the
cascade holds exactly the requested number of obligations.

Objects are built without validation (:func:`_trusted`) because they are valid
by construction and a million validated models would cost a minute and gigabytes;
a test checks that a small generated cascade passes full validation.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from array import array
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from cascade.boundary.collector import no_gc

if TYPE_CHECKING:
    from cascade.event_batch import EventBatch

from cascade.model import (
    AbsoluteDeadline,
    Cascade,
    CascadeInfo,
    ContinuousDeadline,
    Document,
    Force,
    Level,
    Obligation,
    Organisation,
)

M = TypeVar("M", bound=BaseModel)
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}


def _trusted(cls: type[M], **fields: Any) -> M:
    """A model instance from already valid fields: no validation, no per-object field set.

    Instances share one ``__pydantic_fields_set__``; the models are frozen, so it is
    never mutated. About 3 µs and 600 bytes an obligation, against 7 µs and 2 KB for
    ``model_construct``.
    """
    obj = cls.__new__(cls)
    fields_set = _FIELDS_SET.setdefault(cls, set(cls.model_fields))
    object.__setattr__(obj, "__dict__", fields)
    object.__setattr__(obj, "__pydantic_fields_set__", fields_set)
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


PROVINCES = (
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
    "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip
DEPARTMENTS = (
    "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ", "Thanh tra tỉnh",
    "Văn phòng UBND tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
    "Đài Phát thanh và Truyền hình",
    "Báo tỉnh", "Ban Quản lý các khu công nghiệp", "Bảo hiểm xã hội tỉnh",
)  # fmt: skip
LEVELS = (
    Level(id="central", name="Trung ương", name_en="Central", rank=0),
    Level(id="province", name="Cấp tỉnh", name_en="Province", rank=1),
    Level(id="commune", name="Cấp xã", name_en="Commune", rank=2),
    Level(id="residential", name="Thôn, tổ dân phố", name_en="Residential group", rank=3),
)


@dataclass(frozen=True)
class Shape:
    """How wide each level of the synthetic country is."""

    provinces: int = 34
    departments: int = 20
    communes: int = 3321
    directives: int = 10

    def per_directive_fixed(self) -> int:
        """Obligations per directive above the residential groups."""
        return self.provinces * (1 + self.departments) + self.communes


NATIONAL = Shape()
SMALL = Shape(provinces=3, departments=4, communes=12, directives=2)


def generate(obligations: int, shape: Shape = NATIONAL, seed: int = 0) -> Cascade:
    """A cascade of exactly ``obligations`` obligations (at least the fixed levels)."""
    with no_gc():  # millions of new objects, none cyclic: collections would only cost time
        return _generate(obligations, shape, seed)


def _generate(obligations: int, shape: Shape, seed: int) -> Cascade:
    if shape.provinces > len(PROVINCES) or shape.departments > len(DEPARTMENTS):
        raise ValueError("shape is wider than the name tables")
    minimum = shape.directives * shape.per_directive_fixed()
    if obligations < minimum:
        raise ValueError(f"{shape} needs at least {minimum} obligations")
    rng = random.Random(seed)
    residential_total = (obligations - minimum) // shape.directives
    extra = (obligations - minimum) % shape.directives  # spread over the first directives

    orgs: list[Organisation] = [_org("tw", "Chính phủ", "government", "central", None)]
    provinces = [f"p{i + 1:02d}" for i in range(shape.provinces)]
    departments: dict[str, list[str]] = {}
    communes: dict[str, list[str]] = {p: [] for p in provinces}
    for index, province in enumerate(provinces):
        name = PROVINCES[index]
        orgs.append(
            _org(province, f"Ủy ban nhân dân tỉnh {name}", "people_committee", "province", "tw")
        )
        departments[province] = [f"{province}.s{j + 1:02d}" for j in range(shape.departments)]
        orgs.extend(
            _org(dep, f"{DEPARTMENTS[j]} {name}", "department", "province", province)
            for j, dep in enumerate(departments[province])
        )
    for c in range(shape.communes):
        province = provinces[c % shape.provinces]
        commune = f"{province}.x{c + 1:04d}"
        communes[province].append(commune)
        orgs.append(
            _org(commune, f"Ủy ban nhân dân xã {c + 1}", "people_committee", "commune", province)
        )
    all_communes = [c for p in provinces for c in communes[p]]
    groups_of = _residential_counts(all_communes, residential_total + (1 if extra else 0))
    residential: dict[str, list[str]] = {}
    for commune, count in groups_of.items():
        residential[commune] = [f"{commune}.t{k + 1:03d}" for k in range(count)]
        orgs.extend(
            _org(group, f"Tổ dân phố {k + 1}", "residential_group", "residential", commune)
            for k, group in enumerate(residential[commune])
        )

    documents: list[Document] = []
    obs: list[Obligation] = []
    for d in range(shape.directives):
        issued = dt.date(2026, 1, 5) + dt.timedelta(days=30 * d)
        quota = residential_total + (1 if d < extra else 0)
        directive = f"d{d + 1:02d}"
        documents.append(_doc(directive, f"{d + 1}/CT-TTg", "directive", "tw", issued, ()))
        for province in provinces:
            top = f"{directive}/{province}"
            obs.append(_ob(top, directive, province, None, issued + dt.timedelta(days=90), rng))
            plan = f"{directive}.{province}"
            documents.append(
                _doc(
                    plan,
                    f"{d + 1}/KH-UBND",
                    "plan",
                    province,
                    issued + dt.timedelta(days=10),
                    (directive,),
                )
            )
            obs.extend(
                _ob(f"{plan}/{dep}", plan, dep, top, issued + dt.timedelta(days=60), rng)
                for dep in departments[province]
            )
            for commune in communes[province]:
                mid = f"{plan}/{commune}"
                obs.append(_ob(mid, plan, commune, top, issued + dt.timedelta(days=60), rng))
                groups = residential[commune][: max(0, quota)]
                quota -= len(groups)
                if not groups:
                    continue
                local = f"{directive}.{commune}"
                documents.append(
                    _doc(
                        local,
                        f"{d + 1}/KH-UBND",
                        "plan",
                        commune,
                        issued + dt.timedelta(days=20),
                        (plan,),
                    )
                )
                obs.extend(
                    _ob(f"{local}/{group}", local, group, mid, issued + dt.timedelta(days=45), rng)
                    for group in groups
                )
    return Cascade.model_construct(
        format="cascade/1",
        cascade=CascadeInfo(
            id="synthetic-national",
            title="Cascade tổng hợp toàn quốc",
            title_en="Synthetic national cascade",
        ),
        levels=LEVELS,
        organisations=tuple(orgs),
        groups=(),
        milestones=(),
        documents=tuple(documents),
        obligations=tuple(obs),
    )


def _residential_counts(communes: list[str], total: int) -> dict[str, int]:
    base, rest = divmod(total, len(communes))
    return {c: base + (1 if i < rest else 0) for i, c in enumerate(communes)}


def _org(org_id: str, name: str, kind: str, level: str, parent: str | None) -> Organisation:
    return _trusted(
        Organisation,
        id=org_id,
        name=name,
        name_en=None,
        short_names=(),
        kind=kind,
        level=level,
        parent=parent,
        valid_from=None,
        valid_until=None,
        successors=(),
        note=None,
    )


def _doc(
    doc_id: str, identifier: str, kind: str, issuer: str, date: dt.date, bases: tuple[str, ...]
) -> Document:
    from cascade.model import Basis, Relation

    return _trusted(
        Document,
        id=doc_id,
        identifier=identifier,
        kind=kind,
        title=None,
        issuer=issuer,
        on_behalf_of=None,
        drafting_unit=None,
        date=date,
        year=None,
        place=None,
        subject=None,
        signer=None,
        urgency=None,
        rests_on=tuple(
            _trusted(Basis, document=b, relation=Relation.IMPLEMENTS, section=None) for b in bases
        ),
        attachments=(),
        addressees=(),
        distribution=(),
        rollup=None,
        note=None,
    )


_CONTINUOUS = ContinuousDeadline()


@cache
def _absolute(due: dt.date) -> AbsoluteDeadline:
    return AbsoluteDeadline(due=due)


def _ob(
    ob_id: str, document: str, lead: str, parent: str | None, due: dt.date, rng: random.Random
) -> Obligation:
    # one in twenty obligations is continuous ("thường xuyên"), the rest have a date
    deadline = _CONTINUOUS if rng.random() < 0.05 else _absolute(due)
    return _trusted(
        Obligation,
        id=ob_id,
        document=document,
        clause=None,
        lead=lead,
        coordinators=(),
        force=Force.ASSIGN,
        action="Tổ chức thực hiện",
        deadline=deadline,
        report_to=None,
        via=None,
        also_report_to=(),
        implements=parent,
        concerns=None,
        state=None,
        template=None,
        note=None,
    )


# --- events -------------------------------------------------------------------------

# what happens to an obligation in the synthetic history, and how often
_FATES = (
    ("untouched", 0.04),  # stays assigned
    ("cancelled", 0.01),  # cancelled by the issuer
    ("started", 0.10),  # started, never reported
    ("reported", 0.80),  # started and reported (some late), maybe accepted later
    ("returned", 0.05),  # reported, returned by the issuer, reported again
)


def _depths(parent: array[int]) -> bytearray:
    """Each obligation's depth below its root (parents may come after their children)."""
    depth = bytearray(len(parent))
    for i in range(len(parent)):
        d, p = 0, parent[i]
        while p >= 0:
            d, p = d + 1, parent[p]
        depth[i] = d
    return depth


def generate_events(cascade: Cascade, events: int | None = None, seed: int = 0) -> EventBatch:
    """A legal history for ``cascade`` (default lifecycle): every event passes the guards.

    Obligations are worked bottom-up, so a parent reports only after all its live
    children have reported (the default roll-up policy ``all``); some reports
    come after the due date. ``events`` fixes the number of events exactly, by
    adding or dropping ``accept`` events (which nothing depends on); it must lie
    within what the fates allow (about 1.2 to 2.9 per obligation).
    """
    from cascade.clock import to_seconds
    from cascade.event_batch import EventBatch

    rng = random.Random(seed)
    obligations = cascade.obligations
    index = {ob.id: i for i, ob in enumerate(obligations)}
    # compact columns: this runs beside a million-obligation cascade
    parent = array("i", (index[ob.implements] if ob.implements else -1 for ob in obligations))
    del index
    depth = _depths(parent)
    issuer = {doc.id: doc.on_behalf_of or doc.issuer for doc in cascade.documents}
    issued = {
        doc.id: to_seconds(dt.datetime.combine(doc.date or dt.date(2026, 1, 1), dt.time(8)))
        for doc in cascade.documents
    }
    day = 86400.0
    blocked = bytearray(len(obligations))  # a live child is not completed
    last_done = array("d", bytes(8 * len(obligations)))  # latest completion among the children
    batch = EventBatch()
    reported = array("i")  # obligations reported, which may be accepted later
    reported_at = array("d")
    names = [name for name, _ in _FATES]
    weights = [weight for _, weight in _FATES]

    ids, obs, triggers, actors, times = (
        batch.ids, batch.obligations, batch.triggers, batch.actors, batch.at
    )  # fmt: skip
    random_ = rng.random

    def days(low: int, high: int) -> float:
        return (low + int(random_() * (high - low + 1))) * day

    def add(ob: int, trigger: str, actor: str, at: float) -> None:
        ids.append(f"ev{len(ids):08d}")
        obs.append(obligations[ob].id)
        triggers.append(trigger)
        actors.append(actor)
        times.append(at)

    by_depth: list[list[int]] = [[] for _ in range(max(depth, default=0) + 1)]
    for i, d in enumerate(depth):
        by_depth[d].append(i)
    thresholds = list(itertools.accumulate(weights))
    for i in itertools.chain.from_iterable(reversed(by_depth)):
        ob = obligations[i]
        fate = names[bisect.bisect(thresholds, rng.random())]
        start = issued[ob.document] + days(1, 20)
        if fate in ("reported", "returned") and blocked[i]:
            fate = "started"
        done = None
        if fate == "cancelled":
            add(i, "cancel", issuer[ob.document], start)
        elif fate != "untouched":
            add(i, "start", ob.lead, start)
        if fate in ("reported", "returned"):
            done = max(start, last_done[i]) + days(5, 60)
            add(i, "report", ob.lead, done)
            if fate == "returned":
                add(i, "return", issuer[ob.document], done + 2 * day)
                done += days(5, 20)
                add(i, "report", ob.lead, done)
            reported.append(i)
            reported_at.append(done)
        p = parent[i]
        if p >= 0 and fate != "cancelled":
            if done is None:
                blocked[p] = True
            else:
                last_done[p] = max(last_done[p], done)
    target = len(batch.ids) + len(reported) // 5 if events is None else events
    extra = target - len(batch.ids)
    if not 0 <= extra <= len(reported):
        raise ValueError(
            f"cannot make exactly {target} events for {len(obligations)} obligations "
            f"(between {len(batch.ids)} and {len(batch.ids) + len(reported)})"
        )
    for k in rng.sample(range(len(reported)), extra):
        i = reported[k]
        add(i, "accept", issuer[obligations[i].document], reported_at[k] + days(1, 10))
    batch.offsets = array("h", [420]) * len(batch.ids)
    return batch
