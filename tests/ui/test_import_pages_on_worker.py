"""The import wizard asks the register what it knows of a file on the window's database worker.

The columns chosen last time for the same headings and the number of home
towns used to be read on the window's thread as the kind and columns pages
opened; on a server each is a round trip. The register notes the thread of
every statement (StatementThreads).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import english_interface, forward_button, go_forward, settle, shown_window
from PySide6.QtCore import Qt
from test_select_on_worker import StatementThreads, _hold

from app.importing.columns import remember_column_choice
from app.importing.fields import import_kind
from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv
from ui.importing import ImportWizard

__all__ = ["english_interface"]  # autouse: English interface

HEADINGS = "Vänort;Land;Sedan"


def test_the_file_page_waits_for_what_the_register_remembers_of_the_headings(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    """A file whose headings were imported before as twinnings, in a register with one home
    town: Next waits until the register has answered, then the kind and the columns chosen last
    time are offered and the twinnings' own town is not asked for. Nothing asked on the GUI
    thread."""
    workspace.mark_home_town("Vänersborg", "SE")
    with workspace.database.transaction() as session:
        remember_column_choice(
            session,
            import_kind("twinnings"),
            HEADINGS.split(";"),
            {"partner": 0, "partner_country": 1, "start_date": 2},
        )
    source = swedish_excel_csv(
        tmp_path / "vanorter.csv", [HEADINGS, "Lich;Tyskland;1961", "Kangasala;Finland;1946"]
    )
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        window.import_spreadsheet()
        wizard = window.findChild(ImportWizard)
        assert isinstance(wizard, ImportWizard)
        gate = _hold(window)
        page = wizard.source_page
        page.path_edit.setText(str(source))
        qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
        assert page.status_label.text() == "Column headings: Vänort, Land, Sedan"
        assert not forward_button(wizard).isEnabled()  # the register has not answered yet
        gate.set()
        qtbot.waitUntil(forward_button(wizard).isEnabled)
        go_forward(qtbot, wizard)
        kind = wizard.kind_page
        assert kind.kind_list.currentItem().text() == "Twinnings"
        assert kind.hint.text() == "Chosen as last time for a file with the same column headings."
        go_forward(qtbot, wizard)
        columns = wizard.columns_page
        assert columns.origin_label.text() == (
            "The columns used last time for a file with the same headings."
        )
        assert columns.combos["partner"].currentText() == "A: Vänort"
        assert columns.combos["start_date"].currentText() == "C: Sedan"  # not as suggested
        assert columns.combos["year"].currentText() == "(not imported)"
        # One home town: the file need not name the municipality's own town.
        assert columns.isComplete()
        settle(qtbot, window)
        wizard.reject()
    finally:
        statements.remove()
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()
