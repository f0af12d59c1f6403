"""The to-do list as an .ics calendar for Outlook, with one stable UID per obligation."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable

from app.calendar_ics import CalendarItem, write_ics
from app.i18n import translate
from app.todo.items import TodoItem

UID_DOMAIN = "vanort"


def uid_of(item: TodoItem) -> str:
    """The calendar UID of an item: its key, so a new export updates the same event."""
    return f"{item.key}@{UID_DOMAIN}"


def calendar_item(item: TodoItem) -> CalendarItem:
    """One all-day event on the item's due date."""
    reference = f"{item.ref.kind}/{item.ref.id}" if item.ref is not None else None
    return CalendarItem(
        uid=uid_of(item),
        summary=item.title,
        description=item.detail,
        due=item.due,
        url_or_ref=reference,
        categories=(item.kind_label,),
    )


def export_ics(
    items: Iterable[TodoItem],
    path: str | os.PathLike[str],
    *,
    now: dt.datetime | None = None,
    remind_days_before: int | None = 1,
) -> int:
    """Write ``items`` to the calendar file ``path`` (replaced whole); returns how many.

    Raises OSError when the file cannot be written.
    """
    events = [calendar_item(item) for item in items]
    write_ics(
        events,
        path,
        calendar_name=translate("Todo", "Vänort to-do list"),
        now=now,
        remind_days_before=remind_days_before,
    )
    return len(events)
