"""Search everywhere, the town page and the jump from a twinning read on the database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register here notes the thread of every statement,
and the worker can be held at a gate the test opens, so "while the answer is on
its way" is a state the test looks at, not a moment it must catch.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import (
    answer_message_box,
    english_interface,
    record_shown,
    settle,
    shown_window,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_select_on_worker import StatementThreads, _hold

from app.services.records import Town, Twinning
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.search import SearchPopup
from ui.search import popup as popup_module
from ui.town_page import TownPage

__all__ = ["english_interface"]  # autouse: English interface

CTRL = Qt.KeyboardModifier.ControlModifier
TOWNS = ("Arsuk", "Eiði", "Nuuk", "Nuussuaq", "Qaqortoq", "Tórshavn")


@pytest.fixture
def window(qtbot: Any, workspace: Workspace) -> Iterator[MainWindow]:
    """The window on six Nordic towns; Vänersborg (home) twinned with Nuuk and Tórshavn."""
    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True))
    ids = {name: workspace.save(Town(name=name, country="GL")).id for name in TOWNS}
    for partner in ("Nuuk", "Tórshavn"):
        workspace.save(Twinning(town_a_id=home.id, town_b_id=ids[partner], status="active"))
    shown = shown_window(qtbot, workspace)
    settle(qtbot, shown)
    yield shown
    settle(qtbot, shown)
    page = shown.stack.findChild(TownPage, "town_page")
    if page is not None:
        page.stop()
    shown.close()


def _town_id(window: MainWindow, name: str) -> int:
    (found,) = [i for i, label in window.workspace.labels("town").items() if label == name]
    return found


def _ctrl_k(qtbot: Any, window: MainWindow) -> SearchPopup:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    popup = window.findChild(SearchPopup, "search_popup")
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.field.hasFocus())
    return popup


def _towns_listed(popup: SearchPopup) -> list[str]:
    """The names under the twin towns' heading of the results shown."""
    model = popup.model
    for top in range(model.rowCount()):
        heading = model.index(top, 0)
        if str(heading.data()).startswith("Twin towns ("):
            rows = range(model.rowCount(heading))
            return [name for row in rows if (name := model.index(row, 0, heading).data())]
    return []


def _list(qtbot: Any, window: MainWindow, kind: str, search: str) -> RecordListPage:
    """``kind``'s list filtered on ``search``, the keyboard in its first row."""
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    qtbot.mouseClick(page.search_field, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.search_field, search)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(page.table.hasFocus)
    settle(qtbot, window)
    return page


def _town_page(window: MainWindow) -> TownPage:
    page = window.stack.currentWidget()
    assert isinstance(page, TownPage)
    return page


def test_search_everywhere_runs_no_statement_on_the_gui_thread(
    qtbot: Any, window: MainWindow
) -> None:
    """Ctrl+K, "Nuu": both Nuuk and Nuussuaq are listed; "Tórs" then finds Tórshavn, and
    Enter opens its form; not one statement ran on the GUI thread."""
    statements = StatementThreads(window.workspace)
    try:
        popup = _ctrl_k(qtbot, window)
        with qtbot.waitSignal(popup.results_shown, timeout=10000):
            type_text(qtbot, popup.field, "Nuu")
        assert _towns_listed(popup) == ["Nuuk (Greenland)", "Nuussuaq (Greenland)"]
        popup.field.selectAll()
        with qtbot.waitSignal(popup.results_shown, timeout=10000):
            type_text(qtbot, popup.field, "Tórs")
        assert _towns_listed(popup) == ["Tórshavn (Greenland)"]
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible())
        page = window.current_page()
        assert isinstance(page, RecordListPage) and page.spec.kind == "town"
        assert record_shown(qtbot, page.form).name == "Tórshavn"
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.elsewhere() != []  # the register was searched, on the worker
    assert statements.on_gui_thread() == []


def _searches_handed_over(
    window: MainWindow, popup: SearchPopup, monkeypatch: pytest.MonkeyPatch
) -> list[object]:
    """Every read the search box hands to the window's worker, noted as it goes."""
    handed: list[object] = []
    worker = window.db_worker
    real = worker.run_read

    def noted(work: Any, on_done: Any = None, on_error: Any = None, *, owner: Any = None) -> None:
        if owner is popup:
            handed.append(work)
        real(work, on_done, on_error, owner=owner)

    monkeypatch.setattr(worker, "run_read", noted)
    return handed


