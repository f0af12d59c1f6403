"""The history of a network: its founding, members joining and leaving, meetings, agreements, decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.derived.timeline_lines import (
    BEGINNING,
    ENDING,
    EVENT,
    FOUNDING,
    TimelineEntry,
    TimelineLine,
    in_order,
    not_found,
    timeline_line,
)
from app.derived.timeline_papers import (
    AgreementRow,
    agreement_lines,
    agreements_with,
    decision_lines,
    decisions_concerning,
)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.places.islands import island_code
from app.reports.cell_text import fill
from app.services.records import RecordRef
from db import models as m
from db.in_lists import IN_LIMIT
from db.session import Database

_HOSTS = {
    "meeting": QT_TRANSLATE_NOOP("Timeline", "%1 hosts the meeting"),
    "seminar": QT_TRANSLATE_NOOP("Timeline", "%1 hosts the seminar"),
}
_HOSTS_IN = {
    "meeting": QT_TRANSLATE_NOOP("Timeline", "%1 hosts the meeting in %2"),
    "seminar": QT_TRANSLATE_NOOP("Timeline", "%1 hosts the seminar in %2"),
}
_HELD_IN = {
    "meeting": QT_TRANSLATE_NOOP("Timeline", "Meeting in %1"),
    "seminar": QT_TRANSLATE_NOOP("Timeline", "Seminar in %1"),
}
_HELD = {
    "meeting": QT_TRANSLATE_NOOP("Timeline", "Meeting"),
    "seminar": QT_TRANSLATE_NOOP("Timeline", "Seminar"),
}


def network_timeline(db: Database, network_id: int) -> list[TimelineEntry]:
    """The history of a network, oldest first; RecordNotFound when it does not exist."""
    with db.reading() as session:
        network = session.execute(
            select(m.Network.name, m.Network.founded_year).where(m.Network.id == network_id)
        ).first()
        if network is None:
            raise not_found("network", network_id)
        name, founded = network
        lines: list[TimelineLine] = []
        if founded is not None:
            lines.append(
                timeline_line(
                    FOUNDING,
                    founded,
                    None,
                    RecordRef("network", network_id),
                    QT_TRANSLATE_NOOP("Timeline", "%1 is founded"),
                    name,
                )
            )
        members = _member_rows(session, network_id)
        for member_id, _town_id, town_name, joined, left in members:
            ref = RecordRef("network_member", member_id)
            if joined is not None:
                lines.append(
                    timeline_line(
                        BEGINNING,
                        joined,
                        None,
                        ref,
                        QT_TRANSLATE_NOOP("Timeline", "%1 joins %2"),
                        town_name,
                        name,
                    )
                )
            if left is not None:
                lines.append(
                    timeline_line(
                        ENDING,
                        left,
                        None,
                        ref,
                        QT_TRANSLATE_NOOP("Timeline", "%1 leaves %2"),
                        town_name,
                        name,
                    )
                )
        meeting_ids = []
        for meeting_id, year, day, kind, place, host in _meeting_rows(session, network_id):
            meeting_ids.append(meeting_id)
            lines.append(_meeting_line(meeting_id, year, day, kind, place, host))
        member_towns = {town_id for _, town_id, _, _, _ in members}
        own = _network_agreements(session, member_towns)
        for agreement in own:
            lines.extend(agreement_lines(agreement))
        concerned = decisions_concerning(
            session,
            {
                "network": [network_id],
                "meeting": meeting_ids,
                "agreement": [a.id for a in own],
            },
        )
        decisions = {d.id: d for rows in concerned.values() for d in rows}
        lines.extend(decision_lines(decisions.values()))
        return in_order(lines)


def _member_rows(
    session: Session, network_id: int
) -> list[tuple[int, int, str, int | None, int | None]]:
    member = m.NetworkMember
    query = (
        select(member.id, member.town_id, m.Town.name, member.joined_year, member.left_year)
        .join(m.Town, m.Town.id == member.town_id)
        .where(member.network_id == network_id)
        .order_by(member.id)
    )
    return [
        (member_id, town_id, name, joined, left)
        for member_id, town_id, name, joined, left in session.execute(query)
    ]


def _meeting_rows(
    session: Session, network_id: int
) -> list[tuple[int, int, dt.date | None, str, str | None, str | None]]:
    meeting = m.NetworkMeeting
    query = (
        select(
            meeting.id, meeting.year, meeting.start_date, meeting.kind, meeting.place, m.Town.name
        )
        .outerjoin(m.Town, m.Town.id == meeting.host_town_id)
        .where(meeting.network_id == network_id)
        .order_by(meeting.year, meeting.id)
    )
    return [
        (meeting_id, year, day, kind, place, host)
        for meeting_id, year, day, kind, place, host in session.execute(query)
    ]


def _meeting_line(
    meeting_id: int,
    year: int,
    day: dt.date | None,
    kind: str,
    place: str | None,
    host: str | None,
) -> TimelineLine:
    ref = RecordRef("meeting", meeting_id)
    kind = kind if kind in _HOSTS else "meeting"
    # The place is left out when it only repeats the host's name, alone or with its
    # region ("Husby (Sydslesvig)" hosted by Husby): "Husby hosts the seminar".
    if place and host and (place == host or place.startswith((f"{host} (", f"{host}, "))):
        place = None
    if place and island_code(place) is not None:
        return TimelineLine(
            TimelineEntry(year, day, _on_island(kind, host, place), ref, None), EVENT
        )
    if host and place:
        return timeline_line(EVENT, year, day, ref, _HOSTS_IN[kind], host, place)
    if host:
        return timeline_line(EVENT, year, day, ref, _HOSTS[kind], host)
    if place:
        return timeline_line(EVENT, year, day, ref, _HELD_IN[kind], place)
    return timeline_line(EVENT, year, day, ref, _HELD[kind])


def _on_island(kind: str, host: str | None, place: str) -> str:
    """A meeting held on an island or area that Swedish names with "på": "15 landkommuner
    är värd för mötet på Åland" (English says "in" as for any place)."""
    # The same English as the lines above, told apart by a comment: Swedish says "på".
    seminar = kind == "seminar"
    if host:
        template = (
            translate("Timeline", "%1 hosts the seminar in %2", "an island or area that takes på")
            if seminar
            else translate(
                "Timeline", "%1 hosts the meeting in %2", "an island or area that takes på"
            )
        )
        return fill(template, host, place)
    template = (
        translate("Timeline", "Seminar in %1", "an island or area that takes på")
        if seminar
        else translate("Timeline", "Meeting in %1", "an island or area that takes på")
    )
    return fill(template, place)


def _network_agreements(session: Session, member_towns: set[int]) -> list[AgreementRow]:
    """Agreements of the network as a whole: all parties members, more than two or all of them."""
    if not member_towns:
        return []
    towns = member_towns if len(member_towns) <= IN_LIMIT else None
    own = []
    for agreement in agreements_with(session, towns):
        if not agreement.towns <= member_towns:
            continue
        if len(agreement.towns) > 2 or agreement.towns == member_towns:
            own.append(agreement)
    return own
