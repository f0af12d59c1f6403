"""The page per twin town, driven from the keyboard as the coordinator would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest
from helpers import (  # noqa: F401 (autouse fixture)
    activate,
    close_cleanly,
    demo_copy,
    english_interface,
    list_read,
    type_text,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.town_page import TownPage
from ui.town_page import page as page_module


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a fresh copy of the demo."""
    workspace = Workspace.open(demo_copy(tmp_path))
    shown = MainWindow(workspace)
    qtbot.addWidget(shown, before_close_func=close_cleanly)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    yield shown
    town_page = shown.stack.findChild(TownPage, "town_page")
    if town_page is not None:
        town_page.stop()
    close_cleanly(shown)
    shown.close()
    workspace.close()


def list_page(window: MainWindow, kind: str) -> RecordListPage:
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    return list_read(page)


def choose_in_list(qtbot: Any, page: RecordListPage, text: str) -> None:
    """Search for ``text`` and step into the list with Down, as she would."""
    qtbot.mouseClick(page.search_field, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.search_field, text)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(page.table.hasFocus)


def open_town_page(qtbot: Any, window: MainWindow, page: RecordListPage) -> TownPage:
    """Ctrl+Enter in the list; waits for the page and its timeline."""
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
    town_page = window.stack.currentWidget()
    assert isinstance(town_page, TownPage)
    qtbot.waitUntil(lambda: town_page.timeline_view.timeline() is not None)
    return town_page


def test_ctrl_enter_in_the_towns_list_opens_the_page_and_esc_returns(
    qtbot: Any, window: MainWindow
) -> None:
    """Holmestrand's page: header, status with her judgement, agreement, timeline; Esc goes back."""
    towns = list_page(window, "town")
    choose_in_list(qtbot, towns, "Holmestrand")
    town_page = open_town_page(qtbot, window, towns)
    assert town_page.title.text() == "Holmestrand"
    assert town_page.place.text() == "Norway"
    text = town_page.twinnings.text()
    assert "Twin town of Vänersborg since 1947." in text
    assert text.index("The coordinator judged") < text.index("No contact is recorded")
    agreements = town_page.lists["agreement"]
    assert agreements.item(0).text().startswith("Avtal om vänortsarbetet")
    (row,) = town_page.timeline_view.timeline().rows  # type: ignore[union-attr]
    assert row.town == "Holmestrand" and row.meetings
    history = town_page.lists["history"]
    assert history.item(0).text() == "1947  Holmestrand and Vänersborg become twin towns"
    # Enter still opens the form: the list row is where she left it.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is towns)
    qtbot.waitUntil(towns.table.hasFocus)
    assert towns.model.index(towns.table.currentIndex().row(), 0).data() == "Holmestrand"
    assert window.save_action.isEnabled()


def test_the_twinnings_list_opens_the_twin_towns_page_and_alt_left_returns(
    qtbot: Any, window: MainWindow
) -> None:
    """Ctrl+Enter on the twinning with Lich opens Lich's page, not Vänersborg's."""
    twinnings = list_page(window, "twinning")
    choose_in_list(qtbot, twinnings, "Lich")
    town_page = open_town_page(qtbot, window, twinnings)
    assert town_page.title.text() == "Lich"
    assert "Partner town of Vänersborg since 2010." in town_page.twinnings.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is twinnings)


def test_enter_on_a_trip_opens_the_trip(qtbot: Any, window: MainWindow) -> None:
    """Husby's trip: Tab to the trips list, Enter, and the trip is in the form."""
    towns = list_page(window, "town")
    choose_in_list(qtbot, towns, "Husby")
    town_page = open_town_page(qtbot, window, towns)
    work = town_page.lists["work"]
    trips = [record for record in work.records() if record[0] == "trip"]
    assert trips, "the demo's trip to Husby is listed"
    work.setFocus()
    qtbot.waitUntil(work.hasFocus)
    while work.records()[work.currentRow()][0] != "trip":
        qtbot.keyClick(work, Qt.Key.Key_Down)
    qtbot.keyClick(work, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key() == "trip")
    trip_page = window.pages["trip"]
    assert isinstance(trip_page, RecordListPage)
    assert trip_page.shown_id() == trips[0][1]
    assert window.stack.currentWidget() is trip_page


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_fact_sheet_buttons_write_the_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Alt+P / Alt+W write Holmestrand's fact sheet where she chose; it reads back."""
    target = tmp_path / f"Holmestrand{suffix}"
    monkeypatch.setattr(page_module, "ask_fact_sheet_path", lambda *_args: str(target))
    opened: list[Path] = []
    from ui.reports import viewer

    monkeypatch.setattr(viewer, "open_file", lambda path: opened.append(path) or True)
    towns = list_page(window, "town")
    choose_in_list(qtbot, towns, "Holmestrand")
    town_page = open_town_page(qtbot, window, towns)
    key = Qt.Key.Key_P if suffix == ".pdf" else Qt.Key.Key_W
    with qtbot.waitSignal(town_page.fact_sheet_written, timeout=20000):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert opened == [target]
    if suffix == ".pdf":
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    else:
        document = docx.Document(str(target))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        text = " ".join([p.text for p in document.paragraphs] + cells)
    assert "Holmestrand" in text and "1947" in text
    assert str(target) in town_page.message.text()


def test_a_town_in_no_twinning_shows_what_there_is(qtbot: Any, window: MainWindow) -> None:
    """A new town: the page says it is in no twinning, and the fact sheet buttons are off."""
    lone = window.workspace.save(Town(name="Põltsamaa", country="EE"))
    town_page = window.open_town_page(lone.id)
    assert isinstance(town_page, TownPage) and window.stack.currentWidget() is town_page
    qtbot.waitUntil(lambda: not town_page.is_reading())  # the town comes from the worker
    qtbot.waitSignal(town_page.timeline_ready, timeout=10000, raising=False)
    qtbot.waitUntil(lambda: "no start" in town_page.timeline_view._empty_text.lower())
    assert town_page.title.text() == "Põltsamaa"
    assert town_page.twinnings.text() == "The town is in no twinning in the register."
    assert not town_page.pdf_button.isEnabled() and not town_page.word_button.isEnabled()


def test_marks_on_the_timeline_tell_what_they_are(qtbot: Any, window: MainWindow) -> None:
    """Resting on a chain meeting's dot names the meeting and its day."""
    towns = list_page(window, "town")
    choose_in_list(qtbot, towns, "Holmestrand")
    town_page = open_town_page(qtbot, window, towns)
    view = town_page.timeline_view
    view.repaint()
    (row,) = view.timeline().rows  # type: ignore[union-attr]
    dots = [m for m in view.marks if m.text.startswith("Chain meeting")]
    assert len(dots) == len(row.meetings)
    centre = dots[0].area.center().toPoint()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, view.mapToGlobal(centre))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(QToolTip.isVisible)
    days = {day.isoformat() for day in row.meetings}
    assert QToolTip.text() in {f"Chain meeting {day}." for day in days}
    nowhere = QPoint(view.width() - 2, 2)
    assert view.text_at(nowhere.toPointF()) == ""
