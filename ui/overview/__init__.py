"""The start page "Översikt": what needs the coordinator today, each line one step from its record."""

from ui.overview.page import OverviewPage

__all__ = ["OverviewPage"]
