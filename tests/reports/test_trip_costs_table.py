"""The trip report's cost table: one amount column for kronor, two for another currency."""

from __future__ import annotations

from decimal import Decimal

from app.reports.builders.trip import build_trip_report
from app.reports.document import Table, iter_blocks
from app.services.records import ExchangeRate, Trip
from app.workspace import Workspace


def _cost_table(workspace: Workspace, trip_id: int) -> Table:
    document = build_trip_report(workspace.database, trip_id)
    tables = [b for b in iter_blocks(document.body) if isinstance(b, Table)]
    return next(t for t in tables if len(t.rows) == 2)


def test_kronor_are_not_repeated_in_a_second_column(workspace: Workspace) -> None:
    """A trip paid in SEK shows each cost once."""
    trip = workspace.save(Trip(title="Resa", estimated_cost=Decimal("9000"), currency="SEK"))
    table = _cost_table(workspace, trip.id)
    assert len(table.columns) == 2


def test_another_currency_is_shown_in_kronor_too(workspace: Workspace) -> None:
    """A trip paid in euro shows the euro amount and the amount in SEK."""
    workspace.save(ExchangeRate(currency="EUR", year=2026, rate_to_sek=Decimal("11.5")))
    trip = workspace.save(Trip(title="Resa", estimated_cost=Decimal("1000"), currency="EUR"))
    table = _cost_table(workspace, trip.id)
    assert len(table.columns) == 3
