"""Countries as people write them: other languages, old names, "Region, Country", "Country (qualifier)"."""

from __future__ import annotations

import csv
import io

import pytest

from app.places.countries import resolve_country
from app.places.folding import match_key
from app.resource_paths import data_dir

FORMS = [
    # The strings a large public list of twinnings was refused for.
    ("England, United Kingdom", "GB"),
    ("Scotland, United Kingdom", "GB"),
    ("Wales, United Kingdom", "GB"),
    ("Northern Ireland, United Kingdom", "GB"),
    ("Republic of Ireland", "IE"),
    ("Georgia (country)", "GE"),
    ("Åland Islands, Finland", "AX"),
    ("Réunion, France", "RE"),
    ("State of Palestine", "PS"),
    ("Macau", "MO"),
    ("Republic of China", "TW"),
    ("Moldavia", "MD"),
    ("Burma", "MM"),
    ("Holland", "NL"),
    # Areas with codes of their own, written with the country they belong to.
    ("Greenland (Denmark)", "GL"),
    ("Färöarna, Danmark", "FO"),
    ("Hong Kong, China", "HK"),
    # A place that only shares its name with a country is in the country written after it.
    ("Georgia, United States", "US"),
    ("Georgia (USA)", "US"),
    ("Bavaria, Germany", "DE"),
    ("Washington, D.C., United States", "US"),
    # ISO's own order and names in languages beyond Swedish and English.
    ("Korea, Republic of", "KR"),
    ("Vereinigtes Königreich", "GB"),
    ("Royaume-Uni", "GB"),
    ("Stany Zjednoczone", "US"),
    ("Германия", "DE"),
    ("Yhdysvallat", "US"),
    ("West Germany", "DE"),
    ("Ivory Coast", "CI"),
    ("U.S.A.", "US"),
    ("The Netherlands", "NL"),
    ("the Gambia", "GM"),
]


@pytest.mark.parametrize(("text", "code"), FORMS)
def test_forms_people_write_are_read(text: str, code: str) -> None:
    """Each form names the country a reader would take it for."""
    assert resolve_country(text) == code


@pytest.mark.parametrize(
    "text", ["Kongo", "Congo", "Korea", "Atlantis", "Paris, Texas", "Narnia (fiction)"]
)
def test_names_that_could_mean_two_countries_or_none_are_not_guessed(text: str) -> None:
    """A bare "Kongo" or an invented place gives no country rather than a guess."""
    assert resolve_country(text) is None


def test_generated_names_never_contradict_the_hand_kept_list() -> None:
    """No generated name is one the hand-kept list gives to another country."""
    hand: dict[str, str] = {}
    rows = csv.DictReader(io.StringIO((data_dir() / "countries.csv").read_text("utf-8")))
    for row in rows:
        for column in ("name_sv", "name_en", "local_names", "other_names"):
            for name in row[column].split("|"):
                if match_key(name):
                    hand[match_key(name)] = row["code"]
    generated = (data_dir() / "country_names.csv").read_text("utf-8")
    clashes = [
        (name, row["code"], hand[match_key(name)])
        for row in csv.DictReader(io.StringIO(generated))
        for name in row["names"].split("|")
        if hand.get(match_key(name), row["code"]) != row["code"]
    ]
    assert clashes == []
