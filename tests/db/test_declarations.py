"""The ORM models and the newest schema hold to the record kinds as they are declared.

A kind is described once: its record dataclass with its field specs
(app.services.kinds). The model in db/models/ and the migrations that build the
schema are written by hand beside it; these checks notice when they drift apart,
before a form offers a field the table cannot keep or a server refuses a value
with an error of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import String, inspect

from app.money import CURRENCIES
from app.services.kinds import KINDS, KindSpec
from app.services.links import LINK_FIELDS
from db.engine import make_engine
from db.migrate import upgrade

# Columns every edited table has that are not the coordinator's facts; why each is there.
BOOKKEEPING = {
    "created_at": "when the row was first written (the change log says by whom)",
    "updated_at": "touched on every save, so that a change of links alone bumps the version",
}
# Required in every form and import, yet the column may still be empty: making it NOT
# NULL needs a migration that decides what an old register's empty value becomes.
# Listed so that the list can only shrink: a fixed entry makes the check below fail.
NOT_NULL_AWAITED: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class StoredColumn:
    """One column of a table as the newest schema has it."""

    nullable: bool
    length: int | None  # a String's declared length, None for other types


@dataclass(frozen=True)
class StoredTable:
    """A table of the newest schema: its columns and its check constraints' SQL."""

    columns: dict[str, StoredColumn]
    checks: tuple[str, ...]


@pytest.fixture(scope="module")
def head(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, StoredTable]]:
    """Every table of an empty register brought to the newest revision by the migrations."""
    path = tmp_path_factory.mktemp("head") / "ny.sqlite3"
    engine = make_engine(path, create=True)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            inspector = inspect(connection)
            tables = {}
            for table in inspector.get_table_names():
                columns = {
                    c["name"]: StoredColumn(
                        bool(c["nullable"]),
                        c["type"].length if isinstance(c["type"], String) else None,
                    )
                    for c in inspector.get_columns(table)
                }
                checks = tuple(str(k["sqltext"]) for k in inspector.get_check_constraints(table))
                tables[table] = StoredTable(columns, checks)
    finally:
        engine.dispose()
    yield tables


def _record_fields(spec: KindSpec) -> list[dataclasses.Field[Any]]:
    return list(dataclasses.fields(spec.record))


def _companions(spec: KindSpec) -> set[str]:
    # An approximate date fills two columns: the earliest day and the date as known.
    return {f"{f.name}_edtf" for f in spec.fields if f.is_approx}


def model_problems(spec: KindSpec) -> list[str]:
    """Where the kind's ORM model and its declaration disagree, one line each."""
    problems = []
    columns = {c.name for c in spec.model.__table__.columns}
    names = [f.name for f in _record_fields(spec)]
    for name in names:
        linked = (spec.kind, name) in LINK_FIELDS
        if linked and name in columns:
            problems.append(f"{name}: a link field and a column at once")
        if not linked and name not in columns:
            problems.append(f"{name}: a record field with no column")
    for name in sorted(_companions(spec) - columns):
        problems.append(f"{name}: an approximate date without its companion column")
    for name in sorted(columns - set(names) - _companions(spec) - set(BOOKKEEPING)):
        problems.append(f"{name}: a column that is no record field")
    declared = {f.name for f in spec.fields}
    for name in names:
        if name not in declared and name not in ("id", "version"):
            problems.append(f"{name}: a record field with no field spec")
    return problems


def _allowed_values(spec: KindSpec, name: str) -> tuple[str, ...]:
    f = spec.field(name)
    if f.type == "choice":
        return f.choices
    if f.type == "currency":
        return tuple(CURRENCIES)
    if f.type == "country":
        return ("SE", "AX", "FO", "GL")  # ISO 3166-1 alpha-2: two letters
    return ()


_IN_LIST = re.compile(r"^\s*\(?\s*(\w+)\s+IN\s*\((.*)\)\s*\)?\s*$", re.IGNORECASE | re.DOTALL)


