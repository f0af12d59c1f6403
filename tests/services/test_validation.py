"""Validation answers field by field, and nothing invalid is ever stored."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.services.errors import ValidationError
from app.services.fields import parse_date
from app.workspace import Workspace
from db.models import Base


def _row_counts(workspace: Workspace) -> dict[str, int]:
    """Rows of every table, the change log included."""
    with workspace.database.reading() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


def _refused(workspace: Workspace, record: Any) -> ValidationError:
    before = _row_counts(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.save(record)
    assert _row_counts(workspace) == before, "a refused save wrote something"
    return caught.value


# (kind, changes to a valid sample, field that must carry the error, words of the message)
INVALID = [
    # a date that does not exist (as a form or an import would hand it over, unparsed)
    ("trip", {"start_date": "2026-02-30"}, "start_date", "not a valid date"),
    ("decision", {"decided_on": "22/11/2026"}, "decided_on", "is not a date"),
    # an end before its start
    (
        "trip",
        {"start_date": date(2026, 11, 22), "end_date": date(2026, 11, 21)},
        "end_date",
        "Return cannot be before Departure",
    ),
    ("network_member", {"joined_year": 1977, "left_year": 1976}, "left_year", "cannot be before"),
    ("term", {"start_year": 2026, "end_year": 2022}, "end_year", "cannot be before"),
    (
        "agreement",
        {"valid_from": date(2020, 1, 1), "valid_to": date(2019, 12, 31)},
        "valid_to",
        "cannot be before",
    ),
    # a year outside 1800-2100
    ("twinning", {"contact_year": 1799}, "contact_year", "between 1800 and 2100"),
    ("twinning", {"contact_year": 2101}, "contact_year", "between 1800 and 2100"),
    ("grant", {"year": 1066}, "year", "between 1800 and 2100"),
    ("decision", {"decided_on": date(1799, 12, 31)}, "decided_on", "between 1800 and 2100"),
    # a negative amount
    ("trip", {"estimated_cost": Decimal("-1")}, "estimated_cost", "cannot be negative"),
    ("grant", {"amount": Decimal("-0.01")}, "amount", "cannot be negative"),
    ("town", {"population": -5}, "population", "cannot be negative"),
    ("exchange_rate", {"rate_to_sek": Decimal("0")}, "rate_to_sek", "greater than zero"),
    ("trip", {"actual_cost": Decimal("NaN")}, "actual_cost", "must be an amount"),
    # amounts the database could not keep exactly
    ("trip", {"estimated_cost": Decimal("10.005")}, "estimated_cost", "at most two decimals"),
    ("grant", {"amount": Decimal("1e13")}, "amount", "too large"),
    ("exchange_rate", {"rate_to_sek": Decimal("1.16541234")}, "rate_to_sek", "six decimals"),
    # an unknown currency
    ("trip", {"currency": "XYZ"}, "currency", "not a currency"),
    ("grant", {"currency": "kronor"}, "currency", "not a currency"),
    # a malformed e-mail address
    ("person", {"email": "asa.oberg.example.se"}, "email", "not a valid e-mail"),
    ("person", {"email": "asa@"}, "email", "not a valid e-mail"),
    ("person", {"email": "åsa öberg@example.se"}, "email", "not a valid e-mail"),
    ("organisation", {"email": "@norden.se"}, "email", "not a valid e-mail"),
    # an address longer than its column (a server refuses it with an error of its own)
    ("person", {"email": "a" * 290 + "@example.se"}, "email", "too long"),
    # coordinates out of range
    ("town", {"latitude": 90.5}, "latitude", "between -90 and 90"),
    ("town", {"latitude": -91.0}, "latitude", "between -90 and 90"),
    ("town", {"longitude": 180.01}, "longitude", "between -180 and 180"),
    ("town", {"longitude": -200.0}, "longitude", "between -180 and 180"),
    # a required field left empty
    ("town", {"name": ""}, "name", "Name is required"),
    ("town", {"name": "   "}, "name", "Name is required"),
    ("decision", {"decided_on": None}, "decided_on", "Date is required"),
    ("decision", {"title": ""}, "title", "Title is required"),
    ("exchange_rate", {"rate_to_sek": None}, "rate_to_sek", "required"),
    ("grant", {"organisation_id": None}, "organisation_id", "Recipient is required"),
    # values outside the vocabulary, unknown countries
    ("twinning", {"status": "asleep"}, "status", "not allowed"),
    ("twinning", {"areas": ("culture", "knitting")}, "areas", "not allowed"),
    ("town", {"country": "XX"}, "country", "not a known country"),
    ("town", {"is_home": "yes"}, "is_home", "must be yes or no"),
    ("activity", {"municipality_took_part": 1}, "municipality_took_part", "yes or no"),
]


@pytest.mark.parametrize(
    ("kind", "changes", "field", "words"),
    INVALID,
    ids=[f"{k}-{f}-{i}" for i, (k, _, f, _) in enumerate(INVALID)],
)
def test_an_invalid_value_is_refused_on_its_field(
    workspace: Workspace, samples: Any, kind: str, changes: dict[str, Any], field: str, words: str
) -> None:
    record = samples.new(kind, **changes)
    error = _refused(workspace, record)
    messages = error.for_field(field)
    assert messages, f"no error on {field}: {error.errors}"
    assert any(words in message for message in messages), messages
    assert workspace.page(kind).total == 0


def test_the_sample_records_themselves_are_valid(workspace: Workspace, samples: Any) -> None:
    # The counterpart of the table above: without the changes every save succeeds.
    for kind in {k for k, _, _, _ in INVALID}:
        assert workspace.save(samples.new(kind)).id is not None


def test_all_problems_are_reported_at_once(workspace: Workspace, samples: Any) -> None:
    record = samples.new("town", name="", latitude=100.0, longitude=200.0, population=-1)
    error = _refused(workspace, record)
    assert {e.field for e in error.errors} == {"name", "latitude", "longitude", "population"}
    assert str(error).count(";") == 3  # one sentence per problem


def test_an_invalid_update_leaves_the_stored_record_alone(
    workspace: Workspace, samples: Any
) -> None:
    trip = samples.saved("trip")
    _refused(workspace, dataclasses.replace(trip, currency="XYZ", title="Ändrad"))
    assert workspace.get("trip", trip.id) == trip


def test_a_twinning_of_a_town_with_itself_is_refused(workspace: Workspace, samples: Any) -> None:
    town = samples.saved("town")
    error = _refused(workspace, samples.new("twinning", town_a_id=town.id, town_b_id=town.id))
    assert error.for_field("town_b_id") == ["A town cannot be twinned with itself."]


def test_a_twinning_written_the_other_way_round_is_a_duplicate(
    workspace: Workspace, samples: Any
) -> None:
    first = samples.saved("twinning")
    assert first.town_a_id < first.town_b_id
    reversed_ = samples.new("twinning", town_a_id=first.town_b_id, town_b_id=first.town_a_id)
    error = _refused(workspace, reversed_)
    assert "already exists" in str(error)
    same_way = samples.new("twinning", town_a_id=first.town_a_id, town_b_id=first.town_b_id)
    _refused(workspace, same_way)
    assert workspace.get_many("twinning") == [first]


def test_a_twinning_written_b_to_a_is_stored_a_to_b(workspace: Workspace, samples: Any) -> None:
    one, other = samples.saved("town"), samples.saved("town")
    saved = workspace.save(samples.new("twinning", town_a_id=other.id, town_b_id=one.id))
    assert (saved.town_a_id, saved.town_b_id) == (one.id, other.id)


def test_other_unique_values_are_duplicates_not_crashes(workspace: Workspace, samples: Any) -> None:
    rate = samples.saved("exchange_rate")
    error = _refused(workspace, dataclasses.replace(rate, id=None, version=0))
    assert "already exists" in str(error)


def test_an_unknown_value_is_not_zero(workspace: Workspace, samples: Any) -> None:
    # Eidi's member count is unknown: stored as unknown, never as 0.
    unknown = workspace.save(samples.new("member_count", count=None))
    assert workspace.get("member_count", unknown.id).count is None
    grant = workspace.save(samples.new("grant", amount=None))
    assert workspace.get("grant", grant.id).amount is None


# ------------------------------------------------------------ typed dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-22", date(2026, 11, 22)),
        (" 1946-01-01 ", date(1946, 1, 1)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_iso_dates_are_read(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-02-30", "2026-02-30 is a date that does not exist"),
        ("2025-02-29", "does not exist"),
        ("2026-13-01", "does not exist"),
        ("22/11/2026", "22/11/2026 is not a date; write it as 2026-11-22"),
        ("20261122", "not a date"),
        ("2026-11-22T10:00", "not a date"),
        ("22 november 2026", "not a date"),
        ("", "needs a date"),
    ],
)
def test_other_written_dates_are_refused_clearly(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, field="start_date", label="Departure")
    (problem,) = caught.value.errors
    assert problem.field == "start_date"
    assert words in problem.message
    assert problem.message.startswith("Departure")


def test_amounts_are_kept_exactly_up_to_their_limits(workspace: Workspace, samples: Any) -> None:
    for amount in (Decimal("9999999999999.99"), Decimal("10.500"), Decimal("0.01"), 16800):
        trip = workspace.save(samples.new("trip", estimated_cost=amount))
        # What save hands back is what the database holds.
        assert workspace.get("trip", trip.id) == trip
        assert workspace.get("trip", trip.id).estimated_cost == amount
    rate = workspace.save(samples.new("exchange_rate", rate_to_sek=Decimal("1.165412")))
    assert workspace.get("exchange_rate", rate.id).rate_to_sek == Decimal("1.165412")
