"""What the rules need to know about the register: home towns, twin towns, rates, rules.

Every function takes an open session so that the to-do list and the
validators read everything they need inside one transaction, with a handful
of queries however large the register is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.money import to_sek
from app.rules import Rules
from db import models as m
from db.home_towns import home_town_ids, twinning_with_town_in

Rates = dict[tuple[str, int], Decimal]


def load_rules(session: Session) -> Rules:
    """The municipality's rules as stored in its settings (defaults when none are saved)."""
    # The rules column only: the logo and the Word template are large, and not needed here.
    settings = m.MunicipalitySettings
    row = session.execute(select(settings.rules).order_by(settings.id).limit(1)).first()
    return Rules.from_json(row[0] if row is not None else None)


def twin_town_ids(
    session: Session,
    homes: set[int] | None = None,
    unlinked: set[int] | None = None,
    pairs: Iterable[tuple[int, int]] | None = None,
) -> set[int]:
    """Towns a trip to which falls under the approval rule.

    The twin towns of a home town (twinning not ended), and towns that are in no
    twinning at all yet: a list of last year's trips is often imported before the
    twinnings are, and a trip the rule may cover is better asked about than let
    pass. A town twinned only with another register's home town is left out.
    ``unlinked`` is :func:`towns_in_no_twinning` and ``pairs`` the towns of the home
    towns' twinnings not ended, when the caller has read them already.
    """
    if homes is None:
        homes = home_town_ids(session)
    if not homes:
        return set()
    rows = pairs
    if rows is None:
        rows = session.execute(
            select(m.Twinning.town_a_id, m.Twinning.town_b_id).where(
                m.Twinning.status != "ended",
                twinning_with_town_in(homes),
            )
        )
    twins: set[int] = set()
    for a, b in rows:
        # The home side is a twin town only when both sides are home towns.
        if a not in homes or b in homes:
            twins.add(a)
        if b not in homes or a in homes:
            twins.add(b)
    if unlinked is None:
        unlinked = towns_in_no_twinning(session, homes)
    return twins | unlinked


def towns_in_no_twinning(session: Session, homes: set[int]) -> set[int]:
    """Towns, home towns aside, that are in no twinning at all (ended ones included).

    The approval rule covers them until the twinnings are entered, and says why.
    """
    # Two NOT EXISTS, each answered by its side's index, beat NOT IN over a UNION
    # of both sides: on 30 000 towns and 26 000 twinnings a third of the time.
    tw = m.Twinning
    as_a = select(tw.id).where(tw.town_a_id == m.Town.id).exists()
    as_b = select(tw.id).where(tw.town_b_id == m.Town.id).exists()
    query = select(m.Town.id).where(~as_a, ~as_b)
    if homes:
        query = query.where(m.Town.id.not_in(sorted(homes)))
    return set(session.scalars(query))


class PolicyDates(NamedTuple):
    """A governing document as the rules see it: its title and revise-by date."""

    id: int
    title: str
    revise_by: date | None  # the earliest day the revise-by can mean
    revise_by_edtf: str | None  # the revise-by as written ("2028", "2028-09")


def policy_documents(session: Session) -> tuple[PolicyDates, ...]:
    """Every governing document with its revise-by date, by id.

    A municipality has a handful: read once, they serve the rules that cite
    them, the revise-by reminders and the start page alike.
    """
    doc = m.PolicyDocument
    rows = session.execute(
        select(doc.id, doc.title, doc.revise_by, doc.revise_by_edtf).order_by(doc.id)
    )
    return tuple(PolicyDates(*row) for row in rows)


def exchange_rates(session: Session) -> Rates:
    """Every exchange rate the user entered, keyed by (currency, year)."""
    rows = session.execute(
        select(m.ExchangeRate.currency, m.ExchangeRate.year, m.ExchangeRate.rate_to_sek)
    )
    return {(currency, year): Decimal(rate) for currency, year, rate in rows}


def trip_cost(actual: Decimal | None, estimated: Decimal | None) -> Decimal | None:
    """The cost the rules look at: the actual cost once known, else the estimate."""
    return actual if actual is not None else estimated


def trip_year(start: date | None, end: date | None, fallback: date) -> int:
    """The year whose exchange rate applies to a trip: the year it started."""
    for day in (start, end):
        if day is not None:
            return day.year
    return fallback.year


def cost_in_sek(amount: Decimal | None, currency: str, rates: Rates, year: int) -> Decimal | None:
    """``amount`` in SEK; None when the amount is unknown or no rate of the currency exists."""
    if amount is None:
        return None
    return to_sek(Decimal(amount), currency or "SEK", rates, year)


def over_threshold(cost_sek: Decimal | None, threshold_sek: int) -> bool:
    """Whether a cost exceeds the report-back threshold; a cost exactly at it does not."""
    return cost_sek is not None and cost_sek > Decimal(threshold_sek)
