"""The main window driven as a user would: search, sort, filters, delete and undo, links."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    activate,
    answer_message_box,
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
    list_read,
    record_shown,
    settle,
    type_text,
    when_dialog_opens,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox

from app.services.errors import RecordNotFound
from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.navigation import CHANGE_LOG, OVERVIEW, TERM_REVIEW, TODO


@pytest.fixture
def demo_window(open_window: Any, tmp_path: Path) -> MainWindow:
    return open_window(Workspace.open(demo_copy(tmp_path)))


def names(page: RecordListPage, column: int = 0) -> list[str]:
    model = list_read(page).model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot: Any, page: RecordListPage, text: str, column: int = 0) -> None:
    row = names(page, column).index(text)  # waits for the list
    rect = page.table.visualRect(page.model.index(row, column))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    record_shown(qtbot, page.form)  # the record comes from the window's database worker


def record_page(window: MainWindow, kind: str) -> RecordListPage:
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    return list_read(page)


def test_window_title_names_the_database(demo_window: MainWindow) -> None:
    """The title says which database is open."""
    assert demo_window.windowTitle().replace("[*]", "") == "demo.sqlite3 – Vänort"


def test_search_narrows_the_list_as_you_type(qtbot: Any, demo_window: MainWindow) -> None:
    """Typing in the search field narrows the towns; accents and case do not matter."""
    page = record_page(demo_window, "town")
    everything = len(names(page))
    qtbot.mouseClick(page.search_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search_field, "siglufjor")
    assert names(page) == ["Siglufjörður"]
    page.search_field.clear()
    assert len(names(page)) == everything
    type_text(qtbot, page.search_field, "EIÐI")
    assert names(page) == ["Eiði"]
    assert page.count_label.text() == f"1 of {everything}"


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot: Any, demo_window: MainWindow) -> None:
    """Ctrl+F focuses the current list's search field."""
    page = record_page(demo_window, "twinning")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_field.hasFocus)


def test_clicking_a_header_sorts_by_that_column(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A click on Population sorts up, a second click down; towns without one stay last."""
    for name, population in (("Alpha", None), ("Bravo", 3000), ("Charlie", 100)):
        workspace.save(Town(name=name, country="SE", population=population))
    window = open_window(workspace)
    page = record_page(window, "town")
    header = page.table.horizontalHeader()
    column = page.model.column_of("population")
    assert column is not None
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = names(page)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    second = names(page)
    assert {tuple(first), tuple(second)} == {
        ("Charlie", "Bravo", "Alpha"),
        ("Bravo", "Charlie", "Alpha"),
    }


def test_show_ended_box_hides_and_shows_ended_twinnings(
    qtbot: Any, demo_window: MainWindow
) -> None:
    """Unticking "Show ended" hides Utajärvi's ended twinning; ticking brings it back."""
    page = record_page(demo_window, "twinning")
    partner = page.model.column_of("town_b_id")
    assert "Utajärvi" in names(page, partner)
    box = page.filter_bar.findChild(QCheckBox, "show_ended")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert not box.isChecked()
    assert "Utajärvi" not in names(page, partner)
    assert "Herning" in names(page, partner)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert "Utajärvi" in names(page, partner)


def test_status_filter_narrows_the_list(qtbot: Any, demo_window: MainWindow) -> None:
    """Choosing "active" in the status drop-down keeps only active twinnings."""
    page = record_page(demo_window, "twinning")
    combo = page.filter_bar.combo("status")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("active"))
    status = page.model.column_of("status")
    shown = names(page, status)
    assert shown and set(shown) == {"active"}
    page.filter_bar.clear()
    assert {"active", "dormant", "ended"} <= set(names(page, status))


