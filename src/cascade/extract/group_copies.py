"""Bodies that carry out a group's clause member by member, in a draft.

"Đề nghị Ủy ban nhân dân các tỉnh, thành phố: … chỉ đạo Sở Y tế …": the Sở is each
province's own. The draft names it once ("Sở Y tế", no parent) and links its work to the
clause addressed to the group; the loader gives each member of the group its copy of that
clause and links a body's work to the copy held by the body or by the nearest member above
it (CAS208 when there is none). So such a body is placed:

* under the group's one member, when the group has one (the placeholder of a group whose
  members are not known);
* otherwise it becomes a group of its own, one member per member of the clause's group
  ("Sở Y tế tỉnh Cà Mau", below "Ủy ban nhân dân tỉnh Cà Mau"), under the same id and name;
* where neither can be done (the body has a parent already, is named elsewhere as one body,
  or carries out clauses of two groups), its work is not linked to the clause, and a review
  note says which clause it carries out.
"""

from __future__ import annotations

from typing import Any

from cascade.extract.review_notes import REVIEW, with_review
from cascade.graph import lineage

Draft = dict[str, Any]


def place_under_members(data: Draft) -> None:
    """Place the bodies that carry out a group's clause (see the module), in ``data``."""
    groups = {g["id"]: g for g in data["groups"]}
    orgs = {o["id"]: o for o in data["organisations"]}
    lead_of = {ob["id"]: ob["lead"] for ob in data["obligations"]}
    linked, in_a_group = _unheld(data, groups, orgs, lead_of)
    named_elsewhere = _named_as_one_body(data)
    for body, found in linked.items():
        org = orgs[body]
        group = groups[next(iter(found))]
        if len(found) > 1 or org.get("parent") or body in named_elsewhere:
            _unlink(data, body, groups, lead_of)
        elif len(group["members"]) == 1:
            org["parent"] = parent = group["members"][0]
            _review(org, f"parent taken to be {_name(orgs, parent)}, whose work it carries out")
        elif body in in_a_group:  # a member of a group lead: not split
            _unlink(data, body, groups, lead_of)
        else:
            _split(data, org, group, orgs)


def _unheld(
    data: Draft, groups: dict[str, Draft], orgs: dict[str, Draft], lead_of: dict[str, str]
) -> tuple[dict[str, set[str]], set[str]]:
    """The bodies whose work implements a group's clause that neither they nor a body above
    them holds, with those groups; and which of them were met as members of a group lead."""
    parents = {o["id"]: o.get("parent") for o in data["organisations"]}
    linked: dict[str, set[str]] = {}
    in_a_group: set[str] = set()
    for ob in data["obligations"]:
        group = lead_of.get(ob.get("implements", ""))
        if group not in groups:
            continue
        holders = set(groups[group]["members"])
        for body in _bodies(ob["lead"], groups):
            if body in orgs and not holders.intersection(lineage(parents, body)):
                linked.setdefault(body, set()).add(group)
                if body != ob["lead"]:
                    in_a_group.add(body)
    return linked, in_a_group


def _named_as_one_body(data: Draft) -> set[str]:
    """Ids used where only one organisation can stand: a parent, an issuer, a report's
    recipient or its channel."""
    found = {o["parent"] for o in data["organisations"] if o.get("parent")}
    for doc in data["documents"]:
        found |= {doc.get("issuer"), doc.get("on_behalf_of")}
    for ob in data["obligations"]:
        found |= {ob.get("report_to"), ob.get("via")}
    return {party for party in found if party}


def _split(data: Draft, org: Draft, group: Draft, orgs: dict[str, Draft]) -> None:
    """Make ``org`` a group with one member per member of ``group``, under it."""
    head = group["name"].split(" các ", 1)[0]
    members = []
    for member in group["members"]:
        place = _name(orgs, member)
        place = place[len(head) + 1 :] if place.startswith(head + " ") else f"({place})"
        copy = {
            "id": f"{org['id']}.{member}",
            "name": f"{org['name']} {place}",
            "kind": org["kind"],
            "parent": member,
        }
        data["organisations"].append(copy)
        members.append(copy["id"])
    data["organisations"].remove(org)
    data["groups"].append({"id": org["id"], "name": org["name"], "members": members})
    note = (
        f"one {org['name']} for each member of {group['name']}, below it (the text names it once)"
    )
    if str(org.get("note", "")).startswith(REVIEW):
        note += f"; {org['note'][len(REVIEW) :].strip()}"
    for ob in data["obligations"]:
        if ob["lead"] == org["id"]:
            _review(ob, note)


def _unlink(data: Draft, body: str, groups: dict[str, Draft], lead_of: dict[str, str]) -> None:
    for ob in data["obligations"]:
        group = lead_of.get(ob.get("implements", ""))
        if group in groups and body in _bodies(ob["lead"], groups):
            _review(
                ob,
                f"carries out clause {ob.pop('implements')} for one of "
                f"{groups[group]['name']}, which one is not said: give {body} a parent that "
                "is a member and link it to the clause",
            )


def _bodies(lead: str, groups: dict[str, Draft]) -> list[str]:
    """The organisations a lead stands for: a group's members, or the lead itself."""
    return list(groups[lead]["members"]) if lead in groups else [lead]


def _review(item: Draft, message: str) -> None:
    item["note"] = with_review(item.get("note"), message)


def _name(orgs: dict[str, Draft], org_id: str) -> str:
    return str(orgs[org_id]["name"]) if org_id in orgs else org_id
