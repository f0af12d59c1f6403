"""The small grammar the drafted prose needs: counts, lists, places, years.

Every sentence of the drafted sections is a whole translatable template
(``translate("Mapping", "...")`` with ``%1`` ...); these helpers only fill in
the parts that change with the data, so that "1 vänort" and "2 vänorter",
"på Åland" and "i Sydslesvig" come out right in Swedish and read as well in
English.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.formatting import group_digits
from app.i18n import translate
from app.places.islands import island_code, takes_on
from app.reports.cell_text import counted, fill


def sentence(template: str, *values: str) -> str:
    """``template`` filled, with its first letter in capitals (a template may start with %1)."""
    text = fill(template, *values)
    return text[:1].upper() + text[1:]


def number(value: int) -> str:
    """An integer as printed in running text: "13 000"."""
    return group_digits(value)


def twin_towns(count: int) -> str:
    """ "1 twin town", "2 twin towns"."""
    return counted(
        count, translate("Mapping", "%1 twin town"), translate("Mapping", "%1 twin towns")
    )


def joined(names: Sequence[str]) -> str:
    """ "A, B and C" in the current language."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return fill(translate("Mapping", "%1 and %2"), ", ".join(names[:-1]), names[-1])


def in_area(area: str, code: str | None) -> str:
    """ "i Danmark", "på Åland", "i Sydslesvig": the locative of a country, area or region."""
    if takes_on(code):
        # Its own context: English says "in" for both, Swedish "på" for islands.
        return fill(translate("MappingIsland", "in %1", "an island or area that takes på"), area)
    return fill(translate("Mapping", "in %1"), area)


def is_chain(network_name: str) -> bool:
    """Whether a network is a chain of twin towns ("Den nordiska vänortskedjan"), which
    the prose calls "kedjan"; any other network is a "nätverk" (DESIGN.md's glossary)."""
    folded = network_name.casefold()
    return "kedja" in folded or "kedjan" in folded or "chain" in folded


def all_chains(network_names: Sequence[str]) -> bool:
    """Whether every one of the networks is a chain (and there is at least one)."""
    return bool(network_names) and all(is_chain(n) for n in network_names)


def at_place(place: str) -> str:
    """The locative of a place written as text (a meeting's place): "på Åland", "i Herning".

    A place written with its area in brackets, "Husby (Sydslesvig)", reads as
    prose: "i Husby i Sydslesvig".
    """
    place = place.strip()
    town, bracket, rest = place.partition(" (")
    if bracket and rest.endswith(")") and town.strip() and rest[:-1].strip():
        area = rest[:-1].strip()
        return f"{in_area(town.strip(), island_code(town))} {in_area(area, island_code(area))}"
    return in_area(place, island_code(place))


def town_in_area(town: str, area: str, code: str | None) -> str:
    """ "Holmestrand i Norge", "15 landkommuner på Åland"; the town alone when its area is unknown."""
    if not area or area == town:
        return town
    return f"{town} {in_area(area, code)}"


def when(day: date | None, year: int | None = None) -> str:
    """A day as ISO when it is known beyond 1 January, else the year ("" if neither)."""
    if day is not None and (day.month, day.day) != (1, 1):
        return day.isoformat()
    if day is not None:
        return str(day.year)
    return str(year) if year is not None else ""


def own_sentence(text: str) -> str:
    """Her text as a sentence of its own: trimmed, with a full stop when it has none."""
    text = " ".join(text.split())
    if text and text[-1] not in ".!?:":
        text += "."
    return text[:1].upper() + text[1:]


def clause(text: str) -> str:
    """Her text to go inside one of our sentences: trimmed, without a closing full stop."""
    return " ".join(text.split()).rstrip(".")


def when_text(year: int, day: date | None) -> str:
    """The day when it says more than the year: 1 January stands for "only the year is known"."""
    if day is None or (day.month, day.day) == (1, 1):
        return str(year)
    return day.isoformat()
