"""What every to-do rule reads once, and how a rule makes an item.

A rule (one module each in :mod:`app.todo.rules`) is given a :class:`Reading`
of the register and yields the items whose lead time has begun.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.derived.rotation import Networks, read_networks
from app.i18n import translate
from app.reports.cell_text import counted, fill
from app.rules import Rules
from app.services import record_labels
from app.services.records import RecordRef
from app.todo.items import TodoItem, appears_on, state_of
from app.workflow.context import PolicyDates
from db import models as m

CLOSED_AGREEMENT = ("ended", "expired")
"""Agreement statuses after which nothing is due any more."""

TRIPS_AHEAD = ("planned", "awaiting_approval")
"""Trip statuses whose approval may still be asked for."""
TRIPS_MADE = ("done", "reported")
"""Trip statuses of a trip made, whose approval can only be missed."""
TRIP_STATES_RULED = TRIPS_AHEAD + TRIPS_MADE


class RuledTrip(NamedTuple):
    """A trip as the trip rules read it."""

    id: int
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    actual_cost: Decimal | None
    estimated_cost: Decimal | None
    currency: str
    approval_decision_id: int | None
    approver_body: str | None  # the body of the approving decision, if one is linked


@dataclass(frozen=True)
class Reading:
    """What every collector needs, read once."""

    session: Session
    today: date
    rules: Rules
    homes: set[int]
    twins: set[int]
    sources: dict[int, str]  # the governing documents the rules cite, by id
    unlinked: set[int] = field(default_factory=set)  # towns in no twinning, home towns aside
    documents: tuple[PolicyDates, ...] = ()  # every governing document with its revise-by
    _town_labels: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def networks(self) -> Networks:
        """Every network with its members and meetings, read on first use."""
        return read_networks(self.session)

    def town_labels(self, town_ids: Iterable[int]) -> dict[int, str]:
        """The names of ``town_ids``, reading only those not asked for before.

        The start page asks for the hosts of every network, the home towns
        included, before the hosting rule asks for the home towns.
        """
        wanted = set(town_ids)
        missing = sorted(wanted - self._town_labels.keys())
        if missing:
            self._town_labels.update(record_labels.labels_in(self.session, "town", missing))
        return {town: self._town_labels[town] for town in wanted if town in self._town_labels}

    # The trip rules look at the same trips: each is read once, on first use, for all three.
    @cached_property
    def trips(self) -> list[RuledTrip]:
        """Every trip planned, awaiting approval, done or reported, with its approver's body."""
        trip, decision = m.Trip, m.Decision
        rows = self.session.execute(
            select(
                trip.id,
                trip.title,
                trip.status,
                trip.start_date,
                trip.end_date,
                trip.actual_cost,
                trip.estimated_cost,
                trip.currency,
                trip.approval_decision_id,
                decision.body,
            )
            .outerjoin(decision, decision.id == trip.approval_decision_id)
            .where(trip.status.in_(TRIP_STATES_RULED))
        )
        # Plain rows, not ORM objects: thousands of trips load in a third of the time.
        return [RuledTrip._make(row) for row in rows]

    @cached_property
    def trip_towns(self) -> dict[int, list[int]]:
        """The destinations of the trips in :attr:`trips`, by trip."""
        links, trip = m.trip_towns, m.Trip
        rows = self.session.execute(
            select(links.c.trip_id, links.c.town_id)
            .join(trip, trip.id == links.c.trip_id)
            .where(trip.status.in_(TRIP_STATES_RULED))
        )
        towns: dict[int, list[int]] = {}
        for trip_id, town_id in rows:
            towns.setdefault(trip_id, []).append(town_id)
        return towns

    def stated_in(self, source_id: int | None, detail: str = "") -> str:
        """``detail`` with the sentence naming the document a rule comes from, if it cites one."""
        title = self.sources.get(source_id) if source_id is not None else None
        if title is None:
            return detail
        cited = fill(translate("Todo", "The rule is stated in %1."), title)
        return f"{detail} {cited}" if detail else cited

    def to_twin_town(self, town_ids: Iterable[int]) -> bool:
        """Whether a trip to ``town_ids`` falls under the approval rule.

        Without a home town no twin town is known, so every trip does (the
        to-do list also asks for the home town): the rule never silently passes.
        """
        return not self.homes or any(town in self.twins for town in town_ids)

    def why_covered(self, town_ids: Iterable[int], unlinked: set[int]) -> str:
        """The sentence saying why a trip falls under the rule when it is no plain case.

        Without a home town every trip does; with one, a trip whose destinations
        are in no twinning yet does too (``unlinked``), and the item says so.
        """
        if not self.homes:
            return translate(
                "Todo",
                "No home municipality is marked, so every trip counts as one to a twin town.",
            )
        if any(town in self.twins and town not in unlinked for town in town_ids):
            return ""
        return translate(
            "Todo",
            "None of the trip's destinations is in a twinning in the register yet, so it "
            "counts as a trip to a twin town.",
        )

    def item(
        self,
        key: str,
        kind: str,
        title: str,
        due: date,
        lead_days: int,
        ref: RecordRef | None,
        *,
        detail: str = "",
        context: RecordRef | None = None,
    ) -> TodoItem | None:
        """The item on this reading's day, or None while its lead time has not begun."""
        return make_item(
            self.today, key, kind, title, due, lead_days, ref, detail=detail, context=context
        )


def days_words(days: int) -> str:
    """A number of days as a sentence counts them: "1 dag", "90 dagar"."""
    return counted(days, translate("Todo", "1 day"), translate("Todo", "%1 days"))


def recorded_reason(where: str, lead_days: int) -> str:
    """Why an item of a date she recorded is on the list: ``where`` the date is recorded,
    and how long ahead the reminder shows (nothing said of no lead time)."""
    if lead_days <= 0:
        return where
    ahead = fill(translate("Todo", "The reminder shows %1 ahead."), days_words(lead_days))
    return f"{where} {ahead}"


def make_item(
    today: date,
    key: str,
    kind: str,
    title: str,
    due: date,
    lead_days: int,
    ref: RecordRef | None,
    *,
    detail: str = "",
    context: RecordRef | None = None,
) -> TodoItem | None:
    """The item, or None while its lead time has not begun on ``today``."""
    first = appears_on(due, lead_days)
    if today < first:
        return None
    return TodoItem(
        key=key,
        kind=kind,
        title=title,
        due=due,
        state=state_of(due, today),
        ref=ref,
        appears_on=first,
        detail=detail,
        context=context,
    )


def lead_time(days: int) -> timedelta:
    """A lead time of ``days`` days (never negative)."""
    return timedelta(days=max(0, days))
