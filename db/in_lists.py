"""Ids for an ``IN (...)`` clause in lists short enough for every database.

SQLite builds before 3.32 allow at most 999 bound parameters in one statement,
so every query that filters on a list of ids asks for them in chunks of
:data:`IN_LIMIT`; the results of the chunks are put together by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["IN_LIMIT", "in_chunks"]

IN_LIMIT = 900
"""Ids per IN list: below SQLite's bound-parameter limit on every version."""


def in_chunks(ids: Iterable[int], size: int = IN_LIMIT) -> Iterator[list[int]]:
    """``ids`` in their order, in lists of at most ``size`` (nothing for no ids)."""
    ordered = ids if isinstance(ids, list) else list(ids)
    for first in range(0, len(ordered), size):
        yield ordered[first : first + size]
