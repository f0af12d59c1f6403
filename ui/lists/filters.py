"""Which filters each kind's list offers, besides the search field.

A choice filter narrows the list to one value of a field (a status, a kind, a
country, a network); the services apply it in SQL. The period filter either goes
to SQL (the kind's first date range, when those fields are not list columns) or
is tested in the model on the list's own year or date columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.dates import ApproxDate
from app.services.kinds import KindSpec, spec_for


@dataclass(frozen=True)
class PeriodFilter:
    """The from/to years of a list. ``end`` None: a single year or date field."""

    start: str
    end: str | None = None
    in_sql: bool = False  # True: Filters.period over the kind's first date range


@dataclass(frozen=True)
class KindFilters:
    """The filters a kind's list offers: drop-downs on fields and a period."""

    choices: tuple[str, ...] = ()  # field names, each offered as a drop-down
    period: PeriodFilter | None = None

    def has_ended(self, kind: str) -> bool:
        """True when the kind has ended records the user may hide."""
        return spec_for(kind).ended_field is not None


FILTERS: dict[str, KindFilters] = {
    "town": KindFilters(("kind", "country")),
    "twinning": KindFilters(("status", "kind"), PeriodFilter("start_date", "end_date", True)),
    "network": KindFilters(),
    "network_member": KindFilters(("network_id",), PeriodFilter("joined_year", "left_year")),
    "meeting": KindFilters(("network_id", "kind"), PeriodFilter("year")),
    "organisation": KindFilters(("kind", "town_id")),
    "member_count": KindFilters(("organisation_id",), PeriodFilter("year")),
    "person": KindFilters(("organisation_id",)),
    "agreement": KindFilters(("status", "kind"), PeriodFilter("valid_from", "valid_to", True)),
    "agreement_action": KindFilters(("agreement_id",), PeriodFilter("due_date")),
    "decision": KindFilters(("body",), PeriodFilter("decided_on")),
    "trip": KindFilters(("status",), PeriodFilter("start_date", "end_date", True)),
    "activity": KindFilters(("kind", "area"), PeriodFilter("start_date", "end_date", True)),
    "grant": KindFilters(("organisation_id", "currency"), PeriodFilter("year")),
    "exchange_rate": KindFilters(("currency",), PeriodFilter("year")),
    "policy": KindFilters(("doc_type", "decided_by")),
    "policy_revision": KindFilters(("document_id",), PeriodFilter("revised_on")),
    "term": KindFilters((), PeriodFilter("start_year", "end_year")),
    "evaluation": KindFilters(("term_id", "recommendation")),
    "reference_fact": KindFilters(("topic",), PeriodFilter("year")),
}


def filters_for(kind: str) -> KindFilters:
    """The filters of ``kind``'s list (none beyond the search for an unknown kind)."""
    return FILTERS.get(kind, KindFilters())


def sql_period(first: int | None, last: int | None) -> tuple[date | None, date | None]:
    """The from/to years as the dates Filters.period wants: 1 January to 31 December."""
    return (
        date(first, 1, 1) if first is not None else None,
        date(last, 12, 31) if last is not None else None,
    )


def _year(value: Any, *, last: bool = False) -> int | None:
    if isinstance(value, ApproxDate):
        # "1940-talet" touches every year from 1940 to 1949.
        return (value.latest if last else value.earliest).year
    if isinstance(value, date):
        return value.year
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def period_test(
    start_column: int, end_column: int | None, first: int | None, last: int | None
) -> Callable[[tuple[Any, ...]], bool]:
    """A row test: does the row's year (or span of years) touch first..last?

    A span without an end is still going on (a member that has not left); a row
    without a start cannot be placed in any period and is left out.
    """

    def touches(values: tuple[Any, ...]) -> bool:
        start = _year(values[start_column])
        if start is None:
            return False
        if end_column is None:
            end: int | None = _year(values[start_column], last=True)
        else:
            end = _year(values[end_column], last=True)
        if last is not None and start > last:
            return False
        return not (first is not None and end is not None and end < first)

    return touches


def local_period_test(
    spec: KindSpec, years: tuple[int | None, int | None]
) -> Callable[[tuple[Any, ...]], bool] | None:
    """The row test of the period filter set to ``years`` where the list, not SQL, applies it.

    None when the kind's period is filtered in SQL, or no year is set.
    """
    period = filters_for(spec.kind).period
    first, last = years
    if period is None or period.in_sql or (first is None and last is None):
        return None
    names = [f.name for f in spec.list_fields]
    start = names.index(period.start)
    end = names.index(period.end) if period.end else None
    return period_test(start, end, first, last)