def test_only_the_answer_for_the_latest_text_is_shown(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker held: "Nu", a pause, then "uk". Typing goes on meanwhile; once the worker
    is free only the answer for "Nuuk" is shown, the one for "Nu" is dropped."""
    popup = _ctrl_k(qtbot, window)
    answers: list[str] = []
    popup.results_shown.connect(lambda results: answers.append(results.text))
    handed = _searches_handed_over(window, popup, monkeypatch)
    gate = _hold(window)
    try:
        type_text(qtbot, popup.field, "Nu")
        qtbot.waitUntil(lambda: len(handed) == 1)  # "Nu", after the pause in typing
        type_text(qtbot, popup.field, "uk")
        qtbot.waitUntil(lambda: len(handed) == 2)  # and "Nuuk"
        assert popup.field.text() == "Nuuk"  # the keys were taken while the worker was busy
        assert popup.model.rowCount() == 0 and answers == []
    finally:
        gate.set()
    qtbot.waitUntil(lambda: answers != [])
    settle(qtbot, window)
    assert answers == ["Nuuk"]
    assert _towns_listed(popup) == ["Nuuk (Greenland)"]


def test_enter_before_the_answer_opens_what_was_typed(qtbot: Any, window: MainWindow) -> None:
    """ "Nuu" shows Nuuk first; with the worker held "ss" and Enter: nothing opens until the
    answer for "Nuuss" has come, and then Nuussuaq opens, not the Nuuk shown before."""
    popup = _ctrl_k(qtbot, window)
    with qtbot.waitSignal(popup.results_shown, timeout=10000):
        type_text(qtbot, popup.field, "Nuu")
    assert popup.results.currentIndex().data() == "Nuuk (Greenland)"
    gate = _hold(window)
    try:
        type_text(qtbot, popup.field, "ss")
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
        assert popup.isVisible()  # the answer for "Nuuss" is still on its way
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not popup.isVisible())
    page = window.current_page()
    assert isinstance(page, RecordListPage) and page.spec.kind == "town"
    assert record_shown(qtbot, page.form).name == "Nuussuaq"


def test_a_failed_search_says_so_in_one_sentence(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register cannot be searched (a lost server): the box says so in its sentence,
    the search having been tried on the worker, and typing goes on."""
    tried_on: list[threading.Thread] = []

    def lost(*_args: Any) -> Any:
        tried_on.append(threading.current_thread())
        raise OSError("server closed the connection unexpectedly")

    monkeypatch.setattr(popup_module, "search", lost)
    popup = _ctrl_k(qtbot, window)
    with qtbot.waitSignal(popup.results_shown, timeout=10000):
        type_text(qtbot, popup.field, "Nuuk")
    assert popup.status.text() == (
        "The register could not be searched just now. Try again in a moment."
    )
    assert popup.model.rowCount() == 0
    assert tried_on != [] and threading.main_thread() not in tried_on
    type_text(qtbot, popup.field, "s")
    assert popup.field.text() == "Nuuks"


def test_the_town_page_is_read_on_the_worker_and_says_so_meanwhile(
    qtbot: Any, window: MainWindow
) -> None:
    """Ctrl+Enter on Tórshavn with the worker held: the page says it is reading; released, it
    shows Tórshavn and its twinning. Not one statement ran on the GUI thread."""
    towns = _list(qtbot, window, "town", "Tórshavn")
    statements = StatementThreads(window.workspace)
    try:
        gate = _hold(window)
        try:
            qtbot.keyClick(towns.table, Qt.Key.Key_Return, CTRL)
            qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
            page = _town_page(window)
            assert page.title.text() == "Reading the town…"
        finally:
            gate.set()
        qtbot.waitUntil(lambda: page.title.text() == "Tórshavn")
        assert "Vänersborg" in page.twinnings.text()
        qtbot.waitUntil(lambda: not page.is_drawing_timeline())
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []


def test_only_the_last_of_quick_town_choices_is_shown(qtbot: Any, window: MainWindow) -> None:
    """The worker held: Nuuk's page, Esc, Down to Nuussuaq, its page. Released, the page
    shows Nuussuaq; Nuuk was never shown."""
    towns = _list(qtbot, window, "town", "Nu")
    gate = _hold(window)
    try:
        qtbot.keyClick(towns.table, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
        page = _town_page(window)
        shown: list[int] = []
        page.shown.connect(shown.append)
        qtbot.keyClick(page, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is towns)
        qtbot.waitUntil(towns.table.hasFocus)
        qtbot.keyClick(towns.table, Qt.Key.Key_Down)
        qtbot.keyClick(towns.table, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
        assert page.title.text() == "Reading the town…"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: shown != [])
    settle(qtbot, window)
    assert shown == [_town_id(window, "Nuussuaq")]
    assert page.title.text() == "Nuussuaq"
    qtbot.waitUntil(lambda: not page.is_drawing_timeline())


def test_a_town_deleted_meanwhile_is_said_and_the_list_comes_back(
    qtbot: Any, window: MainWindow
) -> None:
    """Qaqortoq's page asked for, the town deleted before it is read: the same sentence as
    always, and the window is back on the list."""
    towns = _list(qtbot, window, "town", "Qaqortoq")
    qaqortoq = _town_id(window, "Qaqortoq")
    version = window.workspace.get("town", qaqortoq).version
    seen: list[str] = []
    gate = _hold(window)
    try:
        qtbot.keyClick(towns.table, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
        window.workspace.delete("town", qaqortoq, version)
        answer_message_box(QMessageBox.StandardButton.Ok, seen)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [f"Twin town {qaqortoq} is no longer in the register."]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is towns)


def test_a_twinnings_row_opens_its_towns_page_reading_on_the_worker(
    qtbot: Any, window: MainWindow
) -> None:
    """Ctrl+Enter on the twinning with Nuuk opens Nuuk's page (not Vänersborg's); which town
    that is, and the town itself, are read on the worker."""
    twinnings = _list(qtbot, window, "twinning", "Nuuk")
    nuuk = _town_id(window, "Nuuk")
    statements = StatementThreads(window.workspace)
    try:
        qtbot.keyClick(twinnings.table, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
        page = _town_page(window)
        qtbot.waitUntil(lambda: page.title.text() == "Nuuk")
        assert page.dossier is not None and page.dossier.town_id == nuuk
        assert "Vänersborg" in page.twinnings.text()
        qtbot.waitUntil(lambda: not page.is_drawing_timeline())
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
