"""A twinning's status in a period, per level (municipal and civil), with the evidence behind it.

The rule is in :mod:`app.derived.status_rule`, the reading of the register in
:mod:`app.derived.status_evidence`, and the sentences that state the rule and
each status's grounds in :mod:`app.derived.status_wording`. This module holds
the calls the rest of the program uses.

The categories are those of the Swedish national survey quoted in seeds/004
(active, sporadic, dormant), with "new" (nystartad) for a twinning that began
so recently that it has not had time to build regular contact, and "ended".
The thresholds are the municipality's settings (``app.rules.Rules``):
``status_period_years``, ``status_active_per_year``, ``status_sporadic_min``
and ``status_new_years``.

The coordinator may judge otherwise (``Twinning.status_override`` with its
reason). Her judgement is the status shown (``effective``); the computed one
(``derived``, the municipal level) is kept beside it, never instead of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.derived.status_evidence import (
    last_signs_of_life,
    twinning_facts,
    twinnings_with_evidence,
    twinnings_with_evidence_over,
)
from app.derived.status_matching import TwinningFacts
from app.derived.status_rule import (
    CIVIL,
    LEVELS,
    MUNICIPAL,
    Evidence,
    LevelStatus,
    Period,
    classify,
    classify_levels,
    needed_contacts,
    new_since,
    period_years,
    recent_period,
    started_on,
)
from app.rules import Rules
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.services.settings import load_settings
from db.session import Database

__all__ = [
    "CIVIL",
    "LEVELS",
    "MUNICIPAL",
    "Evidence",
    "LevelStatus",
    "Period",
    "TwinningStatus",
    "classify",
    "needed_contacts",
    "period_years",
    "recent_period",
    "status_of",
    "statuses",
    "statuses_in",
    "statuses_over",
]


@dataclass(frozen=True)
class TwinningStatus:
    """The computed status of a twinning in ``period`` per level, with her judgement beside it.

    ``derived`` is the municipal level's computed status (the twinning's own);
    ``civil`` the civil level's. ``effective`` is the coordinator's judgement
    when there is one, else ``derived``: the status shown everywhere.
    """

    twinning_id: int
    derived: str  # "active", "new", "sporadic", "dormant" or "ended"
    override: str | None
    override_reason: str | None
    effective: str  # the override when there is one, else the derived status
    evidence: tuple[Evidence, ...]
    period: Period
    contacts: int = 0  # evidence that counts at the municipal level
    needed_for_active: int = 1
    civil: str = "dormant"
    civil_contacts: int = 0
    all_contacts: int = 0  # evidence that counts at any level
    began: date | None = None  # the latest day it may have begun; None when unknown
    new_since: date | None = None  # a start on or after this day makes it new

    @property
    def overridden(self) -> bool:
        """True when the coordinator's judgement differs from the derived status."""
        return self.override is not None and self.override != self.derived

    def level(self, level: str) -> LevelStatus:
        """The computed status of ``level`` ("municipal" or "civil")."""
        if level == MUNICIPAL:
            return LevelStatus(MUNICIPAL, self.derived, self.contacts, self.needed_for_active)
        return LevelStatus(CIVIL, self.civil, self.civil_contacts, self.needed_for_active)

    def shown(self, level: str = MUNICIPAL) -> str:
        """The status shown at ``level``: her judgement at the municipal level, if any."""
        return self.effective if level == MUNICIPAL else self.civil

    def computed_beside(self, level: str = MUNICIPAL) -> str | None:
        """The computed status to print beside the shown one: only where her judgement differs."""
        return self.derived if level == MUNICIPAL and self.overridden else None


# ---------------------------------------------------------------- the calls


def status_of(
    db: Database,
    twinning_id: int,
    period: Period | None = None,
    *,
    rules: Rules | None = None,
) -> TwinningStatus:
    """The status of one twinning in ``period`` (default: the set number of years up to today).

    Raises RecordNotFound when the twinning does not exist.
    """
    found = statuses(db, period, [twinning_id], rules=rules)
    if twinning_id not in found:
        raise RecordNotFound(spec_for("twinning").sentence("not_found"), "twinning", twinning_id)
    return found[twinning_id]


