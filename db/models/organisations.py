"""Associations, branches, schools, departments; their member counts and people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Editable


class Organisation(Editable):
    """The table of organisations."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="association")
    town_id: Mapped[int | None] = mapped_column(ForeignKey("towns.id"), index=True)
    # A local branch belongs to its national association (Föreningen Norden).
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    founded: Mapped[date | None] = mapped_column(Date)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    founded_edtf: Mapped[str | None] = mapped_column(String(20))
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)

    member_counts: Mapped[list[MemberCount]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="MemberCount.year"
    )


class MemberCount(Editable):
    """Members of an organisation in a year; ``count`` None means "uppgift saknas"."""

    __tablename__ = "member_counts"
    __table_args__ = (UniqueConstraint("organisation_id", "year"),)

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    year_edtf: Mapped[str | None] = mapped_column(String(20))
    count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation] = relationship(back_populates="member_counts")


class Person(Editable):
    """A person: personal data, with an extract, correction and disposal (gallring)."""

    __tablename__ = "persons"

    name: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(60))
    languages: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # When the data is to be disposed of, by rule or decision.
    dispose_after: Mapped[date | None] = mapped_column(Date)
