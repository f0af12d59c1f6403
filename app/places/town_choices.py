"""Towns as the pickers show them: the name with its region and country beside it.

Two towns called Karlsruhe (the city and the district) or a Husby in Sweden and
one in Sydslesvig look alike in a list of bare names; "Husby, Sydslesvig,
Tyskland" says which one is chosen before it is saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.i18n import current_language, translate
from app.places.countries import country_name
from db.models import Town
from db.session import Database


def town_place_label(name: str, region: str | None, country: str | None, language: str) -> str:
    """ "Karlsruhe, Tyskland", "Husby, Sydslesvig, Tyskland", or the bare name when nothing is known."""
    where = [
        part for part in (region, country_name(country, language) if country else None) if part
    ]
    if not where:
        return name
    if len(where) == 1:
        return translate("TownChoices", "%1, %2").replace("%1", name).replace("%2", where[0])
    return (
        translate("TownChoices", "%1, %2, %3")
        .replace("%1", name)
        .replace("%2", where[0])
        .replace("%3", where[1])
    )


def town_choices(db: Database, ids: Sequence[int] | None = None) -> dict[int, tuple[str, str]]:
    """Towns by id as (name, name with region and country) for pickers: all, or those of ``ids``.

    A form shows the towns it links to from ``ids`` (a few) at once; the whole
    list to choose from is read on the window's worker.
    """
    language = current_language()
    query = select(Town.id, Town.name, Town.region, Town.country)
    if ids is not None:
        query = query.where(Town.id.in_(list(ids)))
    with db.reading() as session:
        rows = session.execute(query).all()
    return {
        row.id: (row.name, town_place_label(row.name, row.region, row.country, language))
        for row in rows
    }
