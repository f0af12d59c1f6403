"""A pairs list that writes places as people do: spelling variants and namesakes, with the truth.

Built from the generator's pairs (:func:`bench.generate.generate`), so it is as
large as the benchmark's list (26 000 pairs at scale 1). Each side of a row is
a place known to the generator; what is written for it varies:

- the same spelling in another Unicode form (decomposed accents), ş/ţ with a
  cedilla for ș/ț with a comma, hyphens or commas for spaces, capitals: one
  town without asking;
- the municipality's long form in the country's own words ("X kommun",
  "Gmina X", "Stadt X", "X Municipality"): the same place, merged by
  ``--merge-similar`` on strong evidence;

and rows are added that name different places with one name: real namesakes
from the gazetteer (Münster and Munster, Fürth and Furth, the Stolbergs, the
Mittes, Vilnius and its district) and generated ones (a town and another
written without its accents, "X (Nord)" and "X (Süd)"). Every written side
carries its place's id in :attr:`VariantList.truth`, so a check can count
namesakes merged into one town, places split into several, and twinnings
written twice.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench.generate import Pair

# The municipality word of a country, "{}" the town's name (only where the word is certain).
_LONG_FORMS = {
    "SE": "{} kommun", "NO": "{} kommune", "DK": "{} Kommune", "FI": "{}n kunta",
    "DE": "Stadt {}", "PL": "Gmina {}", "GB": "{} Council",
    "NL": "Gemeente {}", "FR": "Ville de {}", "IT": "Comune di {}",
}  # fmt: skip
_CEDILLA = str.maketrans({"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"})

# (name, country, place): real places of the gazetteer that share a name or nearly.
REAL_NAMESAKES: tuple[tuple[str, str, str], ...] = (
    ("Münster", "DE", "real:muenster-nrw"),
    ("Munster", "DE", "real:munster-niedersachsen"),
    ("Fürth", "DE", "real:fuerth-bayern"),
    ("Furth", "DE", "real:furth-bayern"),
    ("Mitte (Berlin)", "DE", "real:mitte-berlin"),
    ("Mitte (Hamburg)", "DE", "real:mitte-hamburg"),
    ("Stolberg (Rheinland)", "DE", "real:stolberg-rheinland"),
    ("Stolberg (Harz)", "DE", "real:stolberg-harz"),
    ("Vilnius", "LT", "real:vilnius"),
    ("Vilnius District Municipality", "LT", "real:vilnius-district"),
    ("Frankfurt (Oder)", "DE", "real:frankfurt-oder"),
    ("Frankfurt am Main", "DE", "real:frankfurt-main"),
)


@dataclass
class VariantList:
    """The rows to write, and for each row the place id of each side."""

    rows: list[Pair] = field(default_factory=list)
    truth: list[tuple[str, str]] = field(default_factory=list)
    variants: int = 0  # sides written other than as the generator named them
    namesake_rows: int = 0


def _variant(rng: random.Random, name: str, country: str) -> str:
    """``name`` written another way that is still the same place (see the module)."""
    choices = ["nfd", "upper", "punct"]
    if "ș" in name or "ț" in name or "Ș" in name or "Ț" in name:
        choices += ["cedilla"] * 3
    if country in _LONG_FORMS:
        choices += ["long"] * 2
    how = rng.choice(choices)
    if how == "nfd":
        return unicodedata.normalize("NFD", name)
    if how == "cedilla":
        return name.translate(_CEDILLA)
    if how == "punct":
        return name.replace(" ", ", ") if " " in name else f"{name}."
    if how == "long":
        return _LONG_FORMS[country].format(name)
    return name.upper()


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def variant_list(pairs: Sequence[Pair], *, seed: int, share: float = 0.15) -> VariantList:
    """``pairs`` with ``share`` of the sides written as variants, and namesake rows added."""
    rng = random.Random(seed)
    out = VariantList()
    names = {(p[0], p[1]) for p in pairs} | {(p[2], p[3]) for p in pairs}
    for town, country, partner, partner_country, year in pairs:
        sides = []
        for name, code in ((town, country), (partner, partner_country)):
            written = name
            # The home town stays as written: the list is about its partners.
            if name != "Vänersborg" and rng.random() < share:
                written = _variant(rng, name, code)
                out.variants += written != name
            sides.append((written, code, f"gen:{code}:{name}"))
        (a, ac, at), (b, bc, bt) = sides
        out.rows.append((a, ac, b, bc, year))
        out.truth.append((at, bt))
    # Real namesakes, each twinned with the home town in a year of its own.
    for number, (name, code, place) in enumerate(REAL_NAMESAKES):
        out.rows.append(("Vänersborg", "SE", name, code, 1950 + number))
        out.truth.append(("gen:SE:Vänersborg", place))
        out.namesake_rows += 1
    # The two Stolbergs twinned with each other: two towns, not one twinned with itself.
    out.rows.append(("Stolberg (Rheinland)", "DE", "Stolberg (Harz)", "DE", 1990))
    out.truth.append(("real:stolberg-rheinland", "real:stolberg-harz"))
    out.namesake_rows += 1
    # Generated namesakes: a town's name without accents, or with two qualifiers, is
    # another town of the same country (where that spelling is not taken already).
    from app.places.gazetteer import places_named

    towns = sorted(names)
    for name, code in rng.sample(towns, min(400, len(towns))):
        plain = _plain(name)
        # A real place written without its accents is that place ("Pitesti"), not a namesake.
        if plain != name and (plain, code) not in names and not places_named(plain, code):
            other, other_place = plain, f"namesake:{code}:{plain}"
        else:
            other, other_place = f"{name} (Nord)", f"namesake:{code}:{name}:nord"
            out.rows.append((f"{name} (Süd)", code, "Vänersborg", "SE", 1999))
            out.truth.append((f"namesake:{code}:{name}:sued", "gen:SE:Vänersborg"))
            out.namesake_rows += 1
        if (other, code) in names:
            continue
        out.rows.append((other, code, "Vänersborg", "SE", 1998))
        out.truth.append((other_place, "gen:SE:Vänersborg"))
        out.namesake_rows += 1
    return out
