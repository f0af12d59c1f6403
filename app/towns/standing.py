"""How a town's twinnings stand: their status at each level with grounds, and their timeline.

The status rule runs once per period of the timeline (the mapping report's
own rows, from :mod:`app.mapping.timeline_facts`), and the latest period is
the status shown, so the page's status and its timeline's last shade are the
same judgement. The twinnings' dated history (:mod:`app.derived.timeline`,
"1947 Holmestrand och Vänersborg blir vänorter") comes with them. It takes longer than the rest of the page, so the window asks
for it off the GUI thread once the page is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app import vocabulary
from app.derived.status import TwinningStatus, statuses
from app.derived.status_rule import recent_period
from app.derived.status_wording import (
    StatusLine,
    period_words,
    rule_sentence,
    status_line,
    with_days,
)
from app.derived.timeline import twinning_timelines
from app.i18n import translate
from app.mapping.content import MappingContent, Scope
from app.reports.cell_text import fill
from app.reports.document import TwinningTimeline
from app.rules import Rules
from app.services.settings import load_settings
from app.towns.dossier import TownDossier
from app.towns.linked import HISTORY, LinkedRecord
from db.session import Database

EARLIEST_YEAR = 1800
"""The page's timeline reaches back this far: a town page shows the whole history."""


@dataclass(frozen=True)
class TownStanding:
    """Each twinning's status line (by twinning id), the rule they rest on, and the timeline."""

    statuses: dict[int, StatusLine] = field(default_factory=dict)
    status_rule: str = ""
    timeline: TwinningTimeline | None = None
    history: tuple[LinkedRecord, ...] = ()  # oldest first, each line opening its record


def town_standing(db: Database, dossier: TownDossier, *, today: date | None = None) -> TownStanding:
    """The status and timeline of the town's twinnings; empty for a town in no twinning."""
    ids = [t.twinning_id for t in dossier.twinnings]
    if not ids:
        return TownStanding()
    today = today or date.today()
    rules = load_settings(db).rules
    timeline, latest = _timeline(db, ids, dossier.networks, today, rules)
    recent = recent_period(rules.status_period_years, today)
    missing = [tid for tid in ids if tid not in latest]
    if missing:  # a twinning whose start is unknown has no bar, but it has a status
        latest = {**latest, **statuses(db, recent, missing, rules=rules)}
    # The period named in words beside each status ("de senaste fyra åren"), and once with
    # its days in the rule the statuses rest on, as the reports name it.
    words = period_words(recent, rules.status_period_years)
    return TownStanding(
        statuses={tid: status_line(latest[tid], words) for tid in ids if tid in latest},
        status_rule=rule_sentence(rules, recent, with_days(recent, words)),
        timeline=timeline,
        history=tuple(_history(db, ids)),
    )


def _history(db: Database, ids: list[int]) -> list[LinkedRecord]:
    """The dated lines of the twinnings' histories, each line once, by year.

    Within a year the lines keep the order the history gives them (a first
    contact before the twinning it led to, an ending last).
    """
    lines: dict[tuple[int, str], LinkedRecord] = {}
    for entries in twinning_timelines(db, ids).values():
        for entry in entries:
            lines.setdefault(
                (entry.year, entry.text),
                LinkedRecord(
                    HISTORY, entry.source.kind, entry.source.id, entry.text, entry.when(), ""
                ),
            )
    return [lines[key] for key in sorted(lines, key=lambda key: key[0])]


def _timeline(
    db: Database, ids: list[int], networks: tuple[int, ...], today: date, rules: Rules
) -> tuple[TwinningTimeline | None, dict[int, TwinningStatus]]:
    """The report's timeline rows over these twinnings, and their statuses in the latest period.

    The chains the town is a member of are in scope so their meetings become
    marks; the ended twinnings of other towns that the report also draws are not.
    """
    from app.mapping.reader import RegisterReader
    from app.mapping.timeline_facts import bars, timeline_statuses, twinning_timeline_rows

    content = MappingContent(
        scope=Scope(
            twinning_ids=tuple(ids),
            network_ids=networks,
            period_from=EARLIEST_YEAR,
            period_to=today.year,
        )
    )
    with db.reading() as session:
        reader = RegisterReader(session, content, today)
        reader.read()
        found = [bar for bar in bars(reader) if bar.twinning_id in ids]
    per_period = timeline_statuses(db, today, found, rules)
    if not found:
        return None, {}
    with db.reading() as session:
        reader.session = session
        rows = twinning_timeline_rows(reader, found, per_period)
    # The last period ends today and is as long as the status period: the status shown.
    latest = dict(per_period[-1][1]) if per_period else {}
    return TwinningTimeline(tuple(rows), today), latest


def status_heading(line: StatusLine) -> str:
    """ "Kommunal nivå: vilande (beräknad: aktiv); civil nivå: aktiv." in one sentence."""
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
