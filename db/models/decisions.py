"""Decisions (beslut) of the municipality's bodies and what they concern."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable


class Decision(Editable):
    """The table of decisions of political bodies."""

    __tablename__ = "decisions"

    body: Mapped[str] = mapped_column(String(30), default="executive_board", index=True)
    # The committee's own name when body is "committee" or "other".
    body_name: Mapped[str | None] = mapped_column(String(200))
    decided_on: Mapped[date] = mapped_column(Date, index=True)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    decided_on_edtf: Mapped[str | None] = mapped_column(String(20))
    section: Mapped[str | None] = mapped_column(String(20))  # "§ 94"
    registry_no: Mapped[str | None] = mapped_column(String(60), index=True)  # "KS 2023/329"
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    distribution: Mapped[str | None] = mapped_column(Text)  # "skickas till"
    # A proposal (förslag) is a matter passed on without being decided yet, e.g. by
    # the working committee to the board; the board's decision points back to it,
    # so both are kept and either can be found from the other.
    is_proposal: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # No foreign key: SQLite could only add one by rebuilding the table, which
    # would cascade to the decision links; the services clear it on delete.
    proposal_id: Mapped[int | None] = mapped_column(Integer, index=True)


class DecisionLink(Editable):
    """A decision concerns a record of any kind (a twinning, an agreement, a trip ...)."""

    __tablename__ = "decision_links"
    __table_args__ = (UniqueConstraint("decision_id", "target_kind", "target_id"),)

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    target_kind: Mapped[str] = mapped_column(String(40), index=True)
    target_id: Mapped[int] = mapped_column(Integer, index=True)
