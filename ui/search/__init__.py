"""Search everywhere (Ctrl+K): the box that searches the whole register as you type."""

from ui.search.popup import SearchPopup, open_search

__all__ = ["SearchPopup", "open_search"]
