"""Chains of twin towns (vänortskedjor), their members and their meetings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Editable
from db.models.towns import Town


class Network(Editable):
    """The table of networks of towns."""

    __tablename__ = "networks"

    name: Mapped[str] = mapped_column(String(200), index=True)
    # Meetings every N years (1: annual, 2: biennial).
    cadence_years: Mapped[int] = mapped_column(Integer, default=1)
    founded_year: Mapped[int | None] = mapped_column(Integer)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    founded_year_edtf: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[NetworkMember]] = relationship(
        back_populates="network", cascade="all, delete-orphan", order_by="NetworkMember.id"
    )
    meetings: Mapped[list[NetworkMeeting]] = relationship(
        back_populates="network", cascade="all, delete-orphan", order_by="NetworkMeeting.year"
    )


class NetworkMember(Editable):
    """The table of towns' memberships of networks."""

    __tablename__ = "network_members"
    __table_args__ = (UniqueConstraint("network_id", "town_id"),)

    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), index=True)
    joined_year: Mapped[int | None] = mapped_column(Integer)
    joined_year_edtf: Mapped[str | None] = mapped_column(String(20))
    left_year: Mapped[int | None] = mapped_column(Integer)
    left_year_edtf: Mapped[str | None] = mapped_column(String(20))
    # Position in the hosting rotation; members without one do not host.
    rotation_position: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    network: Mapped[Network] = relationship(back_populates="members")
    town: Mapped[Town] = relationship()


class NetworkMeeting(Editable):
    """The table of network meetings."""

    __tablename__ = "network_meetings"

    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)
    host_town_id: Mapped[int | None] = mapped_column(ForeignKey("towns.id"), index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="meeting")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str | None] = mapped_column(Text)
    follow_up_report: Mapped[str | None] = mapped_column(Text)
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    network: Mapped[Network] = relationship(back_populates="meetings")
    host_town: Mapped[Town | None] = relationship()
