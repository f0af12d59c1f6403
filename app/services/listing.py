"""Lists of records: SQL pages for the command line and reports, whole tables for the views.

The views filter and sort in memory over rows read once as tuples: for 30 000
rows that is a few milliseconds a keystroke, where a proxy model would take
seconds to sort (PLATFORM.md).

A long list is read in two steps (``Filters.head``): every matching id first,
with the values of only its first screen's rows, so 25 000 twinnings open as
fast as 100; then the whole table (``Table.rest``), which the view reads on its
worker and puts in place. The search and sorting need every row's shown text
(accents folded, Swedish order, names of linked records), which neither
SQLite nor a server's SQL gives alike, so they run on the whole table as
before, once it is there.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.dates import known_date
from app.services.fields import APPROX_TYPES, FieldSpec
from app.services.kinds import KindSpec, spec_for
from app.services.links import LINK_FIELDS

# The shapes of a list live apart, so the window can name them without SQLAlchemy.
from app.services.list_shapes import HEAD_ROWS as HEAD_ROWS
from app.services.list_shapes import Filters as Filters
from app.services.list_shapes import ListQuery as ListQuery
from app.services.list_shapes import Page as Page
from app.services.list_shapes import Table as Table
from app.services.list_shapes import fold as fold
from app.services.record_labels import labels_in
from app.services.records import RecordRef
from app.services.store import _records_bulk, search_condition
from app.vocabulary import label as choice_label
from db import models as m
from db.session import Database

# Fewer than the objects that start a garbage collection (700 by default).
ID_BATCH = 500


def _apply_filters(
    session: Session, spec: KindSpec, query: Select[Any], filters: Filters
) -> Select[Any]:
    model = spec.model
    condition = search_condition(spec, filters.search)
    if condition is not None:
        query = query.where(condition)
    for name, value in filters.equals.items():
        if value is None:
            continue
        column = getattr(model, name)
        query = query.where(column == value)
    if not filters.show_ended and spec.ended_field:
        column = getattr(model, spec.ended_field)
        query = query.where(or_(column.is_(None), column.not_in(spec.ended_values)))
    first, last = filters.period
    if (first or last) and spec.date_ranges:
        start_name, end_name = spec.date_ranges[0]
        start_col, end_col = getattr(model, start_name), getattr(model, end_name)
        if last is not None:
            query = query.where(start_col <= last)
        if first is not None:
            if spec.open_ended:
                query = query.where(or_(end_col >= first, end_col.is_(None)))
            else:
                query = query.where(
                    or_(end_col >= first, and_(end_col.is_(None), start_col >= first))
                )
    if filters.related is not None:
        ids = related_ids(session, spec, filters.related)
        query = query.where(model.id.in_(sorted(ids)))
    return query


def related_ids(session: Session, spec: KindSpec, related: RecordRef) -> set[int]:
    """Ids of records of ``spec`` linked to ``related`` in either direction."""
    model = spec.model
    found: set[int] = set()
    for f in spec.fields:
        if f.ref_kind != related.kind:
            continue
        if f.type == "ref":
            found |= set(
                session.scalars(select(model.id).where(getattr(model, f.name) == related.id))
            )
        elif f.type == "refs":
            link = LINK_FIELDS[(spec.kind, f.name)]
            if link.owners_of is not None:
                found |= link.owners_of(session, related.id)
    if spec.kind == "decision":
        found |= set(
            session.scalars(
                select(m.DecisionLink.decision_id).where(
                    m.DecisionLink.target_kind == related.kind,
                    m.DecisionLink.target_id == related.id,
                )
            )
        )
    if related.kind == "decision":
        found |= set(
            session.scalars(
                select(m.DecisionLink.target_id).where(
                    m.DecisionLink.decision_id == related.id,
                    m.DecisionLink.target_kind == spec.kind,
                )
            )
        )
    if related.kind == spec.kind:
        found.discard(related.id)
    # A town's networks, and a network's towns, go through the membership.
    if spec.kind == "network" and related.kind == "town":
        found |= set(
            session.scalars(
                select(m.NetworkMember.network_id).where(m.NetworkMember.town_id == related.id)
            )
        )
    if spec.kind == "town" and related.kind == "network":
        found |= set(
            session.scalars(
                select(m.NetworkMember.town_id).where(m.NetworkMember.network_id == related.id)
            )
        )
    if spec.kind == "town" and related.kind == "twinning":
        row = session.get(m.Twinning, related.id)
        if row is not None:
            found |= {row.town_a_id, row.town_b_id}
    if spec.kind == "person" and related.kind == "town":
        orgs = select(m.Organisation.id).where(m.Organisation.town_id == related.id)
        found |= set(session.scalars(select(m.Person.id).where(m.Person.organisation_id.in_(orgs))))
    return found


def list_page(db: Database, kind: str, query: ListQuery | None = None) -> Page:
    """One page of records, searched, filtered and sorted in SQL."""
    spec = spec_for(kind)
    query = query or ListQuery()
    with db.reading() as session:
        base = _apply_filters(session, spec, select(spec.model), query.filters)
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        sort = query.sort or spec.default_sort or "id"
        column = getattr(spec.model, sort)
        ordered = base.order_by(column.desc() if query.descending else column, spec.model.id)
        if query.offset:
            ordered = ordered.offset(query.offset)
        if query.limit is not None:
            ordered = ordered.limit(query.limit)
        rows = list(session.scalars(ordered))
        return Page(_records_bulk(session, spec, rows), total)


def kind_counts(db: Database, kinds: Iterable[str]) -> dict[str, int]:
    """How many records each of ``kinds`` holds, as its unfiltered list counts them.

    One statement (a UNION ALL of counts) rather than one per kind: the
    navigation asks after every save, and on a server each statement is a
    round trip.
    """
    with db.reading() as session:
        parts = []
        for kind in kinds:
            spec = spec_for(kind)
            base = _apply_filters(session, spec, select(spec.model.id), Filters())
            counted = select(func.count()).select_from(base.subquery()).scalar_subquery()
            parts.append(select(literal(kind).label("kind"), counted.label("total")))
        if not parts:
            return {}
        rows = session.execute(union_all(*parts)).all()
    return {str(kind): int(total or 0) for kind, total in rows}


def table(db: Database, kind: str, filters: Filters | None = None) -> Table:
    """Every matching record of ``kind`` as display rows for a list view.

    With ``filters.head`` a list longer than that is read as its ids and its
    first rows; its ``rest`` reads the whole of it.
    """
    spec = spec_for(kind)
    filters = filters or Filters()
    with db.reading() as session:
        if filters.head is not None:
            head = _head_in(session, spec, filters, filters.head)
            if head is not None:
                whole = replace(filters, head=None)
                head.rest = lambda: table(db, kind, whole)
                return head
        return table_in(session, spec, filters)


def _head_in(session: Session, spec: KindSpec, filters: Filters, rows: int) -> Table | None:
    """Every matching id with the values of the first ``rows`` in the list's own order.

    None when the list is no longer than ``rows``: then it is read whole at once.
    The first rows are those of the kind's default order as SQL sorts it; the
    view sorts them its own way (Swedish order), and the whole table follows.
    The ids alone come from an index, without reading the rows; the few ended
    ones are asked for apart (by their own index) instead of reading each row's
    status. Each step is one C-level pass over the ids: this read comes before
    the list can show anything.
    """
    model = spec.model
    query = _apply_filters(session, spec, select(model.id), filters).order_by(model.id)
    ids = _ids_of(session, query)
    if len(ids) <= rows:
        return None
    ended = _ended_flags(session, spec, filters, ids)
    first = table_in(session, spec, filters, first=rows)
    columns = first.columns
    blank: tuple[Any, ...] = ("",) * len(columns)
    values = [blank] * len(ids)
    keys = [""] * len(ids)
    unread = set(range(len(ids)))
    for index, record_id in enumerate(first.ids):
        row = bisect_left(ids, record_id)  # the ids are in ascending order
        values[row] = first.values[index]
        keys[row] = first.search_keys[index]
        unread.discard(row)
    elsewhere = _countries_elsewhere(session, spec, filters, columns)
    return Table(spec.kind, columns, ids, values, ended, keys, unread, None, elsewhere)


def _ids_of(session: Session, query: Select[Any]) -> list[int]:
    """The ids ``query`` selects, fetched as the database driver gives them.

    A result row per id would be 26 000 objects for the twinnings of a Europe-sized
    register, and their making takes most of the list's first read; plain integers
    need no converting. The driver's rows come a few hundred at a time and are gone
    before the next ones: 26 000 of them alive at once would set off dozens of
    garbage collections, now and then one of the whole program (a third of a second).
    """
    result = session.connection().execute(query)
    ids: list[int] = []
    try:
        while rows := result.cursor.fetchmany(ID_BATCH):
            ids.extend(map(itemgetter(0), rows))
    finally:
        result.close()
    return ids


def _ended_flags(session: Session, spec: KindSpec, filters: Filters, ids: list[int]) -> list[bool]:
    """For each of ``ids`` (ascending), whether its record has ended."""
    if not spec.ended_field:
        return [False] * len(ids)
    column = getattr(spec.model, spec.ended_field)
    query = select(spec.model.id).where(column.in_(spec.ended_values))
    ended = set(_ids_of(session, _apply_filters(session, spec, query, filters)))
    if not ended:
        return [False] * len(ids)
    return [record_id in ended for record_id in ids]


def _first_rows(session: Session, spec: KindSpec, query: Select[Any], first: int) -> list[Any]:
    """The first ``first`` rows of ``query`` in the kind's default order, empty values last.

    On a plain column this is asked as two queries, the filled values in order and
    then the empty ones, each of which an index on the column answers by reading
    only the rows it returns; one ORDER BY on "is empty, value" would sort the
    whole table first (26 000 twinnings) to return 200 rows.
    """
    model = spec.model
    sort = _shown_column(spec, spec.default_sort or "id")
    if not isinstance(sort, InstrumentedAttribute):
        # A worked-out value (a judged status): no index knows its order.
        ordered = query.order_by(sort.is_(None), sort, model.id).limit(first)
        return list(session.execute(ordered).all())
    filled = query.where(sort.is_not(None)).order_by(sort, model.id).limit(first)
    rows = list(session.execute(filled).all())
    if len(rows) < first:
        empty = query.where(sort.is_(None)).order_by(model.id).limit(first - len(rows))
        rows += session.execute(empty).all()
    return rows


def _countries_elsewhere(
    session: Session, spec: KindSpec, filters: Filters, columns: tuple[FieldSpec, ...]
) -> dict[int, set[Any]]:
    """The country names of every matching row, by column: the filter bar offers those."""
    found: dict[int, set[Any]] = {}
    names: dict[str, str] | None = None
    for column, f in enumerate(columns):
        if f.type != "country":
            continue
        names = names if names is not None else _country_names()
        code = getattr(spec.model, f.name)
        query = _apply_filters(session, spec, select(code).distinct(), filters)
        found[column] = {names.get(value, value) for value in session.scalars(query) if value}
    return found


def _country_names() -> dict[str, str]:
    try:
        from app.i18n import current_language
        from app.places.countries import all_countries
    except ImportError:
        return {}
    language = current_language()
    return {c.code: (c.name_sv if language == "sv" else c.name_en) for c in all_countries()}


# Where the coordinator has judged a twinning's status, her judgement is the status a list
# shows (unless the twinning has ended): the stored status stays in the record's form.
_JUDGED_BY = {("twinning", "status"): "status_override"}


def _shown_column(spec: KindSpec, name: str) -> Any:
    column = getattr(spec.model, name)
    judged_by = _JUDGED_BY.get((spec.kind, name))
    if judged_by is None:
        return column
    judgement = getattr(spec.model, judged_by)
    return case((and_(judgement.is_not(None), column != "ended"), judgement), else_=column).label(
        name
    )


def table_in(
    session: Session, spec: KindSpec, filters: Filters, *, first: int | None = None
) -> Table:
    """The whole list of ``spec``'s records under ``filters``, read in ``session``.

    ``first`` reads only that many rows, the first in the kind's default order
    (the first screen of a long list, see :func:`table`).
    """
    columns = spec.list_fields
    model = spec.model
    selected = [model.id] + [_shown_column(spec, f.name) for f in columns]
    # Dates known roughly need their EDTF companion to read as written ("1940-talet").
    approx = [
        (index, len(selected) + n)
        for n, index in enumerate(i for i, f in enumerate(columns, 1) if f.type in APPROX_TYPES)
    ]
    selected += [getattr(model, f"{columns[index - 1].name}_edtf") for index, _ in approx]
    ended_column = getattr(model, spec.ended_field) if spec.ended_field else None
    if ended_column is not None:
        selected.append(ended_column)
    query = _apply_filters(session, spec, select(*selected), filters)
    if first is None:
        rows = session.execute(query.order_by(model.id)).all()
    else:
        rows = _first_rows(session, spec, query, first)
    ref_labels: dict[str, dict[int, str]] = {}
    for column_number, f in enumerate(columns, start=1):
        if f.type == "ref" and f.ref_kind:
            # A few rows name a few records: only their labels, not every town's.
            wanted = None if first is None else sorted({r[column_number] for r in rows} - {None})
            ref_labels[f.name] = labels_in(session, f.ref_kind, wanted)
    countries = _country_names() if any(f.type == "country" for f in columns) else {}
    ids: list[int] = []
    values: list[tuple[Any, ...]] = []
    ended: list[bool] = []
    keys: list[str] = []
    for row in rows:
        ids.append(row[0])
        shown: list[Any] = []
        known = {index: known_date(row[index], row[stored]) for index, stored in approx}
        for index, f in enumerate(columns, start=1):
            value: Any = known[index] if index in known else row[index]
            if f.type == "ref":
                value = ref_labels[f.name].get(value, "") if value is not None else ""
            elif f.type == "choice":
                value = choice_label(value)
            elif f.type == "tags":
                value = ", ".join(choice_label(v) for v in value or ())
            elif f.type == "country" and value:
                value = countries.get(value, value)
            elif f.type == "bool":
                value = bool(value)
            shown.append(value)
        values.append(tuple(shown))
        ended.append(ended_column is not None and row[-1] in spec.ended_values)
        keys.append(fold(" ".join(str(v) for v in shown if v is not None and v != "")))
    return Table(spec.kind, columns, ids, values, ended, keys)
