"""Noticing a country column that contradicts the town names beside it.

A list where the column "Land" says Denmark for Mölndal, Lerum and Alingsås has
its columns mixed up (or was filled down by mistake). The import does not
change what the file says; it warns in one sentence with the number of rows,
so the coordinator can look before importing. Towns are known as Swedish from
the list of Sweden's 290 municipalities shipped in ``resources/data``.

A single row is never enough: a "Salem" or a "Berg" in another country is a
real place. The warning needs at least :data:`AT_LEAST` rows, and those rows
must be at least half of the rows giving that country in that column.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from app.i18n import current_language, translate
from app.importing.rows import ParsedFile
from app.importing.table import fill
from app.places.countries import country_name
from app.places.folding import match_key
from app.resource_paths import data_dir

MUNICIPALITIES_FILE = "swedish_municipalities.txt"
AT_LEAST = 3
# Endings a file may add to a municipality's name ("Mölndals kommun", "Lerum Municipality").
_ENDINGS = (" kommun", " municipality")


@functools.cache
def swedish_municipalities() -> frozenset[str]:
    """The match keys of Sweden's municipalities ("molndal", "upplands vasby" …)."""
    text = (data_dir() / MUNICIPALITIES_FILE).read_text(encoding="utf-8")
    return frozenset(
        match_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_swedish_municipality(name: str) -> bool:
    """Whether ``name`` is one of Sweden's municipalities, with or without "kommun"."""
    key = match_key(name)
    for ending in _ENDINGS:
        if key.endswith(ending):
            key = key[: -len(ending)]
            # "Mölndals kommun": the genitive s before "kommun".
            if key not in swedish_municipalities() and key.endswith("s"):
                key = key[:-1]
            break
    return key in swedish_municipalities()


def contradicting_countries(parsed: ParsedFile) -> list[str]:
    """One warning per country column that gives Swedish municipalities another country."""
    warnings: list[str] = []
    for town_field in parsed.kind.fields:
        country_field = town_field.country_field
        if town_field.type != "town" or country_field is None:
            continue
        if town_field.name not in parsed.columns or country_field not in parsed.columns:
            continue
        given: dict[str, int] = defaultdict(int)
        swedish: dict[str, list[str]] = defaultdict(list)
        for row in parsed.rows:
            code = row.values.get(country_field)
            name = row.values.get(town_field.name)
            if not isinstance(code, str) or not isinstance(name, str):
                continue
            given[code] += 1
            if code != "SE" and is_swedish_municipality(name):
                swedish[code].append(name)
        for code, names in sorted(swedish.items()):
            if len(names) >= AT_LEAST and 2 * len(names) >= given[code]:
                warnings.append(_warning(parsed.column_of(country_field), code, names))
    return warnings


def _warning(column: str, code: str, names: list[str]) -> str:
    examples = ", ".join(list(dict.fromkeys(names))[:3])
    return fill(
        translate(
            "Import",
            "The column %1 says %2 in %3 rows whose towns are Swedish municipalities (%4); "
            "check that it holds the country of those towns.",
        ),
        column,
        country_name(code, current_language()),
        len(names),
        examples,
    )
