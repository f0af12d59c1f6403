"""Countries and areas (ISO 3166-1) with their Swedish, English and local names.

The list is read once from ``resources/data/countries.csv``. Åland (AX), the
Faroe Islands (FO) and Greenland (GL) are areas of their own, as ISO has them.
Kosovo is included under the user-assigned code XK that the EU uses.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass

from app.places.folding import match_key, swedish_sort_key
from app.resource_paths import data_dir

COUNTRIES_FILE = "countries.csv"


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


def _parse(text: str) -> _Registry:
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
    ordered = tuple(sorted(by_code.values(), key=lambda c: swedish_sort_key(c.name_sv)))
    return _Registry(by_code=by_code, by_key=by_key, in_swedish_order=ordered)


@functools.cache
def _registry() -> _Registry:
    path = data_dir() / COUNTRIES_FILE
    return _parse(path.read_text(encoding="utf-8"))


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
    English or a local language; case, accents, punctuation and spacing do not
    matter. There is no guessing: a misspelt name gives None.
    """
    if text is None:
        return None
    key = match_key(text)
    if not key:
        return None
    return _registry().by_key.get(key)
