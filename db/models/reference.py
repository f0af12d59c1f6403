"""Reference facts (omvärldsfakta): figures from national surveys and programmes, with sources.

The mapping report's Omvärldsperspektiv puts the municipality's twinnings beside
what is known elsewhere (how many Swedish municipalities keep Nordic twin towns,
how many are active). Each fact keeps its source and year so the report can
cite it; the coordinator corrects and adds facts like any other record.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Editable


class ReferenceFact(Editable):
    """The table of facts the mapping report quotes."""

    __tablename__ = "reference_facts"

    # What the fact is about, so the report can word it ("nordic_twin_towns" ...);
    # "other" or empty: the fact's own text is used as written.
    topic: Mapped[str | None] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    figure: Mapped[Decimal | None] = mapped_column(Numeric(16, 6))
    unit: Mapped[str | None] = mapped_column(String(60))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    source_title: Mapped[str] = mapped_column(String(300))
    source_publisher: Mapped[str | None] = mapped_column(String(300))
    source_url: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
