"""The benchmark's table and results.json."""

from __future__ import annotations

import json
from pathlib import Path

from bench.results import REQUIRED_KEYS, Result, Target, format_table, write_results
from bench.timing import Timing


def _results() -> list[Result]:
    slow = Result.timed(
        "start_europe",
        "start",
        Target(max_ratio=2.5),
        Timing([0.3, 0.2, 0.4]),
        Timing([0.1, 0.1, 0.12]),
    )
    quick = Result.timed(
        "keystroke",
        "keystroke",
        Target(max_ratio=2.0, max_seconds=0.05),
        Timing([0.010, 0.012, 0.011]),
        Timing([0.008, 0.008, 0.009]),
    )
    memory = Result("peak_memory", "memory", Target(max_mib=250))
    memory.peak_mib, memory.floor_peak_mib = 180.0, 90.0
    missing = Result.not_measured("import_pairs", "import", Target(max_ratio=2.0), "import writer")
    return [slow, quick, memory, missing]


def test_results_json_has_the_required_keys(tmp_path: Path) -> None:
    target = tmp_path / "results.json"
    write_results(_results(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 4
    for item in data:
        assert set(REQUIRED_KEYS) <= set(item)
    by_name = {item["name"]: item for item in data}
    start = by_name["start_europe"]
    assert (start["median_s"], start["min_s"], start["max_s"], start["floor_s"]) == (
        0.3,
        0.2,
        0.4,
        0.1,
    )
    assert start["ratio"] == 3.0 and start["met"] is False
    assert by_name["keystroke"]["met"] is True  # 11 ms, 1.375x
    assert by_name["peak_memory"]["peak_mib"] == 180.0 and by_name["peak_memory"]["met"] is True
    assert "peak_mib" not in start
    assert by_name["import_pairs"]["missing"] == "import writer"
    assert by_name["import_pairs"]["median_s"] is None and by_name["import_pairs"]["met"] is None


def test_a_keystroke_over_50_ms_misses_even_near_its_floor() -> None:
    result = Result.timed(
        "keystroke", "k", Target(max_ratio=2.0, max_seconds=0.05), Timing([0.06]), Timing([0.05])
    )
    assert result.met is False


def test_the_table_shows_every_measure_with_its_verdict() -> None:
    table = format_table(_results()).splitlines()
    assert table[0].split("|")[1].strip() == "measure"
    rows = {line.split("|")[1].strip(): line for line in table[2:]}
    assert set(rows) == {"start_europe", "keystroke", "peak_memory", "import_pairs"}
    assert "300.0 ms" in rows["start_europe"] and "3.00x" in rows["start_europe"]
    assert rows["start_europe"].rstrip(" |").endswith("NO")
    assert "180 MiB" in rows["peak_memory"]
    assert "missing: import writer" in rows["import_pairs"]


def test_a_measure_that_failed_has_no_number_and_no_verdict(tmp_path: Path) -> None:
    broken = Result.broken("mapping_pdf", "mapping", Target(), "TypeError: no draft")
    write_results([broken], tmp_path / "r.json")
    (item,) = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert item["failed"] == "TypeError: no draft"
    assert item["median_s"] is None and item["met"] is None
    assert "failed: TypeError: no draft" in format_table([broken])
