"""Reading cells as a Swedish office writes them: numbers, dates, yes/no, countries, choices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from app.importing.fields import import_kind
from app.importing.values import cell_text, parse_cell, split_list

TOWNS = import_kind("towns")
TWINNINGS = import_kind("twinnings")
TRIPS = import_kind("trips")
MEMBERS = import_kind("members")
ACTIVITIES = import_kind("activities")


def value(kind: Any, field: str, cell: Any) -> Any:
    parsed, problem = parse_cell(cell, kind.field(field))
    assert problem is None, problem
    return parsed


def problem(kind: Any, field: str, cell: Any) -> str:
    parsed, reason = parse_cell(cell, kind.field(field))
    assert parsed is None and reason is not None
    return reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("1 135", 1135), ("1\u00a0135", 1135), ("1\u202f135", 1135), ("12", 12), (1135, 1135),
     (1135.0, 1135), ("-3", -3)],
)  # fmt: skip
def test_whole_numbers_with_swedish_spaces(cell: Any, expected: int) -> None:
    assert value(MEMBERS, "count", cell) == expected


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("12,5", "Members (empty: unknown): 12,5 is not a whole number."),
        (12.5, "Members (empty: unknown): 12.5 is not a whole number."),
        ("tolv", "Members (empty: unknown): “tolv” is not a number."),
        (True, "Members (empty: unknown): “yes” is not a number."),
    ],
)
def test_what_is_not_a_whole_number(cell: Any, reason: str) -> None:
    assert problem(MEMBERS, "count", cell) == reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("10 000,50", Decimal("10000.50")),
        ("10 000", Decimal("10000")),
        ("10.000,50", Decimal("10000.50")),
        ("10,000.50", Decimal("10000.50")),
        ("1 200 kr", Decimal("1200")),
        ("SEK 99,9", Decimal("99.9")),
        ("450:-", Decimal("450")),
        (4500, Decimal("4500")),
        (0.1 + 0.2, Decimal("0.3")),
        (1234.5, Decimal("1234.5")),
    ],
)
def test_amounts(cell: Any, expected: Decimal) -> None:
    assert value(TRIPS, "estimated_cost", cell) == expected


def test_amounts_with_too_many_decimals_or_no_number() -> None:
    assert problem(TRIPS, "estimated_cost", "10,000") == (
        "Estimated cost: “10,000” has more than two decimals; write amounts as 10 000,50."
    )
    assert problem(TRIPS, "estimated_cost", 1 / 3) == (
        "Estimated cost: “0.3333333333333333” has more than two decimals; write amounts as "
        "10 000,50."
    )
    assert problem(TRIPS, "estimated_cost", "tusen") == "Estimated cost: “tusen” is not an amount."


def test_dates_from_text_and_from_excel_date_cells() -> None:
    assert value(TRIPS, "start_date", "2026-11-22") == dt.date(2026, 11, 22)
    assert value(TRIPS, "start_date", "2026-11-22 00:00:00") == dt.date(2026, 11, 22)
    assert value(TRIPS, "start_date", dt.date(2026, 11, 22)) == dt.date(2026, 11, 22)
    assert value(TRIPS, "start_date", dt.datetime(2026, 11, 22, 9, 30)) == dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("2026-02-30", "Departure: 2026-02-30 is a date that does not exist."),
        ("2026-13-01", "Departure: 2026-13-01 is a date that does not exist."),
        ("22/11/2026", "Departure: 22/11/2026 is not a date; write it as 2026-11-22."),
        (46348, "Departure: 46348 is not a date; write it as 2026-11-22."),
    ],
)
def test_dates_that_are_not_dates(cell: Any, reason: str) -> None:
    assert problem(TRIPS, "start_date", cell) == reason


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("ja", True), ("Ja", True), ("x", True), ("X", True), ("yes", True), ("1", True),
     (True, True), ("nej", False), ("no", False), ("0", False), (False, False)],
)  # fmt: skip
def test_yes_and_no(cell: Any, expected: bool) -> None:
    assert value(ACTIVITIES, "municipality_took_part", cell) is expected


def test_neither_yes_nor_no() -> None:
    assert problem(ACTIVITIES, "municipality_took_part", "kanske") == (
        "The municipality took part: “kanske” is neither yes nor no (write ja or nej)."
    )


@pytest.mark.parametrize(
    ("cell", "code"),
    [("Finland", "FI"), ("Suomi", "FI"), ("FI", "FI"), ("fin", "FI"), ("Färöarna", "FO"),
     ("Faroe Islands", "FO"), ("FO", "FO"), ("Tyskland", "DE"), ("Deutschland", "DE"),
     ("Åland", "AX")],
)  # fmt: skip
def test_countries_by_code_or_name(cell: str, code: str) -> None:
    assert value(TOWNS, "country", cell) == code


def test_an_unknown_country_is_never_guessed() -> None:
    assert problem(TOWNS, "country", "Finlnd") == (
        "Country or area: “Finlnd” is not a country or area this program knows."
    )


@pytest.mark.parametrize(
    ("cell", "code"),
    [("twin_town", "twin_town"), ("twin town", "twin_town"), ("Vänort", "twin_town"),
     ("vänskapsort", "friendship_town"), ("Municipal partnership", "municipal_partnership"),
     ("kommunalt partnerskap", "municipal_partnership")],
)  # fmt: skip
def test_choices_by_code_or_label(cell: str, code: str) -> None:
    assert value(TWINNINGS, "kind", cell) == code


def test_lists_and_tags() -> None:
    assert value(ACTIVITIES, "towns", "Herning; Lohja\nEiði;Herning") == (
        "Herning",
        "Lohja",
        "Eiði",
    )
    assert value(TWINNINGS, "areas", "musik, Idrott / skola") == ("music", "sports", "school")
    assert split_list(" ; ;") == []


def test_text_is_kept_as_written_and_numbers_read_as_people_see_them() -> None:
    assert value(TOWNS, "name", "Siglufjörður") == "Siglufjörður"
    assert value(TOWNS, "notes", 2014.0) == "2014"
    assert cell_text(dt.datetime(2014, 5, 1)) == "2014-05-01"
    assert problem(TOWNS, "name", "x" * 201) == "Name is too long (at most 200 characters)."


def test_an_empty_cell_is_no_value_and_no_problem() -> None:
    for field in TRIPS.fields:
        assert parse_cell(None, field) == (None, None)
