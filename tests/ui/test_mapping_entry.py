"""The Reports menu entry of the mapping report, as the lead hooks it into the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import demo_copy, english_interface, write_done  # noqa: F401 (autouse fixture)
from PySide6.QtCore import Qt

from app.mapping import load_report
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.mapping import MappingReportsDialog, install_mapping_entry


def test_the_entry_opens_the_list_of_reports_and_survives_a_rebuild(
    qtbot: Any, tmp_path: Path
) -> None:
    workspace = Workspace.open(demo_copy(tmp_path))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    try:
        action = install_mapping_entry(window)
        assert action in window.reports_menu.actions()
        assert action.text() == "Mapping report (kartläggning)…"
        action.trigger()
        dialogs = window.findChildren(MappingReportsDialog)
        assert len(dialogs) == 1 and dialogs[0].isVisible()
        assert dialogs[0].workspace is workspace
        action.trigger()  # a second time: the same list comes forward, no second one
        assert len([d for d in window.findChildren(MappingReportsDialog) if d.isVisible()]) == 1
        dialogs[0].close()
        window.rebuild()  # e.g. after a change of language
        assert action in window.reports_menu.actions()
        window.reports_menu.clear()  # a menu filled again by someone else
        window.menus_rebuilt.emit()
        assert action in window.reports_menu.actions()
        # Another database: the open list and wizard close, her text saved first.
        action.trigger()
        dialog = next(d for d in window.findChildren(MappingReportsDialog) if d.isVisible())
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.wizard is not None)  # the draft comes from the worker
        wizard = dialog.wizard
        assert wizard is not None
        wizard.analysis_page.text_edit.setPlainText("Skrivet före bytet.")
        report_id = wizard.report.id
        window.workspace_changed.emit(workspace)
        assert not wizard.isVisible() and not dialog.isVisible()
        write_done(qtbot, window)  # the text is stored on the window's database worker
        assert (
            load_report(workspace.database, report_id).content.analysis.text
            == "Skrivet före bytet."
        )
    finally:
        window.close()
        workspace.close()
