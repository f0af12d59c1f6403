"""The to-do list as an iCalendar file (RFC 5545), written with the ``icalendar`` library.

Each due item becomes an all-day event on its due date, so that it shows in
Outlook, Thunderbird or a phone calendar next to the coordinator's meetings.
The caller gives every item a stable UID built from the obligation behind it
(for example ``policy-12-revise@vanort``): importing a fresh export then
updates the events already in the calendar instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icalendar import Alarm, Event

PRODUCT_ID = "-//Vanort//Vanort to-do list//EN"

# A URI starts with a scheme ("https:", "mailto:", "vanort:"); anything else is a
# reference that only the program understands and goes into an extension property.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+")

# TEXT may hold any character except controls (HTAB allowed); line breaks are
# made plain newlines first, the remaining controls would make the file unreadable
# to some clients.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Reminders fire at nine in the morning rather than at midnight.
_REMINDER_HOUR = 9


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One due obligation of the to-do list, as it appears in a calendar."""

    uid: str
    summary: str
    description: str
    due: dt.date
    url_or_ref: str | None = None
    categories: tuple[str, ...] = ()


def plain_text(value: str) -> str:
    """``value`` with its line breaks as ``\\n`` and the control characters dropped.

    The library escapes backslashes, commas, semicolons and newlines (RFC 5545
    3.3.11); a lone carriage return or another control would still make the
    file unreadable to some clients, so those are settled here first.
    """
    return _CONTROLS.sub("", _LINE_BREAK.sub("\n", value))


def to_ics(
    items: Iterable[CalendarItem],
    *,
    calendar_name: str,
    now: dt.datetime | None = None,
    remind_days_before: int | None = 1,
) -> str:
    """Return the calendar text (CRLF line ends) with one all-day event per item.

    ``now`` is the DTSTAMP of every event (a naive value is taken as UTC); it
    defaults to the current time. ``remind_days_before`` adds a display alarm at
    09:00 that many days before the due date; ``None`` leaves alarms out.
    Events are ordered by due date and UID so that two exports of the same items
    are identical apart from their time stamps.

    Raises ValueError for an empty or repeated UID, or a negative reminder.
    """
    ordered = sorted(items, key=lambda item: (item.due, item.uid))
    _check_uids(ordered)
    if remind_days_before is not None and remind_days_before < 0:
        raise ValueError("remind_days_before must be zero or more")
    stamp = _utc(now if now is not None else dt.datetime.now(dt.UTC))

    # Imported here: the library takes about 70 ms to load, and the window
    # needs it only when she exports the calendar.
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", plain_text(calendar_name))
    for item in ordered:
        calendar.add_component(_event(item, stamp, remind_days_before))
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")


def write_ics(
    items: Iterable[CalendarItem],
    path: str | os.PathLike[str],
    *,
    calendar_name: str,
    now: dt.datetime | None = None,
    remind_days_before: int | None = 1,
) -> None:
    """Write the calendar of ``items`` to ``path``, replacing any file there in one step.

    The text goes to a temporary file in the same folder first and is moved over
    the target only when complete, so a failed export never leaves half a
    calendar where an earlier, whole one was.
    """
    data = to_ics(
        items,
        calendar_name=calendar_name,
        now=now,
        remind_days_before=remind_days_before,
    ).encode("utf-8")
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _check_uids(items: list[CalendarItem]) -> None:
    # Calendar programs merge events by UID; two events sharing one would
    # silently overwrite each other on import.
    seen: set[str] = set()
    for item in items:
        if not item.uid.strip():
            raise ValueError(f"calendar item {item.summary!r} has no UID")
        if item.uid in seen:
            raise ValueError(f"calendar UID {item.uid!r} is used twice")
        seen.add(item.uid)


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _event(item: CalendarItem, stamp: dt.datetime, remind_days_before: int | None) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", plain_text(item.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due)
    # DTEND of an all-day event is exclusive: the day after.
    event.add("dtend", item.due + dt.timedelta(days=1))
    event.add("summary", plain_text(item.summary))
    if item.description:
        event.add("description", plain_text(item.description))
    categories = [plain_text(name) for name in item.categories if name.strip()]
    if categories:
        event.add("categories", categories)
    if item.url_or_ref:
        if _URI.fullmatch(item.url_or_ref):
            event.add("url", item.url_or_ref)
        else:
            event.add("x-vanort-ref", plain_text(item.url_or_ref))
    # A due date should not show the day as busy.
    event.add("transp", "TRANSPARENT")
    if remind_days_before is not None:
        event.add_component(_alarm(item, remind_days_before))
    return event


def _alarm(item: CalendarItem, days_before: int) -> Alarm:
    # The trigger is relative to the start of the due day (00:00); going back
    # whole days and then forward to 09:00 keeps the reminder in office hours.
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", dt.timedelta(hours=_REMINDER_HOUR - days_before * 24))
    alarm.add("description", plain_text(item.summary))
    return alarm
