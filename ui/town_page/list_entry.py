"""The twin towns' and twinnings' lists open the town page: a button and Ctrl+Enter.

Enter keeps opening the record in the form; Ctrl+Enter (or the button) opens
the page of the chosen town, or of the twinning's twin town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton

from app.services.errors import RecordNotFound

if TYPE_CHECKING:
    from ui.lists.list_page import RecordListPage

TOWN_PAGE_KINDS = ("town", "twinning")
"""The lists whose rows have a town page."""


def add_town_page_entry(page: RecordListPage, row: QBoxLayout) -> QPushButton:
    """Put "Open the town page" beside the list's search field, with Ctrl+Enter in the list."""
    button = QPushButton(page.tr("Open the &town page"), page)
    button.setObjectName("open_town_page")
    button.setToolTip(page.tr("Everything about the chosen twin town on one page (Ctrl+Enter)"))
    button.clicked.connect(lambda: open_town_page_of(page))
    row.addWidget(button)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), page.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_town_page_of(page))
    return button


def open_town_page_of(page: RecordListPage) -> bool:
    """Ask the window for the town page of the list's chosen row; False when none is chosen."""
    index = page.table.currentIndex()
    record_id = page.model.id_at(index.row()) if index.isValid() else page.shown_id()
    if record_id is None:
        page.message.emit(page.tr("Choose a twin town in the list first."))
        return False
    town_id = record_id
    if page.kind == "twinning":
        from app.towns.dossier import twinning_town  # the town page's own code, loaded on use

        try:
            town_id = twinning_town(page.workspace, record_id)
        except RecordNotFound as error:
            QMessageBox.information(page, page.spec.display_singular(), str(error))
            return False
    page.open_record.emit("town_page", town_id)
    return True
