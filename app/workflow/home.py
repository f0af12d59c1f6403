"""The home municipality: the town (or towns) the register belongs to.

The rules about trips to twin towns, hosting and grants all start from it: a
trip goes to a twin town only if that town is twinned with a home town. A new
database marks its home town when it is made; an older one without any is told
so (``vanort check`` and the to-do item "Mark the home municipality") rather
than having those rules quietly pass.
"""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy import select

from app.i18n import translate
from app.places.countries import resolve_country
from app.places.town_names import same_town
from app.services import records as r
from app.services import store
from app.services.conversion import row_id
from app.services.errors import FieldError, ValidationError
from db import models as m
from db.session import Database

DEFAULT_COUNTRY = "SE"

# "Vänersborgs kommun", "Vaxholms stad": the word for the municipality at the end.
_MUNICIPALITY_WORD = re.compile(r"\s+(kommun|stad|kommune|kunta|kaupunki)$", re.IGNORECASE)
_VOWELS = frozenset("aeiouyåäöAEIOUYÅÄÖ")


@dataclasses.dataclass(frozen=True)
class HomeTown:
    """A town marked as home: its record id, name and country code."""

    id: int
    name: str
    country: str | None


def town_name_of(municipality: str) -> str:
    """The home town's likely name from the municipality's official name.

    "Vänersborgs kommun" gives "Vänersborg", "Ludvika kommun" "Ludvika",
    "Borås stad" "Borås". Towns whose name ends in -fors (Kramfors, Hofors)
    keep their s: their genitive is the name itself. A guess, always shown to
    the user and replaceable (the first-start dialog, ``--home-town``).
    """
    name = " ".join(municipality.split())
    match = _MUNICIPALITY_WORD.search(name)
    if match is None or match.start() == 0:
        return name
    stem = name[: match.start()]
    # The Swedish genitive -s follows a consonant other than s, x and z.
    if (
        len(stem) > 2
        and stem.endswith("s")
        and stem[-2] not in _VOWELS | {"s", "x", "z"}
        and not stem.lower().endswith("fors")
    ):
        stem = stem[:-1]
    return stem


def home_towns(db: Database) -> list[HomeTown]:
    """Every town marked as home, by name."""
    with db.reading() as session:
        rows = session.execute(
            select(m.Town.id, m.Town.name, m.Town.country)
            .where(m.Town.is_home.is_(True))
            .order_by(m.Town.name)
        )
        return [HomeTown(town_id, name, country) for town_id, name, country in rows]


def check_home_town(name: str, country: str | None) -> tuple[str, str | None]:
    """The home town's name (spaces tidied) and country code; ValidationError if unusable."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            [FieldError("name", translate("Home", "Write the name of the home town."))]
        )
    code: str | None = None
    if country is not None and country.strip():
        code = resolve_country(country)
        if code is None:
            text = translate("Home", "%1 is not a country code or name this program knows.")
            raise ValidationError([FieldError("country", text.replace("%1", country.strip()))])
    return name, code


def mark_home_town(
    db: Database, name: str, country: str | None = DEFAULT_COUNTRY, *, user: str | None = None
) -> HomeTown:
    """Mark the town ``name`` in ``country`` as home, adding it when the register lacks it.

    An existing town of that name (in any spelling "same_town" accepts, and the
    same country when both have one) is marked rather than a second one added.
    Raises ValidationError for an empty name or an unknown country.
    """
    name, code = check_home_town(name, country)
    existing = _matching_town(db, name, code)
    if existing is not None:
        town = store.get(db, r.Town, existing)
        if not town.is_home or (code and not town.country):
            town = store.save(
                db,
                dataclasses.replace(town, is_home=True, country=town.country or code),
                user=user,
            )
    else:
        town = store.save(db, r.Town(name=name, country=code, is_home=True), user=user)
    return HomeTown(row_id(town), town.name, town.country)


def _matching_town(db: Database, name: str, code: str | None) -> int | None:
    with db.reading() as session:
        rows = session.execute(select(m.Town.id, m.Town.name, m.Town.country))
        for town_id, town_name, town_country in rows:
            if not same_town(name, town_name):
                continue
            if code and town_country and town_country.upper() != code:
                continue
            return int(town_id)
    return None
