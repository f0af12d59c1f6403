"""Recognising the same town under different spellings.

"Vänersborgs kommun", "Vanersborg" and "VÄNERSBORG" are one town; so are
"Herning Kommune" and "Herning", "Stadt Lich", "Lich (Hessen)" and "Lich". A
name is reduced to matching keys:

- case, accents and punctuation are ignored (ø→o, æ→ae, ð→d, þ→th, ł→l, ß→ss);
- a part in parentheses or brackets is dropped: "Husby (dansk)" → "husby";
- words for a municipality or town are dropped at the start ("Stadt Lich",
  "City of Westminster", "Miasto i Gmina Kórnik") and at the end ("Herning
  Kommune", "Põltsamaa vald", "Leeds City Council"); a name that is nothing
  but such a word keeps it ("Stad");
- "City" and "Town" (and Nordic "by", "bær") are dropped at the end only when
  a stronger word follows them, so "Cape Town" and "Kansas City" stay whole,
  while "Leeds City Council" reads as "leeds" (and as "leeds city");
- the genitive that the official name puts before the municipality word is
  undone (best effort, several readings are kept when unsure):
  Swedish "Vänersborgs kommun" → "vanersborg" (an "s" after a consonant other
  than s, x, z; "Borås stad" keeps its s, "Kramfors kommun" matches
  "Kramfors" through the second reading); Finnish "Utajärven kunta" →
  "utajarvi", "Imatran kaupunki" → "imatra", "Tampereen kaupunki" →
  "tampere", "Seinäjoen kaupunki" → "seinajoki", "Lappeenrannan kaupunki" →
  "lappeenranta", "Lahden kaupunki" → "lahti"; Faroese "Eiðis kommuna" →
  "eidi", "Tórshavnar kommuna" → "torshavn".

Not handled: other Finnish consonant gradation ("Turun kaupunki" for Turku),
Icelandic compounds ("Akureyrarbær"), Polish and Lithuanian genitives
("Urząd Miasta Łodzi"), German ä/ö/ü written ae/oe/ue ("Lueneburg"), and
exonyms ("Gothenburg" for Göteborg). "Frankfurt (Oder)" matches "Frankfurt":
the words in parentheses are dropped whatever they say. Matches are offered,
never applied silently, so a wrong offer costs the user one click.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.places.folding import folded_words

# Words that name a municipality or town as such (folded: no accents, lower case).
_STRONG_ADMIN = frozenset(
    {
        # Nordic
        "kommun", "kommune", "kommuna", "stad", "kunta", "kaupunki", "maalaiskunta",
        "sveitarfelag", "sveitarfelagid", "kaupstadur", "hreppur",
        # English
        "municipality", "municipal", "council", "borough", "district",
        # German, Dutch
        "stadt", "gemeinde", "stadtgemeinde", "marktgemeinde", "hansestadt",
        "landeshauptstadt", "kreisstadt", "gemeente",
        # Baltic
        "vald", "linn", "vallavalitsus", "linnavalitsus", "novads", "pilseta", "savivaldybe",
        # Polish, Czech, Slovak, Hungarian
        "miasto", "miasta", "gmina", "urzad", "mesto", "obec", "statutarni",
        "varos", "onkormanyzat", "onkormanyzata",
        # Romance
        "commune", "ville", "mairie", "comune", "citta", "municipio", "ayuntamiento",
        "ciudad", "concello", "ajuntament", "concelho", "camara", "cidade", "municipiul",
        "orasul", "comuna", "primaria",
        # South Slavic
        "grad", "opcina", "obcina", "mestna",
    }
)  # fmt: skip
# "City" and "Town" are part of many names ("Cape Town"); "by" and "bær" of a few.
_WEAK_ADMIN = frozenset({"city", "town", "by", "baer", "metropolitan", "royal", "megyei", "jogu"})
# Small words between a leading municipality word and the name ("City of …").
_CONNECTORS = frozenset(
    {"of", "the", "de", "d", "du", "des", "del", "della", "di", "da", "do", "i", "und", "and",
     "och", "og", "ja", "et", "y", "e", "stoleczne", "grosse"}
)  # fmt: skip
# Connectors that may also begin a name ("De Bilt", "The Hague").
_ARTICLES = frozenset({"the", "de", "d", "du", "des", "del", "della", "di", "da", "do"})
_ADMIN = _STRONG_ADMIN | _WEAK_ADMIN
# At the start of a name "City of …" and "Town of …" are clear enough on their own.
_LEADING_TRIGGERS = _STRONG_ADMIN | {"city", "town"}
_LEADING_WORDS = _ADMIN | _CONNECTORS

_SWEDISH_GENITIVE_AFTER = frozenset({"kommun", "stad"})
_FINNISH_GENITIVE_AFTER = frozenset({"kunta", "kaupunki", "maalaiskunta"})
_FAROESE_GENITIVE_AFTER = frozenset({"kommuna"})
_VOWELS = frozenset("aeiouy")

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _without_brackets(name: str) -> str:
    previous = None
    text = name
    while text != previous:  # "A (b (c))": inner first, then outer
        previous = text
        text = _BRACKETED.sub(" ", text)
    if not folded_words(text):
        # The whole name was in brackets: keep the words rather than nothing.
        return name
    return text


def _swedish_base_forms(word: str) -> list[str]:
    # Genitive -s follows a consonant other than s, x, z ("Vänersborgs", "Ystads");
    # "Borås", "Kungsbacka" and "Malmö" take none. "Kramfors" looks like a genitive,
    # so the word as written stays a second reading.
    if len(word) > 2 and word.endswith("s") and word[-2] not in _VOWELS | {"s", "x", "z"}:
        return [word[:-1], word]
    return [word]


def _finnish_base_forms(word: str) -> list[str]:
    if len(word) < 3 or not word.endswith("n"):
        return [word]
    forms: list[str] = []
    if word.endswith("nnan"):  # Lappeenrannan → Lappeenranta
        forms.append(word[:-4] + "nta")
    if word.endswith("den"):  # Lahden → Lahti
        forms.append(word[:-3] + "ti")
    if word.endswith("een"):  # Tampereen → Tampere
        forms.append(word[:-2])
    elif word.endswith("en"):  # Utajärven → Utajärvi, Seinäjoen → Seinäjoki, Raahen → Raahe
        # A vowel before -en usually means a k fell out between vowels (-joen, -mäen).
        with_i, with_ki = word[:-2] + "i", word[:-2] + "ki"
        forms += [with_ki, with_i] if word[-3] in _VOWELS else [with_i, with_ki]
    forms += [word[:-1], word]  # Imatran → Imatra; the word itself as a last reading
    return forms


def _faroese_base_forms(word: str) -> list[str]:
    if len(word) > 3 and word.endswith("ar"):  # Tórshavnar → Tórshavn
        return [word[:-2], word]
    if len(word) > 2 and word.endswith(("s", "a")):  # Eiðis → Eiði, Sunda → Sund
        return [word[:-1], word]
    return [word]


@functools.lru_cache(maxsize=1 << 16)
def _readings(name: str) -> tuple[str, ...]:
    """Every key ``name`` may stand for, the likeliest first; empty if it has no words.

    Kept for the last names asked: an import asks for each of its names many times
    (grouping, matching, the gazetteer's other names), and folding is most of its work.
    """
    return tuple(_fresh_readings(name))


def _fresh_readings(name: str) -> list[str]:
    words = folded_words(_without_brackets(name))
    if not words:
        return []
    # Municipality words and connectors at the start, leaving at least one word.
    start = 0
    while start < len(words) - 1 and words[start] in _LEADING_WORDS:
        start += 1
    if not any(word in _LEADING_TRIGGERS for word in words[:start]):
        start = 0
    starts = [start]
    # "Gemeinde De Bilt": the connector may belong to the name; keep that reading too.
    back = start
    while back > 0 and words[back - 1] in _ARTICLES:
        back -= 1
        starts.append(back)

    spans: list[tuple[int, int]] = []
    for first in starts:
        end = len(words)
        while end - 1 > first and words[end - 1] in _ADMIN:
            end -= 1
        if not any(word in _STRONG_ADMIN for word in words[end:]):
            end = len(words)  # only weak words ("Cape Town"): they belong to the name
        spans.append((first, end))
        # "Kansas City Council": the weak word may belong to the name; keep that too.
        kept = end
        while kept < len(words) and words[kept] in _WEAK_ADMIN:
            kept += 1
        if end < kept < len(words):
            spans.append((first, kept))

    readings: list[str] = []
    for first, end in spans:
        core = words[first:end]
        last_forms = [core[-1]]
        if end < len(words):
            after = words[end]
            if after in _SWEDISH_GENITIVE_AFTER:
                last_forms = _swedish_base_forms(core[-1])
            elif after in _FINNISH_GENITIVE_AFTER:
                last_forms = _finnish_base_forms(core[-1])
            elif after in _FAROESE_GENITIVE_AFTER:
                last_forms = _faroese_base_forms(core[-1])
        for form in last_forms:
            reading = " ".join([*core[:-1], form])
            if reading not in readings:
                readings.append(reading)
    return readings


def town_key(name: str) -> str:
    """The likeliest matching key of a town name ("Vänersborgs kommun" → "vanersborg").

    Empty when the name has no letters or digits. To decide whether two names
    are the same town use :func:`same_town`, which also weighs the other readings.
    """
    readings = _readings(name)
    return readings[0] if readings else ""


def town_keys(name: str) -> frozenset[str]:
    """Every matching key ``name`` may stand for; two names match if they share one."""
    return frozenset(_readings(name))


def same_town(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` are spellings of the same town name."""
    return not town_keys(a).isdisjoint(town_keys(b))


IdT = TypeVar("IdT", bound=Hashable)


@dataclass(frozen=True)
class NameGroup(Generic[IdT]):
    """Names that look like one town in one country: candidates for merging."""

    country: str | None
    key: str  # the likeliest key of the first member, to show or sort by
    members: tuple[tuple[IdT, str, str | None], ...]  # (id, name, country) as given


def joined_by_shared_keys(keys: Sequence[Iterable[Hashable]]) -> list[int]:
    """For each entry, a number its whole group shares: entries with a key in common are one
    group, and so are entries joined through others ("Herning Kommune" ~ "Herning" ~ "Herning K").

    ``keys[i]`` are the keys of entry ``i``; put what must also agree (the country) into
    each key.
    """
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[Hashable, int] = {}
    for index, entry_keys in enumerate(keys):
        for key in entry_keys:
            other = first_with.setdefault(key, index)
            if other != index:
                parent[root(index)] = root(other)
    return [root(index) for index in range(len(keys))]


def similar_names(names: Iterable[tuple[IdT, str, str | None]]) -> list[NameGroup[IdT]]:
    """Group ``(id, name, country)`` entries that name the same town in the same country.

    Countries are compared as codes, ignoring case and spaces; entries without a
    country are compared only with each other. A group is returned only when it
    holds at least two different ids (a town's own alternative names do not make
    a group with itself). Groups come in the order of their first member, and
    members in the order given.
    """
    entries = list(names)
    countries = [
        (country.strip().upper() or None) if country else None for _, _, country in entries
    ]
    readings = [_readings(name) for _, name, _ in entries]
    group_of = joined_by_shared_keys(
        [{(countries[i], key) for key in readings[i]} for i in range(len(entries))]
    )

    members_of: dict[int, list[int]] = {}
    for index in range(len(entries)):
        if readings[index]:
            members_of.setdefault(group_of[index], []).append(index)

    groups: list[NameGroup[IdT]] = []
    for indexes in sorted(members_of.values(), key=lambda found: found[0]):
        if len({entries[i][0] for i in indexes}) < 2:
            continue
        first = indexes[0]
        groups.append(
            NameGroup(
                country=countries[first],
                key=town_key(entries[first][1]),
                members=tuple(entries[i] for i in indexes),
            )
        )
    return groups
