"""The to-do list as an iCalendar file (RFC 5545), written without third-party code.

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PRODUCT_ID = "-//Vanort//Vanort to-do list//EN"

# RFC 5545 3.1: a content line should be no longer than 75 octets, CRLF excluded.
_MAX_LINE_OCTETS = 75
_CRLF = "\r\n"

# A URI starts with a scheme ("https:", "mailto:", "vanort:"); anything else is a
# reference that only the program understands and goes into an extension property.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+")

# TEXT may hold any character except controls (HTAB allowed); line breaks are
# escaped first, the remaining controls would make the file unreadable to some clients.
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


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = _LINE_BREAK.sub("\\\\n", value)
    return _CONTROLS.sub("", value)


def fold_line(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, each ending in CRLF.

    Octets are counted in UTF-8 and a character is never split, so every physical
    line is valid UTF-8 on its own; continuation lines start with a single space.
    """
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    limit = _MAX_LINE_OCTETS
    for char in line:
        size = len(char.encode("utf-8"))
        if used + size > limit:
            pieces.append("".join(current))
            # The leading space of a continuation line counts towards its 75 octets.
            current, used, limit = [" "], 1, _MAX_LINE_OCTETS
        current.append(char)
        used += size
    pieces.append("".join(current))
    return "".join(piece + _CRLF for piece in pieces)


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
    stamp = _utc_stamp(now if now is not None else dt.datetime.now(dt.UTC))

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for item in ordered:
        lines.extend(_event_lines(item, stamp, remind_days_before))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) for line in lines)


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


def _utc_stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _date_value(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _event_lines(item: CalendarItem, stamp: str, remind_days_before: int | None) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{escape_text(item.uid)}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{_date_value(item.due)}"
    # DTEND of an all-day event is exclusive: the day after.
    yield f"DTEND;VALUE=DATE:{_date_value(item.due + dt.timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(item.summary)}"
    if item.description:
        yield f"DESCRIPTION:{escape_text(item.description)}"
    categories = [escape_text(name) for name in item.categories if name.strip()]
    if categories:
        yield f"CATEGORIES:{','.join(categories)}"
    if item.url_or_ref:
        if _URI.fullmatch(item.url_or_ref):
            yield f"URL:{item.url_or_ref}"
        else:
            yield f"X-VANORT-REF:{escape_text(item.url_or_ref)}"
    # A due date should not show the day as busy.
    yield "TRANSP:TRANSPARENT"
    if remind_days_before is not None:
        yield from _alarm_lines(item, remind_days_before)
    yield "END:VEVENT"


def _alarm_lines(item: CalendarItem, days_before: int) -> Iterator[str]:
    # The trigger is relative to the start of the due day (00:00); going back
    # whole days and then forward to 09:00 keeps the reminder in office hours.
    hours_before = days_before * 24 - _REMINDER_HOUR
    trigger = f"-PT{hours_before}H" if hours_before > 0 else f"PT{-hours_before}H"
    yield "BEGIN:VALARM"
    yield "ACTION:DISPLAY"
    yield f"TRIGGER:{trigger}"
    yield f"DESCRIPTION:{escape_text(item.summary)}"
    yield "END:VALARM"
