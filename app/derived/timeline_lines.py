"""The lines of a history: an entry with its date as known, its text and its record, in order.

A line with only a year stands at the start of that year (a founding first,
then joinings and other beginnings, then events), or at its end when it tells
of a leaving or an ending. Texts are English source text through
``app.i18n.translate`` with %1 placeholders, so the Swedish translation can
order the words its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.dates import ApproxDate, written
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.services.records import RecordRef

# Where an entry stands among the entries of its year when it has no day of its own.
FOUNDING, BEGINNING, EVENT, ENDING = 0, 1, 2, 3


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a history: the year, the day when known, the text and its record."""

    year: int
    date: dt.date | None
    text: str
    source: RecordRef
    # The date as precisely as it is known, when it is less than a day ("1940-talet").
    known: ApproxDate | None = None

    def when(self) -> str:
        """The date as a history prints it: "1940-talet", "ca 1949", "1985", "2014-09-19"."""
        if self.known is not None:
            return written(self.known)
        return self.date.isoformat() if self.date is not None else str(self.year)


@dataclass(frozen=True)
class TimelineLine:
    """An entry with its rank among the undated entries of its year."""

    entry: TimelineEntry
    rank: int


def timeline_line(
    rank: int,
    year: int,
    day: dt.date | None,
    source: RecordRef,
    text: str,
    *values: str,
    known: ApproxDate | None = None,
) -> TimelineLine:
    """A line whose text is ``text`` translated, with %1, %2 … filled by ``values``."""
    return TimelineLine(
        TimelineEntry(year, day, fill(translate("Timeline", text), *values), source, known),
        rank,
    )


def when_known(known: ApproxDate) -> tuple[int, dt.date | None, ApproxDate | None]:
    """Year, day and the date as known for a line: only a known day is given as a day."""
    if known.precision == "day" and not known.approximate:
        return known.year, known.earliest, None
    return known.year, None, known


def _sort_key(line: TimelineLine) -> tuple[int, dt.date, int, str]:
    # Dated lines go by their day; a line with only a year stands at the year's
    # start, or at its end when it tells of an ending.
    year = line.entry.year
    day = line.entry.date
    if day is None:
        day = dt.date(year, 12, 31) if line.rank == ENDING else dt.date(year, 1, 1)
    return year, day, line.rank, line.entry.text


def in_order(lines: list[TimelineLine]) -> list[TimelineEntry]:
    """The entries of ``lines`` in the order a history reads (see the module)."""
    return [line.entry for line in sorted(lines, key=_sort_key)]


def not_found(kind: str, record_id: int) -> RecordNotFound:
    """The refusal for a record that no longer exists, in one sentence."""
    return RecordNotFound(spec_for(kind).sentence("not_found"), kind, record_id)
