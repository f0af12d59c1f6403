"""The Reports menu: a dialog per standard report, and Print.

The main window offers a ``reports_menu`` that other packages add to as well
(the mapping report). :func:`install_reports_menu` puts this package's
entries at the top of it and puts them back, in the new language, whenever the
window rebuilds its menus; entries of others are left where they are. The
dialogs read the window's current workspace when they open.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from app.reports.builders import REPORTS

_MINE = "vanort_standard_reports"  # a property marking the actions this package made
_INSTALLED = "vanort_reports_installed"
_COMING = "vanort_report_choices_coming"  # a report dialog's choices are on their way


def install_reports_menu(window: Any) -> None:
    """Put one entry per report and "Print a report…" in ``window.reports_menu``.

    Calling it again on the same window only fills the menu again.
    """
    _fill(window)
    if not window.property(_INSTALLED):
        window.setProperty(_INSTALLED, True)
        window.menus_rebuilt.connect(lambda: _fill(window))


def _fill(window: Any) -> None:
    menu = window.reports_menu
    for action in menu.actions():
        if action.property(_MINE):
            menu.removeAction(action)
            action.deleteLater()
    # Before the first entry of another package, so the order stays the same on refills.
    before = menu.actions()[0] if menu.actions() else None
    mine: list[QAction] = []
    for kind in REPORTS.values():
        action = QAction(kind.display_title() + "…", menu)
        action.setObjectName(f"act_report_{kind.name}")
        action.triggered.connect(
            lambda _checked=False, name=kind.name: open_report_dialog(window, name)
        )
        mine.append(action)
    separator = QAction(menu)
    separator.setSeparator(True)
    mine.append(separator)
    printing = QAction(QCoreApplication.translate("ReportsMenu", "&Print a report…"), menu)
    printing.setObjectName("act_report_print")
    # Ctrl+P is File ▸ Print…, which opens the same dialog (one key, one action).
    printing.triggered.connect(lambda _checked=False: open_report_dialog(window, "register", True))
    mine.append(printing)
    for action in mine:
        action.setProperty(_MINE, True)
        menu.insertAction(before, action)


def open_report_dialog(window: Any, report: str, print_mode: bool = False) -> None:
    """Open the dialog of ``report`` over ``window`` (window-modal, not blocking).

    What the dialog offers (the years, terms, trips and meetings of the register)
    is read on the window's database worker; the dialog opens when it has come,
    and a second click meanwhile opens nothing more.
    """
    from app.reports.builders.choices import report_choices

    if window.property(_COMING):
        return
    workspace = window.workspace
    worker = window.db_worker
    if worker is None:
        _show_dialog(window, report, print_mode, report_choices(workspace.database))
        return
    window.setProperty(_COMING, True)

    def show(choices: Any) -> None:
        window.setProperty(_COMING, False)
        if window.workspace is workspace:  # not another register opened meanwhile
            _show_dialog(window, report, print_mode, choices)

    def failed(error: BaseException) -> None:
        window.setProperty(_COMING, False)
        # The window's exception hook finds the sentence for it (a lost server ...).
        sys.excepthook(type(error), error, error.__traceback__)

    worker.run_read(lambda: report_choices(workspace.database), show, failed, owner=window)


def _show_dialog(window: Any, report: str, print_mode: bool, choices: Any) -> None:
    from ui.reports.dialog import ReportDialog

    dialog = ReportDialog(window.workspace, report, window, print_mode=print_mode, choices=choices)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


__all__ = ["install_reports_menu", "open_report_dialog"]
