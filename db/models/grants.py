"""Grants (bidrag) to associations, and the exchange rates that turn them into SEK."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable

MONEY = Numeric(16, 2)


class Grant(Editable):
    """The table of grants to organisations."""

    __tablename__ = "grants"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    # The body that pays, when it is not the home municipality (Herning pays its branch).
    payer_town_id: Mapped[int | None] = mapped_column(ForeignKey("towns.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    amount: Mapped[Decimal | None] = mapped_column(MONEY)  # None: unknown amount
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    conditions: Mapped[str | None] = mapped_column(Text)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))
    report_due: Mapped[date | None] = mapped_column(Date)
    report_received: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class ExchangeRate(Editable):
    """How many SEK one unit of a currency was worth in a year, entered by the user."""

    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("currency", "year"),)

    currency: Mapped[str] = mapped_column(String(3))
    year: Mapped[int] = mapped_column(Integer)
    rate_to_sek: Mapped[Decimal] = mapped_column(Numeric(16, 6))
