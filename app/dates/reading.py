"""Reading a date as a person writes it, in Swedish or English, whatever the
program's language: "2014-03-05", "5 mars 2014", "mars 2014", "2014-03",
"våren 2014", "1985", "1940-talet", "1940s", "i slutet av 1940-talet",
"late 1940s", "ca 1949", "c. 1949". Nothing is guessed: "22/11/2026" could be
two days and "40-talet" two centuries, so they are refused with a sentence
saying how to write them.
"""

from __future__ import annotations

import re
from datetime import date

from app.dates.value import ApproxDate, DecadePart, Season
from app.i18n import translate


class DateNotUnderstood(ValueError):
    """The text is not a date; ``str(error)`` is one sentence in the user's language."""


_APPROXIMATE = re.compile(
    r"^(?:ca\.?|c:a|cirka|omkring|runt|ungefär|c\.|circa|about|around|approx\.?|approximately)"
    r"\s*(?=\d|[a-zåäö])",
    re.IGNORECASE,
)
MONTH_WORDS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
SEASON_WORDS: dict[str, Season] = {
    "våren": "spring", "vår": "spring", "spring": "spring",
    "sommaren": "summer", "sommar": "summer", "summer": "summer",
    "hösten": "autumn", "höst": "autumn", "autumn": "autumn", "fall": "autumn",
    "vintern": "winter", "vinter": "winter", "winter": "winter",
}  # fmt: skip
PART_WORDS: dict[str, DecadePart] = {
    "i början av": "early", "början av": "early", "tidigt": "early",
    "early": "early", "in the early": "early", "the early": "early",
    "i mitten av": "mid", "mitten av": "mid",
    "mid": "mid", "mid-": "mid", "in the mid": "mid", "the mid": "mid",
    "in the mid-": "mid", "the mid-": "mid",
    "i slutet av": "late", "slutet av": "late", "sent": "late",
    "late": "late", "in the late": "late", "the late": "late",
}  # fmt: skip

_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?::[ae])?\.?\s+([a-zåäö]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_WORD_YEAR = re.compile(r"^([a-zåäö]+)\.?\s+(\d{4})$")
# "1940-talet", "1940-tal", "1940 talet", "1940-talets"; "1940s", "1940's", "the 1940s".
_DECADE = re.compile(r"^(?:the\s+)?(\d{3}0)(?:\s*-?\s*tal(?:et|ets)?|'?s)$")
_EDTF_LIKE = re.compile(r"^\d{3}X~?$|^\d{4}-2[1-4]~?$|^\d{4}~?/\d{4}~?$")


def _not_understood(written: str) -> DateNotUnderstood:
    template = translate(
        "Dates",
        "“%1” is not a date this program can read; write for example 2014-03-05, "
        "March 2014, spring 2014, 1985, 1940s or c. 1949.",
    )
    return DateNotUnderstood(template.replace("%1", written))


def _does_not_exist(written: str) -> DateNotUnderstood:
    template = translate("Dates", "“%1” is a date that does not exist.")
    return DateNotUnderstood(template.replace("%1", written))


def _day(year: int, month: int, day: int, written: str, approximate: bool) -> ApproxDate:
    try:
        return ApproxDate.of_day(date(year, month, day), approximate=approximate)
    except ValueError as error:
        raise _does_not_exist(written) from error


def _decade(text: str) -> ApproxDate | None:
    found = _DECADE.match(text)
    return ApproxDate.of_decade(int(found[1])) if found else None


def _exact(text: str, written: str, approximate: bool) -> ApproxDate | None:
    """The date ``text`` (already lower case, without "ca") names, or None."""
    if found := _DAY.match(text):
        return _day(int(found[1]), int(found[2]), int(found[3]), written, approximate)
    if found := _MONTH.match(text):
        month = int(found[2])
        if not 1 <= month <= 12:
            raise _does_not_exist(written)
        return ApproxDate.of_month(int(found[1]), month, approximate=approximate)
    if found := _YEAR.match(text):
        return ApproxDate.of_year(int(found[1]), approximate=approximate)
    if (found := _DAY_MONTH_YEAR.match(text)) and found[2] in MONTH_WORDS:
        return _day(int(found[3]), MONTH_WORDS[found[2]], int(found[1]), written, approximate)
    if (found := _MONTH_DAY_YEAR.match(text)) and found[1] in MONTH_WORDS:
        return _day(int(found[3]), MONTH_WORDS[found[1]], int(found[2]), written, approximate)
    if found := _WORD_YEAR.match(text):
        word, year = found[1], int(found[2])
        if word in MONTH_WORDS:
            return ApproxDate.of_month(year, MONTH_WORDS[word], approximate=approximate)
        if word in SEASON_WORDS:
            return ApproxDate.of_season(year, SEASON_WORDS[word], approximate=approximate)
        return None
    if decade := _decade(text):
        return ApproxDate.of_decade(decade.decade, approximate=approximate)
    for words, part in sorted(PART_WORDS.items(), key=lambda item: -len(item[0])):
        if text.startswith(words):
            rest = text[len(words) :].lstrip(" -")
            if (decade := _decade(rest)) is not None and rest[:1].isdigit():
                return ApproxDate.of_decade(decade.decade, part, approximate=approximate)
    return None


def parse_written(text: str) -> ApproxDate | None:
    """The date a person wrote; None for blank text; DateNotUnderstood otherwise."""
    written = " ".join(text.split())
    if not written:
        return None
    if _EDTF_LIKE.match(written):
        try:
            return ApproxDate.from_edtf(written)
        except ValueError as error:
            raise _not_understood(written) from error
    lowered = written.lower().rstrip(".")
    approximate = False
    if lowered.endswith("~"):
        approximate, lowered = True, lowered[:-1].rstrip()
    if found := _APPROXIMATE.match(lowered):
        approximate, lowered = True, lowered[found.end() :].strip()
    value = _exact(lowered, written, approximate)
    if value is None:
        raise _not_understood(written)
    return value
