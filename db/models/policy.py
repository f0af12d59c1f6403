"""Governing documents (styrdokument) and their revisions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Editable


class PolicyDocument(Editable):
    """The table of governing documents."""

    __tablename__ = "policy_documents"

    title: Mapped[str] = mapped_column(String(300), index=True)
    doc_type: Mapped[str] = mapped_column(String(20), default="policy")
    owner: Mapped[str | None] = mapped_column(String(200))  # "KF presidium"
    responsible_officer: Mapped[str | None] = mapped_column(String(200))  # "Kanslichef"
    decided_by: Mapped[str | None] = mapped_column(String(30))  # a body code
    decided_on: Mapped[date | None] = mapped_column(Date)
    # As precisely as known, EDTF ("194X", "1949~"); the column above keeps
    # its earliest day (or year) for sorting and queries. See app/dates.
    decided_on_edtf: Mapped[str | None] = mapped_column(String(20))
    section: Mapped[str | None] = mapped_column(String(20))
    registry_no: Mapped[str | None] = mapped_column(String(60))
    revise_by: Mapped[date | None] = mapped_column(Date, index=True)
    revise_by_edtf: Mapped[str | None] = mapped_column(String(20))
    scope: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    revisions: Mapped[list[PolicyRevision]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        order_by="PolicyRevision.revised_on",
    )


class PolicyRevision(Editable):
    """The table of revisions of governing documents."""

    __tablename__ = "policy_revisions"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("policy_documents.id", ondelete="CASCADE"), index=True
    )
    revised_on: Mapped[date] = mapped_column(Date)
    section: Mapped[str | None] = mapped_column(String(20))
    registry_no: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(Text)

    document: Mapped[PolicyDocument] = relationship(back_populates="revisions")
