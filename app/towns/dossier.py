"""Everything the register knows about one twin town, gathered for its page.

:func:`town_dossier` reads the town, its twinnings with the home town and the
records linked to the town (:mod:`app.towns.linked`). The status of each
twinning and the timeline take longer and come apart, from
:mod:`app.towns.standing`. Both return plain frozen records, so the window
never holds a live database object.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from app.dates import known_date, written
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.builders.common import place_text
from app.reports.cell_text import fill
from app.services.errors import RecordNotFound
from app.towns.linked import LinkedRecord, linked_records
from db import models as m
from db.session import Database


@dataclass(frozen=True)
class TwinningSummary:
    """One twinning of the town with the home town: what it is and since when."""

    twinning_id: int
    other_town: str  # the home town (or, between two twin towns, the other one)
    sentence: str  # "Vänort till Vänersborg sedan 1947." / "... 1948–1976."


@dataclass(frozen=True)
class TownDossier:
    """What the town page shows, in the order it shows it."""

    town_id: int
    name: str
    other_names: tuple[str, ...]
    place: str  # "Norge", "Sydslesvig, Tyskland"; blank when unknown
    twinnings: tuple[TwinningSummary, ...]
    networks: tuple[int, ...]  # the chains the town is a member of (their meetings are marks)
    linked: tuple[LinkedRecord, ...]
    has_fact_sheet: bool  # a town in no twinning has no fact sheet

    def of_group(self, group: str) -> list[LinkedRecord]:
        """The linked records of one group ("agreement", "work", "people", "decision", "file")."""
        return [record for record in self.linked if record.group == group]


def twinning_town(db: Database, twinning_id: int) -> int:
    """The twin town of a twinning: the partner of the home town (the second town otherwise)."""
    with db.reading() as session:
        row = session.execute(
            select(m.Twinning.town_a_id, m.Twinning.town_b_id).where(m.Twinning.id == twinning_id)
        ).first()
        if row is None:
            raise RecordNotFound(
                fill(
                    translate("TownPage", "Twinning %1 is no longer in the register."),
                    str(twinning_id),
                ),
                "twinning",
                twinning_id,
            )
        a, b = row
        home = session.scalar(select(m.Town.is_home).where(m.Town.id == a))
    return b if home else a


_BETWEEN = {
    "twin_town": (
        QT_TRANSLATE_NOOP("TownPage", "Twin town of %1 since %2."),
        QT_TRANSLATE_NOOP("TownPage", "Twin town of %1 from %2 to %3."),
    ),
    "partner_town": (
        QT_TRANSLATE_NOOP("TownPage", "Partner town of %1 since %2."),
        QT_TRANSLATE_NOOP("TownPage", "Partner town of %1 from %2 to %3."),
    ),
    "friendship_town": (
        QT_TRANSLATE_NOOP("TownPage", "Friendship town of %1 since %2."),
        QT_TRANSLATE_NOOP("TownPage", "Friendship town of %1 from %2 to %3."),
    ),
    "municipal_partnership": (
        QT_TRANSLATE_NOOP("TownPage", "In a municipal partnership with %1 since %2."),
        QT_TRANSLATE_NOOP("TownPage", "In a municipal partnership with %1 from %2 to %3."),
    ),
}
_NO_START = (
    QT_TRANSLATE_NOOP("TownPage", "Linked with %1; the register does not know since when."),
    QT_TRANSLATE_NOOP(
        "TownPage", "Linked with %1 until %2; the register does not know since when."
    ),
)


def _twinning_sentence(kind: str, other: str, start: str, end: str) -> str:
    """One whole sentence per kind and per shape (going on / ended / start unknown)."""
    if not start:
        going_on, ended = _NO_START
        return fill(translate("TownPage", ended if end else going_on), other, end)
    going_on, ended = _BETWEEN.get(kind, _BETWEEN["twin_town"])
    if end:
        return fill(translate("TownPage", ended), other, start, end)
    return fill(translate("TownPage", going_on), other, start)


def town_dossier(db: Database, town_id: int) -> TownDossier:
    """The town ``town_id`` and everything linked to it; RecordNotFound when it is gone."""
    with db.reading() as session:
        town = session.execute(
            select(m.Town.name, m.Town.local_name, m.Town.country, m.Town.region).where(
                m.Town.id == town_id
            )
        ).first()
        if town is None:
            raise RecordNotFound(
                fill(
                    translate("TownPage", "Twin town %1 is no longer in the register."),
                    str(town_id),
                ),
                "town",
                town_id,
            )
        name, local_name, country, region = town
        aliases = session.scalars(
            select(m.TownName.name).where(m.TownName.town_id == town_id).order_by(m.TownName.name)
        ).all()
        pairs = session.execute(
            select(
                m.Twinning.id,
                m.Twinning.town_a_id,
                m.Twinning.town_b_id,
                m.Twinning.kind,
                m.Twinning.contact_year,
                m.Twinning.contact_year_edtf,
                m.Twinning.start_date,
                m.Twinning.start_date_edtf,
                m.Twinning.end_date,
                m.Twinning.end_date_edtf,
            )
            .where(or_(m.Twinning.town_a_id == town_id, m.Twinning.town_b_id == town_id))
            .order_by(m.Twinning.contact_year, m.Twinning.start_date, m.Twinning.id)
        ).all()
        others = {a if b == town_id else b for _i, a, b, *_rest in pairs}
        other_names = dict(
            session.execute(select(m.Town.id, m.Town.name).where(m.Town.id.in_(others))).all()
        )
        networks = sorted(
            set(
                session.scalars(
                    select(m.NetworkMember.network_id).where(m.NetworkMember.town_id == town_id)
                )
            )
        )
    ids = [row[0] for row in pairs]
    summaries = []
    for tid, a, b, kind, contact, contact_edtf, start, start_edtf, end, end_edtf in pairs:
        began = known_date(contact, contact_edtf) or known_date(start, start_edtf)
        ended = known_date(end, end_edtf)
        other = other_names.get(a if b == town_id else b, "")
        summaries.append(
            TwinningSummary(
                twinning_id=tid,
                other_town=other,
                sentence=_twinning_sentence(
                    kind, other, written(began) if began else "", written(ended) if ended else ""
                ),
            )
        )
    shown = [name, local_name or "", *aliases]
    return TownDossier(
        town_id=town_id,
        name=name,
        other_names=tuple(dict.fromkeys(n for n in shown[1:] if n and n != name)),
        place=place_text(country, region),
        twinnings=tuple(summaries),
        linked=tuple(linked_records(db, town_id, ids)),
        networks=tuple(networks),
        has_fact_sheet=bool(summaries),
    )
