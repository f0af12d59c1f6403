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

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from app import vocabulary
from app.dates import ApproxDate, known_date, written
from app.derived.source import Source, database_of
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.services.records import RecordRef
from db import models as m

_IN_LIMIT = 900

# Where an entry stands among the entries of its year when it has no day of its own.
_FOUNDING, _BEGINNING, _EVENT, _ENDING = 0, 1, 2, 3

_BECOME = {
    "twin_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become twin towns"),
    "partner_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become partner towns"),
    "friendship_town": QT_TRANSLATE_NOOP("Timeline", "%1 and %2 become friendship towns"),
    "municipal_partnership": QT_TRANSLATE_NOOP(
        "Timeline", "%1 and %2 begin a municipal partnership"
    ),
}

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


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a history: the year, the day when known, the text and its record."""

    year: int
    date: dt.date | None
    text: str
    source: RecordRef
    # The date as precisely as it is known, when it is less than a day ("1940-talet").
    known: ApproxDate | None = None

    def when(self) -> str:
        """The date as a history prints it: "1940-talet", "ca 1949", "1985", "2014-09-19"."""
        if self.known is not None:
            return written(self.known)
        return self.date.isoformat() if self.date is not None else str(self.year)


@dataclass(frozen=True)
class _Line:
    entry: TimelineEntry
    rank: int


def _fill(text: str, *values: str) -> str:
    # Replace from the highest number down so "%1" never eats the start of "%10".
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def _line(
    rank: int,
    year: int,
    day: dt.date | None,
    source: RecordRef,
    text: str,
    *values: str,
    known: ApproxDate | None = None,
) -> _Line:
    return _Line(
        TimelineEntry(year, day, _fill(translate("Timeline", text), *values), source, known),
        rank,
    )


def _when(known: ApproxDate) -> tuple[int, dt.date | None, ApproxDate | None]:
    """Year, day and the date as known for a line: only a known day is given as a day."""
    if known.precision == "day" and not known.approximate:
        return known.year, known.earliest, None
    return known.year, None, known


def _sort_key(line: _Line) -> tuple[int, dt.date, int, str]:
    # Dated lines go by their day; a line with only a year stands at the year's
    # start, or at its end when it tells of an ending.
    year = line.entry.year
    day = line.entry.date
    if day is None:
        day = dt.date(year, 12, 31) if line.rank == _ENDING else dt.date(year, 1, 1)
    return year, day, line.rank, line.entry.text


def _sorted(lines: list[_Line]) -> list[TimelineEntry]:
    return [line.entry for line in sorted(lines, key=_sort_key)]


def _not_found(kind: str, record_id: int) -> RecordNotFound:
    return RecordNotFound(spec_for(kind).sentence("not_found"), kind, record_id)


# ---------------------------------------------------------------- twinnings


def twinning_timeline(source: Source, twinning_id: int) -> list[TimelineEntry]:
    """The history of one twinning, oldest first; RecordNotFound when it does not exist."""
    found = twinning_timelines(source, [twinning_id])
    if twinning_id not in found:
        raise _not_found("twinning", twinning_id)
    return found[twinning_id]


def twinning_timelines(
    source: Source, twinning_ids: Sequence[int] | None = None
) -> dict[int, list[TimelineEntry]]:
    """The histories of many twinnings (all when ``twinning_ids`` is None) in a few queries."""
    with database_of(source).reading() as session:
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


@dataclass(frozen=True)
class _AgreementRow:
    id: int
    title: str
    status: str
    signed: dt.date | None
    valid_to: dt.date | None
    towns: frozenset[int]


@dataclass(frozen=True)
class _DecisionRow:
    id: int
    day: ApproxDate | None
    text: str


def _twinning_timelines(
    session: Session, twinning_ids: Sequence[int] | None
) -> dict[int, list[TimelineEntry]]:
    pairs = _pairs(session, twinning_ids)
    if not pairs:
        return {}
    towns: set[int] | None = None
    if twinning_ids is not None:
        towns = {p.a for p in pairs} | {p.b for p in pairs}
        if len(towns) > _IN_LIMIT:
            towns = None
    agreements = _agreements_with(session, towns)
    by_town: dict[int, list[_AgreementRow]] = defaultdict(list)
    for agreement in agreements:
        for town in agreement.towns:
            by_town[town].append(agreement)
    shared: dict[int, list[_AgreementRow]] = {}
    for pair in pairs:
        shared[pair.id] = [a for a in by_town.get(pair.a, ()) if pair.b in a.towns]
    agreement_ids = sorted({a.id for rows in shared.values() for a in rows})
    restrict = twinning_ids is not None and len(pairs) <= _IN_LIMIT
    concerned = _decisions_concerning(
        session,
        {
            "twinning": [p.id for p in pairs] if restrict else None,
            "agreement": agreement_ids if restrict else None,
        },
    )
    end_ids = sorted({p.end_decision_id for p in pairs if p.end_decision_id is not None})
    end_decisions = _decisions_by_id(session, end_ids)

    result: dict[int, list[TimelineEntry]] = {}
    for pair in pairs:
        lines = list(_pair_lines(pair))
        for agreement in shared[pair.id]:
            lines.extend(_agreement_lines(agreement))
        decisions: dict[int, _DecisionRow] = {
            d.id: d for d in concerned.get(RecordRef("twinning", pair.id), ())
        }
        for agreement in shared[pair.id]:
            for d in concerned.get(RecordRef("agreement", agreement.id), ()):
                decisions[d.id] = d
        if pair.end_decision_id in end_decisions:
            decisions[pair.end_decision_id] = end_decisions[pair.end_decision_id]
        lines.extend(_decision_lines(decisions.values()))
        result[pair.id] = _sorted(lines)
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
    rows = []
    if ids is None:
        rows = list(session.execute(query))
    else:
        for chunk in _chunks(sorted(set(ids))):
            rows.extend(session.execute(query.where(t.id.in_(chunk))))
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


def _pair_lines(pair: _Pair) -> Iterator[_Line]:
    ref = RecordRef("twinning", pair.id)
    names = (pair.first_name, pair.second_name)
    if pair.contact is not None and (pair.start is None or pair.start.year != pair.contact.year):
        year, day, known = _when(pair.contact)
        yield _line(
            _BEGINNING,
            year,
            day,
            ref,
            QT_TRANSLATE_NOOP("Timeline", "First contact between %1 and %2"),
            *names,
            known=known,
        )
    if pair.start is not None:
        text = _BECOME.get(pair.kind, _BECOME["twin_town"])
        year, day, known = _when(pair.start)
        yield _line(_BEGINNING, year, day, ref, text, *names, known=known)
    if pair.end is not None:
        year, day, known = _when(pair.end)
        if pair.end_reason:
            yield _line(
                _ENDING,
                year,
                day,
                ref,
                QT_TRANSLATE_NOOP("Timeline", "%1 and %2 end their twinning: %3"),
                *names,
                pair.end_reason,
                known=known,
            )
        else:
            yield _line(
                _ENDING,
                year,
                day,
                ref,
                QT_TRANSLATE_NOOP("Timeline", "%1 and %2 end their twinning"),
                *names,
                known=known,
            )


def _agreements_with(session: Session, towns: set[int] | None) -> list[_AgreementRow]:
    """Agreements (drafts aside) with their town parties; only those naming ``towns`` if given."""
    ag, party = m.Agreement, m.AgreementParty
    query = (
        select(ag.id, ag.title, ag.status, ag.signed_date, ag.valid_to, party.town_id)
        .join(party, party.agreement_id == ag.id)
        .where(ag.status != "draft", party.town_id.is_not(None))
    )
    if towns is not None:
        chosen = aliased(m.AgreementParty)
        query = query.where(
            ag.id.in_(select(chosen.agreement_id).where(chosen.town_id.in_(sorted(towns))))
        )
    heads: dict[int, tuple[str, str, dt.date | None, dt.date | None]] = {}
    parties: dict[int, set[int]] = defaultdict(set)
    for agreement_id, title, status, signed, valid_to, town_id in session.execute(query):
        heads[agreement_id] = (title, status, signed, valid_to)
        if town_id is not None:
            parties[agreement_id].add(town_id)
    return [
        _AgreementRow(
            agreement_id, title, status, signed, valid_to, frozenset(parties[agreement_id])
        )
        for agreement_id, (title, status, signed, valid_to) in heads.items()
    ]


def _agreement_lines(agreement: _AgreementRow) -> Iterator[_Line]:
    ref = RecordRef("agreement", agreement.id)
    if agreement.signed is not None:
        yield _line(
            _EVENT,
            agreement.signed.year,
            agreement.signed,
            ref,
            QT_TRANSLATE_NOOP("Timeline", "Agreement signed: %1"),
            agreement.title,
        )
    if agreement.valid_to is not None and agreement.status in ("ended", "expired"):
        yield _line(
            _ENDING,
            agreement.valid_to.year,
            agreement.valid_to,
            ref,
            QT_TRANSLATE_NOOP("Timeline", "Agreement ends: %1"),
            agreement.title,
        )


def _decision_text(
    body: str, body_name: str | None, title: str, registry_no: str | None, section: str | None
) -> str:
    who = body_name if body_name and body in ("committee", "other") else vocabulary.label(body)
    reference = " ".join(part for part in (registry_no, section) if part)
    what = f"{title} ({reference})" if reference else title
    return _fill(translate("Timeline", "Decision (%1): %2"), who, what)


_DECISION_COLUMNS = (
    m.Decision.id,
    m.Decision.decided_on,
    m.Decision.body,
    m.Decision.body_name,
    m.Decision.title,
    m.Decision.registry_no,
    m.Decision.section,
    m.Decision.decided_on_edtf,
)


def _decisions_concerning(
    session: Session, targets: dict[str, list[int] | None]
) -> dict[RecordRef, list[_DecisionRow]]:
    """Decisions linked to records of the given kinds (all of a kind when its ids are None)."""
    link = m.DecisionLink
    conditions = []
    for kind, ids in targets.items():
        if ids is None:
            conditions.append(link.target_kind == kind)
        else:
            conditions.extend(
                and_(link.target_kind == kind, link.target_id.in_(chunk)) for chunk in _chunks(ids)
            )
    found: dict[RecordRef, list[_DecisionRow]] = defaultdict(list)
    if not conditions:
        return found
    query = select(link.target_kind, link.target_id, *_DECISION_COLUMNS).join(
        m.Decision, m.Decision.id == link.decision_id
    )
    for condition in conditions:
        for (
            kind,
            target,
            decision_id,
            day,
            body,
            body_name,
            title,
            registry,
            section,
            day_known,
        ) in session.execute(query.where(condition)):
            found[RecordRef(kind, target)].append(
                _DecisionRow(
                    decision_id,
                    known_date(day, day_known),
                    _decision_text(body, body_name, title, registry, section),
                )
            )
    return found


def _decisions_by_id(session: Session, ids: list[int]) -> dict[int, _DecisionRow]:
    found: dict[int, _DecisionRow] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(*_DECISION_COLUMNS).where(m.Decision.id.in_(chunk))):
            decision_id, day, body, body_name, title, registry, section, day_known = row
            found[decision_id] = _DecisionRow(
                decision_id,
                known_date(day, day_known),
                _decision_text(body, body_name, title, registry, section),
            )
    return found


def _decision_lines(decisions: Iterable[_DecisionRow]) -> Iterator[_Line]:
    for decision in decisions:
        if decision.day is None:
            continue  # a decision without a date has no place in a history
        year, day, known = _when(decision.day)
        yield _Line(
            TimelineEntry(year, day, decision.text, RecordRef("decision", decision.id), known),
            _EVENT,
        )


# ---------------------------------------------------------------- networks


def network_timeline(source: Source, network_id: int) -> list[TimelineEntry]:
    """The history of a network, oldest first; RecordNotFound when it does not exist."""
    with database_of(source).reading() as session:
        network = session.execute(
            select(m.Network.name, m.Network.founded_year).where(m.Network.id == network_id)
        ).first()
        if network is None:
            raise _not_found("network", network_id)
        name, founded = network
        lines: list[_Line] = []
        if founded is not None:
            lines.append(
                _line(
                    _FOUNDING,
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
                    _line(
                        _BEGINNING,
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
                    _line(
                        _ENDING,
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
            lines.extend(_agreement_lines(agreement))
        concerned = _decisions_concerning(
            session,
            {
                "network": [network_id],
                "meeting": meeting_ids,
                "agreement": [a.id for a in own],
            },
        )
        decisions = {d.id: d for rows in concerned.values() for d in rows}
        lines.extend(_decision_lines(decisions.values()))
        return _sorted(lines)


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
) -> _Line:
    ref = RecordRef("meeting", meeting_id)
    kind = kind if kind in _HOSTS else "meeting"
    # The place is left out when it only repeats the host's name.
    place = place if place and place != host else None
    if host and place:
        return _line(_EVENT, year, day, ref, _HOSTS_IN[kind], host, place)
    if host:
        return _line(_EVENT, year, day, ref, _HOSTS[kind], host)
    if place:
        return _line(_EVENT, year, day, ref, _HELD_IN[kind], place)
    return _line(_EVENT, year, day, ref, _HELD[kind])


def _network_agreements(session: Session, member_towns: set[int]) -> list[_AgreementRow]:
    """Agreements of the network as a whole: all parties members, more than two or all of them."""
    if not member_towns:
        return []
    towns = member_towns if len(member_towns) <= _IN_LIMIT else None
    own = []
    for agreement in _agreements_with(session, towns):
        if not agreement.towns <= member_towns:
            continue
        if len(agreement.towns) > 2 or agreement.towns == member_towns:
            own.append(agreement)
    return own


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for first in range(0, len(ids), _IN_LIMIT):
        yield ids[first : first + _IN_LIMIT]