def schema_problems(spec: KindSpec, table: StoredTable) -> list[str]:
    """Where the newest schema's table and the kind's declaration disagree, one line each."""
    problems = []
    model_columns = {c.name for c in spec.model.__table__.columns}
    if set(table.columns) != model_columns:
        problems.append(f"columns {sorted(set(table.columns) ^ model_columns)}: model or schema")
    optional = spec.nullable
    for f in spec.fields:
        column = table.columns.get(f.name)
        if column is None:
            continue
        awaited = (spec.kind, f.name) in NOT_NULL_AWAITED
        if f.required and column.nullable and not awaited:
            problems.append(f"{f.name}: required, but the column may be empty")
        if awaited and not column.nullable:
            problems.append(f"{f.name}: NOT NULL now; take it off NOT_NULL_AWAITED")
        if column.nullable and f.name not in optional:
            problems.append(f"{f.name}: the column may be empty, the record field not")
        if f.type in ("text", "url", "email") and column.length != f.max_length:
            problems.append(f"{f.name}: max_length {f.max_length}, column {column.length}")
        allowed = _allowed_values(spec, f.name)
        if column.length is not None and any(len(v) > column.length for v in allowed):
            problems.append(f"{f.name}: an allowed value is longer than the column")
    for check in table.checks:
        match = _IN_LIST.match(check)
        if match is None or match[1] not in {f.name for f in spec.fields}:
            continue  # a rule of its own, not a list of values (a twinning's town order)
        listed = set(re.findall(r"'([^']*)'", match[2]))
        allowed = set(_allowed_values(spec, match[1]))
        if listed != allowed:
            problems.append(f"{match[1]}: the check allows {sorted(listed ^ allowed)} apart")
    return problems


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_model_stores_the_declared_fields(kind: str) -> None:
    """Every record field has its column (or link table), every column its field."""
    assert model_problems(KINDS[kind]) == []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_newest_schema_holds_the_declared_fields(
    kind: str, head: dict[str, StoredTable]
) -> None:
    """NOT NULL where required, lengths as declared, check constraints as the choices."""
    spec = KINDS[kind]
    assert schema_problems(spec, head[spec.model.__tablename__]) == []


def _with_field(spec: KindSpec, name: str, **changes: Any) -> KindSpec:
    fields = tuple(dataclasses.replace(f, **changes) if f.name == name else f for f in spec.fields)
    return dataclasses.replace(spec, fields=fields)


def test_a_declaration_that_drifts_from_the_schema_is_noticed(
    head: dict[str, StoredTable],
) -> None:
    """The checks above can fail: each kind of drift is named."""
    town = KINDS["town"]
    table = head["towns"]
    drifted = _with_field(_with_field(town, "name", max_length=120), "region", required=True)
    assert schema_problems(drifted, table) == [
        "name: max_length 120, column 200",
        "region: required, but the column may be empty",
    ]
    longer_kind = _with_field(town, "kind", choices=("municipality", "x" * 40))
    assert schema_problems(longer_kind, table) == [
        "kind: an allowed value is longer than the column"
    ]
    listed = dataclasses.replace(table, checks=(*table.checks, "kind IN ('municipality')"))
    assert len(schema_problems(town, listed)) == 1
    fewer_columns = dataclasses.replace(
        table, columns={k: v for k, v in table.columns.items() if k != "region"}
    )
    assert schema_problems(town, fewer_columns) == ["columns ['region']: model or schema"]


def test_a_model_that_drifts_from_the_record_is_noticed() -> None:
    """A record field with no column, or a column no field names, is named."""
    town = KINDS["town"]

    @dataclass(frozen=True)
    class Town:  # the real record's name, so the spec finds the real model
        id: int | None = None
        version: int = 0
        name: str = ""
        nickname: str | None = None

    problems = model_problems(dataclasses.replace(town, record=Town))
    assert "nickname: a record field with no column" in problems
    assert "nickname: a record field with no field spec" in problems
    assert "region: a column that is no record field" in problems


def test_the_lists_of_exceptions_name_real_fields() -> None:
    """A bookkeeping column or an awaited NOT NULL that no longer exists is taken off."""
    for kind, name in NOT_NULL_AWAITED:
        assert KINDS[kind].field(name).required
    for spec in KINDS.values():
        assert set(BOOKKEEPING) <= {c.name for c in spec.model.__table__.columns}
