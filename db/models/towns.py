"""Towns and the twinnings between them."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Editable


class Town(Editable):
    """The table of towns."""

    __tablename__ = "towns"

    name: Mapped[str] = mapped_column(String(200), index=True)
    local_name: Mapped[str | None] = mapped_column(String(200))
    # ISO 3166-1 alpha-2; Åland (AX), the Faroes (FO) and Greenland (GL) are codes of their own.
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    # A region without a code of its own, such as Sydslesvig.
    region: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30), default="municipality")
    population: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    # The municipality (or, for an association, the municipalities) whose register this is.
    is_home: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    names: Mapped[list[TownName]] = relationship(
        back_populates="town", cascade="all, delete-orphan", lazy="selectin"
    )


class TownName(Editable):
    """Another spelling of a town's name, kept when towns are merged on import."""

    __tablename__ = "town_names"
    __table_args__ = (UniqueConstraint("town_id", "name"),)

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)

    town: Mapped[Town] = relationship(back_populates="names")


class Twinning(Editable):
    """A link between two towns; stored with the smaller id first so A–B is B–A."""

    __tablename__ = "twinnings"
    __table_args__ = (
        UniqueConstraint("town_a_id", "town_b_id"),
        CheckConstraint("town_a_id < town_b_id", name="ordered_pair"),
    )

    town_a_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    town_b_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="twin_town")
    # Indexed: the twinnings list opens on its first rows by this year.
    contact_year: Mapped[int | None] = mapped_column(Integer, index=True)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    contact_year_edtf: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[date | None] = mapped_column(Date)
    start_date_edtf: Mapped[str | None] = mapped_column(String(20))
    end_date: Mapped[date | None] = mapped_column(Date)
    end_date_edtf: Mapped[str | None] = mapped_column(String(20))
    end_reason: Mapped[str | None] = mapped_column(Text)
    end_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    # The coordinator's judgement when it differs from the derived status; both are kept.
    status_override: Mapped[str | None] = mapped_column(String(20))
    status_override_reason: Mapped[str | None] = mapped_column(Text)
    areas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)

    town_a: Mapped[Town] = relationship(foreign_keys=[town_a_id])
    town_b: Mapped[Town] = relationship(foreign_keys=[town_b_id])
