"""Dates as precisely as the sources know them ("1940-talet", "ca 1949", "våren 2014").

``ApproxDate`` is the value; ``parse_written`` reads what a person writes;
``written`` gives it back in the current language; ``known_date`` and
``column_value`` go between the value and the two columns it is stored in.
"""

from app.dates.reading import DateNotUnderstood, parse_written
from app.dates.value import ApproxDate, column_value, known_date
from app.dates.wording import written, written_or_blank

__all__ = [
    "ApproxDate",
    "DateNotUnderstood",
    "column_value",
    "known_date",
    "parse_written",
    "written",
    "written_or_blank",
]
