"""Trips (resor) and activities (utbyten): the work done with the twin towns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable, link_table
from db.models.grants import MONEY

trip_towns = link_table("trip_towns", "trip_id", "trips", "town_id", "towns")

activity_towns = link_table("activity_towns", "activity_id", "activities", "town_id", "towns")

activity_organisations = link_table(
    "activity_organisations", "activity_id", "activities", "organisation_id", "organisations"
)


class Trip(Editable):
    """The table of trips."""

    __tablename__ = "trips"

    title: Mapped[str] = mapped_column(String(300), index=True)
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    travellers: Mapped[str | None] = mapped_column(Text)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    goals: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    estimated_cost: Mapped[Decimal | None] = mapped_column(MONEY)
    actual_cost: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    funding: Mapped[str | None] = mapped_column(Text)
    approval_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL")
    )
    report_back_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(30), default="planned", index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Activity(Editable):
    """The table of activities (exchanges)."""

    __tablename__ = "activities"

    title: Mapped[str] = mapped_column(String(300), index=True)
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    area: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    municipality_took_part: Mapped[bool] = mapped_column(Boolean, default=False)
    funding: Mapped[str | None] = mapped_column(Text)
    source_reference: Mapped[str | None] = mapped_column(Text)
