"""The Reports menu: a dialog per standard report, and Print.

The main window offers an empty ``reports_menu``; :func:`install_reports_menu`
fills it and fills it again whenever the window rebuilds its menus (a change
of language). The dialogs read the window's current workspace when opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.reports.builders import REPORTS


def install_reports_menu(window: Any) -> None:
    """Fill ``window.reports_menu`` with one entry per report and Print…, now and after rebuilds."""
    _fill(window)
    window.menus_rebuilt.connect(lambda: _fill(window))


def _fill(window: Any) -> None:
    menu = window.reports_menu
    menu.clear()
    for kind in REPORTS.values():
        action = QAction(kind.display_title() + "…", menu)
        action.setObjectName(f"act_report_{kind.name}")
        action.triggered.connect(
            lambda _checked=False, name=kind.name: open_report_dialog(window, name)
        )
        menu.addAction(action)
    menu.addSeparator()
    printing = QAction(QCoreApplication.translate("ReportsMenu", "&Print a report…"), menu)
    printing.setObjectName("act_report_print")
    printing.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    printing.triggered.connect(lambda _checked=False: open_report_dialog(window, "register", True))
    menu.addAction(printing)


def open_report_dialog(window: Any, report: str, print_mode: bool = False) -> QWidget:
    """Open the dialog of ``report`` over ``window`` (window-modal, not blocking); returns it."""
    from PySide6.QtCore import Qt

    from ui.reports.dialog import ReportDialog

    dialog = ReportDialog(window.workspace, report, window, print_mode=print_mode)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["install_reports_menu", "open_report_dialog"]
