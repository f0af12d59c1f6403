"""What the gazetteer can fill in for a town being added: a suggestion the user accepts.

The town form shows it as one line under the name ("Göteborg, Sverige,
57,71° N 11,97° O, 608 462 invånare … Använd"); accepting fills only the
fields still empty, so nothing the coordinator wrote is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.formatting import format_int
from app.i18n import current_language, translate
from app.places.countries import country_name
from app.places.gazetteer import Place, exonyms, place_for
from app.places.likeness import gazetteer_place, has_municipality_word

MIN_LETTERS = 3
"""Fewer letters than this match too many places to suggest one."""


@dataclass(frozen=True)
class PlaceSuggestion:
    """A place for a town's name, with the values it would fill in."""

    place: Place
    text: str  # one line for the form
    values: dict[str, Any]  # field name → value: country, latitude, longitude, population
    other_names: tuple[str, ...]  # exonyms the town would also be known by

    def fills(self, current: dict[str, Any]) -> dict[str, Any]:
        """The values for the fields empty in ``current``; the user's own values stay."""
        filled = {k: v for k, v in self.values.items() if current.get(k) in (None, "", ())}
        known = tuple(current.get("alternative_names") or ())
        extra = tuple(n for n in self.other_names if n not in known)
        if extra:
            filled["alternative_names"] = known + extra
        return filled


def _degrees(value: float, positive: str, negative: str) -> str:
    text = f"{abs(value):.2f}".replace(".", "," if current_language() == "sv" else ".")
    return (positive if value >= 0 else negative).replace("%1", text)


def describe(place: Place) -> str:
    """The place in one line: name, country, coordinates and inhabitants."""
    latitude = _degrees(place.latitude, translate("Places", "%1° N"), translate("Places", "%1° S"))
    longitude = _degrees(
        place.longitude, translate("Places", "%1° E"), translate("Places", "%1° W")
    )
    template = (
        translate("Places", "%1, %2, %3 %4, %5 inhabitants")
        if place.population
        else translate("Places", "%1, %2, %3 %4")
    )
    values = [
        place.name,
        country_name(place.country, current_language()),
        latitude,
        longitude,
        format_int(place.population),
    ]
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def map_position(
    name: str, country: str | None, latitude: float | None, longitude: float | None
) -> tuple[float | None, float | None]:
    """Where to draw a town on a map: its own coordinates, else the gazetteer's place's.

    (None, None) when it has neither; the coordinates stored are never changed.
    """
    if latitude is not None and longitude is not None:
        return latitude, longitude
    place = gazetteer_place(name, country)
    if place is None:
        return latitude, longitude
    return place.latitude, place.longitude


def suggest_place(name: str, country: str | None = None) -> PlaceSuggestion | None:
    """The gazetteer's place for a town called ``name`` (in ``country`` when given), or None.

    None for short names and for names of a municipality or district ("Vilnius
    District Municipality"): the town's own values would be wrong for them.
    Without a country every country is searched (a few seconds the first time:
    call it off the GUI thread).
    """
    name = " ".join(name.split())
    if sum(ch.isalpha() for ch in name) < MIN_LETTERS or has_municipality_word(name):
        return None
    place = place_for(name, country or None)
    if place is None:
        return None
    values: dict[str, Any] = {
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }
    if place.population:
        values["population"] = place.population
    return PlaceSuggestion(
        place=place,
        text=describe(place),
        values=values,
        other_names=tuple(exonyms(place, name)),
    )
