"""Countries and areas (ISO 3166-1) with their Swedish, English and local names.

The list is read once from ``resources/data/countries.csv`` (kept by hand), with
the names in some thirty more languages from ``resources/data/country_names.csv``
(written at build time by ``tools/make_country_names.py`` from Babel and
pycountry). Åland (AX), the Faroe Islands (FO), Greenland (GL), Réunion (RE) and
the other areas with codes of their own are read as themselves, also when written
"Åland Islands, Finland" or "Greenland (Denmark)". Kosovo is included under the
user-assigned code XK that the EU uses.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass

from app.places.folding import match_key, swedish_sort_key
from app.resource_paths import data_dir

COUNTRIES_FILE = "countries.csv"
MORE_NAMES_FILE = "country_names.csv"

# Areas with codes of their own and the country they belong to: "Åland Islands,
# Finland" is Åland, while "Georgia, United States" is the United States (a place
# named like a country is only the area when the country written after it agrees).
AREA_OF = {
    "AX": "FI", "FO": "DK", "GL": "DK",
    "RE": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "YT": "FR", "PM": "FR", "NC": "FR",
    "PF": "FR", "WF": "FR", "BL": "FR", "MF": "FR", "TF": "FR",
    "PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
    "AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
    "HK": "CN", "MO": "CN",
    "GI": "GB", "IM": "GB", "JE": "GB", "GG": "GB", "BM": "GB", "KY": "GB", "VG": "GB",
    "AI": "GB", "MS": "GB", "TC": "GB", "FK": "GB", "SH": "GB", "PN": "GB", "IO": "GB",
    "GS": "GB",
    "SJ": "NO", "BV": "NO",
    "CX": "AU", "CC": "AU", "NF": "AU", "HM": "AU",
    "TK": "NZ", "NU": "NZ", "CK": "NZ",
}  # fmt: skip

_QUALIFIED = re.compile(r"^(?P<outer>[^()]*)\((?P<inner>[^()]*)\)\s*$")


@dataclass(frozen=True)
class Country:
    """A country or area: its code, its names, and every name it is known by."""

    code: str
    name_sv: str
    name_en: str
    # Every known name: Swedish, English, local-language and other common names.
    names: tuple[str, ...]
    # Names in the country's own language(s), e.g. ("Suomi", "Finland") for FI.
    local_names: tuple[str, ...] = ()
    alpha3: str = ""

    def name(self, language: str) -> str:
        """The name in ``language`` ("sv…" gives Swedish, anything else English)."""
        return self.name_sv if language.lower().startswith("sv") else self.name_en


@dataclass(frozen=True)
class _Registry:
    by_code: dict[str, Country]
    by_key: dict[str, str]
    in_swedish_order: tuple[Country, ...]


def _split_names(cell: str) -> list[str]:
    return [name.strip() for name in cell.split("|") if name.strip()]


def _parse(text: str, more_names: str = "") -> _Registry:
    by_code: dict[str, Country] = {}
    by_key: dict[str, str] = {}

    def index(key_source: str, code: str) -> None:
        key = match_key(key_source)
        if not key:
            return
        known = by_key.setdefault(key, code)
        if known != code:
            # Shipped data error: a name must never be able to mean two countries.
            raise ValueError(f"{COUNTRIES_FILE}: '{key_source}' names both {known} and {code}")

    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip().upper()
        local = _split_names(row["local_names"])
        names: list[str] = []
        for name in [row["name_sv"], row["name_en"], *local, *_split_names(row["other_names"])]:
            name = name.strip()
            if name and name not in names:
                names.append(name)
        country = Country(
            code=code,
            name_sv=row["name_sv"].strip(),
            name_en=row["name_en"].strip(),
            names=tuple(names),
            local_names=tuple(local),
            alpha3=row["alpha3"].strip().upper(),
        )
        if code in by_code:
            raise ValueError(f"{COUNTRIES_FILE}: code {code} appears twice")
        by_code[code] = country
        for key_source in (code, country.alpha3, *names):
            index(key_source, code)
    _index_more_names(more_names, by_code, by_key)
    ordered = tuple(sorted(by_code.values(), key=lambda c: swedish_sort_key(c.name_sv)))
    return _Registry(by_code=by_code, by_key=by_key, in_swedish_order=ordered)


def _index_more_names(text: str, by_code: dict[str, Country], by_key: dict[str, str]) -> None:
    """Index the generated names; a name the hand-kept list already gives a country keeps it."""
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip().upper()
        if code not in by_code:
            continue
        for name in _split_names(row["names"]):
            key = match_key(name)
            if key:
                by_key.setdefault(key, code)


@functools.cache
def _registry() -> _Registry:
    folder = data_dir()
    more = folder / MORE_NAMES_FILE
    more_names = more.read_text(encoding="utf-8") if more.exists() else ""
    return _parse((folder / COUNTRIES_FILE).read_text(encoding="utf-8"), more_names)


def all_countries() -> list[Country]:
    """Every country and area, in Swedish alphabetical order of the Swedish name."""
    return list(_registry().in_swedish_order)


def get_country(code: str) -> Country | None:
    """The country with the two-letter ``code`` (any case), or None if there is none."""
    return _registry().by_code.get(code.strip().upper())


def country_name(code: str, language: str = "sv") -> str:
    """The name of the country ``code`` in ``language`` ("sv" or "en").

    An unknown code comes back unchanged, so a stray value still shows as itself.
    """
    country = get_country(code)
    return country.name(language) if country else code


def resolve_country(text: str | None) -> str | None:
    """The code of the country that ``text`` names, or None if it names none.

    ``text`` may be a two- or three-letter ISO code or any known name in Swedish,
    English, a local language or some thirty others; case, accents, punctuation and
    spacing do not matter. "Region, Country" and "Country (qualifier)" are read too:
    "Scotland, United Kingdom" is GB, "Georgia (country)" GE, "Åland Islands,
    Finland" AX. There is no guessing: a misspelt name gives None.
    """
    if text is None:
        return None
    by_key = _registry().by_key
    key = match_key(text)
    whole = by_key.get(key)
    if whole is None and key.startswith("the "):
        # "The Netherlands", "the Gambia": English puts an article before some names.
        whole = by_key.get(key[4:])
    if whole is not None:
        return whole
    qualified = _QUALIFIED.match(text)
    if qualified:
        return _narrower(qualified["outer"], qualified["inner"])
    if "," in text:
        place, _, country = text.rpartition(",")
        # "Washington, D.C., United States": everything before the last comma is the place.
        return _narrower(place, country)
    return None


def _narrower(place: str, country: str) -> str | None:
    """The code for a place written with its country: the area when it lies in that country."""
    by_key = _registry().by_key
    place_code = by_key.get(match_key(place)) or _region_of(place)
    country_code = by_key.get(match_key(country))
    if place_code is None or country_code is None:
        # "Georgia (country)", "Bavaria, Germany": the one part that names a country.
        return place_code or country_code
    if place_code == country_code or AREA_OF.get(place_code) == country_code:
        return place_code
    # "Georgia, United States": a place that only shares its name with a country.
    return country_code


def _region_of(text: str) -> str | None:
    """The code of ``text`` when it is itself "Region, Country" (nested once)."""
    if "," not in text:
        return None
    place, _, country = text.rpartition(",")
    return _narrower(place, country)
