"""An approximate date as a person writes it, in the current language.

Swedish: "2014-03-05", "mars 2014", "våren 2014", "1985", "1940-talet",
"i slutet av 1940-talet", "ca 1949". English: "2014-03-05", "March 2014",
"spring 2014", "1985", "1940s", "late 1940s", "c. 1949". Each form is one whole
template in the catalogue, so a language can put the words where it needs them.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from app.i18n import QT_TRANSLATE_NOOP, translate


class WrittenDate(Protocol):
    """The parts of a date the wording reads; ``app.dates.value.ApproxDate`` has them.

    Named here rather than imported, so the value can word itself through this
    module without the two importing each other.
    """

    @property
    def earliest(self) -> date:
        """The first day the date can mean."""

    @property
    def precision(self) -> str:
        """How precisely it is known: a day, month, season, year or decade."""

    @property
    def approximate(self) -> bool:
        """True for "ca 1949"."""

    @property
    def season(self) -> str | None:
        """The season (spring, summer, autumn, winter), or None."""

    @property
    def part(self) -> str | None:
        """The part of a decade (early, mid, late), or None."""

    @property
    def year(self) -> int:
        """The year it is counted to."""

    @property
    def decade(self) -> int:
        """The first year of its decade."""


MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January %1"),
    QT_TRANSLATE_NOOP("Dates", "February %1"),
    QT_TRANSLATE_NOOP("Dates", "March %1"),
    QT_TRANSLATE_NOOP("Dates", "April %1"),
    QT_TRANSLATE_NOOP("Dates", "May %1"),
    QT_TRANSLATE_NOOP("Dates", "June %1"),
    QT_TRANSLATE_NOOP("Dates", "July %1"),
    QT_TRANSLATE_NOOP("Dates", "August %1"),
    QT_TRANSLATE_NOOP("Dates", "September %1"),
    QT_TRANSLATE_NOOP("Dates", "October %1"),
    QT_TRANSLATE_NOOP("Dates", "November %1"),
    QT_TRANSLATE_NOOP("Dates", "December %1"),
)
SEASONS = {
    "spring": QT_TRANSLATE_NOOP("Dates", "spring %1"),
    "summer": QT_TRANSLATE_NOOP("Dates", "summer %1"),
    "autumn": QT_TRANSLATE_NOOP("Dates", "autumn %1"),
    "winter": QT_TRANSLATE_NOOP("Dates", "winter %1"),
}
DECADES = {
    None: QT_TRANSLATE_NOOP("Dates", "%1s"),
    "early": QT_TRANSLATE_NOOP("Dates", "early %1s"),
    "mid": QT_TRANSLATE_NOOP("Dates", "mid-%1s"),
    "late": QT_TRANSLATE_NOOP("Dates", "late %1s"),
}
APPROXIMATE = QT_TRANSLATE_NOOP("Dates", "c. %1")


def _fill(template: str, value: object) -> str:
    return translate("Dates", template).replace("%1", str(value))


def written(value: WrittenDate) -> str:
    """``value`` as a person writes it, lower case as in the middle of a sentence.

    A heading or the start of a sentence capitalises it where it is used
    ("I slutet av 1940-talet").
    """
    if value.precision == "day":
        text = value.earliest.isoformat()
    elif value.precision == "month":
        text = _fill(MONTHS[value.earliest.month - 1], value.earliest.year)
    elif value.precision == "season" and value.season is not None:
        text = _fill(SEASONS[value.season], value.year)
    elif value.precision == "year":
        text = str(value.earliest.year)
    else:
        text = _fill(DECADES[value.part], value.decade)
    if value.approximate:
        text = _fill(APPROXIMATE, text)
    return text


def written_or_blank(value: WrittenDate | None) -> str:
    """``written(value)``, or "" when nothing is known."""
    return "" if value is None else written(value)
