"""The sentences that state the status rule and each twinning's status with its grounds.

Every report that shows a status prints :func:`rule_sentence` once, and for each
twinning :func:`status_line` (or all at once, :func:`status_lines`): the status shown at each level (the coordinator's
judgement first), the computed one beside it only where it differs, and one
sentence of grounds. :func:`evidence_lines` gives the full evidence for an
appendix. Every text is a whole translated sentence with %-placeholders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app import vocabulary
from app.derived.status import (
    CIVIL,
    MUNICIPAL,
    Evidence,
    Period,
    TwinningStatus,
    statuses,
)
from app.derived.status_rule import needed_contacts, new_years
from app.formatting import group_digits
from app.i18n import Context, translate
from app.rules import Rules
from db.session import Database

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Status = Context("Status")


@dataclass(frozen=True)
class StatusLine:
    """One line of a compact status table: a twinning's status at each level and why."""

    twinning_id: int
    municipal: str  # the status shown at the municipal level: her judgement wins
    municipal_computed: str | None  # the computed status, only where her judgement differs
    civil: str
    ground: str  # one sentence
    judged: bool  # the coordinator has judged the status
    reason: str | None  # her reason, as she wrote it

    def municipal_text(self) -> str:
        """ "vilande" or, where the computed status differs, "vilande (beräknad: aktiv)"."""
        return shown_text(self.municipal, self.municipal_computed)

    def civil_text(self) -> str:
        """The civil level's status as a label."""
        return vocabulary.label(self.civil)


def _fill(text: str, *values: str) -> str:
    # Highest placeholder first, so %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def period_text(period: Period) -> str:
    """ "2022-11-23 – 2026-11-22"."""
    return f"{period[0].isoformat()} – {period[1].isoformat()}"


def _number_words() -> dict[int, str]:
    # Swedish writes small numbers in words in running text ("de senaste fyra åren").
    return {
        2: translate("Reports", "two"),
        3: translate("Reports", "three"),
        4: translate("Reports", "four"),
        5: translate("Reports", "five"),
        6: translate("Reports", "six"),
        7: translate("Reports", "seven"),
        8: translate("Reports", "eight"),
        9: translate("Reports", "nine"),
        10: translate("Reports", "ten"),
        11: translate("Reports", "eleven"),
        12: translate("Reports", "twelve"),
    }


def last_years_words(years: int) -> str:
    """ "de senaste fem åren", "det senaste året": small numbers in words, as Swedish writes."""
    if years == 1:
        return translate("Reports", "the last year")
    word = _number_words().get(years, group_digits(years))
    return translate("Reports", "the last %1 years").replace("%1", word)


def period_words(period: Period, recent_years: int | None = None) -> str:
    """A status period as its reader knows it, to follow "in" or "for" in a sentence.

    ``recent_years`` says the period is the last so many years up to the day the text
    speaks from: "de senaste fyra åren", "det senaste året". Else whole calendar years
    read as years ("2011–2014", "2014") and any other span as its first and last day.
    """
    if recent_years is not None and recent_years >= 1:
        return last_years_words(recent_years)
    first, last = period
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        if first.year == last.year:
            return str(first.year)
        return f"{first.year}–{last.year}"
    return period_text(period)


def level_label(level: str) -> str:
    """ "kommunal nivå" or "civil nivå"."""
    if level == MUNICIPAL:
        return translate("Status", "municipal level")
    return translate("Status", "civil level")


def shown_text(shown: str, computed: str | None) -> str:
    """The shown status, with the computed one beside it labelled as computed."""
    if computed is None or computed == shown:
        return vocabulary.label(shown)
    return _fill(
        translate("Status", "%1 (computed: %2)"),
        vocabulary.label(shown),
        vocabulary.label(computed),
    )


def with_days(period: Period, words: str) -> str:
    """``words`` naming ``period`` with its days after them in brackets ("de senaste fyra åren
    (2010-08-30 – 2014-08-29)"), for the one place a text gives the days; words that are
    already the period's years or days ("2011–2014"), or none, give those alone."""
    plain = period_words(period)
    return plain if not words or words == plain else f"{words} ({period_text(period)})"