def test_delete_asks_removes_and_ctrl_z_brings_it_back(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Del asks first; Yes deletes; Ctrl+Z restores the same record, Ctrl+Shift+Z deletes again."""
    nuuk = workspace.save(Town(name="Nuuk", country="GL"))
    workspace.save(Town(name="Eiði", country="FO"))
    window = open_window(workspace)
    page = record_page(window, "town")
    click_row(qtbot, page, "Nuuk")
    qtbot.waitUntil(lambda: page.shown_id() == nuuk.id)

    asked: list[str] = []
    answer_message_box(page_button("No"), asked)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "Nuuk" in asked[0]
    assert "Nuuk" in names(page)
    assert page.shown_id() == nuuk.id
    activate(qtbot, window)

    answer_message_box(page_button("Yes"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Nuuk" not in names(page))
    activate(qtbot, window)
    with pytest.raises(RecordNotFound):
        workspace.get("town", nuuk.id)
    qtbot.waitUntil(lambda: window.navigation.count_of("town") == 1)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Nuuk" in names(page))
    assert workspace.get("town", nuuk.id).name == "Nuuk"
    assert page.shown_id() == nuuk.id
    qtbot.waitUntil(lambda: window.navigation.count_of("town") == 2)

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: "Nuuk" not in names(page))
    assert page.form.current_record() is None or page.form.current_record().id != nuuk.id


def test_a_refused_delete_keeps_the_record_and_leaves_nothing_to_undo(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A record changed since it was shown is not deleted: one sentence, and no undo step."""
    nuuk = workspace.save(Town(name="Nuuk", country="GL"))
    window = open_window(workspace)
    page = record_page(window, "town")
    click_row(qtbot, page, "Nuuk")
    qtbot.waitUntil(lambda: page.shown_id() == nuuk.id)
    # Changed elsewhere meanwhile: the form still holds the older version.
    workspace.save(dataclasses.replace(nuuk, notes="Ändrad av en kollega"))

    refusals: list[str] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        answer_message_box(page_button("Ok"), refusals)  # the refusal that follows
        dialog.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(confirm, of_type=QMessageBox)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(refusals))
    activate(qtbot, window)
    assert workspace.get("town", nuuk.id).notes == "Ändrad av en kollega"
    assert "Nuuk" in names(page)
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def selected_names(page: RecordListPage) -> list[str]:
    rows = list_read(page).table.selectionModel().selectedRows()
    return [page.model.index(index.row(), 0).data() for index in rows]


def page_button(name: str) -> Any:
    from PySide6.QtWidgets import QMessageBox

    return getattr(QMessageBox.StandardButton, name)


def test_a_linked_record_opens_with_one_double_click(qtbot: Any, demo_window: MainWindow) -> None:
    """From a twinning's linked records, a double click opens the partner town."""
    page = record_page(demo_window, "twinning")
    partner = page.model.column_of("town_b_id")
    click_row(qtbot, page, "Herning", partner)
    form = page.form
    form.tabs.setCurrentWidget(form.linked)
    qtbot.waitUntil(lambda: bool(form.linked.find_items("Herning")))
    item = form.linked.find_items("Herning")[0]
    tree = form.linked.tree
    rect = tree.visualItemRect(item)
    # A real double click is a click followed by a double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: demo_window.current_key() == "town")
    towns = demo_window.pages["town"]
    assert isinstance(towns, RecordListPage)
    assert record_shown(qtbot, towns.form).name == "Herning"
    assert selected_names(towns) == ["Herning"]


def test_open_record_clears_a_search_that_hides_the_record(
    qtbot: Any, demo_window: MainWindow
) -> None:
    """A linked record opens even when the target list is searched for something else."""
    towns = record_page(demo_window, "town")
    qtbot.keyClicks(towns.search_field, "herning")
    twinnings = record_page(demo_window, "twinning")
    lich = next(i for i in demo_window.workspace.labels("town").items() if i[1] == "Lich")
    twinnings.form.open_record.emit("town", lich[0])
    qtbot.waitUntil(lambda: demo_window.current_key() == "town")
    assert record_shown(qtbot, towns.form).name == "Lich"
    assert towns.search_field.text() == ""


