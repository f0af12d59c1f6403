"""One town per place, measured: ``python -m bench.place_check [--scale X] [--seed S]``.

Writes the benchmark's pairs list with spelling variants and namesakes
(:mod:`bench.place_variants`), imports it into an empty register as
``vanort import --merge-similar`` does, and prints, against the truth the list
was made with: rows refused, places split into several towns, namesakes merged
into one town, twinnings written twice; and the import's time beside the
Core-insert floor (:func:`bench.floors.import_floor`) on the same file. One run
each: this is a check of the outcome with a time beside it, not a timing series.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from bench.generate import DEFAULT_SEED, ensure_dataset, read_pairs_csv, write_pairs_csv
from bench.place_variants import VariantList, variant_list


def outcome(database: Path, variants: VariantList) -> dict[str, int]:
    """What the import made of the list, against its truth."""
    from app.places.folding import spelling_key

    connection = sqlite3.connect(database)
    try:
        towns = connection.execute("SELECT id, name, country FROM towns").fetchall()
        other = connection.execute(
            "SELECT n.town_id, n.name, t.country FROM town_names n JOIN towns t ON t.id = n.town_id"
        ).fetchall()
        twinnings = connection.execute("SELECT town_a_id, town_b_id FROM twinnings").fetchall()
    finally:
        connection.close()
    by_spelling: dict[tuple[str, str], set[int]] = defaultdict(set)
    for town_id, name, country in [*towns, *other]:
        by_spelling[(country, spelling_key(name))].add(town_id)
    places_of: dict[int, set[str]] = defaultdict(set)
    towns_of: dict[str, set[int]] = defaultdict(set)
    unfound = 0
    for row, truth in zip(variants.rows, variants.truth, strict=True):
        for (name, country), place in zip(((row[0], row[1]), (row[2], row[3])), truth, strict=True):
            found = by_spelling.get((country, spelling_key(name)), set())
            if len(found) != 1:
                unfound += 1
                continue
            (town_id,) = found
            places_of[town_id].add(place)
            towns_of[place].add(town_id)
    place_pairs: dict[frozenset[str], int] = defaultdict(int)
    for a, b in twinnings:
        pa, pb = places_of.get(a, set()), places_of.get(b, set())
        if len(pa) == 1 and len(pb) == 1:
            place_pairs[frozenset(pa | pb)] += 1
    return {
        "rows": len(variants.rows),
        "variant sides": variants.variants,
        "namesake rows": variants.namesake_rows,
        "towns": len(towns),
        "twinnings": len(twinnings),
        "sides not found as one town": unfound,
        "places split into several towns": sum(1 for t in towns_of.values() if len(t) > 1),
        "towns holding namesakes (merged)": sum(1 for p in places_of.values() if len(p) > 1),
        "place pairs twinned more than once": sum(1 for n in place_pairs.values() if n > 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, import, compare; print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.place_check")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.importing.importer import import_file
    from app.register import create_register
    from bench.floors import import_floor

    data = ensure_dataset(args.seed, args.scale)
    variants = variant_list(read_pairs_csv(data.pairs_csv), seed=args.seed)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        os.environ["VANORT_HOME"] = str(work / "home")
        source = work / "variants.csv"
        write_pairs_csv(source, variants.rows)
        register = work / "register.sqlite3"
        create_register(register, municipality="Vänersborg").close()
        started = time.perf_counter()
        summary = import_file(register, source, merge_similar=True, skip_invalid=True)
        seconds = time.perf_counter() - started
        floor_db = work / "floor.sqlite3"
        create_register(floor_db, municipality="Vänersborg").close()
        started = time.perf_counter()
        import_floor(source, floor_db)
        floor = time.perf_counter() - started
        figures = outcome(register, variants)
    figures["rows refused"] = summary.rows_skipped
    for name, value in figures.items():
        print(f"{name:40} {value}")
    print(f"{'import --merge-similar (s)':40} {seconds:.2f}")
    print(f"{'Core-insert floor (s)':40} {floor:.2f}")
    print(f"{'ratio':40} {seconds / floor:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
