"""The history of a twinning and of a network as dated lines.

"1946 Herning and Vänersborg become twin towns", "1976 Utajärvi leaves the
Nordic chain", "2013 Åland hosts the meeting in Mariehamn": each line names the
record it comes from, so the interface can open it.

A twinning's timeline holds its first contact (when it differs from the year of
the formal start, or there is no formal start), its formal start, its end, the
agreements with both towns as parties (signed; ended or expired with their end
date), and the decisions concerning the twinning, its decision to end, or those
agreements.

A network's timeline holds its founding, each member's joining and leaving, its
meetings and seminars with their hosts, its own agreements (those whose town
parties are all members and are more than two, or are all of its members), and
the decisions concerning the network, its meetings or those agreements.

Lines go by date. A line with only a year stands at the start of that year
(a founding first, then joinings and other beginnings, then events), or at its
end when it tells of a leaving or an ending. Texts are English source text through ``app.i18n.translate`` with %1
placeholders, so the Swedish translation can order the words its own way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.dates import ApproxDate, known_date
from app.derived.timeline_lines import (
    BEGINNING,
    ENDING,
    TimelineEntry,
    TimelineLine,
    in_order,
    not_found,
    timeline_line,
    when_known,
)
from app.derived.timeline_networks import network_timeline
from app.derived.timeline_papers import (
    AgreementRow,
    DecisionRow,
    agreement_lines,
    agreements_with,
    decision_lines,
    decisions_by_id,
    decisions_concerning,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services.records import RecordRef
from db import models as m
from db.agreement_parties import binds_both
from db.in_lists import IN_LIMIT, rows_among
from db.session import Database

# The network's history lives in a module of its own; both are read from here.
__all__ = ["TimelineEntry", "network_timeline", "twinning_timeline", "twinning_timelines"]

_BECOME = {
    "twin_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become twin towns"),
    "partner_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become partner towns"),
    "friendship_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become friendship towns"),
    "municipal_partnership": QT_TRANSLATE_NOOP(
        "Timeline", "%1 and %2 begin a municipal partnership"
    ),
}


def twinning_timeline(db: Database, twinning_id: int) -> list[TimelineEntry]:
    """The history of one twinning, oldest first; RecordNotFound when it does not exist."""
    found = twinning_timelines(db, [twinning_id])
    if twinning_id not in found:
        raise not_found("twinning", twinning_id)
    return found[twinning_id]


def twinning_timelines(
    db: Database, twinning_ids: Sequence[int] | None = None
) -> dict[int, list[TimelineEntry]]:
    """The histories of many twinnings (all when ``twinning_ids`` is None) in a few queries."""
    with db.reading() as session:
        return _twinning_timelines(session, twinning_ids)


@dataclass(frozen=True)
class _Pair:
    id: int
    kind: str
    contact: ApproxDate | None
    start: ApproxDate | None
    end: ApproxDate | None
    end_reason: str | None
    end_decision_id: int | None
    a: int
    b: int
    first_name: str  # the partner, or the first by name when no side is home
    second_name: str


def _twinning_timelines(
    session: Session, twinning_ids: Sequence[int] | None
) -> dict[int, list[TimelineEntry]]:
    pairs = _pairs(session, twinning_ids)
    if not pairs:
        return {}
    towns: set[int] | None = None
    if twinning_ids is not None:
        towns = {p.a for p in pairs} | {p.b for p in pairs}
        if len(towns) > IN_LIMIT:
            towns = None
    agreements = agreements_with(session, towns)
    by_town: dict[int, list[AgreementRow]] = defaultdict(list)
    for agreement in agreements:
        for town in agreement.towns:
            by_town[town].append(agreement)
    shared: dict[int, list[AgreementRow]] = {}
    for pair in pairs:
        shared[pair.id] = [
            a for a in by_town.get(pair.a, ()) if binds_both(a.towns, pair.a, pair.b)
        ]
    agreement_ids = sorted({a.id for rows in shared.values() for a in rows})
    restrict = twinning_ids is not None and len(pairs) <= IN_LIMIT
    concerned = decisions_concerning(
        session,
        {
            "twinning": [p.id for p in pairs] if restrict else None,
            "agreement": agreement_ids if restrict else None,
        },
    )
    end_ids = sorted({p.end_decision_id for p in pairs if p.end_decision_id is not None})
    end_decisions = decisions_by_id(session, end_ids)

    result: dict[int, list[TimelineEntry]] = {}
    for pair in pairs:
        lines = list(_pair_lines(pair))
        for agreement in shared[pair.id]:
            lines.extend(agreement_lines(agreement))
        decisions: dict[int, DecisionRow] = {
            d.id: d for d in concerned.get(RecordRef("twinning", pair.id), ())
        }
        for agreement in shared[pair.id]:
            for d in concerned.get(RecordRef("agreement", agreement.id), ()):
                decisions[d.id] = d
        if pair.end_decision_id in end_decisions:
            decisions[pair.end_decision_id] = end_decisions[pair.end_decision_id]
        lines.extend(decision_lines(decisions.values()))
        result[pair.id] = in_order(lines)
    return result


def _pairs(session: Session, ids: Sequence[int] | None) -> list[_Pair]:
    t = m.Twinning
    town_a, town_b = aliased(m.Town), aliased(m.Town)
    query = (
        select(
            t.id,
            t.kind,
            t.contact_year,
            t.start_date,
            t.end_date,
            t.end_reason,
            t.end_decision_id,
            t.town_a_id,
            t.town_b_id,
            town_a.name,
            town_a.is_home,
            town_b.name,
            town_b.is_home,
            t.contact_year_edtf,
            t.start_date_edtf,
            t.end_date_edtf,
        )
        .join(town_a, town_a.id == t.town_a_id)
        .join(town_b, town_b.id == t.town_b_id)
        .order_by(t.id)
    )
    rows = rows_among(session, query, t.id, ids)
    pairs = []
    for row in rows:
        (pid, kind, contact_year, start_date, end_date, reason, decision, a, b) = row[:9]
        a_name: str = row[9]
        a_home: bool = row[10]
        b_name: str = row[11]
        b_home: bool = row[12]
        contact = known_date(contact_year, row[13])
        start = known_date(start_date, row[14])
        end = known_date(end_date, row[15])
        if a_home and not b_home:
            first, second = b_name, a_name
        elif b_home and not a_home:
            first, second = a_name, b_name
        else:
            first, second = sorted((a_name, b_name))
        pairs.append(_Pair(pid, kind, contact, start, end, reason, decision, a, b, first, second))
    return pairs


def _pair_lines(pair: _Pair) -> Iterator[TimelineLine]:
    ref = RecordRef("twinning", pair.id)
    names = (pair.first_name, pair.second_name)
    if pair.contact is not None and (pair.start is None or pair.start.year != pair.contact.year):
        year, day, known = when_known(pair.contact)
        yield timeline_line(
            BEGINNING,
            year,
            day,
            ref,
            QT_TRANSLATE_NOOP("Timeline", "First contact between %1 and %2"),
            *names,
            known=known,
        )
    if pair.start is not None:
        text = _BECOME.get(pair.kind, _BECOME["twin_town"])
        year, day, known = when_known(pair.start)
        yield timeline_line(BEGINNING, year, day, ref, text, *names, known=known)
    if pair.end is not None:
        year, day, known = when_known(pair.end)
        if pair.end_reason:
            yield timeline_line(
                ENDING,
                year,
                day,
                ref,
                QT_TRANSLATE_NOOP("Timeline", "%1 and %2 end their twinning: %3"),
                *names,
                pair.end_reason,
                known=known,
            )
        else:
            yield timeline_line(
                ENDING,
                year,
                day,
                ref,
                QT_TRANSLATE_NOOP("Timeline", "%1 and %2 end their twinning"),
                *names,
                known=known,
            )
