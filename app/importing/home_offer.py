"""An import of twinnings that names one town in its "town" column on every row.

Such a file is the municipality's own list of twin towns, so the town it
names is offered as the home municipality (the wizard shows a button, the
command line marks it with ``--mark-home``). It is an offer, never done
silently: an association's file may name one member town by chance.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.importing.rows import ParsedFile
from app.places.town_names import same_town
from app.workflow.home import home_towns
from db.session import Database


@dataclass(frozen=True)
class HomeOffer:
    """The town to offer as home: its name as the file writes it, its country, the column."""

    name: str
    country: str | None
    column: str


def home_town_offer(db: Database, parsed: ParsedFile) -> HomeOffer | None:
    """The town every row's "town" column names, unless it is already marked as home."""
    if parsed.kind.name != "twinnings" or "town" not in parsed.columns:
        return None
    name: str | None = None
    country: str | None = None
    for row in parsed.rows:
        value = row.values.get("town")
        if not isinstance(value, str) or not value.strip():
            return None  # a row without a town, or with several: not one municipality's list
        if name is None:
            name = value.strip()
        elif not same_town(name, value):
            return None
        found = row.values.get("town_country")
        if isinstance(found, str) and found:
            if country is not None and found != country:
                return None
            country = found
    if name is None:
        return None
    if any(same_town(name, home.name) for home in home_towns(db)):
        return None
    return HomeOffer(name, country, parsed.column_of("town"))
