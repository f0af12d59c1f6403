"""The timeline's colours, one copy for the report's figure and the window's town page.

Plain hex strings, so the window can draw the same shades without importing
reportlab (about 0.15 s): :mod:`app.reports.timeline_figure` makes its
reportlab colours from these, the town page its QColors.
"""

from __future__ import annotations

STATUS_COLOURS: dict[str, str] = {
    "active": "#2f6f3e",
    "new": "#5b9bd5",
    "sporadic": "#e0a526",
    "dormant": "#b4bcc4",
}
"""One shade per status; the order is the legend's."""

UNJUDGED_COLOUR = "#dde3e8"  # years before the register can say anything
MEETING_COLOUR = "#1d4e79"
ACTIVITY_COLOUR = "#8a2b2b"
TEXT_COLOUR = "#1f2328"
GRID_COLOUR = "#d3d9df"
AXIS_COLOUR = "#6b7580"
