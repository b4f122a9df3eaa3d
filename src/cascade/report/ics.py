"""``cascade due --format ics``: the due list as an iCalendar file (RFC 5545).

One all-day event per listed obligation on its due day, written with the
``icalendar`` package. The UID is ``<cascade id>/<obligation id>``: the same
obligation always gets the same UID, so importing a newer file into a calendar
updates its entries instead of adding copies. The summary is the action, the
description names the document, the lead, who it reports to and the status.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from cascade.report.due import DueList
from cascade.report.wording import Lang, date, t

PRODID = "-//directive-cascade//cascade due//VI"


def uid(cascade: str, obligation: str) -> str:
    """The stable UID of ``obligation``'s entry."""
    return f"{cascade}/{obligation}"


def to_ics(due: DueList, lang: Lang = "vi", stamp: dt.datetime | None = None) -> bytes:
    """The iCalendar text of ``due`` (UTF-8, CRLF line ends, folded at 75 octets).

    ``stamp`` is the DTSTAMP of every entry (default: now, as the RFC asks).
    """
    # RFC 5545 text holds no control characters: those of a name are written as escapes
    from cascade.boundary.visible import visible as v

    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    as_of = t("due.as_of", lang, date=date(due.as_of, lang))
    calendar.add("x-wr-calname", f"{v(due.title)} ({as_of})")
    for item in due.items:
        entry = Event()
        entry.add("uid", uid(due.cascade, item.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", item.due)
        entry.add("dtend", item.due + dt.timedelta(days=1))
        entry.add("summary", f"{v(item.id)}: {v(item.action)}")
        entry.add("categories", [t(f"bucket.{item.bucket}", lang)])
        entry.add(
            "description",
            "\n".join(
                [
                    v(item.action),
                    t("ics.document", lang, document=v(item.document_identifier)),
                    t("ics.lead", lang, lead=v(item.lead_name)),
                    t("ics.report_to", lang, name=v(item.report_to_name)),
                    t("ics.deadline", lang, deadline=item.deadline),
                    t(
                        "ics.state",
                        lang,
                        bucket=t(f"bucket.{item.bucket}", lang),
                        state=t(f"state.{item.state}", lang) if _known(item.state) else item.state,
                    ),
                ]
            ),
        )
        entry.add("transp", "TRANSPARENT")  # a deadline, not a meeting: leaves the day free
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data


def _known(state: str) -> bool:
    from cascade.render.messages import has

    return has(f"state.{state}")
