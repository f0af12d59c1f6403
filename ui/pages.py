"""What the main window asks of every page in its navigation.

Each page (a record kind's list and form, the to-do list, the term
evaluation, the change log) is a ``Page``. The window calls these methods
without asking what kind of page it has: Edit ▸ Find is enabled only where
``has_search`` says there is something to search, and the screenshots show
each page with ``select_first``. The defaults describe a page with nothing
to search, no unsaved edits and nothing to remember.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    # Only named here: the start page is built before the register's code is imported.
    from app.workspace import Workspace


class Page(QWidget):
    """A page of the main window; subclasses override what applies to them."""

    open_record = Signal(str, int)  # kind, id: the page asks the window to show a record

    def has_search(self) -> bool:
        """True when the page has a search field for Edit ▸ Find (Ctrl+F)."""
        return False

    def focus_search(self) -> None:
        """Put the cursor in the page's search field (only called when ``has_search``)."""

    def focus_list(self) -> None:
        """Enter in the navigation: put the keyboard in the page's list (its first one shown)."""
        shown = [v for v in self.findChildren(QAbstractItemView) if v.isVisible()]
        (shown[0] if shown else self).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_first(self) -> bool:
        """Show the page's first entry; False when it has none."""
        return False

    def refresh(self) -> None:
        """Read what the page shows again (records changed while it was hidden)."""

    def maybe_leave(self) -> bool:
        """True when the page may be left or closed (no unsaved edits, or the user let them go)."""
        return True

    def save_state(self) -> None:
        """Remember splitter and column sizes for next time."""

    def stop_reading(self) -> None:
        """End reading on a worker thread before the register closes (pages that read so)."""


class RegisterPage(Page):
    """A page that reads the open register as it stands on a day.

    The start page, the to-do list and the term evaluation: each is made on a
    register (a new register makes new pages) and reads it for ``today``, which
    tests set. A subclass names itself in ``PAGE_NAME`` and lays itself out in ``build``.
    """

    PAGE_NAME = ""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.PAGE_NAME)
        self.workspace = workspace
        self.today = today
        self.build()

    def build(self) -> None:
        """Lay out the page's widgets and read the register for the first time."""
