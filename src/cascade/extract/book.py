"""The organisations and groups of a draft: each name resolved once, to one id.

:class:`OrgBook` turns the names found in the text into ids. A name is looked up in the
registry first (when one is given), then among the bodies already met in the document
("Ủy ban nhân dân tỉnh" in the body is the issuer "Ủy ban nhân dân tỉnh Kon Tum"), and
otherwise becomes a new organisation. A plural name ("các sở, ban, ngành") is a group;
when the registry does not know it, the group gets one placeholder member, marked for
review, so that the draft still loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cascade.extract.known_orgs import Registry, is_place_suffix, name_key
from cascade.extract.lexicon import ISSUER_CODES, KIND_BY_HEAD, NAMED_HEADS
from cascade.extract.text import fold, slugify, squash

# the tail of a group named by its head and the places it spans: "… các tỉnh, thành phố"
_BY_PLACE = re.compile(r"^ cac (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dia phuong)\b")
_DIRECTLY_UNDER = re.compile(r"^ truc thuoc (?:trung uong|tinh|thanh pho)$")
_TERM = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC\d]+(?:\s*-\s*\d{4})?\b", re.IGNORECASE)


@dataclass
class DraftOrg:
    """An organisation of the draft, before it becomes a model object."""

    id: str
    name: str
    kind: str
    short_names: list[str] = field(default_factory=list)
    parent: str | None = None
    reviews: list[str] = field(default_factory=list)
    from_registry: bool = False
    placeholder: bool = False


@dataclass
class DraftGroup:
    """A group of the draft: registry members, or one placeholder."""

    id: str
    name: str
    members: list[str]
    from_registry: bool = False


class IdAllocator:
    """Hands out unique ids made from slugs: ``so-y-te``, ``so-y-te-2``."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken: set[str] = set(taken or ())

    def allocate(self, base: str) -> str:
        """A unique id starting with ``base``."""
        candidate, n = base, 2
        while candidate in self.taken:
            candidate = f"{base}-{n}"
            n += 1
        self.taken.add(candidate)
        return candidate


