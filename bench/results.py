"""What a measure found, its target, the printed table and bench/results.json."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.timing import Timing

RESULTS_FILE = Path(__file__).resolve().parent / "results.json"
# Every object of results.json carries at least these keys (issue 8).
REQUIRED_KEYS = ("name", "median_s", "min_s", "max_s", "floor_s", "ratio", "target", "met")


@dataclass(frozen=True)
class Target:
    """A measure's target: at most ``max_ratio`` times its floor, under ``max_seconds``/``max_mib``."""

    max_ratio: float | None = None
    max_seconds: float | None = None
    max_mib: float | None = None

    def describe(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"<= {self.max_ratio:g}x floor")
        if self.max_seconds is not None:
            parts.append(f"< {self.max_seconds * 1000:g} ms")
        if self.max_mib is not None:
            parts.append(f"< {self.max_mib:g} MiB")
        return ", ".join(parts) or "-"


@dataclass
class Result:
    """One row of the table and one object of results.json."""

    name: str
    title: str
    target: Target = field(default_factory=Target)
    median_s: float | None = None
    min_s: float | None = None
    max_s: float | None = None
    floor_s: float | None = None
    floor_min_s: float | None = None
    floor_max_s: float | None = None
    runs: int = 0
    peak_mib: float | None = None
    floor_peak_mib: float | None = None
    missing: str | None = None  # what the program still lacks for this measure
    failed: str | None = None  # the error the program raised during the measure
    note: str = ""

    @classmethod
    def timed(
        cls,
        name: str,
        title: str,
        target: Target,
        timing: Timing,
        floor: Timing | None = None,
        note: str = "",
    ) -> Result:
        result = cls(name, title, target, note=note)
        result.median_s, result.min_s, result.max_s = timing.median, timing.minimum, timing.maximum
        result.runs = len(timing.samples)
        if floor is not None:
            result.floor_s = floor.median
            result.floor_min_s, result.floor_max_s = floor.minimum, floor.maximum
        return result

    @classmethod
    def not_measured(cls, name: str, title: str, target: Target, missing: str) -> Result:
        return cls(name, title, target, missing=missing)

    @classmethod
    def broken(cls, name: str, title: str, target: Target, error: str) -> Result:
        return cls(name, title, target, failed=error)

    @property
    def ratio(self) -> float | None:
        if self.peak_mib is not None and self.floor_peak_mib:
            return self.peak_mib / self.floor_peak_mib
        if self.median_s is None or not self.floor_s:
            return None
        return self.median_s / self.floor_s

    @property
    def met(self) -> bool | None:
        """Whether every part of the target holds; None when there is nothing to judge."""
        if self.missing is not None or self.failed is not None:
            return None
        checks: list[bool] = []
        target = self.target
        if target.max_mib is not None and self.peak_mib is not None:
            checks.append(self.peak_mib < target.max_mib)
        else:
            if target.max_ratio is not None and self.ratio is not None:
                checks.append(self.ratio <= target.max_ratio)
            if target.max_seconds is not None and self.median_s is not None:
                checks.append(self.median_s < target.max_seconds)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "title": self.title,
            "median_s": _round(self.median_s),
            "min_s": _round(self.min_s),
            "max_s": _round(self.max_s),
            "floor_s": _round(self.floor_s),
            "floor_min_s": _round(self.floor_min_s),
            "floor_max_s": _round(self.floor_max_s),
            "ratio": _round(self.ratio, 2),
            "runs": self.runs,
            "target": self.target.describe(),
            "met": self.met,
        }
        if self.peak_mib is not None:
            data["peak_mib"] = _round(self.peak_mib, 1)
            data["floor_peak_mib"] = _round(self.floor_peak_mib, 1)
        if self.missing is not None:
            data["missing"] = self.missing
        if self.failed is not None:
            data["failed"] = self.failed
        if self.note:
            data["note"] = self.note
        return data


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def _row(result: Result) -> list[str]:
    if result.missing is not None:
        return [result.name, f"missing: {result.missing}", "", "", "", result.target.describe(), ""]
    if result.failed is not None:
        text = f"failed: {result.failed}"
        return [result.name, text[:90], "", "", "", result.target.describe(), ""]
    if result.peak_mib is not None:
        median = f"{result.peak_mib:.0f} MiB"
        spread = ""
        floor = f"{result.floor_peak_mib:.0f} MiB" if result.floor_peak_mib else "-"
    else:
        median = _seconds(result.median_s)
        spread = f"{_seconds(result.min_s)}–{_seconds(result.max_s)}"
        floor = _seconds(result.floor_s)
    ratio = f"{result.ratio:.2f}x" if result.ratio is not None else "-"
    met = {True: "yes", False: "NO", None: "-"}[result.met]
    return [result.name, median, spread, floor, ratio, result.target.describe(), met]


HEADERS = ["measure", "median", "min–max", "floor", "ratio", "target", "met?"]


def format_table(results: list[Result]) -> str:
    """The results as a plain-text table (also valid Markdown)."""
    rows = [HEADERS] + [_row(r) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    separator = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(rows[0]), separator] + [line(r) for r in rows[1:]])


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    model = ""
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                model = text.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def write_results(results: list[Result], path: Path = RESULTS_FILE) -> None:
    """Write results.json: a list with one object per measure (written whole, then renamed)."""
    data = [r.as_json() for r in results]
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)


def describe_run(extra: dict[str, Any]) -> str:
    """One line saying when and where the table was measured."""
    info = machine() | extra
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    details = ", ".join(f"{k} {v}" for k, v in info.items())
    return f"Measured {stamp}: {details}"
