"""The to-do list: what the municipality's rules ask of the coordinator, and when.

``todo_items(db, today)`` lists every obligation whose lead time has
begun (DESIGN.md section 4); ``mark_done``, ``snooze`` and ``reopen`` record
what the coordinator did with one; ``export_ics`` writes them as a calendar.
"""

from __future__ import annotations

from app.todo.calendar import export_ics, uid_of
from app.todo.collect import todo_items
from app.todo.items import (
    DUE,
    KINDS,
    OVERDUE,
    UPCOMING,
    TodoItem,
    format_line,
    group_by_kind,
    kind_label,
    state_label,
)
from app.todo.reminders import mark_done, reopen, snooze

__all__ = [
    "DUE",
    "KINDS",
    "OVERDUE",
    "UPCOMING",
    "TodoItem",
    "export_ics",
    "format_line",
    "group_by_kind",
    "kind_label",
    "mark_done",
    "reopen",
    "snooze",
    "state_label",
    "todo_items",
    "uid_of",
]
