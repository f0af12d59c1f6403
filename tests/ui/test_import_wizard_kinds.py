"""The import wizard offers the kinds added for networks and papers, and imports them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import go_forward
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv
from ui.importing import ImportWizard
from ui.importing.wizard import PAGE_COLUMNS, PAGE_KIND, PAGE_RESULT

CHAIN = "Den nordiska vänortskedjan"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    ws.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    ws.save(r.Town(name="Herning", country="DK"))
    ws.save(r.Network(name=CHAIN))
    yield ws
    ws.close()


def test_meetings_are_chosen_on_the_kind_page_and_imported(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """The coordinator clicks "Network meetings" and the list's meetings are written."""
    source = swedish_excel_csv(
        tmp_path / "moten.csv",
        ["Vänortskedja;År;Värd;Värdland;Plats", f"{CHAIN};2012;Herning;DK;Herning"],
    )
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(source))  # an ASCII path: keyClicks aborts on others
    qtbot.waitUntil(lambda: wizard.source is not None, timeout=10_000)
    go_forward(qtbot, wizard)

    assert wizard.currentId() == PAGE_KIND
    kinds = wizard.kind_page.kind_list
    offered = [kinds.item(row).text() for row in range(kinds.count())]
    for name in ("Networks", "Network members", "Network meetings", "Agreements",
                 "Governing documents", "Exchange rates"):  # fmt: skip
        assert name in offered
    item = kinds.item(offered.index("Network meetings"))
    kinds.scrollToItem(item)
    qtbot.mouseClick(
        kinds.viewport(), Qt.MouseButton.LeftButton, pos=kinds.visualItemRect(item).center()
    )
    assert wizard.kind.name == "meetings"
    go_forward(qtbot, wizard)

    assert wizard.currentId() == PAGE_COLUMNS
    chosen = {name: combo.currentText() for name, combo in wizard.columns_page.combos.items()}
    assert (chosen["network"], chosen["host"], chosen["place"]) == (
        "A: Vänortskedja",
        "C: Värd",
        "E: Plats",
    )
    go_forward(qtbot, wizard)
    qtbot.waitUntil(
        lambda: wizard.plan is not None and not wizard.preview_page._busy, timeout=10_000
    )
    go_forward(qtbot, wizard)
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)
    assert wizard.result_page.result_label.text().splitlines()[0] == "Network meetings: 1 created"
    (meeting,) = workspace.get_many("meeting")
    herning = next(t.id for t in workspace.get_many("town") if t.name == "Herning")
    assert (meeting.year, meeting.host_town_id, meeting.place) == (2012, herning, "Herning")
