"""Agreements (avtal), their parties and their action plans."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Editable


class Agreement(Editable):
    """The table of agreements."""

    __tablename__ = "agreements"

    title: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="twinning_agreement")
    signed_date: Mapped[date | None] = mapped_column(Date)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    signed_date_edtf: Mapped[str | None] = mapped_column(String(20))
    signatories: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    # Days of warning before review or end; None uses the municipality's rule.
    lead_days: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    priority_areas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", lazy="selectin"
    )
    actions: Mapped[list[AgreementAction]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementAction.due_date",
    )


class AgreementParty(Editable):
    """One party to an agreement: a town or an organisation."""

    __tablename__ = "agreement_parties"
    __table_args__ = (
        CheckConstraint(
            "(town_id IS NOT NULL) OR (organisation_id IS NOT NULL)", name="town_or_organisation"
        ),
    )

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    town_id: Mapped[int | None] = mapped_column(ForeignKey("towns.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")


class AgreementAction(Editable):
    """A time-bound item of an agreement's action plan."""

    __tablename__ = "agreement_actions"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    responsible: Mapped[str | None] = mapped_column(String(200))

    agreement: Mapped[Agreement] = relationship(back_populates="actions")
