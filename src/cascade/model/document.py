"""Official documents: the header fields, the signer, the legal bases, the distribution
list, and the roll-up policy of what a document cascades."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import (
    Field,
)

from cascade.model.values import Day, Id, Text, _Model


class Purpose(StrEnum):
    """Why a body is on a document's distribution list ('Nơi nhận')."""

    ADDRESSEE = "addressee"  # "Như trên": the addressees
    REPORT = "report"  # "(b/c)": the report line goes there
    CARRY_OUT = "carry_out"  # "(để t/h)"
    COORDINATE = "coordinate"  # "(để p/h c/đ)"
    INFORMATION = "information"  # plain copy
    FILING = "filing"  # "Lưu: VT, ..."


class Urgency(StrEnum):
    """Urgency marks printed on a document."""

    KHAN = "khan"  # KHẨN
    THUONG_KHAN = "thuong_khan"  # THƯỢNG KHẨN
    HOA_TOC = "hoa_toc"  # HỎA TỐC


class Relation(StrEnum):
    """How a document rests on another."""

    BASED_ON = "based_on"  # "Căn cứ ..."
    IMPLEMENTS = "implements"  # "Thực hiện ..."
    CITES = "cites"  # mentioned in the body
    AMENDS = "amends"  # "sửa đổi, bổ sung …" of the document it names
    REPLACES = "replaces"  # "thay thế …", "bãi bỏ …", "… hết hiệu lực": ends its force


class Signer(_Model):
    """Who signed, and under which stacked markers ('KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC')."""

    name: Text | None = None
    title: Text | None = None
    markers: tuple[Text, ...] = Field(
        default=(),
        description="signing markers top down, e.g. ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']",
    )


class Basis(_Model):
    """A document this one rests on."""

    document: Id
    relation: Relation = Relation.BASED_ON
    section: Text | None = Field(default=None, description="e.g. 'Mục II' when only part is cited")


class Distribution(_Model):
    """One entry of the 'Nơi nhận' list."""

    recipient: Id | None = Field(default=None, description="an organisation or group id")
    text: Text | None = Field(
        default=None, description="the entry as printed, e.g. 'Lưu: VT, TTBCXB'"
    )
    purpose: Purpose
    copies: int | None = Field(default=None, ge=1)


class RollupPolicy(_Model):
    """How many child obligations must be reported before their parent may be.

    ``all`` every child, ``any`` at least one, ``k_of_n`` at least ``k``,
    ``none`` no condition.
    """

    mode: Literal["all", "any", "k_of_n", "none"] = "all"
    k: int | None = Field(default=None, ge=1)


class Document(_Model):
    """An official document: a plan, dispatch, decision, resolution ..."""

    id: Id
    identifier: Text = Field(description="'251-KH/TU', '12724/VP-KGVX', draft '/STTTT-TTBCXB'")
    kind: Text = Field(
        description="plan, dispatch, decision, resolution, directive, programme, ..."
    )
    title: Text | None = Field(default=None, description="e.g. 'Kế hoạch', 'Công văn'")
    issuer: Id
    on_behalf_of: Id | None = Field(
        default=None,
        description="the body whose authority it carries (an office for its committee)",
    )
    drafting_unit: Text | None = None
    date: Day | None = Field(default=None, description="blank in a draft")
    year: int | None = Field(default=None, description="the year when only it is known")
    place: Text | None = None
    subject: Text | None = None
    signer: Signer | None = None
    urgency: Urgency | None = None
    rests_on: tuple[Basis, ...] = ()
    attachments: tuple[Id, ...] = ()
    addressees: tuple[Id, ...] = Field(
        default=(), description="'Kính gửi': organisations or groups"
    )
    distribution: tuple[Distribution, ...] = ()
    rollup: RollupPolicy | None = Field(
        default=None, description="when an obligation cascaded by this document may be reported"
    )
    note: Text | None = None
