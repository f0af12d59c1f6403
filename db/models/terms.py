"""Terms of office (mandatperioder) and the evaluation of each twinning in each."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable


class TermOfOffice(Editable):
    """The table of terms of office."""

    __tablename__ = "terms_of_office"
    __table_args__ = (UniqueConstraint("start_year"),)

    start_year: Mapped[int] = mapped_column(Integer)  # 2022 for 2022–2026
    end_year: Mapped[int] = mapped_column(Integer)
    # Swedish terms run from 15 October of the election year.
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class Evaluation(Editable):
    """The table of evaluations of twinnings by term."""

    __tablename__ = "evaluations"
    __table_args__ = (UniqueConstraint("term_id", "twinning_id"),)

    term_id: Mapped[int] = mapped_column(
        ForeignKey("terms_of_office.id", ondelete="CASCADE"), index=True
    )
    twinning_id: Mapped[int] = mapped_column(
        ForeignKey("twinnings.id", ondelete="CASCADE"), index=True
    )
    activity_summary: Mapped[str | None] = mapped_column(Text)
    benefit: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[str | None] = mapped_column(String(20))  # keep, develop, end
    # The decision that followed: the council's verdict is taken in it.
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))
    # The council's verdict on the twinning: "continue" or "end" (db.vocabulary.VERDICTS).
    verdict: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
