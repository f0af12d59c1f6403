"""The line a record's form shows about its reminders: "Reminder from 2027-07-05".

The coordinator sees on the agreement, the governing document or the trip
itself when the to-do list will bring it up, and why, without opening the list.
"""

from __future__ import annotations

from datetime import date

from app.formatting import format_date
from app.i18n import translate
from app.todo.collect import record_items
from app.todo.items import kind_label
from db.session import Database


def reminder_lines(db: Database, kind: str, record_id: int, today: date) -> list[str]:
    """One sentence per reminder of the record: when it appears (or appeared) and what for."""
    lines = []
    for item in record_items(db, kind, record_id):
        if item.appears_on > today:
            text = translate("Todo", "Reminder from %1: %2")
        else:
            text = translate("Todo", "On the to-do list since %1: %2")
        lines.append(
            text.replace("%2", kind_label(item.kind).lower()).replace(
                "%1", format_date(item.appears_on)
            )
        )
    return lines
