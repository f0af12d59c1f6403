"""The import wizard's towns that look alike: one row a group, with its evidence, answered
with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.importing.import_support import town_names
from ui.importing import ImportWizard
from ui.importing.wizard import PAGE_PREVIEW, PAGE_RESULT

LINES = [
    "Town,Country,Partner,Partner country,Year",
    "Vänersborg,SE,Uppsala Municipality,SE,1986",
    "Lidköping,SE,Uppsala,SE,1987",
    "Lidköping,SE,Vilnius,LT,1984",
    "Trollhättan,SE,Vilnius District Municipality,LT,1985",
    "Lidköping,SE,Münster,DE,1990",
    "Trollhättan,SE,Munster,DE,1991",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    yield ws
    ws.close()


def _press(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_groups_are_rows_with_evidence_accepted_or_rejected_by_key(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """Uppsala is ticked (strong), Vilnius and its district not; Space and a check again
    decide; Münster and Munster are never offered."""
    source = tmp_path / "pairs.csv"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.source_page.path_edit, str(source))  # ASCII path
    for _ in range(3):
        _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PREVIEW
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None and not page._busy, timeout=10_000)

    groups = page.group_list
    rows = [groups.item(i).text().splitlines() for i in range(groups.count())]
    assert [row[0] for row in rows] == [
        "“Uppsala Municipality”, “Uppsala” (Sweden) → one new town “Uppsala”",
        "“Vilnius”, “Vilnius District Municipality” (Lithuania) → one new town “Vilnius”",
    ]
    assert rows[0][1] == "Same country, and one name is the other plus “municipality”."
    assert rows[1][1].startswith("One name is the district or rural municipality")
    states = [groups.item(i).checkState() for i in range(groups.count())]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]

    # The user rejects Uppsala and accepts Vilnius with its district, by keyboard.
    groups.setFocus()
    groups.setCurrentRow(0)
    qtbot.keyClick(groups, Qt.Key.Key_Space)
    assert groups.item(0).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(groups, Qt.Key.Key_Down)
    qtbot.keyClick(groups, Qt.Key.Key_Space)
    assert groups.item(1).checkState() == Qt.CheckState.Checked
    assert page.recheck_button.isEnabled()
    qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._busy and not page.recheck_button.isEnabled(), timeout=10_000)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)

    towns = town_names(workspace)
    assert "Uppsala Municipality" in towns and "Uppsala" in towns
    assert "Vilnius District Municipality" in towns["Vilnius"][1]
    assert "Vilnius District Municipality" not in towns
    assert "Münster" in towns and "Munster" in towns
