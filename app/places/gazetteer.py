"""The offline gazetteer: places of the world by any of their names.

The data is ``resources/data/gazetteer.tsv.gz``, reduced from GeoNames (CC BY 4.0)
by ``resources/data/build_gazetteer.py``: every place of 500 inhabitants or more
in Europe, of 15 000 or more elsewhere, with its country, region, coordinates,
population and its other names in Latin letters ("Göteborg" for Gothenburg,
"Åbo" for Turku).

A name is looked up in a country in three steps, and the first that finds
anything answers: the place's own name as written (accents count, case,
punctuation and the cedilla or comma under s and t do not), then its other
names as written, then any name with accents ignored. So "Munster" is the
town in Lower Saxony, not Münster, whose other names include "Munster";
"Vanersborg" still finds Vänersborg. A part in parentheses ("Mitte (Berlin)")
is left out of the lookup.

The file is read once, when first needed (about 0.2 s); a country's names are
indexed the first time a name in that country is looked up.
"""

from __future__ import annotations

import difflib
import functools
import gzip
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.places.folding import match_key, spelling_key
from app.places.town_names import town_key
from app.resource_paths import data_dir

GAZETTEER_FILE = "gazetteer.tsv.gz"
NEAR_KM = 5.0
"""Two places this close are one place (a town's centre and its town hall)."""

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer."""

    id: int  # the GeoNames id
    name: str
    country: str  # ISO 3166-1 alpha-2
    region: str  # the first-level region's code within the country ("07": Nordrhein-Westfalen)
    latitude: float
    longitude: float
    population: int
    other_names: tuple[str, ...]

    def names(self) -> tuple[str, ...]:
        """The place's own name, then its other names."""
        return (self.name, *self.other_names)


class _Country:
    """One country's places, parsed and indexed when first asked for."""

    def __init__(self, lines: list[str]) -> None:
        # Lines are parsed into places only when asked for: an import touches a few.
        self._lines = lines
        self._places: dict[int, Place] = {}
        self._names: list[tuple[str, list[str]]] = []
        self.own: dict[str, list[int]] = {}
        self.other: dict[str, list[int]] = {}
        self._folded: dict[str, list[int]] | None = None
        own, other = self.own, self.other
        for index, line in enumerate(lines):
            fields = line.split("\t")
            name, others = fields[2], fields[7].split("|") if fields[7] else []
            self._names.append((name, others))
            own.setdefault(_key(name), []).append(index)
            for each in others:
                other.setdefault(_key(each), []).append(index)

    def place(self, index: int) -> Place:
        """The place on line ``index`` of the country's block."""
        found = self._places.get(index)
        if found is None:
            found = self._places[index] = _parse(self._lines[index])
        return found

    def folded(self) -> dict[str, list[int]]:
        """Every name with accents ignored (built only when a name is not found as written)."""
        if self._folded is None:
            self._folded = {}
            for index, (name, others) in enumerate(self._names):
                for each in (name, *others):
                    found = self._folded.setdefault(match_key(each), [])
                    if not found or found[-1] != index:
                        found.append(index)
        return self._folded

    def named(self, name: str, step: int | None = None) -> list[Place]:
        """The places so named at the first step that finds any (or at ``step`` only: 0, 1, 2)."""
        key = spelling_key(name)
        for number, index in enumerate((self.own, self.other)):
            found = index.get(key) if step in (None, number) else None
            if found:
                return [self.place(i) for i in found]
        if step not in (None, 2):
            return []
        return [self.place(i) for i in self.folded().get(match_key(name), [])]


def _key(name: str) -> str:
    """:func:`spelling_key`, with the usual case (one plain word) done inline: the index has
    hundreds of thousands of names."""
    if name.isascii() and name.replace(" ", "").isalpha() and "  " not in name:
        return name.lower()
    return spelling_key(name)


def _parse(line: str) -> Place:
    country, geonameid, name, region, lat, lon, population, others = line.split("\t")
    return Place(
        id=int(geonameid),
        name=name,
        country=country,
        region=region,
        latitude=float(lat),
        longitude=float(lon),
        population=int(population),
        other_names=tuple(others.split("|")) if others else (),
    )


