"""The start page "Översikt" and the grouped navigation, driven from the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import demo_copy, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.records import Activity, RecordRef, Town, Twinning
from app.workspace import Workspace
from ui.lists.changelog_page import ChangeLogPage
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.navigation import (
    CHANGE_LOG,
    GROUP_ROLE,
    KEY_ROLE,
    OVERVIEW,
    REGISTERS_GROUP,
    REPORTS_GROUP,
)
from ui.overview import OverviewPage
from ui.town_page import TownPage
from ui.translations import apply_language


@pytest.fixture
def open_window(open_window: Any) -> Any:
    """Opens main windows as the shared fixture does, in Swedish."""
    apply_language("sv")
    return open_window


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _overview(qtbot: Any, window: MainWindow) -> OverviewPage:
    """The start page, once its sections are read (on a worker thread) and shown."""
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(page.is_filled)
    return page


def _into_the_page(qtbot: Any, window: MainWindow) -> OverviewPage:
    """Enter on the navigation's "Översikt": the keyboard goes to the page's first line."""
    page = _overview(qtbot, window)
    _focus(qtbot, window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)
    qtbot.waitUntil(page.tree.hasFocus)
    return page


def test_the_window_opens_on_the_overview_of_the_demo(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    """Start: Översikt is shown and chosen, the title names the file first, the icon is set."""
    window = open_window(Workspace.open(demo_copy(tmp_path)))
    assert window.current_key() == OVERVIEW
    page = _overview(qtbot, window)
    assert window.stack.currentWidget() is page
    assert window.navigation.currentItem().data(0, KEY_ROLE) == OVERVIEW
    assert window.windowTitle().replace("[*]", "") == "demo.sqlite3 – Vänort"
    assert not window.windowIcon().isNull()
    headings = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert headings == [
        "Att göra och försenat",
        "Vänortsförbindelser efter status",
        "Vänortsmöten",
        "Styrdokument att revidera",
        "Senaste ändringar",
    ]


def test_a_due_line_opened_with_enter_opens_its_record(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    """The demo's oldest overdue item (a follow-up report of meeting 7) opens that meeting."""
    window = open_window(Workspace.open(demo_copy(tmp_path)))
    page = _into_the_page(qtbot, window)
    line = page.line_of(page.tree.currentItem())
    assert line is not None and line.ref == RecordRef("meeting", 7)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key() == "meeting")
    meetings = window.current_page()
    assert isinstance(meetings, RecordListPage)
    qtbot.waitUntil(lambda: meetings.form.shows(7))


def test_a_new_database_says_to_add_the_first_town_and_enter_starts_one(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A new register opens on Översikt; its status line offers the first town, Enter starts it."""
    window = open_window(workspace)
    page = _into_the_page(qtbot, window)
    while True:
        line = page.line_of(page.tree.currentItem())
        if line is not None and line.new_kind == "town":
            break
        before = page.tree.currentItem()
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
        assert page.tree.currentItem() is not before, "no line offers a first town"
    assert line.text.startswith("Lägg till kommunens första vänort")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key() == "town")
    towns = window.current_page()
    assert isinstance(towns, RecordListPage)
    assert towns.form.shows(None)


def test_a_twinning_whose_status_changed_opens_its_twin_town(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Lich's only contact left the four-year window this year: its line opens Lich's page."""
    home = workspace.save(Town(name="Vänersborg", is_home=True))
    lich = workspace.save(Town(name="Lich", country="DE"))
    workspace.save(Twinning(town_a_id=home.id, town_b_id=lich.id, start_date=date(1990, 5, 1)))
    visit = date.today() - timedelta(days=4 * 365 + 150)
    workspace.save(Activity(title="Choir visit", start_date=visit, town_ids=(lich.id,)))
    window = open_window(workspace)
    page = _into_the_page(qtbot, window)
    for _ in range(30):
        line = page.line_of(page.tree.currentItem())
        if line is not None and line.town_id is not None:
            break
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert line is not None and line.text.startswith("Vänersborg – Lich: vilande")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    # The twin town's own page, with everything about Lich.
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), TownPage))
    town_page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: town_page.dossier is not None)  # read on the database worker
    assert town_page.dossier.town_id == lich.id


