"""Trips and activities read for the reports: plain values with their towns and decisions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, and_, func, select
from sqlalchemy.orm import Session

from app.reports.builders.common import DecisionInfo, read_decisions
from app.workflow.context import trip_cost
from db import models as m
from db.in_lists import in_chunks


@dataclass(frozen=True)
class TripInfo:
    """One trip with its destinations' names, its department and its two decisions."""

    id: int
    title: str
    start_date: date | None
    end_date: date | None
    travellers: str | None
    department: str | None
    purpose: str | None
    goals: str | None
    results: str | None
    estimated_cost: Decimal | None
    actual_cost: Decimal | None
    currency: str
    funding: str | None
    approval: DecisionInfo | None
    report_back: DecisionInfo | None
    status: str
    towns: tuple[str, ...]

    @property
    def counted_cost(self) -> Decimal | None:
        """The cost a total counts: the actual cost once known, else the estimate.

        A cancelled trip counts only an actual cost (a fee paid); its estimate
        was never spent.
        """
        if self.status == "cancelled":
            return self.actual_cost
        return trip_cost(self.actual_cost, self.estimated_cost)

    @property
    def cost_is_actual(self) -> bool:
        """True when the trip's cost is what was spent, not the estimate."""
        return self.actual_cost is not None


@dataclass(frozen=True)
class ActivityInfo:
    """One activity (exchange) with the names of its towns and organisations."""

    id: int
    title: str
    start_date: date | None
    end_date: date | None
    kind: str
    area: str | None
    description: str | None
    municipality_took_part: bool
    funding: str | None
    source_reference: str | None
    towns: tuple[str, ...]
    organisations: tuple[str, ...]


def _linked_names(
    session: Session,
    link: Table,
    owner: str,
    target: str,
    named: type[m.Town] | type[m.Organisation],
    ids: list[int],
) -> dict[int, list[str]]:
    """The names of the towns (or organisations) linked through ``link`` to each of ``ids``.

    ``owner`` and ``target`` are the link table's columns naming the record and the town
    (or organisation); the names come in alphabetical order.
    """
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in in_chunks(sorted(set(ids))):
        query = (
            select(link.c[owner], named.name)
            .join(named, named.id == link.c[target])
            .where(link.c[owner].in_(chunk))
            .order_by(named.name)
        )
        for owner_id, name in session.execute(query):
            found[owner_id].append(name)
    return found


def read_trips(session: Session, condition: Any) -> list[TripInfo]:
    """The trips matching ``condition`` (a SQL expression on ``m.Trip``), by date and title."""
    t = m.Trip
    rows = list(
        session.execute(
            select(
                t.id,
                t.title,
                t.start_date,
                t.end_date,
                t.travellers,
                t.department_id,
                t.purpose,
                t.goals,
                t.results,
                t.estimated_cost,
                t.actual_cost,
                t.currency,
                t.funding,
                t.approval_decision_id,
                t.report_back_decision_id,
                t.status,
            )
            .where(condition)
            .order_by(func.coalesce(t.start_date, t.end_date), t.title, t.id)
        )
    )
    ids = [row.id for row in rows]
    towns = _linked_names(session, m.trip_towns, "trip_id", "town_id", m.Town, ids)
    departments = _organisation_names(session, [row.department_id for row in rows])
    decisions = read_decisions(
        session,
        [row.approval_decision_id for row in rows] + [row.report_back_decision_id for row in rows],
    )
    return [
        TripInfo(
            id=row.id,
            title=row.title,
            start_date=row.start_date,
            end_date=row.end_date,
            travellers=row.travellers,
            department=departments.get(row.department_id) if row.department_id else None,
            purpose=row.purpose,
            goals=row.goals,
            results=row.results,
            estimated_cost=row.estimated_cost,
            actual_cost=row.actual_cost,
            currency=(row.currency or "SEK").upper(),
            funding=row.funding,
            approval=decisions.get(row.approval_decision_id or -1),
            report_back=decisions.get(row.report_back_decision_id or -1),
            status=row.status,
            towns=tuple(towns.get(row.id, ())),
        )
        for row in rows
    ]


def read_activities(session: Session, condition: Any) -> list[ActivityInfo]:
    """The activities matching ``condition`` (on ``m.Activity``), by date and title."""
    a = m.Activity
    rows = list(
        session.execute(
            select(
                a.id,
                a.title,
                a.start_date,
                a.end_date,
                a.kind,
                a.area,
                a.description,
                a.municipality_took_part,
                a.funding,
                a.source_reference,
            )
            .where(condition)
            .order_by(a.start_date, a.title, a.id)
        )
    )
    ids = [row.id for row in rows]
    towns = _linked_names(session, m.activity_towns, "activity_id", "town_id", m.Town, ids)
    organisations = _linked_names(
        session, m.activity_organisations, "activity_id", "organisation_id", m.Organisation, ids
    )
    return [
        ActivityInfo(
            id=row.id,
            title=row.title,
            start_date=row.start_date,
            end_date=row.end_date,
            kind=row.kind,
            area=row.area,
            description=row.description,
            municipality_took_part=bool(row.municipality_took_part),
            funding=row.funding,
            source_reference=row.source_reference,
            towns=tuple(towns.get(row.id, ())),
            organisations=tuple(organisations.get(row.id, ())),
        )
        for row in rows
    ]


def _organisation_names(session: Session, ids: list[int | None]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in in_chunks(sorted({i for i in ids if i is not None})):
        for org_id, name in session.execute(
            select(m.Organisation.id, m.Organisation.name).where(m.Organisation.id.in_(chunk))
        ):
            found[org_id] = name
    return found


def trips_of_year(year: int) -> Any:
    """Trips belonging to ``year``: those that started in it (or, undated at the start, ended)."""
    t = m.Trip
    first, last = date(year, 1, 1), date(year, 12, 31)
    day = func.coalesce(t.start_date, t.end_date)
    return and_(day >= first, day <= last)


def activities_of_year(year: int) -> Any:
    """Activities taking place in ``year``: their dates touch it (undated ones never do)."""
    a = m.Activity
    first, last = date(year, 1, 1), date(year, 12, 31)
    return and_(
        a.start_date.is_not(None),
        a.start_date <= last,
        func.coalesce(a.end_date, a.start_date) >= first,
    )
