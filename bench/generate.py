"""A Europe-sized register, written deterministically from a seed through the project's storage.

The database is created with :func:`app.register.create_register` (so the
migrations make the schema) and filled with SQLAlchemy Core bulk inserts into
the project's own tables: saving 300 000 records one by one through the
services would take far longer than the measurements themselves. The same
twinning pairs are written as an .xlsx and a .csv for the import measure.

Everything generated is cached under ``bench/data/`` keyed by seed, scale,
schema revision and :data:`GENERATOR_VERSION`, so a rerun skips generation. The rows
themselves are made in ``generate_places`` (towns, twinnings) and ``generate_records``.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.generate_base import _chunks
from bench.generate_places import _town_rows, _twinning_pairs, _twinning_rows
from bench.generate_records import (
    _activity_rows,
    _agreement_rows,
    _decision_link_rows,
    _decision_rows,
    _member_count_rows,
    _network_rows,
    _organisation_rows,
    _person_rows,
    _trip_rows,
)

# Bump when the generated data changes, so cached files are made again.
GENERATOR_VERSION = 1
DEFAULT_SEED = 20261122
DATA_DIR = Path(__file__).resolve().parent / "data"

# Counts at scale 1.0 (issue 8).
FULL_SIZE: dict[str, int] = {
    "towns": 30_000,
    "twinnings": 26_000,
    "networks": 200,
    "organisations": 20_000,
    "people": 20_000,
    "activities": 100_000,
    "trips": 5_000,
    "agreements": 2_000,
    "decisions": 5_000,
}
PAIR_COLUMNS = ("town", "town_country", "partner", "partner_country", "year")


def sizes(scale: float) -> dict[str, int]:
    """The number of records of each kind at ``scale`` (at least one of each, two towns)."""
    counts = {kind: max(1, round(n * scale)) for kind, n in FULL_SIZE.items()}
    counts["towns"] = max(2, counts["towns"])
    return counts


@dataclass(frozen=True)
class Dataset:
    """The generated files of one seed and scale."""

    seed: int
    scale: float
    europe_db: Path
    pairs_xlsx: Path
    pairs_csv: Path
    demo_db: Path
    counts: dict[str, int] = field(default_factory=dict)


def cache_key(seed: int, scale: float) -> str:
    """Seed, scale, schema revision and generator version, as a file-name-safe key."""
    from db.migrate import head_revision

    return f"s{seed}-x{scale:g}-r{head_revision()}-g{GENERATOR_VERSION}"


def dataset_paths(seed: int, scale: float, folder: Path = DATA_DIR) -> Dataset:
    key = cache_key(seed, scale)
    from db.migrate import head_revision

    return Dataset(
        seed=seed,
        scale=scale,
        europe_db=folder / f"europe-{key}.sqlite3",
        pairs_xlsx=folder / f"pairs-{key}.xlsx",
        pairs_csv=folder / f"pairs-{key}.csv",
        demo_db=folder / f"demo-r{head_revision()}.sqlite3",
        counts=sizes(scale),
    )


def ensure_dataset(
    seed: int = DEFAULT_SEED, scale: float = 1.0, folder: Path = DATA_DIR, *, log: Any = print
) -> Dataset:
    """The cached files for ``seed`` and ``scale``, generating whatever is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    data = dataset_paths(seed, scale, folder)
    if not (data.europe_db.exists() and data.pairs_xlsx.exists() and data.pairs_csv.exists()):
        log(f"generating the Europe database (seed {seed}, scale {scale:g}) ...")
        started = datetime.now()
        generate(
            data.europe_db,
            seed=seed,
            scale=scale,
            pairs_xlsx=data.pairs_xlsx,
            pairs_csv=data.pairs_csv,
        )
        log(f"  done in {(datetime.now() - started).total_seconds():.1f} s: {data.europe_db.name}")
    if not data.demo_db.exists():
        from app.demo import write_demo

        log("writing the demo database ...")
        write_demo(data.demo_db)
    return data


# ---------------------------------------------------------------- generation


