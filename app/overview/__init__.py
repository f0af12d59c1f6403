"""The start page's content: what needs the coordinator today, read in one pass.

``read_overview(db, today)`` gathers the sections of the page "Översikt":
what is due and overdue (the to-do list's own collection), the twinnings by
status at each level with the ones whose status changed over the last year,
each network's next meeting and the home town's hosting year, the governing
documents near their revise-by date, and the newest entries of the change log.
Every line says why it is there and names the record it opens.
"""

from __future__ import annotations

from app.overview.desk import (
    DUE,
    NETWORKS,
    POLICIES,
    RECENT,
    SECTIONS,
    STATUS,
    Overview,
    OverviewLine,
    Section,
    read_overview,
    section_title,
)

__all__ = [
    "DUE",
    "NETWORKS",
    "POLICIES",
    "RECENT",
    "SECTIONS",
    "STATUS",
    "Overview",
    "OverviewLine",
    "Section",
    "read_overview",
    "section_title",
]