def test_new_and_save_with_the_keyboard_shows_in_the_list_and_the_change_log(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Ctrl+N, type a name, Ctrl+S: the town is listed, counted and in the change log."""
    window = open_window(workspace)
    page = record_page(window, "town")
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name_field = page.form.editor("name").focus_widget()
    type_text(qtbot, name_field, "Põltsamaa")
    qtbot.keyClick(name_field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: names(page) == ["Põltsamaa"])
    saved = page.form.current_record()
    assert saved is not None and workspace.get("town", saved.id).name == "Põltsamaa"
    assert page.shown_id() == saved.id
    assert selected_names(page) == ["Põltsamaa"]
    qtbot.waitUntil(lambda: window.navigation.count_of("town") == 1)

    window.navigation.select(CHANGE_LOG)
    log = window.pages[CHANGE_LOG]
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    first = [log.model.index(0, c).data() for c in range(6)]
    assert first[1:5] == ["testare", "created", "Twin town", "Põltsamaa"]


def test_choosing_another_row_asks_about_unsaved_changes(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """With unsaved changes, Cancel keeps the record and its changes; Discard moves on."""
    for name in ("Nuuk", "Arsuk"):
        workspace.save(Town(name=name, country="GL"))
    window = open_window(workspace)
    page = record_page(window, "town")
    click_row(qtbot, page, "Nuuk")
    field = page.form.editor("name").focus_widget()
    qtbot.keyClicks(field, " Godthab")
    assert page.form.is_dirty()

    answer_message_box(page_button("Cancel"))
    click_row(qtbot, page, "Arsuk")
    qtbot.waitUntil(lambda: not _modal_open())
    assert page.form.current_record().name == "Nuuk"
    assert page.form.is_dirty()
    qtbot.waitUntil(lambda: selected_names(page) == ["Nuuk"])

    activate(qtbot, window)
    answer_message_box(page_button("Discard"))
    click_row(qtbot, page, "Arsuk")
    qtbot.waitUntil(lambda: getattr(page.form.current_record(), "name", None) == "Arsuk")
    assert selected_names(page) == ["Arsuk"]
    # Discarded, not saved: the stored name is still plain Nuuk.
    assert sorted(workspace.labels("town").values()) == ["Arsuk", "Nuuk"]


def _modal_open() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget() is not None


def test_window_remembers_size_splitter_and_column_widths(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A window opened again has the size, splitter and column widths it was closed with."""
    workspace.save(Town(name="Nuuk", country="GL"))
    window = open_window(workspace)
    # Qt fits restored geometry onto the screen (800 pixels wide offscreen), and the
    # window is at least 900 wide: so the width stays 900 and the height tells.
    window.resize(900, 610)
    page = record_page(window, "town")
    page.table.horizontalHeader().resizeSection(0, 177)
    page.splitter.setSizes([400, 330])
    wanted_split = page.splitter.sizes()
    window.close()
    again = open_window(workspace)
    assert (again.width(), again.height()) == (900, 610)
    page = record_page(again, "town")
    assert page.table.horizontalHeader().sectionSize(0) == 177
    assert page.splitter.sizes() == wanted_split


def test_default_size_fits_a_small_laptop(open_window: Any, workspace: Workspace) -> None:
    """The first window is 1280×720 and may shrink well below 1366×768."""
    window = open_window(workspace)
    assert (window.width(), window.height()) == (1280, 720)
    hint = window.minimumSizeHint()
    assert window.minimumWidth() <= 1000 and hint.width() <= 1366 and hint.height() <= 768


def test_menus_hold_the_file_commands_and_an_empty_reports_menu(demo_window: MainWindow) -> None:
    """File has the database commands, Edit undo/redo, Reports is there for the reports."""
    texts = [a.text().replace("&", "") for a in demo_window.file_menu.actions() if a.text()]
    for wanted in (
        "New database…",
        "Open…",
        "Recent databases",
        "Save a copy as…",
        "Restore from a backup…",
        "Check the database",
        "Settings…",
        "Quit",
    ):
        assert wanted in texts
    edit = [a.objectName() for a in demo_window.edit_menu.actions()]
    assert {"act_undo", "act_redo", "act_new", "act_save", "act_delete", "act_find"} <= set(edit)
    reports = [a.objectName() for a in demo_window.reports_menu.actions()]
    assert {"act_report_register", "act_report_annual", "mapping_report_action"} <= set(reports)
    assert demo_window.reports_menu.menuAction() in demo_window.menuBar().actions()


def test_every_kind_and_the_change_log_have_an_entry_with_a_count(
    qtbot: Any, demo_window: MainWindow
) -> None:
    """The navigation lists every kind and the change log; counts match the lists.

    The counts are read on the database worker, after the start page: they are
    waited for, as her eyes would wait for them.
    """
    from app.services.kinds import KINDS

    keys = demo_window.navigation.keys()
    assert set(keys) == set(KINDS) | {OVERVIEW, CHANGE_LOG, TODO, TERM_REVIEW}
    towns = record_page(demo_window, "town")
    qtbot.waitUntil(lambda: demo_window.navigation.count_of("town") is not None)
    settle(qtbot, demo_window)
    assert demo_window.navigation.count_of("town") == towns.model.rowCount()
    assert (demo_window.navigation.count_of(CHANGE_LOG) or 0) > 0


def test_period_filter_on_meeting_years(qtbot: Any, demo_window: MainWindow) -> None:
    """Typing 2013 to 2014 as the period keeps only the meetings of those years."""
    page = record_page(demo_window, "meeting")
    year = page.model.column_of("year")
    everything = names(page, year)
    assert "2013" in everything and "2007" in everything
    assert page.filter_bar.first_year is not None and page.filter_bar.last_year is not None
    qtbot.keyClicks(page.filter_bar.first_year, "2013")
    qtbot.keyClicks(page.filter_bar.last_year, "2014")
    assert sorted(names(page, year)) == sorted(y for y in everything if y in ("2013", "2014"))
    page.filter_bar.clear()
    assert sorted(names(page, year)) == sorted(everything)


def test_period_filter_on_twinning_dates(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A twinning that ended before the period, or began after it, is left out."""
    from datetime import date

    from app.services.records import Twinning

    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True)).id
    spans = {
        "Herning": (date(1946, 1, 1), date(1960, 12, 31)),
        "Utajärvi": (date(1948, 1, 1), date(1976, 1, 1)),
        "Lich": (date(2010, 6, 1), None),
    }
    for name, (start, end) in spans.items():
        town = workspace.save(Town(name=name, country="DK")).id
        workspace.save(
            Twinning(
                town_a_id=home,
                town_b_id=town,
                start_date=start,
                end_date=end,
                status="ended" if end else "active",
            )
        )
    window = open_window(workspace)
    page = record_page(window, "twinning")
    partner = page.model.column_of("town_b_id")
    assert page.filter_bar.first_year is not None and page.filter_bar.last_year is not None
    qtbot.keyClicks(page.filter_bar.first_year, "1970")
    qtbot.keyClicks(page.filter_bar.last_year, "1980")
    assert sorted(names(page, partner)) == ["Utajärvi"]
    page.filter_bar.last_year.clear()
    page.filter_bar.first_year.clear()
    qtbot.keyClicks(page.filter_bar.first_year, "2000")
    assert sorted(names(page, partner)) == ["Lich"]


def test_saving_on_the_way_to_another_row_keeps_both_in_step(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Arrow down with unsaved changes, answer Save: stored, and the next row is shown and selected."""
    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    window = open_window(workspace)
    page = record_page(window, "town")
    click_row(qtbot, page, "Arsuk")
    field = page.form.editor("name").focus_widget()
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, " Qoornoq")
    answer_message_box(page_button("Save"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: getattr(page.form.current_record(), "name", None) == "Nuuk")
    qtbot.waitUntil(lambda: selected_names(page) == ["Nuuk"])
    assert sorted(workspace.labels("town").values()) == ["Arsuk Qoornoq", "Nuuk"]
    assert names(page) == ["Arsuk Qoornoq", "Nuuk"]