class Gazetteer:
    """The places of one gazetteer file, by country."""

    def __init__(self, lines: Iterable[str]) -> None:
        # The file is sorted by country, the code in the first two characters of a line.
        self._lines: dict[str, list[str]] = {
            code: list(block) for code, block in itertools.groupby(lines, key=lambda s: s[:2])
        }
        self._countries: dict[str, _Country] = {}

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """The gazetteer in ``path`` (a gzip-compressed file as the build script writes it)."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        return cls(lines[1:])

    def country(self, code: str) -> _Country | None:
        """The places of the country ``code``, indexed; None when the gazetteer has none."""
        code = code.upper()
        found = self._countries.get(code)
        if found is None:
            lines = self._lines.get(code)
            if lines is None:
                return None
            found = self._countries[code] = _Country(lines)
        return found

    def countries(self) -> list[str]:
        """The country codes that have places."""
        return list(self._lines)

    def places_named(self, name: str, country: str | None, *, accents: bool = False) -> list[Place]:
        """The places ``name`` may mean, the largest first (see the module for the order of steps).

        Without a country every country is searched, each with the same steps.
        ``accents``: only names as written, not the last step that ignores accents.
        """
        bare = _without_brackets(name)
        if country:
            places = self.country(country)
            if places is None:
                return []
            if accents:
                return places.named(bare, 0) or places.named(bare, 1)
            return places.named(bare)
        # Step by step over every country, so "Åbo" is not drowned by places merely like it.
        for step in range(3):
            found: list[Place] = []
            for code in self._lines:
                places = self.country(code)
                if places is not None:
                    found += places.named(bare, step)
            if found:
                return sorted(found, key=lambda place: -place.population)
        return []


@functools.cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once."""
    return Gazetteer.read(data_dir() / GAZETTEER_FILE)


def _without_brackets(name: str) -> str:
    text = _BRACKETED.sub(" ", name)
    return text if text.strip() else name


def places_named(name: str, country: str | None = None, *, accents: bool = False) -> list[Place]:
    """The places of the gazetteer that ``name`` may mean in ``country``, the largest first.

    ``accents``: only places so written, accents and all (no step that ignores them).
    """
    return gazetteer().places_named(name, country, accents=accents)


def place_for(name: str, country: str | None = None) -> Place | None:
    """The place ``name`` most likely means in ``country``: the largest so named, or None."""
    found = places_named(name, country)
    return found[0] if found else None


def find_places(text: str, limit: int = 20) -> list[Place]:
    """Places anywhere whose name or other name is ``text`` ("Åbo" finds Turku), largest first."""
    return places_named(text, None)[:limit]


def exonyms(place: Place, name: str, limit: int = 12) -> list[str]:
    """The place's names worth keeping beside ``name``: one per spelling that accents do not make.

    "Gothenburg" gets "Göteborg" (and not also "Goteborg"); names differing from
    ``name`` only by accents or punctuation are left out, as the program matches them anyway.
    At most ``limit``: GeoNames lists some places under dozens of names.
    """
    own = match_key(name)
    kept: dict[str, str] = {own: name}
    # "Cracau" is "Cracaû" without its accent: another language's name all the same.
    foreign = {match_key(n) for n in place.names() if not _neighbours_letters(n)}
    # Names with accents first, so "Göteborg" is kept rather than "Goteborg".
    for other in sorted(place.names(), key=lambda n: (n.isascii(), place.names().index(n))):
        key = match_key(other)
        umlauts = key.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        if umlauts != key and umlauts in kept:
            continue  # "Koebenhavn" beside "Köbenhavn"
        if key and key not in kept and key not in foreign and _worth_keeping(other, key, own):
            kept[key] = other
    return list(kept.values())[1 : 1 + limit]


RESPELLING = 0.8
"""Names this alike (difflib's ratio) are the same word respelt, not an exonym."""

# Names written with other letters than these are other languages' spellings ("Kodaň",
# "Varşava"); the coordinator's colleagues write Swedish, the Nordic languages, German,
# English and French.
_NEIGHBOURS_LETTERS = frozenset("åäöæøüéèêàçñßÅÄÖÆØÜÉÈÊÀÇÑ")

# Letter pairs of Russian and Ukrainian names written in Latin letters ("Kherning",
# "Gjoteborg"): GeoNames lists those beside the names people in Europe write.
_TRANSLITERATION = ("kh", "zh", "shch", "gj", "ehb", "ehr")


def _neighbours_letters(name: str) -> bool:
    return all(ch.isascii() or ch in _NEIGHBOURS_LETTERS for ch in name)


def _worth_keeping(other: str, key: str, own: str) -> bool:
    if len(other) > 40 or any(ch.isdigit() for ch in other) or "'" in other:
        return False
    if len(key.split()) > len(own.split()):
        return False  # "Lungsod ng München", "Castrum Danorum": descriptions, not names
    if any(mark in key and mark not in own for mark in _TRANSLITERATION):
        return False
    if town_key(other) != key:
        return False  # "Lohja linn", "Munisipalitas Herning": the municipality, not a name
    # "Gerning", "Venersborg", "Reikjavik": the name respelt, which a search finds anyway;
    # "Åbo", "Lojo", "Helsingfors", "Köpenhamn" are other words.
    return difflib.SequenceMatcher(None, own, key).ratio() < RESPELLING


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (latitude, longitude) points, in kilometres."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
