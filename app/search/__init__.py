"""Search everywhere (Ctrl+K): one query over every kind of record, grouped by kind."""

from app.search.everywhere import Group, Hit, Results, search

__all__ = ["Group", "Hit", "Results", "search"]
