"""The benchmark's list of spelling variants and namesakes: deterministic, and true to itself."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from bench.generate import Pair, write_pairs_csv
from bench.place_check import outcome
from bench.place_variants import REAL_NAMESAKES, variant_list

PAIRS: list[Pair] = [
    ("Vänersborg", "SE", "Brașov", "RO", 1990),
    ("Vänersborg", "SE", "Herningholm", "DK", 1991),
    ("Lohjala", "FI", "Brașov", "RO", 1992),
    ("Herningholm", "DK", "Nørre Vik", "DK", 1993),
] * 1 + [(f"Stad{i}", "DE", f"Ort{i}", "PL", 1990 + i) for i in range(60)]


def test_the_same_seed_gives_the_same_list() -> None:
    """A benchmark that changes its data between runs measures nothing."""
    assert variant_list(PAIRS, seed=3).rows == variant_list(PAIRS, seed=3).rows
    assert variant_list(PAIRS, seed=3).rows != variant_list(PAIRS, seed=4).rows


def test_variants_are_the_same_place_and_namesakes_other_places() -> None:
    """Every written side carries its place; variants keep it, namesakes get their own."""
    made = variant_list(PAIRS, seed=3, share=0.5)
    assert len(made.rows) == len(made.truth) >= len(PAIRS) + len(REAL_NAMESAKES)
    assert made.variants > 0 and made.namesake_rows >= len(REAL_NAMESAKES)
    written: dict[str, set[str]] = {}
    for row, (a, b) in zip(made.rows, made.truth, strict=True):
        written.setdefault(a, set()).add(row[0])
        written.setdefault(b, set()).add(row[2])
    assert len(written["gen:RO:Brașov"]) >= 1
    # A generated place is written only as its name or a variant that keeps its letters.
    for spelling in written["gen:DK:Herningholm"]:
        plain = unicodedata.normalize("NFC", spelling).casefold()
        assert "herningholm" in plain
    places = {place for _n, _c, place in REAL_NAMESAKES}
    assert places <= set(written)


def test_the_check_counts_merged_namesakes_and_twice_written_twinnings(tmp_path: Path) -> None:
    """A register built by hand with one namesake merged and one twinning twice."""
    import sqlite3

    made = variant_list([("Vänersborg", "SE", "Aby", "SE", 1990)], seed=1, share=0.0)
    made.rows = [("Vänersborg", "SE", "Aby", "SE", 1990), ("Vänersborg", "SE", "Åby", "SE", 1991)]
    made.truth = [("home", "aby-1"), ("home", "aby-2")]
    database = tmp_path / "r.sqlite3"
    connection = sqlite3.connect(database)
    connection.executescript(
        "CREATE TABLE towns (id INTEGER, name TEXT, country TEXT);"
        "CREATE TABLE town_names (town_id INTEGER, name TEXT);"
        "CREATE TABLE twinnings (town_a_id INTEGER, town_b_id INTEGER);"
        "INSERT INTO towns VALUES (1, 'Vänersborg', 'SE'), (2, 'Aby', 'SE');"
        "INSERT INTO town_names VALUES (2, 'Åby');"
        "INSERT INTO twinnings VALUES (1, 2), (1, 2);"
    )
    connection.commit()
    connection.close()
    figures = outcome(database, made)
    assert figures["towns holding namesakes (merged)"] == 1
    assert figures["places split into several towns"] == 0
    write_pairs_csv(tmp_path / "p.csv", made.rows)  # the writer takes the list as it is
