"""Declarative base shared by every table: naming convention, timestamps, version."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints make batch migrations on SQLite (which rebuild tables)
# and PostgreSQL migrations produce the same, predictable names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp; SQLite keeps no time zone, so we never store one."""
    return datetime.now(UTC).replace(tzinfo=None)


def utcnow_aware() -> datetime:
    """The present moment in UTC, with its time zone."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC and read back timezone-aware.

    PostgreSQL keeps it as ``timestamp with time zone``. SQLite has no such type:
    the text stays the naive UTC time it always was, so older rows and newer rows
    read the same, and a naive value from the database is UTC by this contract.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """A moment as stored: UTC (without a zone on SQLite, which has no type for it)."""
        if value is None:
            return None
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.replace(tzinfo=None) if dialect.name == "sqlite" else moment

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """A stored moment read back as an aware UTC time."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """The base of every table, with the naming convention of its constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Editable(Base):
    """A table the coordinator edits: id, timestamps and an optimistic-lock version."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        """Make every UPDATE check and bump the version column."""
        # SQLAlchemy adds "AND version = ?" to every UPDATE and bumps it, so two
        # writers can never silently overwrite each other.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def link_table(name: str, record_id: str, records: str, linked_id: str, linked: str) -> Table:
    """A table that links a record to others of one kind (a trip's towns, a meeting's participants).

    A link goes with its record (ON DELETE CASCADE) but holds the linked one: a town
    or person still named somewhere cannot be deleted until the link is taken away.
    The linked id is indexed, for "where is this town named" questions.
    """
    return Table(
        name,
        Base.metadata,
        Column(record_id, ForeignKey(f"{records}.id", ondelete="CASCADE"), primary_key=True),
        Column(linked_id, ForeignKey(f"{linked}.id"), primary_key=True, index=True),
    )
