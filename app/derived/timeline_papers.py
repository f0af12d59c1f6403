"""Agreements and decisions in a history: the lines both a twinning's and a network's timeline hold."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app import vocabulary
from app.dates import ApproxDate, known_date
from app.derived.timeline_lines import (
    ENDING,
    EVENT,
    TimelineEntry,
    TimelineLine,
    timeline_line,
    when_known,
)
from app.formatting import minute_item
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from db import models as m
from db.agreement_parties import party_town_in
from db.in_lists import in_chunks


@dataclass(frozen=True)
class AgreementRow:
    """An agreement as a history tells it, with its town parties."""

    id: int
    title: str
    status: str
    signed: dt.date | None
    valid_to: dt.date | None
    towns: frozenset[int]


@dataclass(frozen=True)
class DecisionRow:
    """A decision as a history tells it: its date as known and its text."""

    id: int
    day: ApproxDate | None
    text: str


def agreements_with(session: Session, towns: set[int] | None) -> list[AgreementRow]:
    """Agreements (drafts aside) with their town parties; only those naming ``towns`` if given."""
    ag, party = m.Agreement, m.AgreementParty
    query = (
        select(ag.id, ag.title, ag.status, ag.signed_date, ag.valid_to, party.town_id)
        .join(party, party.agreement_id == ag.id)
        .where(ag.status != "draft", party.town_id.is_not(None))
    )
    if towns is not None:
        query = query.where(party_town_in(towns))
    heads: dict[int, tuple[str, str, dt.date | None, dt.date | None]] = {}
    parties: dict[int, set[int]] = defaultdict(set)
    for agreement_id, title, status, signed, valid_to, town_id in session.execute(query):
        heads[agreement_id] = (title, status, signed, valid_to)
        if town_id is not None:
            parties[agreement_id].add(town_id)
    return [
        AgreementRow(
            agreement_id, title, status, signed, valid_to, frozenset(parties[agreement_id])
        )
        for agreement_id, (title, status, signed, valid_to) in heads.items()
    ]


def agreement_lines(agreement: AgreementRow) -> Iterator[TimelineLine]:
    """An agreement's lines: signed, and ended or expired when it is."""
    ref = RecordRef("agreement", agreement.id)
    if agreement.signed is not None:
        yield timeline_line(
            EVENT,
            agreement.signed.year,
            agreement.signed,
            ref,
            QT_TRANSLATE_NOOP("Timeline", "Agreement signed: %1"),
            agreement.title,
        )
    if agreement.valid_to is not None and agreement.status in ("ended", "expired"):
        yield timeline_line(
            ENDING,
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
    reference = " ".join(part for part in (registry_no, minute_item(section)) if part)
    what = f"{title} ({reference})" if reference else title
    return fill(translate("Timeline", "Decision (%1): %2"), who, what)


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


def decisions_concerning(
    session: Session, targets: dict[str, list[int] | None]
) -> dict[RecordRef, list[DecisionRow]]:
    """Decisions linked to records of the given kinds (all of a kind when its ids are None)."""
    link = m.DecisionLink
    conditions = []
    for kind, ids in targets.items():
        if ids is None:
            conditions.append(link.target_kind == kind)
        else:
            conditions.extend(
                and_(link.target_kind == kind, link.target_id.in_(chunk))
                for chunk in in_chunks(ids)
            )
    found: dict[RecordRef, list[DecisionRow]] = defaultdict(list)
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
                DecisionRow(
                    decision_id,
                    known_date(day, day_known),
                    _decision_text(body, body_name, title, registry, section),
                )
            )
    return found


def decisions_by_id(session: Session, ids: list[int]) -> dict[int, DecisionRow]:
    """The decisions of ``ids`` as history lines need them, by id."""
    found: dict[int, DecisionRow] = {}
    for chunk in in_chunks(ids):
        for row in session.execute(select(*_DECISION_COLUMNS).where(m.Decision.id.in_(chunk))):
            decision_id, day, body, body_name, title, registry, section, day_known = row
            found[decision_id] = DecisionRow(
                decision_id,
                known_date(day, day_known),
                _decision_text(body, body_name, title, registry, section),
            )
    return found


def decision_lines(decisions: Iterable[DecisionRow]) -> Iterator[TimelineLine]:
    """One line per dated decision; a decision without a date has no place in a history."""
    for decision in decisions:
        if decision.day is None:
            continue  # a decision without a date has no place in a history
        year, day, known = when_known(decision.day)
        yield TimelineLine(
            TimelineEntry(year, day, decision.text, RecordRef("decision", decision.id), known),
            EVENT,
        )
