"""The rule that turns what was recorded into a twinning's status, per level; no SQL, no wording.

Two levels, as the national surveys and the Vänersborg survey of 2014 judge a
twinning (seeds/004: "På kommunal nivå är ... vilande ... På civil nivå är
vänortssamarbetet dock aktivt"):

- ``municipal``: contact between the two municipalities: a trip, an activity
  the municipality took part in (its own flag, or one of its committees,
  departments or companies among the participants), an agreement signed or an
  action of its plan done, a decision concerning the twinning;
- ``civil``: civil society's contact: an activity of associations, schools,
  clubs or companies without the municipality, and the meetings of a chain of
  twin towns (vänortsmöten), which the towns' associations hold.

One activity may count at both levels. Each level is classified on its own:

- ``ended``: see :func:`ended_in`;
- ``active``: contacts >= needed, where needed is the largest of 1,
  ``status_sporadic_min`` and ceil(``status_active_per_year`` x the period's
  years): regular contact;
- ``new`` (nystartad): fewer contacts than that, but the twinning began in the
  period or within ``status_new_years`` years of its last day: it has not yet
  had the time to build regular contact, so it is neither sporadic nor dormant;
- ``sporadic``: contacts >= max(1, ``status_sporadic_min``);
- ``dormant``: nothing at that level.

The twinning's computed status is its municipal level: a twinning is the
municipality's relationship, and an association's chain meetings alone do not
make it active. The coordinator's judgement (``Twinning.status_override``) is a
judgement of that status, and wins wherever a status is shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from app.rules import Rules
from app.services.records import RecordRef

Period = tuple[date, date]

MUNICIPAL, CIVIL = "municipal", "civil"
LEVELS = (MUNICIPAL, CIVIL)

# The municipality's own organisations: their taking part is the municipality's.
MUNICIPAL_ORGANISATION_KINDS = frozenset({"committee", "department", "municipal_company"})


@dataclass(frozen=True)
class Evidence:
    """One thing found for a twinning in a period; ``counts`` says whether it is contact.

    ``levels`` names the levels it is contact at (empty for paper that is not
    contact, such as an agreement merely in force).
    """

    kind: str  # "activity", "trip", "meeting", "agreement" or "decision" (record kinds)
    record_id: int
    date_or_year: date | int | None
    label: str
    counts: bool = True
    levels: frozenset[str] = frozenset({MUNICIPAL})

    @property
    def ref(self) -> RecordRef:
        """The record this evidence comes from."""
        return RecordRef(self.kind, self.record_id)

    def counts_at(self, level: str) -> bool:
        """Whether this is contact at ``level``."""
        return self.counts and level in self.levels


@dataclass(frozen=True)
class LevelStatus:
    """The computed status of one level of a twinning in a period."""

    level: str  # "municipal" or "civil"
    status: str  # "active", "new", "sporadic", "dormant" or "ended"
    contacts: int
    needed_for_active: int


def period_years(period: Period) -> float:
    """The period's length in years, to one decimal (leap days do not make a year longer)."""
    start, end = period
    return round(((end - start).days + 1) / 365.25, 1)


def needed_contacts(rules: Rules, period: Period) -> tuple[int, int]:
    """How many contacts make a twinning active, and how many sporadic, in ``period``."""
    sporadic = max(1, rules.status_sporadic_min)
    # The small epsilon keeps 4.0 x 1.0 from becoming 5 through float noise.
    per_year = math.ceil(rules.status_active_per_year * period_years(period) - 1e-9)
    return max(1, sporadic, per_year), sporadic


def new_years(rules: Rules) -> int:
    """For how many years before a period's last day a start makes a twinning new."""
    return max(0, rules.status_new_years)


def years_before(day: date, years: int) -> date:
    """The day after ``day`` minus ``years`` years: the first day of the last ``years`` years."""
    try:
        first = day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        first = day.replace(year=day.year - years, day=28)
    return first + timedelta(days=1)


def new_since(rules: Rules, period: Period) -> date:
    """The first day a twinning may have begun on and still be new in ``period``."""
    return min(period[0], years_before(period[1], new_years(rules)))


def started_on(start_date: date | None, contact_year: int | None) -> date | None:
    """The latest day a twinning may have begun: its formal start, else its contact year's end."""
    if start_date is not None:
        return start_date
    if contact_year is not None:
        return date(contact_year, 12, 31)
    return None


def is_new(began: date | None, period: Period, rules: Rules) -> bool:
    """Whether a twinning that began on ``began`` is new in ``period`` (unknown start: no)."""
    return began is not None and new_since(rules, period) <= began <= period[1]


def ended_in(
    period: Period,
    end_date: date | None,
    stored_status: str,
    last_sign: date | None,
) -> bool:
    """Whether the twinning had ended by the end of ``period``.

    With an end date: when it is on or before the period's last day (an end
    after the period means it was still running). Marked ended without a date:
    ended before any period that starts after its last recorded sign of life
    (or any period at all when nothing about it is recorded); a period that
    starts before that sign is judged on its contact like any other.
    """
    if end_date is not None:
        return end_date <= period[1]
    if stored_status != "ended":
        return False
    return last_sign is None or last_sign < period[0]


def classify(
    contacts: int,
    period: Period,
    rules: Rules,
    *,
    end_date: date | None = None,
    stored_status: str = "active",
    last_sign: date | None = None,
    new: bool = False,
) -> str:
    """The computed status of one level with ``contacts`` counted in ``period``."""
    if ended_in(period, end_date, stored_status, last_sign):
        return "ended"
    active, sporadic = needed_contacts(rules, period)
    if contacts >= active:
        return "active"
    if new:
        return "new"
    if contacts >= sporadic:
        return "sporadic"
    return "dormant"


def classify_levels(
    evidence: tuple[Evidence, ...],
    period: Period,
    rules: Rules,
    *,
    end_date: date | None,
    stored_status: str,
    last_sign: date | None,
    began: date | None,
) -> dict[str, LevelStatus]:
    """Both levels of a twinning from its evidence in ``period``."""
    needed, _ = needed_contacts(rules, period)
    new = is_new(began, period, rules)
    found = {}
    for level in LEVELS:
        contacts = sum(1 for e in evidence if e.counts_at(level))
        status = classify(
            contacts,
            period,
            rules,
            end_date=end_date,
            stored_status=stored_status,
            last_sign=last_sign,
            new=new,
        )
        found[level] = LevelStatus(level, status, contacts, needed)
    return found


def recent_period(years: int, today: date | None = None) -> Period:
    """The ``years`` years up to and including ``today``: the default period."""
    last = today or date.today()
    return years_before(last, years), last


def latest_day(when: date | int | None) -> date | None:
    """The latest day a piece of evidence may lie on (a year's last day for a bare year)."""
    if isinstance(when, int):
        return date(when, 12, 31)
    return when