def test_the_groups_and_the_folded_registers_are_reached_by_keyboard(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Arrow down past every heading; Right unfolds Register; Down opens Växelkurser."""
    window = open_window(workspace)
    navigation = window.navigation
    _focus(qtbot, navigation)
    headings = []
    for _ in range(60):
        item = navigation.currentItem()
        if item.data(0, GROUP_ROLE) is not None:
            headings.append(item.text(0))
        if item.data(0, GROUP_ROLE) == REGISTERS_GROUP:
            break
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert headings == [
        "Vänorter och förbindelser",
        "Nätverk och möten",
        "Avtal, beslut och styrdokument",
        "Resor och aktiviteter",
        "Föreningar och personer",
        "Att göra och utvärdering",
        "Rapporter",
        "Register",
    ]
    registers = navigation.currentItem()
    assert not registers.isExpanded()
    qtbot.keyClick(navigation, Qt.Key.Key_Right)
    assert registers.isExpanded()
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_key() == "exchange_rate")
    for _ in range(3):
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_key() == CHANGE_LOG)
    qtbot.keyClick(navigation, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, ChangeLogPage)
    qtbot.waitUntil(page.table.hasFocus)


def test_the_change_log_names_kinds_in_words_and_its_count_is_fresh(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    """No "mapping_report" in the log; a write made elsewhere shows in the count and Översikt."""
    window = open_window(Workspace.open(demo_copy(tmp_path)))
    window.navigation.select(CHANGE_LOG)
    page = window.current_page()
    assert isinstance(page, ChangeLogPage)
    qtbot.waitUntil(lambda: not page.is_reading())  # the log is read on the worker
    kinds = {page.model.index(row, 3).data() for row in range(page.model.rowCount())}
    assert "Kartläggning" in kinds and "mapping_report" not in kinds
    settle(qtbot, window)
    before = window.navigation.count_of(CHANGE_LOG)
    assert before is not None
    # Written past the window, as the mapping wizard and the attachments do.
    window.workspace.save(Town(name="Utajärvi by", country="FI"))
    window.navigation.select("town")
    settle(qtbot, window)
    assert window.navigation.count_of(CHANGE_LOG) == before + 1
    window.navigation.select(OVERVIEW)
    overview = _overview(qtbot, window)

    def newest_change() -> str:
        recent = overview.tree.topLevelItem(overview.tree.topLevelItemCount() - 1)
        return recent.child(0).text(0) if recent is not None and recent.childCount() else ""

    qtbot.waitUntil(lambda: newest_change() == "Vänort: Utajärvi by")


def test_a_report_command_in_the_navigation_runs_with_enter(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Rapporter unfolds with Right; arrowing onto a command runs nothing, Enter opens it."""
    from PySide6.QtWidgets import QApplication

    from ui.reports.dialog import ReportDialog

    window = open_window(workspace)
    navigation = window.navigation
    menu = [a.text() for a in window.reports_menu.actions() if not a.isSeparator()]
    _focus(qtbot, navigation)
    reports = navigation.group_item(REPORTS_GROUP)
    navigation.setCurrentItem(reports)
    qtbot.keyClick(navigation, Qt.Key.Key_Right)
    assert reports.isExpanded()
    commands = [reports.child(i).text(0) for i in range(1, reports.childCount())]
    assert commands == [text.replace("&", "") for text in menu]
    qtbot.keyClick(navigation, Qt.Key.Key_Down)  # Omvärldsfakta, a page
    qtbot.waitUntil(lambda: window.current_key() == "reference_fact")
    qtbot.keyClick(navigation, Qt.Key.Key_Down)  # the first report's command
    assert QApplication.activeModalWidget() is None
    assert window.current_key() == "reference_fact"
    qtbot.keyClick(navigation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReportDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.close()
