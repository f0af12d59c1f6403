"""Saved mapping reports (kartläggningar), reusable text blocks, what imports remember."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable


class MappingReport(Editable):
    """The table of mapping reports (kartläggningar), with the wizard's texts and choices."""

    __tablename__ = "mapping_reports"

    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    # Section texts and choices of the wizard, keyed by section.
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The data the report was built from, frozen when it is marked final.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("mapping_reports.id", ondelete="SET NULL")
    )
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)


class MappingTextBlock(Editable):
    """A paragraph she wrote once and inserts into later reports (e.g. an outlook paragraph)."""

    __tablename__ = "mapping_text_blocks"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Formatted text as typed in the wizard (bold, italic, lists, quotations).
    text: Mapped[str] = mapped_column(Text, default="")


class SavedColumnChoice(Editable):
    """Column choices of an import, found again for a file with the same headers."""

    __tablename__ = "saved_column_mappings"

    header_signature: Mapped[str] = mapped_column(String(64), unique=True)
    record_kind: Mapped[str] = mapped_column(String(40))
    # The column keeps its first name, "mapping", so no migration is needed.
    columns: Mapped[dict[str, Any]] = mapped_column("mapping", JSON, default=dict)


class SavedCountrySpelling(Editable):
    """A country as some file wrote it ("Sowjetunionen, Estland") and the country it was taken as."""

    __tablename__ = "saved_country_spellings"

    # The spelling folded for matching (app.places.folding.match_key): case and accents aside.
    spelling_key: Mapped[str] = mapped_column(String(200), unique=True)
    # As the file wrote it, to show in the list of remembered spellings.
    written: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))
