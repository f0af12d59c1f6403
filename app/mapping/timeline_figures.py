"""The mapping report's pictures: the twinnings' timeline and the member chart.

The bars come from :func:`app.mapping.timeline_facts.twinning_timeline_rows`
(kept in the report's data, so a final report draws the same figure years
later); the chart from the member counts of an association.
"""

from __future__ import annotations

from app.i18n import translate
from app.mapping.data import AssociationFacts, MappingData
from app.reports.cell_text import fill
from app.reports.document import Block, Figure, MemberChart, MemberSeries, TwinningTimeline

MEMBER_CHART_FROM = 2
"""An association gets a member chart from this many known counts."""


def timeline_figures(data: MappingData) -> list[Block]:
    """The timeline figure of the twinnings in scope, or nothing when no start is known."""
    if not data.timeline:
        return []
    ended = sum(1 for row in data.timeline if row.end is not None)
    if ended:
        caption = translate(
            "Mapping",
            "The twinnings from the first contact to their end or today, shaded by their "
            "status in each period; a bar that stops ends in the year written after it.",
        )
    else:
        caption = translate(
            "Mapping",
            "The twinnings from the first contact until today, shaded by their status in "
            "each period.",
        )
    today = data.timeline_today or data.made_at.date()
    return [Figure(TwinningTimeline(tuple(data.timeline), today), caption)]


def member_chart_figures(association: AssociationFacts) -> list[Block]:
    """A chart of the association's members over the years, when two or more counts are known."""
    known = [count for _, count in association.member_counts if count is not None]
    if len(known) < MEMBER_CHART_FROM:
        return []
    return [
        Figure(
            MemberChart((MemberSeries(association.name, tuple(association.member_counts)),)),
            fill(translate("Mapping", "Members of %1 over the years."), association.name),
        )
    ]