def rule_sentence(rules: Rules, period: Period, period_words: str | None = None) -> str:
    """The rule and the period a report's statuses rest on, in one plain sentence.

    ``period_words`` names the period as the report's reader knows it ("the term",
    "2011–2014"); without it the period is its first and last day. The counts are
    counted phrases ("minst 1 kontakt", "de senaste fem åren"), never "1 kontakter".
    """
    active, sporadic = needed_contacts(rules, period)
    years_new = new_years(rules)
    if years_new:
        template = translate(
            "Status",
            "Each twinning's status is judged per level for %1: the municipal level counts "
            "trips, activities the municipality took part in, agreement actions and decisions, "
            "the civil level the activities of associations and schools and the chain meetings; "
            "a level is active with at least %2, sporadic with at least %3, dormant with none, "
            "and new if the twinning began within %4; the coordinator's judgement is shown first.",
        )
    else:  # the rule counts no twinning as new
        template = translate(
            "Status",
            "Each twinning's status is judged per level for %1: the municipal level counts "
            "trips, activities the municipality took part in, agreement actions and decisions, "
            "the civil level the activities of associations and schools and the chain meetings; "
            "a level is active with at least %2, sporadic with at least %3 and dormant with none; "
            "the coordinator's judgement is shown first.",
        )
    return _fill(
        template,
        period_words or period_text(period),
        Status.tr("%n contact(s)", "", active),
        Status.tr("%n contact(s)", "", sporadic),
        last_years_words(years_new) if years_new else "",
    )


def _contacts(number: int) -> str:
    # None in words: a board reads "inga kontakter på civil nivå", not "0 kontakter".
    if number == 0:
        return translate("Status", "no contacts")
    return Status.tr("%n contact(s)", "", number)


def ground_sentence(status: TwinningStatus, period_words: str | None = None) -> str:
    """Why the computed status is what it is, in one sentence (the period named as in
    :func:`rule_sentence`)."""
    period = period_words or period_text(status.period)
    if status.derived == "ended":
        return translate("Status", "The twinning had ended by the end of the period.")
    if status.all_contacts == 0 and status.derived != "new":
        return _fill(translate("Status", "No contact is recorded at any level in %1."), period)
    municipal, civil = _contacts(status.contacts), _contacts(status.civil_contacts)
    needed = str(status.needed_for_active)
    if status.derived == "new" and status.began is not None:
        return _fill(
            translate(
                "Status",
                "Begun %1, recently enough to count as new; %2 at the municipal level and %3 at "
                "the civil level in %4.",
            ),
            _began(status.began),
            municipal,
            civil,
            period,
        )
    return _fill(
        translate(
            "Status",
            "%1 at the municipal level and %2 at the civil level in %3; %4 make a level active.",
        ),
        municipal,
        civil,
        period,
        needed,
    )


def _began(day: date) -> str:
    # A start known only by its contact year is stored as that year's last day.
    if day.month == 12 and day.day == 31:
        return str(day.year)
    return day.isoformat()


def status_line(status: TwinningStatus, period_words: str | None = None) -> StatusLine:
    """The compact line of a twinning: status per level, her judgement first, one ground
    (the period named as in :func:`rule_sentence`)."""
    return StatusLine(
        twinning_id=status.twinning_id,
        municipal=status.shown(MUNICIPAL),
        municipal_computed=status.computed_beside(MUNICIPAL),
        civil=status.shown(CIVIL),
        ground=ground_sentence(status, period_words),
        judged=status.override is not None,
        reason=status.override_reason,
    )


def evidence_line(evidence: Evidence) -> str:
    """One item of evidence with its date and the levels it counts at."""
    when = evidence.date_or_year
    text = f"{when} {evidence.label}" if when is not None else evidence.label
    if not evidence.counts or not evidence.levels:
        return _fill(translate("Status", "%1 (not counted as contact)"), text)
    if evidence.levels == frozenset({MUNICIPAL}):
        return _fill(translate("Status", "%1 (municipal level)"), text)
    if evidence.levels == frozenset({CIVIL}):
        return _fill(translate("Status", "%1 (civil level)"), text)
    return _fill(translate("Status", "%1 (municipal and civil level)"), text)


def evidence_lines(status: TwinningStatus) -> list[str]:
    """The full evidence of a twinning's status, oldest first, for an appendix."""
    return [evidence_line(e) for e in status.evidence]


def status_lines(
    db: Database,
    period: Period | None = None,
    twinning_ids: Sequence[int] | None = None,
    *,
    rules: Rules | None = None,
) -> dict[int, StatusLine]:
    """The compact status table: one line per twinning, keyed by twinning id.

    The same arguments as :func:`app.derived.status.statuses`; the full
    evidence of a twinning is :func:`evidence_lines` of its status.
    """
    return {
        tid: status_line(found)
        for tid, found in statuses(db, period, twinning_ids, rules=rules).items()
    }