def generate(
    path: Path,
    *,
    seed: int = DEFAULT_SEED,
    scale: float = 1.0,
    pairs_xlsx: Path | None = None,
    pairs_csv: Path | None = None,
) -> dict[str, int]:
    """Write the register to ``path`` (and the pairs files); returns the rows per table.

    The file is written under a temporary name and renamed when complete.
    """
    from sqlalchemy import insert

    from app.register import create_register
    from db import models as m

    counts = sizes(scale)
    rng = random.Random(seed)
    towns_rows, town_names, towns = _town_rows(rng, counts["towns"])
    pair_indexes = _twinning_pairs(rng, towns, counts["twinnings"])
    decisions = _decision_rows(rng, counts["decisions"], towns)
    organisations = _organisation_rows(rng, counts["organisations"], towns)
    member_counts = _member_count_rows(rng, counts["organisations"])
    people = _person_rows(rng, counts["people"], counts["organisations"])
    twinnings = _twinning_rows(rng, towns, pair_indexes, counts["people"], counts["decisions"])
    networks, members, meetings = _network_rows(rng, counts["networks"], towns)
    activities, activity_towns, activity_organisations = _activity_rows(
        rng, counts["activities"], towns, twinnings, counts["organisations"]
    )
    trips, trip_towns = _trip_rows(
        rng, counts["trips"], towns, counts["organisations"], counts["decisions"]
    )
    agreements, parties = _agreement_rows(
        rng, counts["agreements"], towns, twinnings, counts["organisations"]
    )
    links = _decision_link_rows(rng, counts["decisions"], counts)

    plan: list[tuple[Any, list[dict[str, Any]]]] = [
        (m.Town.__table__, towns_rows),
        (m.TownName.__table__, town_names),
        (m.Decision.__table__, decisions),
        (m.Organisation.__table__, organisations),
        (m.MemberCount.__table__, member_counts),
        (m.Person.__table__, people),
        (m.Twinning.__table__, twinnings),
        (m.Network.__table__, networks),
        (m.NetworkMember.__table__, members),
        (m.NetworkMeeting.__table__, meetings),
        (m.Activity.__table__, activities),
        (m.activity_towns, activity_towns),
        (m.activity_organisations, activity_organisations),
        (m.Trip.__table__, trips),
        (m.trip_towns, trip_towns),
        (m.Agreement.__table__, agreements),
        (m.AgreementParty.__table__, parties),
        (m.DecisionLink.__table__, links),
    ]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    _remove_database(partial)
    database = create_register(partial, municipality="Vänersborg (benchmark)")
    try:
        with database.engine.begin() as connection:
            for table, rows in plan:
                for chunk in _chunks(rows):
                    connection.execute(insert(table), list(chunk))
    finally:
        database.close()
    _remove_sidecars(partial)
    os.replace(partial, path)

    pairs = [
        (
            towns.names[a],
            towns.countries[a],
            towns.names[b],
            towns.countries[b],
            row["contact_year"],
        )
        for (a, b), row in zip(pair_indexes, twinnings, strict=True)
    ]
    if pairs_csv is not None:
        write_pairs_csv(pairs_csv, pairs)
    if pairs_xlsx is not None:
        write_pairs_xlsx(pairs_xlsx, pairs)
    return {str(table.name): len(rows) for table, rows in plan}


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_sidecars(path)


Pair = tuple[str, str, str, str, int | None]


def write_pairs_csv(path: Path, pairs: Sequence[Pair]) -> None:
    """The twinning pairs as a UTF-8 CSV with the import's column names."""
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PAIR_COLUMNS)
        writer.writerows(pairs)
    os.replace(partial, path)


def write_pairs_xlsx(path: Path, pairs: Sequence[Pair]) -> None:
    """The twinning pairs as a workbook (openpyxl write-only) with the import's column names."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Twinnings")
    sheet.append(list(PAIR_COLUMNS))
    for pair in pairs:
        sheet.append(list(pair))
    partial = path.with_name(f".{path.name}.partial.xlsx")
    workbook.save(partial)
    os.replace(partial, path)


def read_pairs_csv(path: Path) -> list[Pair]:
    """The pairs of a file written by :func:`write_pairs_csv` (for the floors)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return [(a, ac, b, bc, int(year) if year else None) for a, ac, b, bc, year in reader]


def copy_database(source: Path, target: Path) -> None:
    """A copy of a closed database file (no -wal), for measures that change it."""
    _remove_database(target)
    shutil.copyfile(source, target)
