"""Ids for an ``IN (...)`` clause in lists short enough for every database.

SQLite builds before 3.32 allow at most 999 bound parameters in one statement,
so every query that filters on a list of ids asks for them in chunks of
:data:`IN_LIMIT`; the results of the chunks are put together by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVarTuple

if TYPE_CHECKING:  # only types: this module is read on the start path, before SQLAlchemy
    from sqlalchemy import ColumnElement, Row, Select
    from sqlalchemy.orm import InstrumentedAttribute, Session

_Columns = TypeVarTuple("_Columns")

__all__ = ["IN_LIMIT", "in_chunks", "rows_among"]

IN_LIMIT = 900
"""Ids per IN list: below SQLite's bound-parameter limit on every version."""


def in_chunks(ids: Iterable[int], size: int = IN_LIMIT) -> Iterator[list[int]]:
    """``ids`` in their order, in lists of at most ``size`` (nothing for no ids)."""
    ordered = ids if isinstance(ids, list) else list(ids)
    for first in range(0, len(ordered), size):
        yield ordered[first : first + size]


def rows_among(
    session: Session,
    query: Select[*_Columns],
    column: ColumnElement[int] | InstrumentedAttribute[int],
    ids: Iterable[int] | None,
) -> list[Row[*_Columns]]:
    """The rows of ``query``: every one, or (``ids`` given) those whose ``column`` is one of
    ``ids``, asked for in chunks and put together in the query's order within each chunk."""
    if ids is None:
        return list(session.execute(query))
    rows: list[Row[*_Columns]] = []
    for chunk in in_chunks(sorted(set(ids))):
        rows.extend(session.execute(query.where(column.in_(chunk))))
    return rows
