"""The twin towns' and twinnings' lists open the town page: a button and Ctrl+Enter.

Enter keeps opening the record in the form; Ctrl+Enter (or the button) opens
the page of the chosen town, or of the twinning's twin town (which town that
is, is read on the window's database worker first: on a server every
statement is a round trip, and the window must not wait for one).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QTableView

from app.services.errors import RecordNotFound

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


class _Rows(Protocol):
    def id_at(self, row: int) -> int | None:
        """The id of the record on ``row``."""


class _Kind(Protocol):
    def display_singular(self) -> str:
        """The kind's name ("Vänort")."""


class TownList(Protocol):
    """What the entry needs of a list page (ui.lists.list_page.RecordListPage has it).

    Named here, not imported: the list page adds the entry, so the entry cannot
    import the list page.
    """

    @property
    def kind(self) -> str:
        """The list's kind: "town" or "twinning"."""

    @property
    def spec(self) -> _Kind:
        """The list's kind as declared."""

    @property
    def workspace(self) -> Any:
        """The open register."""

    @property
    def table(self) -> QTableView:
        """The list's table."""

    @property
    def worker(self) -> DatabaseWorker | None:
        """The window's database worker (None: read here and now)."""

    @property
    def model(self) -> _Rows:
        """The list's rows."""

    @property
    def message(self) -> SignalInstance:
        """A short note for the status bar."""

    @property
    def open_record(self) -> SignalInstance:
        """Asks the window to open a record (here: "town_page", town id)."""

    def shown_id(self) -> int | None:
        """The id of the record shown in the form, if any."""

    def tr(self, source_text: str, /) -> str:
        """``source_text`` in the user's language."""


TOWN_PAGE_KINDS = ("town", "twinning")
"""The lists whose rows have a town page."""


def add_town_page_entry(page: TownList, row: QBoxLayout) -> QPushButton:
    """Put "Open the town page" beside the list's search field, with Ctrl+Enter in the list."""
    button = QPushButton(
        QCoreApplication.translate("TownPageEntry", "Open the &town page"), page.table
    )
    button.setObjectName("open_town_page")
    button.setToolTip(
        QCoreApplication.translate(
            "TownPageEntry", "Everything about the chosen twin town on one page (Ctrl+Enter)"
        )
    )
    button.clicked.connect(lambda: open_town_page_of(page))
    row.addWidget(button)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), page.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_town_page_of(page))
    return button


def open_town_page_of(page: TownList) -> bool:
    """Ask the window for the town page of the list's chosen row; False when none is chosen.

    For a twinning its twin town is read on the worker first; the page is asked
    for when the answer comes (a twinning gone meanwhile is said instead).
    """
    index = page.table.currentIndex()
    record_id = page.model.id_at(index.row()) if index.isValid() else page.shown_id()
    if record_id is None:
        page.message.emit(
            QCoreApplication.translate("TownPageEntry", "Choose a twin town in the list first.")
        )
        return False
    if page.kind != "twinning":
        page.open_record.emit("town_page", record_id)
        return True
    database = page.workspace.database

    def read() -> int:
        from app.towns.dossier import twinning_town  # the town page's own code, loaded on use

        return twinning_town(database, record_id)

    def failed(error: BaseException) -> None:
        if isinstance(error, RecordNotFound):
            QMessageBox.information(page.table, page.spec.display_singular(), str(error))
            return
        # The window's exception hook finds the sentence for it (a lost server ...).
        sys.excepthook(type(error), error, error.__traceback__)

    def opened(town_id: int) -> None:
        page.open_record.emit("town_page", town_id)

    if page.worker is None:
        try:
            town_id = read()
        except RecordNotFound as error:
            failed(error)
            return False
        opened(town_id)
        return True
    page.worker.run_read(read, opened, failed, owner=page.table)
    return True