def statuses(
    db: Database,
    period: Period | None = None,
    twinning_ids: Sequence[int] | None = None,
    *,
    rules: Rules | None = None,
) -> dict[int, TwinningStatus]:
    """The status of many twinnings (all when ``twinning_ids`` is None) in a handful of queries.

    ``rules`` defaults to the municipality's settings; ``period`` to the
    ``status_period_years`` years up to today.
    """
    if rules is None:
        rules = load_settings(db).rules
    if period is None:
        period = recent_period(rules.status_period_years)
    with db.reading() as session:
        return statuses_in(session, period, twinning_ids, rules)


def statuses_in(
    session: Session,
    period: Period,
    twinning_ids: Sequence[int] | None,
    rules: Rules,
    homes: set[int] | None = None,
    *,
    facts: list[TwinningFacts] | None = None,
    signs: dict[int, date | None] | None = None,
) -> dict[int, TwinningStatus]:
    """:func:`statuses` read in an open ``session``, for a caller reading much else in it.

    ``homes`` (the home town ids), ``facts`` (:func:`twinning_facts` of
    ``twinning_ids``) and ``signs`` (their :func:`last_signs_of_life`) are
    passed when the caller has read them already.
    """
    if period[1] < period[0]:
        raise ValueError("the period ends before it starts")
    twinnings = twinnings_with_evidence(session, period, twinning_ids, homes, facts)
    if signs is None:
        # Only a twinning marked ended without a date needs its whole history read.
        signs = _last_signs(session, twinnings)
    return _classified(twinnings, period, rules, signs)


def _classified(
    twinnings: Sequence[TwinningFacts],
    period: Period,
    rules: Rules,
    signs: dict[int, date | None],
) -> dict[int, TwinningStatus]:
    """Each twinning's status in ``period`` from the evidence found in it."""
    since = new_since(rules, period)
    result: dict[int, TwinningStatus] = {}
    for twinning in twinnings:
        began = started_on(twinning.start_date, twinning.contact_year)
        levels = classify_levels(
            twinning.evidence,
            period,
            rules,
            end_date=twinning.end_date,
            stored_status=twinning.status,
            last_sign=signs.get(twinning.id),
            began=began,
        )
        municipal, civil = levels[MUNICIPAL], levels[CIVIL]
        result[twinning.id] = TwinningStatus(
            twinning_id=twinning.id,
            derived=municipal.status,
            override=twinning.override,
            override_reason=twinning.reason,
            effective=twinning.override or municipal.status,
            evidence=twinning.evidence,
            period=period,
            contacts=municipal.contacts,
            needed_for_active=municipal.needed_for_active,
            civil=civil.status,
            civil_contacts=civil.contacts,
            all_contacts=sum(1 for e in twinning.evidence if e.counts and e.levels),
            began=began,
            new_since=since,
        )
    return result


def statuses_over(
    session: Session,
    periods: Sequence[Period],
    twinning_ids: Sequence[int] | None,
    rules: Rules,
    homes: set[int] | None = None,
    *,
    facts: list[TwinningFacts] | None = None,
) -> list[dict[int, TwinningStatus]]:
    """:func:`statuses_in` for each of ``periods`` (now and a year ago, say).

    The twinnings and the last signs of life of those ended without a date do
    not depend on the period: they are read once; the evidence is read once over
    the span of the periods and each period's picked from it. ``facts``
    (:func:`twinning_facts` of ``twinning_ids``) are passed when the caller has them.
    """
    if any(end < start for start, end in periods):
        raise ValueError("the period ends before it starts")
    if not periods:
        return []
    if facts is None:
        facts = twinning_facts(session, twinning_ids)
    signs = _last_signs(session, facts)
    found = twinnings_with_evidence_over(session, periods, twinning_ids, homes, facts)
    return [
        _classified(twinnings, period, rules, signs)
        for period, twinnings in zip(periods, found, strict=True)
    ]


def _last_signs(session: Session, twinnings: Sequence[TwinningFacts]) -> dict[int, date | None]:
    undated_ends = [t.id for t in twinnings if t.status == "ended" and t.end_date is None]
    return last_signs_of_life(session, undated_ends) if undated_ends else {}
