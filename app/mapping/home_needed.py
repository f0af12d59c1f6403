"""A mapping report needs the municipality's own town before it can be drafted from a large register.

The mapping report covers the twinnings of the home town. A register with no
town marked as home (a public list of every twinning in Europe, imported as it
came) would otherwise put every twinning in the report: thousands of pages,
minutes of work and most of the memory. Above :data:`LARGE_REGISTER` twinnings
the report asks for the home town instead, in one sentence; a small register
with no home town still drafts as it always has.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.formatting import format_int
from app.i18n import translate
from app.places.town_names import same_town
from app.reports.cell_text import fill
from db import models as m
from db.session import Database

# More twinnings than this without a home town make a report nobody asked for.
LARGE_REGISTER = 300


@dataclass(frozen=True)
class HomeNeeded:
    """Why a report needs a home town first: the register's size."""

    twinnings: int

    def text(self) -> str:
        """One sentence saying what to give, in the user's language."""
        return fill(
            translate(
                "Mapping",
                "The register has %1 twinnings and no town marked as the home municipality, so "
                "the mapping report would cover all of them; say which town is the "
                "municipality's own first.",
            ),
            format_int(self.twinnings),
        )


def home_needed(db: Database) -> HomeNeeded | None:
    """A :class:`HomeNeeded` when no town is home and the register is large; else None."""
    with db.reading() as session:
        if session.scalar(select(func.count()).where(m.Town.is_home.is_(True))):
            return None
        twinnings = int(session.scalar(select(func.count()).select_from(m.Twinning)) or 0)
    return HomeNeeded(twinnings) if twinnings > LARGE_REGISTER else None


@dataclass(frozen=True)
class TownFound:
    """A town of the register offered as home: its name and country as the register has them."""

    name: str
    country: str | None


def towns_named(db: Database, name: str) -> list[TownFound]:
    """The towns of the register that ``name`` names (any spelling ``same_town`` accepts)."""
    with db.reading() as session:
        rows = session.execute(select(m.Town.name, m.Town.country).order_by(m.Town.id))
        return [TownFound(n, c) for n, c in rows if same_town(name, n)]
