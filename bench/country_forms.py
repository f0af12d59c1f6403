"""The twinning pairs with their countries written as people write them, and the import of them.

Public lists of twinnings write a country in every form: a code ("DE", "DEU"),
a name in Swedish, English or the country's own language, an old or political
name ("Holland", "Moldavia", "Republic of Ireland"), "Region, Country"
("Scotland, United Kingdom", "Åland Islands, Finland") or "Country
(qualifier)" ("Georgia (country)", "Greenland (Denmark)"). This module writes
the benchmark's pairs that way and measures that the import reads every one:

    python -m bench.country_forms [--scale 1.0] [--seed S]

It prints the rows, the rows refused for a country (expected: none), the other
problems, the towns and twinnings created against the pairs' own count, and
the time the import took. Only the pairs are generated (the same pairs as the
benchmark's register, from the same seed), not the whole register.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.generate import (
    DEFAULT_SEED,
    PAIR_COLUMNS,
    Pair,
    _town_rows,
    _twinning_pairs,
    sizes,
)

# Forms no list of names holds, as public lists write them: constituent countries,
# areas written with the country they belong to, qualifiers, old names.
WRITTEN_WITH_REGION: dict[str, tuple[str, ...]] = {
    "GB": (
        "England, United Kingdom",
        "Scotland, United Kingdom",
        "Wales, United Kingdom",
        "Northern Ireland, United Kingdom",
        "England",
        "Great Britain",
    ),
    "AX": ("Åland Islands, Finland", "Åland (Finland)", "Ahvenanmaa"),
    "FO": ("Faroe Islands, Denmark", "Færøerne", "Føroyar (Danmark)"),
    "GL": ("Greenland (Denmark)", "Kalaallit Nunaat", "Grønland"),
    "IE": ("Republic of Ireland", "Éire"),
    "NL": ("Holland", "The Netherlands"),
    "MD": ("Moldavia", "Republic of Moldova"),
    "DE": ("Bavaria, Germany", "West Germany", "Federal Republic of Germany"),
    "FR": ("Brittany, France", "République française"),
    "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia", "North Macedonia"),
    "XK": ("Kosovo (Republic of)",),
    "BY": ("Vitryssland",),
}


def country_forms(code: str) -> tuple[str, ...]:
    """Every way the pairs file may write the country ``code`` (each one read back as it)."""
    from app.places.countries import get_country

    country = get_country(code)
    if country is None:
        return (code,)
    forms = [code, code.lower(), country.alpha3, country.name_sv, country.name_en]
    forms += country.local_names
    forms += [f"{country.name_en} (Europe)", f"Capital Region, {country.name_en}"]
    forms += WRITTEN_WITH_REGION.get(code, ())
    unique: list[str] = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return tuple(unique)


def generated_pairs(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Pair]:
    """The benchmark's twinning pairs (town, code, partner, code, year) without its register."""
    counts = sizes(scale)
    rng = random.Random(seed)
    _rows, _names, towns = _town_rows(rng, counts["towns"])
    indexes = _twinning_pairs(rng, towns, counts["twinnings"])
    years = random.Random(seed + 1)
    return [
        (towns.names[a], towns.countries[a], towns.names[b], towns.countries[b],
         years.randint(1946, 2024))
        for a, b in indexes
    ]  # fmt: skip


def write_pairs_with_country_forms(path: Path, pairs: Sequence[Pair], seed: int) -> None:
    """``pairs`` as a UTF-8 CSV, each country written in one of its forms, chosen by ``seed``."""
    rng = random.Random(seed)
    forms = {code: country_forms(code) for pair in pairs for code in (pair[1], pair[3])}
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PAIR_COLUMNS)
        for town, town_code, partner, partner_code, year in pairs:
            writer.writerow(
                (town, rng.choice(forms[town_code]), partner, rng.choice(forms[partner_code]),
                 year)
            )  # fmt: skip
    os.replace(partial, path)


def measure(seed: int = DEFAULT_SEED, scale: float = 1.0) -> dict[str, float | int]:
    """Import the pairs written with country forms into a new register; the figures."""
    from app.importing import importer
    from app.importing.plan import ImportOptions
    from app.register import create_register
    from app.workspace import Workspace

    pairs = generated_pairs(seed, scale)
    towns = {
        (town, code) for pair in pairs for town, code in ((pair[0], pair[1]), (pair[2], pair[3]))
    }
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "pairs-country-forms.csv"
        write_pairs_with_country_forms(source, pairs, seed)
        database = Path(folder) / "register.sqlite3"
        create_register(database, municipality="Vänersborg").close()
        workspace = Workspace.open(database)
        try:
            started = time.perf_counter()
            table = importer.open_table(source)
            choice = importer.initial_columns(workspace.database, table, "twinnings")
            parsed = importer.read_file(workspace.database, table, choice.kind, choice.columns)
            summary = importer.run_import(
                workspace.database, parsed, ImportOptions(skip_invalid=True)
            )
            seconds = time.perf_counter() - started
        finally:
            workspace.close()
    country_rows = {p.row for p in summary.problems if p.written_country}
    return {
        "rows": len(pairs),
        "distinct_country_strings": len(
            {f for code in {t[1] for t in towns} for f in country_forms(code)}
        ),
        "rows_refused_for_a_country": len(country_rows),
        "other_problem_rows": len({p.row for p in summary.problems} - country_rows),
        "towns_expected": len(towns),
        "towns_created": summary.counts["town"].created,
        "twinnings_expected": len(pairs),
        "twinnings_created": summary.counts["twinning"].created,
        "seconds": round(seconds, 2),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run :func:`measure` and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for name, value in measure(args.seed, args.scale).items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
