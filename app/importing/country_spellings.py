"""Countries a file writes in a way the country list cannot read, and what the user made of them.

A list of twinnings may write "Sowjetunionen, Estland" or "Rep. Moldova" in
hundreds of rows. Such a spelling is reported once with the number of rows it
affects; the user tells which country it is for the whole import (the wizard, or
``--country-as "Text=CODE"``), and the answer is remembered in the register
(``saved_country_spellings``) so the next import reads the spelling at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.i18n import translate
from app.importing.table import fill
from app.places.countries import resolve_country
from app.places.folding import match_key
from db import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.importing.rows import Problem
    from db.session import Database


class CountrySpellingError(ValueError):
    """A ``Text=CODE`` pair that cannot be used; ``message`` is one sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class UnreadCountry:
    """A country as the file writes it that no list reads, and how many rows write it so."""

    written: str
    rows: int
    column: str
    first_row: int | None = None

    def text(self) -> str:
        """One sentence saying what to do, in the user's language."""
        if self.rows == 1:
            template = translate(
                "Import",
                "Row %4, %1: “%2” is not a country or area this program knows; say which "
                "country it is.",
            )
        else:
            template = translate(
                "Import",
                "%1: “%2” (in %3 rows, the first is row %4) is not a country or area this "
                "program knows; say which country it is.",
            )
        return fill(template, self.column, self.written, self.rows, self.first_row)


def unread_countries(problems: Iterable[Problem]) -> list[UnreadCountry]:
    """Each unread country spelling once, most rows first, with its row count."""
    rows: Counter[str] = Counter()
    first: dict[str, Problem] = {}
    for problem in problems:
        if problem.written_country:
            key = match_key(problem.written_country)
            rows[key] += 1
            first.setdefault(key, problem)
    found = [
        UnreadCountry(first[key].written_country, count, first[key].column, first[key].row)
        for key, count in rows.items()
    ]
    found.sort(key=lambda u: (-u.rows, u.written.casefold()))
    return found


def country_code_for(text: str) -> str:
    """The code of the country ``text`` names ("SE", "Sverige", "Sweden"), or an error."""
    code = resolve_country(text)
    if code is None:
        raise CountrySpellingError(
            fill(
                translate("Import", "“%1” is not a country code or name this program knows."),
                text.strip(),
            )
        )
    return code


def parse_country_as(pairs: Iterable[str]) -> dict[str, str]:
    """``["Sowjetunionen, Estland=EE", …]`` as {spelling: code}; the country may be a name too."""
    found: dict[str, str] = {}
    for pair in pairs:
        written, sep, country = pair.rpartition("=")
        if not sep or not written.strip() or not country.strip():
            raise CountrySpellingError(
                fill(
                    translate("Import", "“%1” is not of the form Text=CODE, as in “Holland=NL”."),
                    pair,
                )
            )
        found[written.strip()] = country_code_for(country)
    return found


def spelling_table(spellings: Mapping[str, str]) -> dict[str, str]:
    """{spelling: code} keyed for matching, so case and accents do not matter."""
    return {match_key(written): code for written, code in spellings.items() if match_key(written)}


def remembered_spellings(database: Database) -> dict[str, str]:
    """Every spelling remembered from earlier imports, keyed for matching, with its code."""
    with database.reading() as session:
        rows = session.execute(
            select(m.SavedCountrySpelling.spelling_key, m.SavedCountrySpelling.country_code)
        )
        return {key: code for key, code in rows}


def remember_spellings(session: Session, spellings: Mapping[str, str]) -> None:
    """Keep ``spellings`` ({as written: code}) for later imports; a newer answer replaces one."""
    for written, code in spellings.items():
        key = match_key(written)
        if not key:
            continue
        row = session.scalar(
            select(m.SavedCountrySpelling).where(m.SavedCountrySpelling.spelling_key == key)
        )
        if row is None:
            session.add(
                m.SavedCountrySpelling(spelling_key=key, written=written[:200], country_code=code)
            )
        elif row.country_code != code:
            row.country_code = code
            row.written = written[:200]
