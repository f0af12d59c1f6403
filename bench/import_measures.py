"""Measure 8: twinning pairs imported from a spreadsheet into an empty register."""

from __future__ import annotations

from pathlib import Path

from bench import adapters, floors
from bench.context import Context
from bench.generate import copy_database, read_pairs_csv
from bench.results import Result, Target
from bench.timing import paired_runs


def _imported(database: Path) -> tuple[int, int]:
    """(towns, twinnings) in ``database``, to check that an import did its work."""
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        towns = connection.execute("SELECT count(*) FROM towns").fetchone()[0]
        twinnings = connection.execute("SELECT count(*) FROM twinnings").fetchone()[0]
        return int(towns), int(twinnings)
    finally:
        connection.close()


def _import(ctx: Context, name: str, title: str, source: Path) -> Result:
    from app.register import create_register

    empty = ctx.work / "empty-template.sqlite3"
    if not empty.exists():
        create_register(empty, municipality="Vänersborg").close()
    pairs = {
        frozenset(((a, ac), (b, bc))) for a, ac, b, bc, _y in read_pairs_csv(ctx.data.pairs_csv)
    }
    towns = {town for pair in pairs for town in pair}
    # One file name for every run: the register the user imports into was opened
    # before today (its daily backup is taken in the warm-up, not in every run).
    target = ctx.work / f"{name}-target.sqlite3"

    def fresh(_index: int) -> Path:
        copy_database(empty, target)
        return target

    def check(who: str) -> None:
        found = _imported(target)
        if found != (len(towns), len(pairs)):
            raise RuntimeError(
                f"{who} left {found} (towns, twinnings), expected {(len(towns), len(pairs))}"
            )

    def program(db: Path) -> None:
        adapters.import_pairs(db, source)
        check("the import")

    def bare(db: Path) -> None:
        floors.import_floor(source, db)
        check("the floor")

    # The check of each run's result is timed with it, the same for both (a few ms).
    timing, floor_timing = paired_runs(
        program, bare, runs=ctx.runs, warmup=ctx.warmup, setup=fresh, floor_setup=fresh
    )
    ctx.profile(name, lambda: adapters.import_pairs(fresh(0), source))
    return Result.timed(
        name,
        title,
        Target(max_ratio=2.0),
        timing,
        floor_timing,
        "into an empty register, as `vanort import`; the floor reads the file "
        f"({source.suffix[1:]}) and inserts the same towns and twinnings with Core",
    )


def import_pairs(ctx: Context) -> Result:
    return _import(ctx, "import_pairs", "import 26 000 twinning pairs (CSV)", ctx.data.pairs_csv)


def import_pairs_xlsx(ctx: Context) -> Result:
    return _import(
        ctx, "import_pairs_xlsx", "import 26 000 twinning pairs (Excel)", ctx.data.pairs_xlsx
    )
