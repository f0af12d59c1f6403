"""A national association's list: 30 000 twinning pairs into an empty register, in one go."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from app.importing.importer import import_file
from app.workspace import Workspace

COUNTRIES = ("SE", "DK", "NO", "FI", "IS", "DE", "FR", "PL", "EE", "LV", "LT", "NL", "GB", "IT")
SYLLABLES = ("ber", "lin", "ham", "burg", "stad", "holm", "sund", "vik", "dal", "ås", "kö",
             "gen", "ro", "ma", "na", "ri", "te", "lo", "ki", "ø")  # fmt: skip


def _town(index: int) -> tuple[str, str]:
    rng = random.Random(index)
    name = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{name} {index}", COUNTRIES[index % len(COUNTRIES)]


def _pairs_file(path: Path, count: int, towns: int) -> set[frozenset[int]]:
    rng = random.Random(20261122)
    pairs: set[frozenset[int]] = set()
    lines = ["town;town_country;partner;partner_country;year"]
    while len(pairs) < count:
        a, b = rng.randrange(towns), rng.randrange(towns)
        if a == b or frozenset((a, b)) in pairs:
            continue
        pairs.add(frozenset((a, b)))
        (town, country), (partner, partner_country) = _town(a), _town(b)
        year = 1946 + rng.randrange(80) if rng.random() < 0.8 else ""
        lines.append(f"{town};{country};{partner};{partner_country};{year}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pairs


@pytest.mark.slow
def test_thirty_thousand_pairs_import_in_one_transaction(tmp_path: Path) -> None:
    database = tmp_path / "association.sqlite3"
    Workspace.create(database, municipality="Föreningen").close()
    source = tmp_path / "pairs.csv"
    pairs = _pairs_file(source, 30_000, 26_000)
    named_towns = {index for pair in pairs for index in pair}

    started = time.perf_counter()
    summary = import_file(database, source, kind="twinnings")
    seconds = time.perf_counter() - started
    print(f"\n30 000 pairs, {len(named_towns)} towns: imported in {seconds:.1f} s")

    assert summary.counts["twinning"].created == 30_000
    assert summary.counts["town"].created == len(named_towns)
    workspace = Workspace.open(database)
    try:
        towns = {t.id: (t.name, t.country) for t in workspace.get_many("town")}
        stored = {
            frozenset((towns[t.town_a_id], towns[t.town_b_id]))
            for t in workspace.get_many("twinning")
        }
    finally:
        workspace.close()
    assert stored == {frozenset(_town(i) for i in pair) for pair in pairs}

    started = time.perf_counter()
    again = import_file(database, source, kind="twinnings")
    print(f"the same file again: {time.perf_counter() - started:.1f} s")
    assert again.counts["twinning"].created == 0
    assert again.counts["twinning"].unchanged == 30_000
