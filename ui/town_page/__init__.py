"""The page per twin town, reached from the lists, the search and the start page.

:func:`show_town_page` puts it over the window's pages; Back returns to the
page she came from with its list as she left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.town_page.page import TownPage

TOWN_PAGE = "town_page"
"""The kind a page asks the window to open (``open_record(TOWN_PAGE, town_id)``)."""


def show_town_page(window: MainWindow, town_id: int) -> bool:
    """Show the page of ``town_id`` in ``window``; False when the town cannot be shown."""
    from ui.town_page.page import TownPage

    page = window.stack.findChild(TownPage, "town_page")
    if page is None:
        page = TownPage(window.workspace)
        page.open_record.connect(window.open_record)
        page.back_requested.connect(lambda: _go_back(window))
        window.stack.addWidget(page)
    page.workspace = window.workspace
    if not page.show_town(town_id):
        return False
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
    page.focus_list()
    return True


def _go_back(window: MainWindow) -> None:
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