# the levels of local government, folded
LOCAL_LEVELS = ("tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "dac khu")
# a place named by its administrative level ("tinh phu yen", "thanh pho hue"), folded
_UNIT_LEVEL = re.compile(rf"(?:{'|'.join(LOCAL_LEVELS)}) \S")
_LEVEL_END = re.compile(rf"(?:^| )(?:{'|'.join(LOCAL_LEVELS)})$")


def _names_place(tail: str) -> bool:
    """A name key's tail that adds a place ('tinh kien giang'), not a level ('cap xa': the
    communes' committees are not the issuer "Ủy ban nhân dân" named without its place)."""
    if not is_place_suffix(tail) or tail.startswith("cap "):
        return False
    # "chi nhanh khu vuc": a branch of the body, a body of its own; so is a regional one
    # ("Ngân hàng Nhà nước Khu vực", "Kho bạc Nhà nước khu vực XII")
    words = tail.split()
    return words[:2] != ["khu", "vuc"] and not any(
        " ".join(words[:n]) in NAMED_HEADS for n in (1, 2)
    )


def clean_name(name: str) -> str:
    """A name as it will be stored: single spaces, no term ('khóa XII'), no end punctuation."""
    name = _TERM.sub("", squash(name)).strip(" ,;:.-")
    return name


def guess_kind(name: str) -> str:
    """The kind of a body from the head of its name ('Sở …' is a department)."""
    folded = " ".join(re.sub(r"[,;()]", " ", fold(name)).split())
    if folded.startswith("cac "):
        folded = folded[4:]
    best = ("", "unit")
    for head, kind in KIND_BY_HEAD:
        if (folded == head or folded.startswith(head + " ")) and len(head) > len(best[0]):
            best = (head, kind)
    return best[1]


# a company named only by its kind after the letter named it in full
_BARE_COMPANY = {name_key("Công ty"), name_key("Tổng công ty")}


class OrgBook:
    """Resolves names to organisation and group ids, creating what is not known."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry
        self.orgs: dict[str, DraftOrg] = {}
        self.groups: dict[str, DraftGroup] = {}
        self.ids = IdAllocator({o.id for o in registry.organisations} if registry else set())
        if registry:
            self.ids.taken |= {g.id for g in registry.groups}
        self._keys: dict[str, str] = {}
        self._group_keys: dict[str, str] = {}
        # one-word heads a document defines as a short name: the body itself, no prefix of
        # other names ("Quỹ" is the national fund, "Quỹ nhà ở trung ương" another)
        self._short_keys: set[str] = set()
        self._defined: dict[str, str] = {}  # short names the document defines -> bodies

    # --- organisations -------------------------------------------------------

    def org(self, name: str, *, kind: str | None = None) -> str:
        """The id of the organisation called ``name``."""
        name = clean_name(name)
        key = name_key(name)
        if self.registry is not None:
            found = self.registry.match_org(name)
            if found is None and fold(name).startswith("thuong truc "):
                found = self.registry.match_org(name.split(" ", 2)[2])
                if found is not None:
                    self._use_registry_org(found)
                    self.orgs[found].reviews.append(
                        f"'{name}' read as {self.orgs[found].name} (its standing board)"
                    )
                    return found
            if found is not None:
                self._use_registry_org(found)
                return found
        known = self._known(key)
        if known is not None:
            draft = self.orgs[known]
            if not draft.from_registry and name != draft.name:
                # keep the longer, more specific name; the other becomes an alias
                if len(key) > len(name_key(draft.name)):
                    draft.short_names.append(draft.name)
                    draft.name = name
                elif name not in draft.short_names:
                    draft.short_names.append(name)
            return known
        org_id = self.ids.allocate(slugify(name))
        draft = DraftOrg(org_id, name, kind or guess_kind(name))
        if self.registry is not None:
            draft.reviews.append(f"'{name}' is not in the registry: a new organisation")
        self.orgs[org_id] = draft
        self._keys[key] = org_id
        return org_id

    def alias(self, short: str, full: str, *, head: bool = False) -> str:
        """Make ``short`` (a name the document defines) resolve to the body ``full``;
        ``head`` when it is a bare head ("Quỹ"), that no longer names other bodies."""
        org_id = self.org(full)
        self._keys[name_key(clean_name(short))] = org_id
        self._defined[name_key(clean_name(short))] = org_id
        if head:
            self._short_keys.add(name_key(clean_name(short)))
        draft = self.orgs[org_id]
        if short not in draft.short_names and short != draft.name:
            draft.short_names.append(short)
        return org_id

    def defined(self, name: str) -> str | None:
        """The body ``name`` is a short name of, as the document defines it, or None (a
        short name in lower case, "cơ quan đại diện …", is read as that body, no group)."""
        return self._defined.get(name_key(clean_name(name)))

    def _known(self, key: str) -> str | None:
        if key in self._keys:
            return self._keys[key]
        candidates = {
            org_id
            for known, org_id in self._keys.items()
            if known not in self._short_keys
            and (
                (known.startswith(key + " ") and _names_place(known[len(key) + 1 :]))
                or (
                    key.startswith(known + " ")
                    and _names_place(key[len(known) + 1 :])
                    and not self._placed_elsewhere(org_id, known, key)
                )
            )
        }
        if len(candidates) == 1:
            org_id = candidates.pop()
            self._keys[key] = org_id
            return org_id
        return None

    def _placed_elsewhere(self, org_id: str, known: str, key: str) -> bool:
        """True when the body known by the short ``known`` names a place of its own that
        ``key`` does not: "Ủy ban nhân dân tỉnh Phú Yên" in a decision of Đắk Lắk's
        committee (also known as "Ủy ban nhân dân tỉnh") is the former province's, not it."""
        full = name_key(self.orgs[org_id].name)
        if full == key or not full.startswith(known + " "):
            return False
        own, other = full[len(known) + 1 :], key[len(known) + 1 :]
        if _LEVEL_END.search(known):  # "uy ban nhan dan tinh" + "phu yen" / "dak lak"
            return True
        return _UNIT_LEVEL.match(own) is not None and _UNIT_LEVEL.match(other) is not None

    def _use_registry_org(self, org_id: str) -> None:
        assert self.registry is not None
        for needed in self.registry.closure([org_id]):
            if needed not in self.orgs:
                known = self.registry.by_id[needed]
                self.orgs[needed] = DraftOrg(
                    known.id,
                    known.name,
                    known.kind,
                    list(known.short_names),
                    known.parent,
                    from_registry=True,
                )
                # "UBND tỉnh" later in the text is this "Ủy ban nhân dân tỉnh Đắk Lắk"
                self._keys.setdefault(name_key(known.name), known.id)

    def issuer_from_code(self, code: str) -> tuple[str, str]:
        """An issuer for a document cited without one, from its identifier's code.

        Returns the id and a review message saying it is a guess.
        """
        if self.registry is not None:
            found = self.registry.match_code(code)
            if found is not None:
                self._use_registry_org(found)
                return found, f"issuer taken from the code '{code}' of the identifier"
        base = re.sub(r"\d+$", "", code)
        name = ISSUER_CODES.get(code) or ISSUER_CODES.get(base) or code
        return self.org(name), f"issuer guessed from the code '{code}' of the identifier"

    def set_parent(self, org_id: str, parent_id: str) -> None:
        """Record ``parent_id`` as the superior of a new organisation."""
        draft = self.orgs.get(org_id)
        if draft is not None and not draft.from_registry and org_id != parent_id:
            draft.parent = draft.parent or parent_id

    def review(self, org_id: str, message: str) -> None:
        """Attach a review message to an organisation (or a group's placeholder)."""
        if org_id in self.orgs:
            self.orgs[org_id].reviews.append(message)
        elif org_id in self.groups:
            for member in self.groups[org_id].members:
                if member in self.orgs and self.orgs[member].placeholder:
                    self.orgs[member].reviews.append(message)

    # --- groups --------------------------------------------------------------

    def group(self, name: str) -> str:
        """The id of the group called ``name`` ('Ủy ban nhân dân các huyện, thành phố')."""
        name = clean_name(name)
        if self.registry is not None:
            found = self.registry.match_group(name)
            if found is not None:
                self._use_registry_group(found)
                return found
        key = name_key(name)
        if key in self._group_keys:
            return self._group_keys[key]
        same = self._same_bodies_by_place(name, key)
        if same is not None:
            return same
        group_id = self.ids.allocate(slugify(name))
        member_id = self.ids.allocate(f"{group_id}.member")
        why = "members unknown" if self.registry is None else "group not in the registry"
        self.orgs[member_id] = DraftOrg(
            member_id,
            f"{name} (thành viên)",
            guess_kind(name),
            reviews=[
                f"placeholder for the members of the group '{name}' ({why}); "
                "list them in the group, or extract with --orgs"
            ],
            placeholder=True,
        )
        self.groups[group_id] = DraftGroup(group_id, name, [member_id])
        self._group_keys[key] = group_id
        return group_id

    def head_of_group(self, name: str) -> str | None:
        """A group met before whose name is ``name`` plus places: in a letter to "Cục Thuế
        các tỉnh, thành phố", "Cục Thuế lập văn bản …" means each of them. None when the
        registry knows the name, or no group (or more than one) fits."""
        if self._in_registry(name):
            return None
        plural = f"các {clean_name(name)}"
        return self._same_bodies_by_place(plural, name_key(plural))

    def named_before(self, name: str) -> str | None:
        """The one company met before when ``name`` is the bare kind "Công ty" (or "Tổng công
        ty"): a letter to "Công ty cổ phần X" goes on to say "đề nghị Công ty …". None when
        the registry knows the name, or no company (or more than one) was named."""
        key = name_key(clean_name(name))
        if key not in _BARE_COMPANY or self._in_registry(name):
            return None
        found = {
            org_id
            for known, org_id in self._keys.items()
            if known.startswith(key + " ") and not self.orgs[org_id].from_registry
        }
        return found.pop() if len(found) == 1 else None

    def _in_registry(self, name: str) -> bool:
        """Whether the registry knows ``name`` (a known body is never a shorthand)."""
        return self.registry is not None and self.registry.match_org(clean_name(name)) is not None

    def _same_bodies_by_place(self, name: str, key: str) -> str | None:
        """A group met before, named shorter: "các Cục Thuế" (its head alone) or "Cục Thuế
        các tỉnh, thành phố" (without "trực thuộc Trung ương") in a letter to "Cục Thuế các
        tỉnh, thành phố trực thuộc Trung ương" (only when exactly one group fits)."""
        if not key:
            return None
        tail = _BY_PLACE if fold(name).startswith("cac ") else _DIRECTLY_UNDER
        found = {
            group_id
            for known, group_id in self._group_keys.items()
            if known.startswith(key + " ") and tail.match(known[len(key) :])
        }
        return found.pop() if len(found) == 1 else None

    def _use_registry_group(self, group_id: str) -> None:
        assert self.registry is not None
        if group_id in self.groups:
            return
        known = self.registry.group(group_id)
        assert known is not None
        for member in known.members:
            self._use_registry_org(member)
        self.groups[group_id] = DraftGroup(known.id, known.name, list(known.members), True)

    def whole_span_group(self, text: str) -> str | None:
        """A registry group whose name is exactly ``text`` (a heading naming two bodies)."""
        if self.registry is None:
            return None
        found = self.registry.match_group(text)
        if found is not None:
            self._use_registry_group(found)
        return found

    def name_of(self, party_id: str) -> str:
        """The name of an organisation or group of the draft."""
        if party_id in self.orgs:
            return self.orgs[party_id].name
        return self.groups[party_id].name

    def is_group(self, party_id: str) -> bool:
        """True for a group id."""
        return party_id in self.groups

    def kind_of(self, party_id: str) -> str:
        """The kind of an organisation, or of a group's first member."""
        if party_id in self.orgs:
            return self.orgs[party_id].kind
        members = self.groups[party_id].members
        return self.orgs[members[0]].kind if members and members[0] in self.orgs else "unit"
