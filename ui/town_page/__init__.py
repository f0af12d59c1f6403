"""The page per twin town, reached from the lists, the search and the start page.

:func:`show_town_page` puts it over the window's pages; Back returns to the
page she came from with its list as she left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget

from ui.pages import Page

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker
    from ui.town_page.page import TownPage


class TownPageWindow(Protocol):
    """What the town page needs of the main window (ui.main_window.MainWindow has it).

    Named here, not imported: the window opens the page, so the page cannot
    import the window.
    """

    @property
    def workspace(self) -> Workspace:
        """The register open in the window."""

    @property
    def stack(self) -> QStackedWidget:
        """The window's pages, one shown at a time."""

    @property
    def db_worker(self) -> DatabaseWorker:
        """The window's database worker: the town is read there."""

    @property
    def new_action(self) -> QAction:
        """Record ▸ New."""

    @property
    def save_action(self) -> QAction:
        """Record ▸ Save."""

    @property
    def delete_action(self) -> QAction:
        """Record ▸ Delete."""

    @property
    def cancel_action(self) -> QAction:
        """Record ▸ Cancel."""

    @property
    def find_action(self) -> QAction:
        """Edit ▸ Find."""

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show the record ``record_id`` of ``kind``."""

    def current_key(self) -> str | None:
        """The navigation's current page."""

    def show_page(self, key: str) -> Page:
        """Show the navigation's page ``key``."""


TOWN_PAGE = "town_page"
"""The kind a page asks the window to open (``open_record(TOWN_PAGE, town_id)``)."""


def show_town_page(window: TownPageWindow, town_id: int) -> TownPage:
    """Show the page of ``town_id`` in ``window`` and return it.

    The page is shown at once, saying it is reading; the town follows from the
    window's database worker (the page's ``shown``). A town gone meanwhile is
    said in a message box, and the window returns to the page she came from.
    """
    from ui.town_page.page import TownPage

    page = window.stack.findChild(TownPage, "town_page")
    if page is None:
        page = TownPage(window.workspace, worker=window.db_worker)
        page.open_record.connect(window.open_record)
        page.back_requested.connect(lambda: _go_back(window))
        shown_page = page
        page.not_found.connect(
            lambda _town_id: (
                _go_back(window) if window.stack.currentWidget() is shown_page else None
            )
        )
        window.stack.addWidget(page)
    page.workspace = window.workspace
    page.show_town(town_id)
    window.stack.setCurrentWidget(page)
    # The record commands act on the list under the page: off while it is covered.
    for action in (
        window.new_action,
        window.save_action,
        window.delete_action,
        window.cancel_action,
        window.find_action,
    ):
        action.setEnabled(False)
    page.focus_list()  # once the town has come
    return page


def _go_back(window: TownPageWindow) -> None:
    """The page she came from (the navigation's still), with the keyboard in its list."""
    key = window.current_key()
    if key is None:
        return
    window.show_page(key).focus_list()


def __getattr__(name: str) -> Any:
    # The lists import list_entry from this package at start; the page itself (the
    # dossier, the standing, the timeline) is loaded when a town page is first asked for.
    if name == "TownPage":
        from ui.town_page.page import TownPage

        return TownPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["TOWN_PAGE", "TownPage", "show_town_page"]
