"""Whether names that look alike are one place: the evidence for and against.

Two spellings that share a matching key ("Münster" and "Munster", "Uppsala" and
"Uppsala Municipality") may be one town or two. Spelling alone never decides
it. What tells them apart, so they are not even offered as one:

- different qualifiers in parentheses: "Mitte (Berlin)" and "Mitte (Hamburg)";
- different places of the gazetteer, farther apart than a few kilometres:
  "Münster" and "Munster", "Fürth" and "Furth";
- coordinates farther apart than a few kilometres.

What makes a merge safe to do without asking (strong evidence), always in one
country: the same gazetteer place, coordinates within a few kilometres, or one
name being the other plus a municipality word ("Uppsala Municipality",
"Gmina Kórnik"). A town and its district or rural municipality ("Vilnius" and
"Vilnius District Municipality") are two places unless the user merges them,
so a district word takes the strength away.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.i18n import translate
from app.places.folding import folded_words, match_key, spelling_key
from app.places.gazetteer import NEAR_KM, Place, distance_km, places_named
from app.places.town_names import town_key

# Words that make a name the district or rural area around a town, not the town.
_DISTRICT_WORDS = frozenset(
    {
        "district", "county", "rural", "region", "province", "landkreis", "kreis", "amt",
        "maalaiskunta", "rajono", "rajonas", "rajons", "raion", "rayon", "powiat", "wiejska",
        "okres", "oblast", "provincia", "departement", "landskommun", "herred", "sogn",
        "vald", "novads", "valsciaus",
    }
)  # fmt: skip

_QUALIFIER = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")

Coordinates = tuple[float, float]


@dataclass(frozen=True)
class Named:
    """One way a town is named: its spelling, country and coordinates when known."""

    name: str
    country: str | None
    coordinates: Coordinates | None = None


@dataclass(frozen=True)
class Evidence:
    """Why names may be one place; ``strong`` when merging needs no one to look."""

    same_place: bool = False  # the same gazetteer place
    near: bool = False  # coordinates within a few kilometres
    municipality_word: bool = False  # "Uppsala Municipality" and "Uppsala"
    district: bool = False  # "Vilnius District Municipality" and "Vilnius"
    country: bool = False  # all in one country
    # Every name tied to the others by the evidence above, not only some of them:
    # "Stadt Münhagen", "Münhagen" and "Munhagen" are not all tied by "Stadt".
    linked: bool = False

    @property
    def strong(self) -> bool:
        """Whether the group may be merged without the user (``--merge-similar``)."""
        return self.country and self.linked and not self.district

    def sentence(self) -> str:
        """The evidence in one sentence, for the user deciding."""
        if self.district:
            return translate(
                "Import",
                "One name is the district or rural municipality around the other: "
                "two places unless you merge them.",
            )
        if not self.country:
            return translate(
                "Import", "The names are alike, but no country says they are one place."
            )
        if self.same_place:
            return translate("Import", "Same country, and the gazetteer knows them as one place.")
        if self.near:
            return translate("Import", "Same country, and the coordinates are a few km apart.")
        if self.municipality_word:
            return translate(
                "Import", "Same country, and one name is the other plus “municipality”."
            )
        return translate(
            "Import", "Same country and a similar spelling only: merge only if you know them."
        )


def qualifier(name: str) -> str:
    """The words in parentheses or brackets, folded ("Mitte (Berlin)" → "berlin"), or ""."""
    parts = [a or b for a, b in _QUALIFIER.findall(name)]
    return " ".join(" ".join(folded_words(part)) for part in parts if folded_words(part))


def is_district(name: str) -> bool:
    """Whether ``name`` names a district or rural municipality ("Vilnius District Municipality")."""
    return any(word in _DISTRICT_WORDS for word in folded_words(name))


def has_municipality_word(name: str) -> bool:
    """Whether ``name`` carries words beyond the town's own ("Herning Kommune", "Stadt Lich")."""
    bare = _QUALIFIER.sub(" ", name)
    return town_key(bare) != match_key(bare)


@functools.lru_cache(maxsize=1 << 15)
def gazetteer_place(name: str, country: str | None, *, as_written: bool = False) -> Place | None:
    """The gazetteer's place for a spelling in a country; None without a country or a match.

    ``as_written``: only a place that is the one so written in that country, accents and
    all (for taking its names over, where the largest of two namesakes is not good enough).
    """
    if not country:
        return None  # every country's namesakes would answer
    bare = _QUALIFIER.sub(" ", name)
    if has_municipality_word(bare):
        return None  # "Vilnius District Municipality" is not the town Vilnius
    found = places_named(bare, country, accents=as_written)
    if as_written and len(found) != 1:
        return None
    if not found or (len(found) > 1 and bare != name):
        # "Stolberg (Harz)": the qualifier picks one of several, which the gazetteer cannot tell.
        return None
    return found[0]


def _where(named: Named) -> Coordinates | None:
    if named.coordinates is not None:
        return named.coordinates
    place = gazetteer_place(named.name, named.country)
    return (place.latitude, place.longitude) if place is not None else None


def apart(a: Named, b: Named) -> bool:
    """Whether something tells ``a`` and ``b`` apart as two places (see the module)."""
    qa, qb = qualifier(a.name), qualifier(b.name)
    if qa and qb and qa != qb:
        return True
    if a.country and b.country and a.country != b.country:
        return True
    pa, pb = gazetteer_place(a.name, a.country), gazetteer_place(b.name, b.country)
    if pa is not None and pb is not None and pa.id == pb.id:
        return False
    where_a, where_b = _where(a), _where(b)
    if where_a is None or where_b is None:
        return False
    return distance_km(where_a, where_b) > NEAR_KM


def _worded_form(long: Named, short: Named) -> bool:
    """Whether ``long`` is ``short`` plus municipality words, accents and all."""
    if not has_municipality_word(long.name) or has_municipality_word(short.name):
        return False
    # "Vänersborgs kommun" holds "Vänersborg"; "Stadt Münhagen" does not hold "Munhagen".
    return spelling_key(short.name) in spelling_key(long.name)


def evidence(names: Sequence[Named]) -> Evidence:
    """The evidence that ``names`` (two or more, none :func:`apart`) are one place.

    Each kind of evidence ties two names; the group is ``linked`` when the ties
    join every name to every other (through others or directly).
    """
    count = len(names)
    places = [gazetteer_place(named.name, named.country) for named in names]
    where = [_where(named) for named in names]
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    found: set[str] = set()
    for i in range(count):
        for j in range(i + 1, count):
            pi, pj, wi, wj = places[i], places[j], where[i], where[j]
            kinds = {
                "same_place": pi is not None and pj is not None and pi.id == pj.id,
                "near": wi is not None and wj is not None and distance_km(wi, wj) <= NEAR_KM,
                "municipality_word": _worded_form(names[i], names[j])
                or _worded_form(names[j], names[i]),
            }
            tied = [kind for kind, holds in kinds.items() if holds]
            if tied:
                found.update(tied)
                parent[root(i)] = root(j)
    countries = {named.country for named in names}
    districts = [is_district(named.name) for named in names]
    return Evidence(
        same_place="same_place" in found,
        near="near" in found,
        municipality_word="municipality_word" in found,
        district=any(districts) and not all(districts),
        country=len(countries) == 1 and None not in countries,
        linked=len({root(i) for i in range(count)}) == 1,
    )
