"""Ctrl+K searches the whole register as the user types; Enter opens, Esc closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    activate,
    close_cleanly,
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
    list_read,
    record_shown,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import records as r
from app.services.attachments import add_attachment
from app.services.records import RecordRef
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.search import SearchPopup

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    """The demo with a few records of our own: Göteborg, a trip's notes, an attachment."""
    workspace = Workspace.open(demo_copy(tmp_path))
    workspace.save(r.Town(name="Göteborg", country="SE", alternative_names=("Gothenburg",)))
    holmestrand = next(t for t in workspace.get_many("town") if t.name == "Holmestrand")
    workspace.save(
        r.Trip(
            title="Studiebesök i Holmestrand",
            town_ids=(holmestrand.id,),
            notes="Kulturskolans orkester spelade på torget.",
        )
    )
    scan = tmp_path / "Inbjudan_nationaldagen_2015.pdf"
    scan.write_bytes(b"%PDF-1.4 inbjudan")
    add_attachment(workspace.database, RecordRef("town", holmestrand.id), scan)
    return workspace


@pytest.fixture
def window(qtbot: Any, demo: Workspace) -> Iterator[MainWindow]:
    shown = MainWindow(demo)
    qtbot.addWidget(shown, before_close_func=close_cleanly)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    yield shown
    close_cleanly(shown)
    demo.close()


def _ctrl_k(qtbot: Any, window: MainWindow) -> SearchPopup:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    popup = window.findChild(SearchPopup, "search_popup")
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.field.hasFocus())
    return popup


def _type(qtbot: Any, popup: SearchPopup, text: str) -> None:
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        type_text(qtbot, popup.field, text)


def _groups(popup: SearchPopup) -> dict[str, list[str]]:
    """Each heading shown with the names listed under it."""
    model = popup.model
    shown: dict[str, list[str]] = {}
    for top in range(model.rowCount()):
        heading = model.index(top, 0)
        rows = [model.index(row, 0, heading).data() for row in range(model.rowCount(heading))]
        shown[heading.data()] = [name for name in rows if name]
    return shown


def _current(popup: SearchPopup) -> tuple[str, str]:
    """The chosen line: its name and the field and words that matched."""
    current = popup.results.currentIndex()
    assert current.isValid()
    return current.siblingAtColumn(0).data(), current.siblingAtColumn(1).data()


def _form_name(qtbot: Any, window: MainWindow, kind: str, field: str = "name") -> Any:
    page = window.current_page()
    assert isinstance(page, RecordListPage) and page.spec.kind == kind
    record = record_shown(qtbot, page.form)  # read on the window's database worker
    return None if record is None else getattr(record, field)


def test_typing_holm_shows_holmestrand_and_enter_opens_its_form(
    qtbot: Any, window: MainWindow
) -> None:
    """Ctrl+K, "holm": the town is shown in its group; Enter opens the town's form."""
    window.show_page("trip")
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "holm")
    groups = _groups(popup)
    (towns,) = [rows for heading, rows in groups.items() if heading.startswith("Twin towns (")]
    assert towns == ["Holmestrand (Norway)"]
    assert _current(popup)[0] == "Holmestrand (Norway)"
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert _form_name(qtbot, window, "town") == "Holmestrand"


def test_a_word_of_a_trips_notes_finds_the_trip_and_arrows_choose_it(
    qtbot: Any, window: MainWindow
) -> None:
    """A word from the notes finds the trip; Down and Up move, Enter opens the chosen one."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "orkester")
    assert _groups(popup) == {"Trips (1)": ["Studiebesök i Holmestrand"]}
    assert "Notes: Kulturskolans orkester" in _current(popup)[1]
    _type(qtbot, popup, " tor")  # two words, both in the same record: still found
    assert _groups(popup) == {"Trips (1)": ["Studiebesök i Holmestrand"]}
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)  # only one: the choice stays
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    qtbot.keyClick(popup.field, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert _form_name(qtbot, window, "trip", "title") == "Studiebesök i Holmestrand"


def test_down_moves_past_a_heading_into_the_next_group(qtbot: Any, window: MainWindow) -> None:
    """Down goes from the last hit of one group to the first of the next, never to a heading."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "holmestrand")
    groups = _groups(popup)
    assert len(groups) >= 2
    hits = [name for rows in groups.values() for name in rows]
    for expected in hits[1:3]:
        qtbot.keyClick(popup.field, Qt.Key.Key_Down)
        assert _current(popup)[0] == expected
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    assert _current(popup)[0] == hits[1]


def test_an_attachments_file_name_finds_it_and_opens_its_town(
    qtbot: Any, window: MainWindow
) -> None:
    """The file name of an attachment is searched; Enter opens the record it belongs to."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "nationaldag")
    groups = _groups(popup)
    assert groups["Attachments (1)"] == ["Inbjudan_nationaldagen_2015.pdf"]
    while _current(popup)[0] != "Inbjudan_nationaldagen_2015.pdf":  # Down, as a user would
        before = _current(popup)
        qtbot.keyClick(popup.field, Qt.Key.Key_Down)
        assert _current(popup) != before, "Down stopped before the attachment"
    assert "Attached to twin town “Holmestrand”" in _current(popup)[1]
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert _form_name(qtbot, window, "town") == "Holmestrand"


def test_goteborg_without_accents_finds_goteborg_and_with_them_too(
    qtbot: Any, window: MainWindow
) -> None:
    """ "goteborg" finds Göteborg; "Göteborg" typed with its ö does too."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "goteborg")
    assert _groups(popup)["Twin towns (1)"] == ["Göteborg (Sweden)"]
    popup.field.selectAll()
    _type(qtbot, popup, "Göteb")
    assert _groups(popup)["Twin towns (1)"] == ["Göteborg (Sweden)"]


def test_nothing_found_says_so_and_esc_closes(qtbot: Any, window: MainWindow) -> None:
    """A word found nowhere gets one sentence; Esc closes the box and leaves the page as it was."""
    before = window.current_key()
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "zzxqy")
    assert popup.model.rowCount() == 0
    assert popup.status.text() == "Nothing in the register matches “zzxqy”."
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert window.current_key() == before


def test_ctrl_k_again_keeps_the_text_chosen_for_retyping(qtbot: Any, window: MainWindow) -> None:
    """Opened again, the box shows the last search with its text selected."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "holm")
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    activate(qtbot, window)
    again = _ctrl_k(qtbot, window)
    assert again is popup
    assert popup.field.selectedText() == "holm"


def test_ctrl_f_stays_the_lists_own_search(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+F on a list puts the cursor in that list's filter, not in the search of everything."""
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    list_read(page)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(page.search_field.hasFocus)
    assert window.findChild(SearchPopup, "search_popup") is None
    assert QApplication.activeModalWidget() is None


def test_the_edit_menu_offers_it_with_its_shortcut(window: MainWindow) -> None:
    """Edit ▸ Search the whole register… shows Ctrl+K."""
    action = window.search_everywhere_action
    assert action in window.edit_menu.actions()
    assert action.shortcut().toString() == "Ctrl+K"
    assert action.text().replace("&", "") == "Search the whole register…"


def test_the_results_model_passes_the_model_tester(
    qtbot: Any, window: MainWindow, qtmodeltester: Any
) -> None:
    """The grouped results are a well-formed tree model, filled and after a new search."""
    popup = _ctrl_k(qtbot, window)
    _type(qtbot, popup, "holm")
    qtmodeltester.check(popup.model)
    _type(qtbot, popup, "e")
    qtmodeltester.check(popup.model)
