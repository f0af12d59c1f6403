"""The country and area list: names in Swedish, English and local languages, no guessing."""

from __future__ import annotations

import csv
import re

import pytest

from app.places.countries import (
    Country,
    all_countries,
    country_name,
    get_country,
    resolve_country,
)
from app.resource_paths import data_dir

# Every example of the brief, plus the ways people really write them.
KNOWN_NAMES = [
    ("Finland", "FI"),
    ("Suomi", "FI"),
    ("FI", "FI"),
    ("fi", "FI"),
    ("Färöarna", "FO"),
    ("Faroe Islands", "FO"),
    ("Føroyar", "FO"),
    ("Færøerne", "FO"),
    ("FO", "FO"),
    ("Åland", "AX"),
    ("Ahvenanmaa", "AX"),
    ("AX", "AX"),
    ("Grönland", "GL"),
    ("Greenland", "GL"),
    ("Kalaallit Nunaat", "GL"),
    ("Grønland", "GL"),
    ("GL", "GL"),
    ("Tyskland", "DE"),
    ("Germany", "DE"),
    ("Deutschland", "DE"),
    ("Island", "IS"),
    ("Iceland", "IS"),
    ("Ísland", "IS"),
    ("Norge", "NO"),
    ("Norway", "NO"),
    ("Noreg", "NO"),
    ("Danmark", "DK"),
    ("Denmark", "DK"),
    ("Polen", "PL"),
    ("Poland", "PL"),
    ("Polska", "PL"),
    ("Estland", "EE"),
    ("Estonia", "EE"),
    ("Eesti", "EE"),
    ("Sverige", "SE"),
    ("Namibia", "NA"),  # Vänersborg's Omaruru
    ("Storbritannien", "GB"),
    ("Nederländerna", "NL"),
    ("Holland", "NL"),
    ("Österrike", "AT"),
    ("Magyarország", "HU"),
    ("Lietuva", "LT"),
    ("Vitryssland", "BY"),
    ("Belarus", "BY"),
]


@pytest.mark.parametrize(("text", "code"), KNOWN_NAMES)
def test_known_names_and_codes_resolve(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("  finland  ", "FI"),
        ("FINLAND", "FI"),
        ("färöarna", "FO"),
        ("Faroarna", "FO"),  # without the dots
        ("FØROYAR", "FO"),
        ("Foroyar", "FO"),  # ø typed as o
        ("Faeroerne", "FO"),  # æ typed as ae
        ("Aland", "AX"),
        ("Gronland", "GL"),
        ("Island ", "IS"),
        ("Island\u00a0", "IS"),  # a no-break space from a spreadsheet
        ("nya  zeeland", "NZ"),
        ("Bosnien-Hercegovina", "BA"),
        ("Bosnien och Hercegovina", "BA"),
        ("Guinea Bissau", "GW"),
        ("swe", "SE"),  # three-letter ISO codes too
        ("DEU", "DE"),
        ("ax", "AX"),
    ],
)
def test_resolution_ignores_case_accents_and_spacing(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Findland",  # a typo is not guessed at
        "Tysklnd",
        "Sydslesvig",  # a region, not a country
        "Skandinavien",
        "Kongo",  # two countries are called Congo
        "Korea",  # and two Korea
        "XX",
        "",
        "   ",
        "--",
        None,
    ],
)
def test_unknown_or_ambiguous_names_give_none(text: str | None) -> None:
    assert resolve_country(text) is None


def test_every_name_in_the_list_resolves_back_to_its_own_country() -> None:
    for country in all_countries():
        for name in (country.code, country.alpha3, *country.names):
            assert resolve_country(name) == country.code, (name, country.code)


def test_the_list_holds_every_iso_code_once_with_both_names() -> None:
    countries = all_countries()
    codes = [country.code for country in countries]
    assert len(codes) == len(set(codes))
    # ISO 3166-1 has 249 codes; Kosovo's XK is added.
    assert len(codes) == 250
    for country in countries:
        assert re.fullmatch(r"[A-Z]{2}", country.code)
        assert re.fullmatch(r"[A-Z]{3}", country.alpha3)
        assert country.name_sv and country.name_en
        assert country.name_sv in country.names and country.name_en in country.names
    for code in ("AX", "FO", "GL", "SE", "NA", "SJ", "XK", "VA", "PS", "TW"):
        assert code in codes


def test_the_shipped_file_is_plain_utf8_csv_with_the_expected_columns() -> None:
    with (data_dir() / "countries.csv").open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == [
            "code",
            "alpha3",
            "name_sv",
            "name_en",
            "local_names",
            "other_names",
        ]
        rows = {row["code"]: row for row in reader}
    assert rows["FO"]["name_sv"] == "Färöarna"
    assert rows["GL"]["local_names"].split("|") == ["Kalaallit Nunaat", "Grønland"]


EUROPE = [
    "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
    "FO", "FR", "GB", "GL", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD",
    "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA", "VA",
    "XK",
]  # fmt: skip


@pytest.mark.parametrize("code", EUROPE)
def test_european_countries_have_local_names(code: str) -> None:
    country = get_country(code)
    assert country is not None
    assert country.local_names


@pytest.mark.parametrize(
    ("code", "local"),
    [
        ("FI", "Suomi"),
        ("FO", "Føroyar"),
        ("FO", "Færøerne"),
        ("AX", "Ahvenanmaa"),
        ("GL", "Kalaallit Nunaat"),
        ("DE", "Deutschland"),
        ("IS", "Ísland"),
        ("NO", "Noreg"),
        ("PL", "Polska"),
        ("EE", "Eesti"),
        ("HR", "Hrvatska"),
    ],
)
def test_local_names_are_kept_as_written(code: str, local: str) -> None:
    country = get_country(code)
    assert country is not None
    assert local in country.local_names


def test_country_names_in_swedish_and_english() -> None:
    assert country_name("FO", "sv") == "Färöarna"
    assert country_name("FO", "en") == "Faroe Islands"
    assert country_name("ax", "sv") == "Åland"
    assert country_name("AX", "en") == "Åland Islands"
    assert country_name("GL") == "Grönland"  # Swedish by default
    assert country_name("DE", "sv_SE") == "Tyskland"
    assert country_name("DE", "en_GB") == "Germany"
    assert country_name("GB", "sv") == "Storbritannien"
    assert country_name("RU", "en") == "Russia"


def test_an_unknown_code_shows_as_itself() -> None:
    assert country_name("QQ", "sv") == "QQ"
    assert get_country("QQ") is None


def test_countries_are_in_swedish_alphabetical_order() -> None:
    names = [country.name_sv for country in all_countries()]
    # Å, Ä and Ö come after Z, in that order; É sorts as E.
    assert names.index("Zimbabwe") < names.index("Åland") < names.index("Österrike")
    assert names[-3:] == ["Åland", "Österrike", "Östtimor"]
    assert names.index("Danmark") < names.index("Egypten") < names.index("Elfenbenskusten")
    assert names[0] == "Afghanistan"


def test_the_list_cannot_be_changed_through_what_it_returns() -> None:
    first = all_countries()
    first.clear()
    assert len(all_countries()) == 250


def test_country_is_an_immutable_record() -> None:
    country = get_country("SE")
    assert isinstance(country, Country)
    with pytest.raises(AttributeError):
        country.name_sv = "Svea rike"  # type: ignore[misc]
