"""The agreements behind a twinning's status: signed in the period, in force, or acted on.

An agreement other than a draft with both towns among its parties is
municipal contact when signed in the period, or when an action of its plan was
done in it; an agreement merely in force (status "active" with validity
touching the period, or "ended"/"expired" with a ``valid_to`` on or after the
period's first day) is shown but is not contact: paper alone is not contact.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.derived.status_rule import Evidence, Period
from app.i18n import translate
from db import models as m
from db.agreement_parties import party_town_in
from db.in_lists import in_chunks


@dataclass(frozen=True)
class AgreementFound:
    """An agreement of both towns that touches the period, with its plan's actions done in it."""

    id: int
    title: str
    signed: date | None
    signed_in_period: bool
    in_force: bool
    start: date | None
    towns: frozenset[int]
    actions: tuple[tuple[int, str, date], ...] = ()


@dataclass(frozen=True)
class AgreementRows:
    """Agreements as read for a period, before the exact rule picks those of a narrower one.

    Several periods (now and a year ago) are read once over the span of them all:
    every row of a narrower period is among those of the span.
    """

    heads: dict[int, tuple[str, str, date | None, date | None, date | None]]
    parties: dict[int, set[int]]
    actions: dict[int, list[tuple[int, str, date]]]


def agreements_in(session: Session, period: Period, towns: set[int] | None) -> list[AgreementFound]:
    """Agreements other than drafts touching ``period`` (signed, in force, or acted on in it)."""
    return agreements_found(agreement_rows(session, period, towns), period)


def agreement_rows(session: Session, period: Period, towns: set[int] | None) -> AgreementRows:
    """The agreements that may touch ``period``, with their parties and actions done in it."""
    start, end = period
    ag, party, action = m.Agreement, m.AgreementParty, m.AgreementAction
    begins = func.coalesce(ag.valid_from, ag.signed_date)
    acted_in_period = select(action.agreement_id).where(
        action.done_date >= start, action.done_date <= end
    )
    # A coarse filter in SQL; agreements_found applies the exact rule.
    query = (
        select(
            ag.id,
            ag.title,
            ag.status,
            ag.signed_date,
            ag.valid_from,
            ag.valid_to,
            party.town_id,
        )
        .join(party, party.agreement_id == ag.id)
        .where(
            ag.status != "draft",
            party.town_id.is_not(None),
            or_(
                and_(ag.signed_date >= start, ag.signed_date <= end),
                and_(
                    or_(begins.is_(None), begins <= end),
                    or_(ag.valid_to.is_(None), ag.valid_to >= start),
                ),
                ag.id.in_(acted_in_period),
            ),
        )
    )
    if towns is not None:
        query = query.where(party_town_in(towns))
    heads: dict[int, tuple[str, str, date | None, date | None, date | None]] = {}
    parties: dict[int, set[int]] = defaultdict(set)
    for agreement_id, title, status, signed, valid_from, valid_to, town_id in session.execute(
        query
    ):
        heads[agreement_id] = (title, status, signed, valid_from, valid_to)
        if town_id is not None:  # filtered in SQL; the check keeps mypy honest
            parties[agreement_id].add(town_id)
    return AgreementRows(heads, parties, _actions_done(session, period, sorted(heads)))


def agreements_found(rows: AgreementRows, period: Period) -> list[AgreementFound]:
    """The agreements of ``rows`` that touch ``period`` under the exact rule."""
    start, end = period
    found = []
    for agreement_id, (title, status, signed, valid_from, valid_to) in rows.heads.items():
        signed_in = signed is not None and start <= signed <= end
        begins_on = valid_from or signed
        starts_in_time = begins_on is None or begins_on <= end
        if status == "active":
            in_force = starts_in_time and (valid_to is None or valid_to >= start)
        elif status in ("ended", "expired"):
            in_force = starts_in_time and valid_to is not None and valid_to >= start
        else:
            in_force = False
        done = tuple(
            action for action in rows.actions.get(agreement_id, ()) if start <= action[2] <= end
        )
        if signed_in or in_force or done:
            found.append(
                AgreementFound(
                    agreement_id,
                    title,
                    signed,
                    signed_in,
                    in_force,
                    begins_on,
                    frozenset(rows.parties[agreement_id]),
                    done,
                )
            )
    return found


def _actions_done(
    session: Session, period: Period, agreement_ids: list[int]
) -> dict[int, list[tuple[int, str, date]]]:
    action = m.AgreementAction
    found: dict[int, list[tuple[int, str, date]]] = defaultdict(list)
    for chunk in in_chunks(agreement_ids):
        for action_id, agreement_id, title, done in session.execute(
            select(action.id, action.agreement_id, action.title, action.done_date).where(
                action.agreement_id.in_(chunk),
                action.done_date >= period[0],
                action.done_date <= period[1],
            )
        ):
            if done is not None:  # filtered in SQL; the check keeps mypy honest
                found[agreement_id].append((action_id, title, done))
    return found


def agreement_evidence(agreement: AgreementFound) -> list[Evidence]:
    """The evidence an agreement gives: its signing or its being in force, and its actions."""
    found = []
    if agreement.signed_in_period:
        label = translate("Evidence", "%1 (signed)").replace("%1", agreement.title)
        found.append(Evidence("agreement", agreement.id, agreement.signed, label, True))
    elif agreement.in_force:
        label = translate("Evidence", "%1 (in force)").replace("%1", agreement.title)
        found.append(
            Evidence("agreement", agreement.id, agreement.start, label, False, frozenset())
        )
    for _action_id, title, done in agreement.actions:
        label = (
            translate("Evidence", "%1: %2 (done)")
            .replace("%1", agreement.title)
            .replace("%2", title)
        )
        found.append(Evidence("agreement", agreement.id, done, label, True))
    return found
