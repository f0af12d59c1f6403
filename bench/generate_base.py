"""What the generators of the benchmark register share: fixed stamps, chunks, the towns chosen."""

from __future__ import annotations

import bisect
import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

COUNT_YEARS = tuple(range(2015, 2025))  # member counts over ten years
NATIONAL_ASSOCIATIONS = 50  # the first organisations: parents of the local branches
HOME_TOWN = ("Vänersborg", "SE", 58.380, 12.323)
# Every generated row carries this time, so two runs write identical files.
STAMP = datetime(2026, 1, 15, 9, 30)
CHUNK = 5_000


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o"))
    kept = "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == " "))
    return kept.lower().replace(" ", "")


def _random_date(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1).toordinal()
    end = date(last_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(start, end))


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _editable(row_id: int, **values: Any) -> dict[str, Any]:
    return {"id": row_id, "created_at": STAMP, "updated_at": STAMP, "version": 1, **values}


@dataclass
class _Towns:
    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    cumulative: list[float] = field(default_factory=list)  # popularity, for twinning choices

    def pick(self, rng: random.Random) -> int:
        """A town index, larger towns more often (they have more twins)."""
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])
