"""Columns suggested from Swedish and English headings, written by hand, and checked."""

from __future__ import annotations

import pytest

from app.importing.columns import (
    ColumnChoiceError,
    check_column_choice,
    column_label,
    column_name,
    describe_columns,
    header_key,
    parse_columns,
    suggest_columns,
)
from app.importing.fields import IMPORT_KINDS, import_kind

TWINNINGS = import_kind("twinnings")


def test_every_kind_the_issue_names_can_be_imported() -> None:
    assert list(IMPORT_KINDS) == [
        "towns", "twinnings", "organisations", "people", "members", "activities", "trips",
        "decisions", "grants", "exchange_rates", "networks", "network_members", "meetings",
        "agreements", "policies",
    ]  # fmt: skip
    assert [IMPORT_KINDS[k].record_kind for k in IMPORT_KINDS] == [
        "town", "twinning", "organisation", "person", "member_count", "activity", "trip",
        "decision", "grant", "exchange_rate", "network", "network_member", "meeting", "agreement",
        "policy",
    ]  # fmt: skip


def test_headings_are_compared_folded() -> None:
    assert header_key("  Kontaktår ") == header_key("KONTAKTAR") == "kontaktar"
    assert header_key("E-post") == "e post"
    assert header_key("§") == "§"


def test_swedish_headings_of_a_twinning_list() -> None:
    headers = ["Ort", "Land", "Vänort", "Land", "Kontaktår", "Status", "Anteckningar"]
    assert suggest_columns(TWINNINGS, headers) == {
        "town": 0,
        "town_country": 1,
        "partner": 2,
        "partner_country": 3,
        "year": 4,
        "status": 5,
        "notes": 6,
    }


def test_english_headings_and_field_names() -> None:
    headers = ["Town", "Country", "Twin town", "Country", "Year"]
    assert suggest_columns(TWINNINGS, headers) == {
        "town": 0,
        "town_country": 1,
        "partner": 2,
        "partner_country": 3,
        "year": 4,
    }
    names = ["town", "town_country", "partner", "partner_country", "year"]
    assert suggest_columns(TWINNINGS, names) == {name: i for i, name in enumerate(names)}


def test_a_lone_country_column_goes_to_the_town_on_its_left() -> None:
    assert suggest_columns(TWINNINGS, ["Vänort", "Land", "Kontaktår"]) == {
        "partner": 0,
        "partner_country": 1,
        "year": 2,
    }
    assert suggest_columns(TWINNINGS, ["Land", "Vänort"]) == {
        "partner": 1,
        "partner_country": 0,
    }


def test_other_kinds_have_their_own_words() -> None:
    members = import_kind("members")
    assert suggest_columns(members, ["Lokalavdelning", "Ort", "År", "Medlemsantal"]) == {
        "organisation": 0,
        "town": 1,
        "year": 2,
        "count": 3,
    }
    decisions = import_kind("decisions")
    assert suggest_columns(decisions, ["Datum", "§", "Dnr", "Ärende", "Organ"]) == {
        "decided_on": 0,
        "section": 1,
        "registry_no": 2,
        "title": 3,
        "body": 4,
    }
    towns = import_kind("towns")
    assert suggest_columns(towns, ["Namn", "Land", "Invånare", "Okänd"]) == {
        "name": 0,
        "country": 1,
        "population": 2,
    }


def test_columns_written_by_hand() -> None:
    headers = ["Ort", "Land", "Vänort", "Land", "Sedan", "Lich, Hessen"]
    assert parse_columns(TWINNINGS, headers, "partner=vänort, year=SEDAN, notes=Lich, Hessen") == {
        "partner": 2,
        "year": 4,
        "notes": 5,
    }
    assert parse_columns(TWINNINGS, headers, "town_country=#2,partner_country=D") == {
        "town_country": 1,
        "partner_country": 3,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("partner=Land", "There are several columns headed “Land”; name the one you mean by its "
                         "number (#2) or letter (B)."),
        ("partner=Nope", "There is no column headed “Nope”; the headings are: Ort, Land, Vänort, "
                         "Land."),
        ("vänort=Vänort", "Twinnings has no field called “vänort”; it has: town, town_country, "
                          "partner, partner_country, year, kind, status, start_date, end_date, "
                          "end_reason, areas, status_override, status_override_reason, notes."),
        ("partner", "“partner” is not of the form field=Heading."),
    ],
)  # fmt: skip
def test_columns_written_wrong_are_refused_with_a_sentence(text: str, message: str) -> None:
    with pytest.raises(ColumnChoiceError) as refused:
        parse_columns(TWINNINGS, ["Ort", "Land", "Vänort", "Land"], text)
    assert refused.value.message == message


def test_a_column_choice_needs_its_required_columns_once_each() -> None:
    headers = ["Ort", "Vänort"]
    check_column_choice(TWINNINGS, headers, {"town": 0, "partner": 1})
    for column_choice, message in [
        ({"town": 0}, "Choose the column that holds Partner town."),
        (
            {"town": 0, "partner": 1, "notes": 0},
            "The column Ort is chosen for both Town and Notes.",
        ),
        ({"town": 0, "partner": 1, "notes": 7}, "The column chosen for Notes is not in the table."),
    ]:
        with pytest.raises(ColumnChoiceError) as refused:
            check_column_choice(TWINNINGS, headers, column_choice)
        assert refused.value.message == message


def test_column_names_and_descriptions() -> None:
    assert [column_name(i) for i in (0, 25, 26, 27, 701)] == ["A", "Z", "AA", "AB", "ZZ"]
    assert column_label(["Ort", ""], 1) == "column B"
    assert describe_columns(
        TWINNINGS, ["Ort", "", "Vänort"], {"partner": 2, "town": 0, "notes": 1}
    ) == ("town=Ort, partner=Vänort, notes=column B")
