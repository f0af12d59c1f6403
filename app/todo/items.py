"""A to-do item, the kinds of items and how they are grouped and named."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.records import RecordRef

OVERDUE, DUE, UPCOMING = "overdue", "due", "upcoming"

# The kinds in the order the view shows them, with their group headings.
KINDS: dict[str, str] = {
    "home_town": QT_TRANSLATE_NOOP("Todo", "Home municipality"),
    "policy": QT_TRANSLATE_NOOP("Todo", "Governing documents to revise"),
    "agreement_review": QT_TRANSLATE_NOOP("Todo", "Agreements to review"),
    "agreement_end": QT_TRANSLATE_NOOP("Todo", "Agreements ending"),
    "agreement_action": QT_TRANSLATE_NOOP("Todo", "Agreement actions"),
    "trip_approval": QT_TRANSLATE_NOOP("Todo", "Trips to approve"),
    "trip_report_back": QT_TRANSLATE_NOOP("Todo", "Trips to report back"),
    "trip_unapproved": QT_TRANSLATE_NOOP("Todo", "Trips made without approval"),
    "yearly_report": QT_TRANSLATE_NOOP("Todo", "Yearly report of exchanges and trips"),
    "term_evaluation": QT_TRANSLATE_NOOP("Todo", "Twinnings to evaluate"),
    "twinning_no_activity": QT_TRANSLATE_NOOP("Todo", "Candidates for ending"),
    "hosting_follow_up": QT_TRANSLATE_NOOP("Todo", "Follow-up reports after hosting"),
    "hosting_upcoming": QT_TRANSLATE_NOOP("Todo", "Hosting ahead"),
    "grant_report": QT_TRANSLATE_NOOP("Todo", "Grant reports"),
    "person_disposal": QT_TRANSLATE_NOOP("Todo", "Personal data to dispose of"),
}

_STATES = {
    OVERDUE: QT_TRANSLATE_NOOP("Todo", "overdue"),
    DUE: QT_TRANSLATE_NOOP("Todo", "due"),
    UPCOMING: QT_TRANSLATE_NOOP("Todo", "upcoming"),
}


@dataclass(frozen=True)
class TodoItem:
    """One obligation of the municipality's rules that needs the coordinator now or soon.

    ``key`` names the obligation and stays the same from one day (and one
    export) to the next: it keys the done/snoozed marks and the calendar UID.
    ``ref`` is the record that opens on a double-click; ``context`` a second
    record it belongs to (the term of an evaluation, the agreement of an action).
    """

    key: str
    kind: str
    title: str
    due: date
    state: str  # overdue, due (today) or upcoming (within its lead time)
    ref: RecordRef | None
    appears_on: date
    detail: str = ""
    context: RecordRef | None = None

    @property
    def state_label(self) -> str:
        """The item's state in the current language ("försenad")."""
        return state_label(self.state)

    @property
    def kind_label(self) -> str:
        """The item's kind in the current language."""
        return kind_label(self.kind)


def state_of(due: date, today: date) -> str:
    """Overdue after the due day, due on it, upcoming before it."""
    if today > due:
        return OVERDUE
    if today == due:
        return DUE
    return UPCOMING


def appears_on(due: date, lead_days: int) -> date:
    """The first day an item is listed: its lead time before it falls due."""
    return due - timedelta(days=max(0, lead_days))


def state_label(state: str) -> str:
    """The state as the user reads it."""
    return translate("Todo", _STATES.get(state, state))


def kind_label(kind: str) -> str:
    """The heading of a kind's group."""
    return translate("Todo", KINDS.get(kind, kind))


def group_by_kind(items: Iterable[TodoItem]) -> list[tuple[str, list[TodoItem]]]:
    """Items grouped by kind in the view's order, each group sorted by due date; no empty groups."""
    groups: dict[str, list[TodoItem]] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    order = list(KINDS)
    ordered = sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k))
    return [(kind, sorted(groups[kind], key=sort_key)) for kind in ordered]


def sort_key(item: TodoItem) -> tuple[date, str]:
    """The order of the to-do list: by due date, then steadily by key."""
    return item.due, item.key


def format_line(item: TodoItem) -> str:
    """One line of the command line's list: due date, state and title."""
    return f"{item.due.isoformat()}  {item.state_label:<8}  {item.title}"
