"""The shapes of a list as the window holds it: its filters, a page, a whole table.

Apart from app.services.listing, which reads them from the register, so the
window's list code can be loaded before SQLAlchemy and the models are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.services.fields import FieldSpec
from app.services.records import RecordRef


@dataclass(frozen=True)
class Filters:
    """What a list shows: the search text, ended records or not, and field filters."""

    search: str = ""
    show_ended: bool = True
    equals: dict[str, Any] = field(default_factory=dict)
    related: RecordRef | None = None
    # Records whose dates touch this period (first date range of the kind).
    period: tuple[date | None, date | None] = (None, None)
    # A list longer than this is read first as its ids and this many rows' values.
    head: int | None = None


@dataclass(frozen=True)
class ListQuery:
    """One page of a list: its filters, its order and where it starts."""

    filters: Filters = Filters()
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = 100


@dataclass(frozen=True)
class Page:
    """The records of one page of a list and how many there are in all."""

    records: list[Any]
    total: int


HEAD_ROWS = 200
"""The rows of a long list read first: more than a screen, read in a few milliseconds."""


@dataclass
class Table:
    """A whole list for a view: display values per column, ready to filter and sort.

    A table read with ``Filters.head`` may hold only its first rows' values:
    ``unread`` are the rows (positions in ``ids``) whose values and search keys
    are blanks, and ``rest`` reads the whole table (on a worker: it talks to
    the register). A complete table has neither.
    """

    kind: str
    columns: tuple[FieldSpec, ...]
    ids: list[int]
    values: list[tuple[Any, ...]]
    ended: list[bool]
    search_keys: list[str]
    unread: set[int] = field(default_factory=set)
    rest: Callable[[], Table] | None = None
    # Per column, the values that occur in the rows not read yet (the filter bar's choices).
    elsewhere: dict[int, set[Any]] = field(default_factory=dict)

    def column_values(self, column: int) -> set[Any]:
        """The values that occur in ``column`` (in every row, read yet or not), blanks aside."""
        found = {values[column] for values in self.values if values[column]}
        return found | self.elsewhere.get(column, set())


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search-as-you-type ("malmo" finds Malmö)."""
    if text.isascii():
        # Most of a list is plain ASCII, which has no accents to strip: 30 000 town
        # rows fold in a seventh less time (bench/, start and save of a form).
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
