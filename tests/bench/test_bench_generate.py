"""The benchmark's generator: deterministic from its seed, and it writes what it says."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from bench.generate import (
    PAIR_COLUMNS,
    dataset_paths,
    ensure_dataset,
    generate,
    read_pairs_csv,
)
from bench.names import BY_CODE, COUNTRIES, town_name

TINY = 0.001
# FULL_SIZE of issue 8 times 0.001, rounded, at least one of each.
TINY_COUNTS = {
    "towns": 30,
    "twinnings": 26,
    "networks": 1,
    "organisations": 20,
    "member_counts": 200,  # ten years each
    "persons": 20,
    "activities": 100,
    "trips": 5,
    "agreements": 2,
    "decisions": 5,
}


def _dump(path: Path, tables: list[str]) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: connection.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bench-tiny")
    paths = {
        "db": folder / "europe.sqlite3",
        "csv": folder / "pairs.csv",
        "xlsx": folder / "pairs.xlsx",
    }
    generate(paths["db"], seed=7, scale=TINY, pairs_csv=paths["csv"], pairs_xlsx=paths["xlsx"])
    return paths


def test_the_same_seed_writes_the_same_database_and_files(
    tiny: dict[str, Path], tmp_path: Path
) -> None:
    again = tmp_path / "again.sqlite3"
    tables = list(
        generate(
            again, seed=7, scale=TINY, pairs_csv=tmp_path / "p.csv", pairs_xlsx=tmp_path / "p.xlsx"
        )
    )
    assert _dump(again, tables) == _dump(tiny["db"], tables)
    assert (tmp_path / "p.csv").read_bytes() == tiny["csv"].read_bytes()


def test_another_seed_writes_other_towns(tiny: dict[str, Path], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    generate(other, seed=8, scale=TINY)
    assert _dump(other, ["towns"]) != _dump(tiny["db"], ["towns"])


def test_every_kind_has_the_scaled_number_of_rows(tiny: dict[str, Path]) -> None:
    connection = sqlite3.connect(tiny["db"])
    counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TINY_COUNTS}
    connection.close()
    assert counts == TINY_COUNTS


def test_the_database_is_sound_and_the_program_reads_it(tiny: dict[str, Path]) -> None:
    connection = sqlite3.connect(tiny["db"])
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    from app.workspace import Workspace

    workspace = Workspace.open(tiny["db"])
    try:
        assert len(workspace.table("town").ids) == TINY_COUNTS["towns"]
        assert len(workspace.table("twinning").ids) == TINY_COUNTS["twinnings"]
        homes = [t for t in workspace.get_many("town") if t.is_home]
        assert [t.name for t in homes] == ["Vänersborg"]
    finally:
        workspace.close()


def test_towns_have_real_country_codes_and_coordinates_inside_their_country(
    tiny: dict[str, Path],
) -> None:
    from app.places.countries import get_country

    connection = sqlite3.connect(tiny["db"])
    rows = connection.execute("SELECT name, country, latitude, longitude FROM towns").fetchall()
    connection.close()
    for name, code, latitude, longitude in rows:
        assert get_country(code) is not None, code
        lat_min, lat_max, lon_min, lon_max = BY_CODE[code].box
        assert lat_min <= latitude <= lat_max and lon_min <= longitude <= lon_max, name


def test_no_two_towns_of_a_country_look_like_one_to_the_import(tiny: dict[str, Path]) -> None:
    from app.places.town_names import similar_names

    connection = sqlite3.connect(tiny["db"])
    rows = connection.execute("SELECT id, name, country FROM towns").fetchall()
    connection.close()
    assert similar_names(rows) == []


def test_the_pairs_files_hold_every_twinning_once(tiny: dict[str, Path]) -> None:
    from openpyxl import load_workbook

    connection = sqlite3.connect(tiny["db"])
    stored = {
        frozenset(((a, ac), (b, bc)))
        for a, ac, b, bc in connection.execute(
            "SELECT ta.name, ta.country, tb.name, tb.country FROM twinnings"
            " JOIN towns ta ON ta.id = town_a_id JOIN towns tb ON tb.id = town_b_id"
        )
    }
    connection.close()
    with tiny["csv"].open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == PAIR_COLUMNS
    pairs = read_pairs_csv(tiny["csv"])
    assert len(pairs) == TINY_COUNTS["twinnings"]
    assert {frozenset(((a, ac), (b, bc))) for a, ac, b, bc, _year in pairs} == stored

    sheet = load_workbook(tiny["xlsx"], read_only=True).worksheets[0]
    cells = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == PAIR_COLUMNS
    assert [tuple(row) for row in cells[1:]] == [tuple(p) for p in pairs]


def test_names_carry_their_country_s_letters() -> None:
    import random

    rng = random.Random(1)
    swedish = [town_name(rng, BY_CODE["SE"], False, False) for _ in range(200)]
    polish = [town_name(rng, BY_CODE["PL"], False, False) for _ in range(200)]
    assert any(set(n) & set("åäö") for n in swedish)
    assert any(set(n) & set("łóźżśęą") for n in polish)
    assert len({c.code for c in COUNTRIES}) == len(COUNTRIES)


def test_the_cache_is_reused(tmp_path: Path) -> None:
    first = ensure_dataset(3, TINY, tmp_path, log=lambda _text: None)
    assert first == dataset_paths(3, TINY, tmp_path)
    stamps = [p.stat().st_mtime_ns for p in (first.europe_db, first.pairs_csv, first.demo_db)]
    said: list[str] = []
    ensure_dataset(3, TINY, tmp_path, log=said.append)
    assert said == []
    assert [
        p.stat().st_mtime_ns for p in (first.europe_db, first.pairs_csv, first.demo_db)
    ] == stamps
