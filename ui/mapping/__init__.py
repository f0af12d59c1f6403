"""The mapping report (kartläggning) in the window: the list of reports and the wizard.

The lead hooks it into the main window with one call::

    from ui.mapping import install_mapping_entry
    install_mapping_entry(window)

which adds "Mapping report (kartläggning)…" to ``window.reports_menu``.

The list and the wizard are imported when first used (``MappingReportsDialog``
and ``MappingWizard`` are looked up on this package as before): they bring the
mapping report's code, which the window does not need to start.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker
    from ui.mapping.report_list import MappingReportsDialog
    from ui.mapping.wizard import MappingWizard


class ReportsWindow(Protocol):
    """What the entry needs of the main window (ui.main_window.MainWindow has it).

    Named here, not imported: the window installs the entry when it builds its
    menus, so the entry cannot import the window.
    """

    @property
    def workspace(self) -> Workspace:
        """The register open in the window."""

    @property
    def db_worker(self) -> DatabaseWorker:
        """The window's database worker: the list and the wizard read and write through it."""

    @property
    def reports_menu(self) -> QMenu:
        """The Reports menu, kept across the window's rebuilds."""

    @property
    def menus_rebuilt(self) -> SignalInstance:
        """Emitted after the menus are built again (a change of language)."""

    @property
    def workspace_changed(self) -> SignalInstance:
        """Emitted with the new workspace when another register is opened."""

    def window(self) -> QWidget:
        """The window itself, as the parent of the list and the action."""


__all__ = ["MappingReportsDialog", "MappingWizard", "install_mapping_entry", "open_mapping_reports"]

_LATE = {
    "MappingReportsDialog": "ui.mapping.report_list",
    "MappingWizard": "ui.mapping.wizard",
}


def __getattr__(name: str) -> Any:
    """``MappingReportsDialog`` and ``MappingWizard``, imported the first time they are asked for."""
    module = _LATE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


ACTION_NAME = "mapping_report_action"


def _action_text() -> str:
    return QCoreApplication.translate("MappingMenu", "Mapping report (kartläggning)…")


def open_mapping_reports(window: ReportsWindow) -> MappingReportsDialog:
    """Show the list of mapping reports for the window's open database (one list at a time)."""
    from ui.mapping.report_list import MappingReportsDialog

    existing: MappingReportsDialog
    for existing in window.window().findChildren(MappingReportsDialog):
        if existing.workspace is window.workspace and existing.isVisible():
            existing.refresh()
            existing.raise_()
            existing.activateWindow()
            return existing
        existing.close()
        existing.deleteLater()
    dialog = MappingReportsDialog(window.workspace, window.window(), worker=window.db_worker)
    dialog.show()
    return dialog


def install_mapping_entry(window: ReportsWindow) -> QAction:
    """Add "Mapping report (kartläggning)…" to ``window.reports_menu``; returns the action.

    The menu is kept across the window's rebuilds (a change of language); the
    action is renamed, and put back if the menu was emptied, on ``menus_rebuilt``.
    When the window opens another database, an open list and wizard are closed
    (the wizard saves first).
    """
    action = QAction(_action_text(), window.window())
    action.setObjectName(ACTION_NAME)
    action.triggered.connect(lambda _checked=False: open_mapping_reports(window))
    window.reports_menu.addAction(action)

    def rebuilt() -> None:
        action.setText(_action_text())
        if action not in window.reports_menu.actions():
            window.reports_menu.addAction(action)

    def database_changed(_workspace: object) -> None:
        # The list and its wizard belong to the database they were opened on; closing
        # the wizard stores what she wrote there. Before the first list there is none.
        report_list = sys.modules.get("ui.mapping.report_list")
        if report_list is None:
            return
        for dialog in window.window().findChildren(report_list.MappingReportsDialog):
            if dialog.wizard is not None:
                dialog.wizard.close()
            dialog.close()
            dialog.deleteLater()

    window.menus_rebuilt.connect(rebuilt)
    window.workspace_changed.connect(database_changed)
    return action
