"""A date known only as precisely as the sources know it: a day, a month, a season,
a year, a decade or part of one, perhaps only approximately ("ca 1949").

The value keeps the earliest and the latest day it can mean, so the rules compare
by those and lists sort by the earliest ("1940-talet" sorts at 1940). It is
stored as EDTF text (the Library of Congress Extended Date/Time Format, taken
into ISO 8601-2), beside a plain date or year column holding the earliest day so
that SQL ordering and the existing queries keep working.

The EDTF forms used, and nothing else:

    1949-03-05   a day            1949        a year
    2014-03      a month          194X        a decade
    2014-21      a season (21 spring, 22 summer, 23 autumn, 24 winter)
    1947/1949    part of a decade (early 0-3, mid 4-6, late 7-9), as an interval

Each takes "~" for approximate ("1949~", "1947~/1949~").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.dates.wording import written

Precision = Literal["day", "month", "season", "year", "decade"]
Season = Literal["spring", "summer", "autumn", "winter"]
DecadePart = Literal["early", "mid", "late"]

YEAR_MIN, YEAR_MAX = 1000, 2999

# EDTF season codes; Swedish seasons by month: spring March-May, summer June-August,
# autumn September-November, winter December (of the year before) to February.
SEASON_CODES: dict[Season, int] = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
_SEASON_MONTHS: dict[Season, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (12, 2),
}
# The years of a decade each part covers, counted from the decade's first year.
DECADE_PARTS: dict[DecadePart, tuple[int, int]] = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}

_EDTF_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(~?)$")
_EDTF_MONTH = re.compile(r"^(\d{4})-(\d{2})(~?)$")
_EDTF_YEAR = re.compile(r"^(\d{4})(~?)$")
_EDTF_DECADE = re.compile(r"^(\d{3})X(~?)$")
_EDTF_PART = re.compile(r"^(\d{4})(~?)/(\d{4})(~?)$")


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class ApproxDate:
    """A date as precisely as it is known.

    Ordered by its earliest, then its latest possible day, so a decade sorts at its
    start and before the years inside it. Build one with the class methods, by
    parsing what a person wrote (``app.dates.parse_written``) or from stored EDTF
    (``ApproxDate.from_edtf``).
    """

    earliest: date
    latest: date
    precision: Precision
    approximate: bool = False
    season: Season | None = None
    part: DecadePart | None = None

    # ------------------------------------------------------------ building

    @classmethod
    def of_day(cls, day: date, *, approximate: bool = False) -> ApproxDate:
        """One known day."""
        return cls(day, day, "day", approximate)

    @classmethod
    def of_month(cls, year: int, month: int, *, approximate: bool = False) -> ApproxDate:
        """A month of a year ("mars 2014")."""
        return cls(date(year, month, 1), _last_day(year, month), "month", approximate)

    @classmethod
    def of_season(cls, year: int, season: Season, *, approximate: bool = False) -> ApproxDate:
        """A season of a year; winter 2014 runs from December 2013 to February 2014."""
        first, last = _SEASON_MONTHS[season]
        start_year = year - 1 if season == "winter" else year
        return cls(date(start_year, first, 1), _last_day(year, last), "season", approximate, season)

    @classmethod
    def of_year(cls, year: int, *, approximate: bool = False) -> ApproxDate:
        """A whole year ("1985")."""
        return cls(date(year, 1, 1), date(year, 12, 31), "year", approximate)

    @classmethod
    def of_decade(
        cls, first_year: int, part: DecadePart | None = None, *, approximate: bool = False
    ) -> ApproxDate:
        """A decade ("1940-talet") or its early, middle or late part; ``first_year`` is 1940."""
        if first_year % 10:
            raise ValueError(f"a decade starts in a year ending in 0, not {first_year}")
        low, high = DECADE_PARTS[part] if part else (0, 9)
        return cls(
            date(first_year + low, 1, 1),
            date(first_year + high, 12, 31),
            "decade",
            approximate,
            None,
            part,
        )

    # ------------------------------------------------------------ reading

    @property
    def year(self) -> int:
        """The year it is counted to: the season's own year for a winter, else the earliest."""
        return self.latest.year if self.season == "winter" else self.earliest.year

    @property
    def decade(self) -> int:
        """The first year of its decade (1940 for "i slutet av 1940-talet")."""
        return self.earliest.year - self.earliest.year % 10

    def contains(self, day: date) -> bool:
        """True when ``day`` is one of the days it can mean."""
        return self.earliest <= day <= self.latest

    # ------------------------------------------------------------ stored form

    def edtf(self) -> str:
        """The stored text: EDTF (ISO 8601-2), see the module."""
        mark = "~" if self.approximate else ""
        if self.precision == "day":
            return self.earliest.isoformat() + mark
        if self.precision == "month":
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}{mark}"
        if self.precision == "season" and self.season is not None:
            return f"{self.year:04d}-{SEASON_CODES[self.season]}{mark}"
        if self.precision == "year":
            return f"{self.earliest.year:04d}{mark}"
        if self.part is not None:
            return f"{self.earliest.year:04d}{mark}/{self.latest.year:04d}{mark}"
        return f"{self.decade // 10:03d}X{mark}"

    @classmethod
    def from_edtf(cls, text: str) -> ApproxDate:
        """The value of stored EDTF text; ValueError for any other form."""
        written = text.strip()
        if found := _EDTF_DAY.match(written):
            day = date(int(found[1]), int(found[2]), int(found[3]))
            return cls.of_day(day, approximate=bool(found[4]))
        if found := _EDTF_MONTH.match(written):
            year, code, approximate = int(found[1]), int(found[2]), bool(found[3])
            if 1 <= code <= 12:
                return cls.of_month(year, code, approximate=approximate)
            for season, season_code in SEASON_CODES.items():
                if code == season_code:
                    return cls.of_season(year, season, approximate=approximate)
            raise ValueError(f"not a month or season: {text!r}")
        if found := _EDTF_YEAR.match(written):
            return cls.of_year(int(found[1]), approximate=bool(found[2]))
        if found := _EDTF_DECADE.match(written):
            return cls.of_decade(int(found[1]) * 10, approximate=bool(found[2]))
        if found := _EDTF_PART.match(written):
            first, last = int(found[1]), int(found[3])
            for part, (low, high) in DECADE_PARTS.items():
                decade = first - first % 10
                if (first - decade, last - decade) == (low, high):
                    return cls.of_decade(decade, part, approximate=bool(found[2] or found[4]))
        raise ValueError(f"not a date form this program stores: {text!r}")

    def __repr__(self) -> str:
        """The date as its EDTF text, for logs and test failures."""
        return f"ApproxDate({self.edtf()!r})"

    def __str__(self) -> str:
        """As a person writes it, in the current language ("i slutet av 1940-talet")."""
        return written(self)


def known_date(column: date | int | None, stored: str | None) -> ApproxDate | None:
    """The value of a date column and its EDTF companion column.

    A database of the first schema has only the column: a date there is a day,
    a number a year. If the companion disagrees with the column (someone changed
    the column alone), the column wins: it is what every query has been reading.
    """
    if column is None:
        return None
    plain = ApproxDate.of_year(column) if isinstance(column, int) else ApproxDate.of_day(column)
    if not stored:
        return plain
    try:
        value = ApproxDate.from_edtf(stored)
    except ValueError:
        return plain
    if column_value(value, year_column=isinstance(column, int)) != column:
        return plain
    return value


def column_value(value: ApproxDate, *, year_column: bool) -> date | int:
    """What the plain column keeps of ``value``: its earliest day, or that day's year."""
    return value.earliest.year if year_column else value.earliest
