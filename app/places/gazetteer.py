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

The file is read once, when first needed, with the places' match keys that the
build script computed beside it (``gazetteer-keys.txt.gz``, sorted): a lookup is
a bisection in that list, so nothing is indexed at run time, the first lookup in
a country costs what any other does, and a search across every country ("Åbo",
without saying Finland) is as quick as one in a single country.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import gzip
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.places.folding import match_key, spelling_key
from app.places.town_names import town_key
from app.resource_paths import data_dir

GAZETTEER_FILE = "gazetteer.tsv.gz"
KEYS_FILE = "gazetteer-keys.txt.gz"
"""The places' match keys, sorted, written by the build script beside the places."""
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


# Which of a place's names a key comes from: the steps of a lookup, as bits of a flag.
OWN, OTHER, FOLDED = 1, 2, 4
_STEPS = (OWN, OTHER, FOLDED)


def key_lines(lines: Sequence[str]) -> list[str]:
    """The match keys of the places on ``lines`` (the data file's lines, without its header).

    One line per key and place: ``key<TAB>country<TAB>line number<TAB>flags``, the number
    zero-padded and the lines sorted, so a key's places are found by bisection, in the
    file's order (by country, the largest first). The flags say which step finds the place
    by that key: its own name as written (1), another name as written (2), any name with
    accents ignored (4). The build script writes these to the key file; a gazetteer without
    one computes them here.
    """
    flags: dict[tuple[str, str, int], int] = {}
    for number, line in enumerate(lines):
        fields = line.split("\t")
        country, name, others = fields[0], fields[2], fields[7].split("|") if fields[7] else []
        for each, step in itertools.chain(((name, OWN),), ((o, OTHER) for o in others)):
            for key, bit in ((spelling_key(each), step), (match_key(each), FOLDED)):
                if key:
                    entry = (key, country, number)
                    flags[entry] = flags.get(entry, 0) | bit
    return sorted(
        f"{key}\t{country}\t{number:06d}\t{bit}" for (key, country, number), bit in flags.items()
    )


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
    """The places of one gazetteer file, found by their names through a sorted key list."""

    def __init__(self, lines: Sequence[str], keys: Sequence[str] | None = None) -> None:
        # Looking up is bisection in the sorted keys: nothing is indexed when the file is read,
        # so the first lookup costs what the thousandth does and an import touches only its names.
        self._lines = lines
        self._keys = key_lines(lines) if keys is None else keys
        self._places: dict[int, Place] = {}
        self._countries = {line[:2] for line in lines}

    @classmethod
    def read(cls, path: Path, keys: Path | None = None) -> Gazetteer:
        """The gazetteer in ``path`` (gzip-compressed, as the build script writes it).

        ``keys``: the key file written for it; when missing or written for other data
        (its first line holds the number of places), the keys are computed instead.
        """
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()[1:]
        key_list: list[str] | None = None
        if keys is not None and keys.exists():
            with gzip.open(keys, "rt", encoding="utf-8") as handle:
                key_list = handle.read().splitlines()
            if not key_list or key_list[0] != f"places\t{len(lines)}":
                key_list = None  # a key file for other data: right answers matter more than speed
            else:
                del key_list[0]
        return cls(lines, key_list)

    def countries(self) -> list[str]:
        """The country codes that have places."""
        return sorted(self._countries)

    def _place(self, number: int) -> Place:
        found = self._places.get(number)
        if found is None:
            found = self._places[number] = _parse(self._lines[number])
        return found

    def _found(self, key: str, country: str | None, step: int) -> list[Place]:
        """The places that ``key`` finds at ``step`` (in ``country`` when given), in file order."""
        prefix = f"{key}\t{country}\t" if country else f"{key}\t"
        keys = self._keys
        index = bisect.bisect_left(keys, prefix)
        numbers: list[int] = []
        while index < len(keys) and keys[index].startswith(prefix):
            _, _, number, flags = keys[index].split("\t")
            if int(flags) & step:
                numbers.append(int(number))
            index += 1
        return [self._place(number) for number in numbers]

    def _named(self, name: str, country: str | None, step: int) -> list[Place]:
        key = match_key(name) if step == FOLDED else spelling_key(name)
        return self._found(key, country, step) if key else []

    def places_named(self, name: str, country: str | None, *, accents: bool = False) -> list[Place]:
        """The places ``name`` may mean, the largest first (see the module for the order of steps).

        Without a country every country is searched, each with the same steps.
        ``accents``: only names as written, not the last step that ignores accents.
        """
        bare = _without_brackets(name)
        code = country.upper() if country else None
        if code is not None and code not in self._countries:
            return []
        steps = _STEPS[:2] if accents else _STEPS
        for step in steps:
            # Step by step over every country, so "Åbo" is not drowned by places merely like it.
            found = self._named(bare, code, step)
            if found:
                return found if code else sorted(found, key=lambda place: -place.population)
        return []


@functools.cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once (about 0.2 s)."""
    return Gazetteer.read(data_dir() / GAZETTEER_FILE, data_dir() / KEYS_FILE)


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
