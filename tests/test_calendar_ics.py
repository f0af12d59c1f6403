"""The to-do list's .ics export: read back by an independent parser, and byte rules of RFC 5545."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from app.calendar_ics import CalendarItem, to_ics, write_ics

STAMP = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

# 300 characters of Swedish prose with commas, a semicolon and line breaks: a long
# description must fold over many lines and come back whole.
LONG_DESCRIPTION = (
    "Styrdokumentet för vänortsarbetet ska revideras före årsskiftet; "
    "kommunstyrelsen beslutar.\n"
    "Underlag: kartläggningen av vänorterna, Föreningen Nordens årsberättelse, "
    "reserapporterna från Herning, Lich och Omaruru.\n"
    "Ansvarig: internationell samordnare, Vänersborgs kommun. Åtgärd: skicka "
    "förslaget till presidiet."
)


def sample_items() -> list[CalendarItem]:
    return [
        CalendarItem(
            uid="policy-12-revise@vanort",
            summary="Revidera policy för vänortsarbete",
            description=LONG_DESCRIPTION,
            due=dt.date(2026, 12, 31),
            url_or_ref="https://www.vanersborg.se/policy?id=12&del=2,3",
            categories=("Styrdokument", "Kommunstyrelsen"),
        ),
        CalendarItem(
            uid="trip-7-report-back@vanort",
            summary="Återrapport: resa till Siglufjörður, Eiði och Łódź; budget 12 500 kr",
            description="Syfte, mål och resultat.\r\nKostnad över 10 000 kr.",
            due=dt.date(2027, 2, 28),
            url_or_ref="Resa 7",
            categories=("Resa, utland", "Återrapport; KS"),
        ),
        CalendarItem(
            uid="grant-3-report@vanort",
            summary="Bidragsredovisning",
            description="",
            due=dt.date(2027, 1, 15),
            url_or_ref=None,
            categories=(),
        ),
    ]


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text.encode("utf-8"))


def events_by_uid(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_field_round_trips_through_an_independent_parser() -> None:
    """SUMMARY, DESCRIPTION, CATEGORIES, URL and dates read back as written, Swedish included."""
    calendar = parse(to_ics(sample_items(), calendar_name="Vänort – att göra", now=STAMP))

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Vänort – att göra"

    events = events_by_uid(calendar)
    assert set(events) == {
        "policy-12-revise@vanort",
        "trip-7-report-back@vanort",
        "grant-3-report@vanort",
    }

    policy = events["policy-12-revise@vanort"]
    assert str(policy["SUMMARY"]) == "Revidera policy för vänortsarbete"
    assert str(policy["DESCRIPTION"]) == LONG_DESCRIPTION
    assert len(LONG_DESCRIPTION) >= 300
    assert [str(name) for name in policy["CATEGORIES"].cats] == [
        "Styrdokument",
        "Kommunstyrelsen",
    ]
    assert str(policy["URL"]) == "https://www.vanersborg.se/policy?id=12&del=2,3"
    assert policy.decoded("DTSTART") == dt.date(2026, 12, 31)
    assert policy.decoded("DTEND") == dt.date(2027, 1, 1)

    trip = events["trip-7-report-back@vanort"]
    assert str(trip["SUMMARY"]) == (
        "Återrapport: resa till Siglufjörður, Eiði och Łódź; budget 12 500 kr"
    )
    # Windows line breaks come back as plain newlines; the text is otherwise intact.
    assert str(trip["DESCRIPTION"]) == "Syfte, mål och resultat.\nKostnad över 10 000 kr."
    assert [str(name) for name in trip["CATEGORIES"].cats] == ["Resa, utland", "Återrapport; KS"]
    assert str(trip["X-VANORT-REF"]) == "Resa 7"
    assert "URL" not in trip
    assert trip.decoded("DTSTART") == dt.date(2027, 2, 28)
    assert trip.decoded("DTEND") == dt.date(2027, 3, 1)

    grant = events["grant-3-report@vanort"]
    assert "CATEGORIES" not in grant
    assert "URL" not in grant
    assert grant.decoded("DTSTART") == dt.date(2027, 1, 15)


def test_events_are_all_day_dates_with_a_utc_stamp() -> None:
    """DTSTART/DTEND are DATE values (not times) and DTSTAMP is the given moment in UTC."""
    text = to_ics(sample_items(), calendar_name="Att göra", now=STAMP)
    assert "DTSTART;VALUE=DATE:20261231\r\n" in text
    assert "DTEND;VALUE=DATE:20270101\r\n" in text
    for event in parse(text).walk("VEVENT"):
        assert type(event.decoded("DTSTART")) is dt.date
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.UTC)
    assert text.count("DTSTAMP:20261122T083000Z\r\n") == 3


def test_special_characters_are_escaped_in_the_raw_text() -> None:
    """Commas, semicolons, backslashes and newlines are escaped as RFC 5545 asks."""
    item = CalendarItem(
        uid="x@vanort",
        summary="a,b;c\\d",
        description="rad ett\nrad två",
        due=dt.date(2026, 1, 2),
        url_or_ref=None,
        categories=("e,f",),
    )
    text = to_ics([item], calendar_name="K", now=STAMP, remind_days_before=None)
    assert "SUMMARY:a\\,b\\;c\\\\d\r\n" in text
    assert "DESCRIPTION:rad ett\\nrad två\r\n" in text
    assert "CATEGORIES:e\\,f\r\n" in text
    event = parse(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "a,b;c\\d"


def test_physical_lines_are_at_most_75_octets_and_end_in_crlf() -> None:
    """Folding counts UTF-8 bytes, never cuts a character, and every line ends with CRLF."""
    text = to_ics(sample_items(), calendar_name="Vänort – att göra", now=STAMP)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    physical = raw.split(b"\r\n")[:-1]
    assert len(physical) > 30
    for line in physical:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line
        line.decode("utf-8")  # a split multi-byte character would fail here
    # The long description needs several continuation lines, each starting with one space.
    continuations = [line for line in physical if line.startswith(b" ")]
    assert len(continuations) >= 4


def test_folding_at_a_multibyte_boundary() -> None:
    """A run of two-byte letters folds at 74 octets rather than splitting the 38th letter."""
    item = CalendarItem(
        uid="u@vanort",
        summary="ö" * 40,
        description="",
        due=dt.date(2026, 3, 1),
        url_or_ref=None,
        categories=(),
    )
    text = to_ics([item], calendar_name="K", now=STAMP, remind_days_before=None)
    # "SUMMARY:" is 8 octets; 33 letters fill 74 octets, a 34th would make 76.
    assert ("SUMMARY:" + "ö" * 33 + "\r\n " + "ö" * 7 + "\r\n") in text
    assert str(parse(text).walk("VEVENT")[0]["SUMMARY"]) == "ö" * 40


def test_a_second_export_keeps_the_uids(tmp_path: Path) -> None:
    """Exporting the same items twice gives the same UIDs, so calendars update, not double."""
    first = tmp_path / "first.ics"
    second = tmp_path / "second.ics"
    write_ics(sample_items(), first, calendar_name="Att göra", now=STAMP)
    write_ics(
        list(reversed(sample_items())),
        second,
        calendar_name="Att göra",
        now=STAMP + dt.timedelta(days=3),
    )
    uids_first = [str(e["UID"]) for e in parse(first.read_text("utf-8")).walk("VEVENT")]
    uids_second = [str(e["UID"]) for e in parse(second.read_text("utf-8")).walk("VEVENT")]
    assert uids_first == uids_second
    assert sorted(uids_first) == sorted(item.uid for item in sample_items())


def test_alarm_is_a_display_reminder_the_morning_before() -> None:
    """The default alarm shows a message at 09:00 the day before the due date."""
    text = to_ics(sample_items()[:1], calendar_name="K", now=STAMP)
    alarms = parse(text).walk("VALARM")
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == -dt.timedelta(hours=15)
    assert str(alarms[0]["DESCRIPTION"]) == "Revidera policy för vänortsarbete"

    without = to_ics(sample_items()[:1], calendar_name="K", now=STAMP, remind_days_before=None)
    assert "BEGIN:VALARM" not in without


def test_write_replaces_the_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    """An export over an older one replaces it whole; nothing else is left in the folder."""
    target = tmp_path / "att-gora.ics"
    target.write_bytes(b"old calendar")
    write_ics(sample_items(), target, calendar_name="Att göra", now=STAMP)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["att-gora.ics"]


def test_repeated_uid_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    """Two items with one UID would overwrite each other in a calendar; nothing is written."""
    target = tmp_path / "att-gora.ics"
    target.write_bytes(b"old calendar")
    items = [*sample_items(), sample_items()[0]]
    with pytest.raises(ValueError, match="policy-12-revise@vanort"):
        write_ics(items, target, calendar_name="Att göra", now=STAMP)
    assert target.read_bytes() == b"old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["att-gora.ics"]


def test_empty_uid_is_refused() -> None:
    """An item without a UID cannot be updated by a later export, so it is refused."""
    item = CalendarItem(
        uid=" ",
        summary="Utan id",
        description="",
        due=dt.date(2026, 1, 1),
        url_or_ref=None,
        categories=(),
    )
    with pytest.raises(ValueError):
        to_ics([item], calendar_name="K", now=STAMP)


def test_empty_calendar_is_still_a_valid_calendar() -> None:
    """With nothing due, the file is a calendar without events that parsers accept."""
    calendar = parse(to_ics([], calendar_name="Inget att göra", now=STAMP))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["X-WR-CALNAME"]) == "Inget att göra"
