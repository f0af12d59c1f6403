"""Everything the register knows about one twin town, gathered for its page.

:func:`town_dossier` reads the town, its twinnings with the home town, the
status of each at both levels with its grounds (the coordinator's judgement
first, from :mod:`app.derived.status_wording`), the timeline the mapping
report draws (the same rows, from :mod:`app.mapping.timeline_facts`), and
the records linked to the town (:mod:`app.towns.linked`). It returns plain
frozen records, so the window never holds a live database object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from app import vocabulary
from app.dates import known_date, written
from app.derived.source import Source, database_of
from app.derived.status import statuses
from app.derived.status_rule import recent_period
from app.derived.status_wording import StatusLine, rule_sentence, status_line
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.mapping.content import MappingContent, Scope
from app.reports.builders.common import place_text
from app.reports.cell_text import fill
from app.reports.document import TwinningTimeline
from app.services.errors import RecordNotFound
from app.services.settings import load_settings
from app.towns.linked import LinkedRecord, linked_records
from db import models as m

EARLIEST_YEAR = 1800
"""The page's timeline reaches back this far: a town page shows the whole history."""


@dataclass(frozen=True)
class TwinningSummary:
    """One twinning of the town with the home town: what it is, since when, its status."""

    twinning_id: int
    other_town: str  # the home town (or, between two twin towns, the other one)
    sentence: str  # "Vänort till Vänersborg sedan 1947." / "... 1948–1976."
    status: StatusLine | None  # None when the status cannot be judged (no twinning row)


@dataclass(frozen=True)
class TownDossier:
    """What the town page shows, in the order it shows it."""

    town_id: int
    name: str
    other_names: tuple[str, ...]
    place: str  # "Norge", "Sydslesvig, Tyskland"; blank when unknown
    twinnings: tuple[TwinningSummary, ...]
    status_rule: str  # the rule the statuses rest on, once
    networks: tuple[int, ...]  # the chains the town is a member of (their meetings are marks)
    linked: tuple[LinkedRecord, ...]
    has_fact_sheet: bool  # a town in no twinning has no fact sheet

    def of_group(self, group: str) -> list[LinkedRecord]:
        """The linked records of one group ("agreement", "work", "people", "decision", "file")."""
        return [record for record in self.linked if record.group == group]


def twinning_town(source: Source, twinning_id: int) -> int:
    """The twin town of a twinning: the partner of the home town (the second town otherwise)."""
    db = database_of(source)
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


def town_dossier(source: Source, town_id: int, *, today: date | None = None) -> TownDossier:
    """The town ``town_id`` and everything linked to it; RecordNotFound when it is gone."""
    db = database_of(source)
    today = today or date.today()
    rules = load_settings(db).rules
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
    # One status per twinning for the recent period; the timeline's periods come later
    # (town_timeline), as they take a query round per period.
    latest = (
        statuses(db, recent_period(rules.status_period_years, today), ids, rules=rules)
        if ids
        else {}
    )
    summaries = []
    for tid, a, b, kind, contact, contact_edtf, start, start_edtf, end, end_edtf in pairs:
        began = known_date(contact, contact_edtf) or known_date(start, start_edtf)
        ended = known_date(end, end_edtf)
        other = other_names.get(a if b == town_id else b, "")
        found = latest.get(tid)
        summaries.append(
            TwinningSummary(
                twinning_id=tid,
                other_town=other,
                sentence=_twinning_sentence(
                    kind, other, written(began) if began else "", written(ended) if ended else ""
                ),
                status=status_line(found) if found is not None else None,
            )
        )
    shown = [name, local_name or "", *aliases]
    return TownDossier(
        town_id=town_id,
        name=name,
        other_names=tuple(dict.fromkeys(n for n in shown[1:] if n and n != name)),
        place=place_text(country, region),
        twinnings=tuple(summaries),
        status_rule=rule_sentence(rules, recent_period(rules.status_period_years, today))
        if summaries
        else "",
        linked=tuple(linked_records(db, town_id, ids)),
        networks=tuple(networks),
        has_fact_sheet=bool(summaries),
    )


def town_timeline(
    source: Source, dossier: TownDossier, *, today: date | None = None
) -> TwinningTimeline | None:
    """The town's twinnings drawn as the mapping report draws them; None when no start is known.

    The rows come from :mod:`app.mapping.timeline_facts` over the town's
    twinnings and the chains it is a member of, so the page and the report's
    figure never disagree. Slow beside the rest of the page (the status rule
    runs once per period), so the window asks for it off the GUI thread.
    """
    from app.mapping.gather import RegisterReader
    from app.mapping.timeline_facts import bars, timeline_statuses, twinning_timeline_rows

    ids = [t.twinning_id for t in dossier.twinnings]
    if not ids:
        return None
    db = database_of(source)
    today = today or date.today()
    rules = load_settings(db).rules
    content = MappingContent(
        scope=Scope(
            twinning_ids=tuple(ids),
            network_ids=dossier.networks,
            period_from=EARLIEST_YEAR,
            period_to=today.year,
        )
    )
    with db.reading() as session:
        reader = RegisterReader(session, content, today)
        reader.read()
        # The report also draws the ended twinnings left out of its scope; a town page only its own.
        found = [bar for bar in bars(reader) if bar.twinning_id in ids]
    per_period = timeline_statuses(db, today, found, rules)
    with db.reading() as session:
        reader.session = session
        rows = twinning_timeline_rows(reader, found, per_period)
    return TwinningTimeline(tuple(rows), today) if rows else None


def status_heading(line: StatusLine) -> str:
    """ "Kommunal nivå: vilande (beräknad: aktiv). Civil nivå: aktiv." in one sentence."""
    return fill(
        translate("TownPage", "Municipal level: %1; civil level: %2."),
        line.municipal_text(),
        vocabulary.label(line.civil),
    )


def judgement_sentence(line: StatusLine) -> str:
    """Her judgement with her reason, or blank when she has not judged the status."""
    if not line.judged:
        return ""
    if line.reason and line.reason.strip():
        return fill(
            translate("TownPage", "The coordinator judged the status %1: %2"),
            vocabulary.label(line.municipal),
            line.reason.strip(),
        )
    return fill(
        translate("TownPage", "The coordinator judged the status %1 and gave no reason."),
        vocabulary.label(line.municipal),
    )
