"""A list page shows its list first; its form follows by itself, in the keyboard's order."""

from __future__ import annotations

from typing import Any

from helpers import (
    english_interface,  # noqa: F401 (autouse fixture)
    list_read,
    record_shown,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage


def test_the_form_follows_the_list_and_tab_goes_from_the_list_into_it(
    qtbot: Any,
    open_window: Any,
    workspace: Workspace,
) -> None:
    """Nothing asks for the form, yet it comes; Tab from the list reaches its first field."""
    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    window = open_window(workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    list_read(page)
    qtbot.waitUntil(page.has_form)
    qtbot.waitUntil(page.form.isVisible)
    assert page.splitter.indexOf(page.form) == 1  # beside the list, where the place was
    assert not page.is_dirty()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    record_shown(qtbot, page.form)  # the list's current record, read on the worker
    first_field = page.form.focusProxy()
    seen = []
    for _ in range(10):  # the list's own buttons may come first, the form's first field next
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused)
        if page.form.isAncestorOf(focused):
            break
    assert seen[-1] is first_field
    assert all(page.isAncestorOf(widget) for widget in seen)  # never outside the page first
