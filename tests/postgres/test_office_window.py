"""A window on the server sees a colleague's saves without being reopened."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


def _names(page: RecordListPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _type(widget: QLineEdit, text: str) -> None:
    # Key events with the text: keyClicks aborts on letters such as "ö".
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def office(qtbot: Any, pg_url: str) -> Iterator[tuple[MainWindow, Workspace]]:
    """A window on the server and a colleague's workspace on the same register."""
    Workspace.create(pg_url, municipality="Serverkommun").close()
    window = MainWindow(Workspace.open(pg_url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    colleague = Workspace.open(pg_url)
    yield window, colleague
    colleague.close()
    for page in window.pages.values():
        if isinstance(page, RecordListPage) and page.form.is_dirty():
            page.form.revert()
    window.close()
    window.workspace.close()


def test_the_list_shows_a_colleagues_new_town(qtbot: Any, office: Any) -> None:
    """A town a colleague saves appears in the open list, read again on its own."""
    window, colleague = office
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    assert "Siglufjörður" not in _names(page)
    colleague.save(Town(name="Siglufjörður", country="IS"))
    qtbot.waitUntil(lambda: "Siglufjörður" in _names(page), timeout=10_000)


def test_a_form_being_edited_says_who_changed_the_record(qtbot: Any, office: Any) -> None:
    """The typed text stays; the form names the colleague and the field they changed."""
    window, colleague = office
    town = colleague.save(Town(name="Eiði", country="FO"))
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: "Eiði" in _names(page), timeout=10_000)
    assert page.select_record(town.id)
    # The town is read on the window's database worker; the form takes typing once it came.
    qtbot.waitUntil(lambda: not page.form.is_loading(), timeout=10_000)
    region = page.form.editor("region").focus_widget()
    assert isinstance(region, QLineEdit)
    _type(region, "Streymoy")
    assert page.form.is_dirty()

    colleague.save(dataclasses.replace(colleague.get("town", town.id), population=700))
    qtbot.waitUntil(lambda: "vanort" in page.form.banner_text(), timeout=10_000)
    assert "Population" in page.form.banner_text() or "Invånare" in page.form.banner_text()
    assert region.text() == "Streymoy"
    # Saving merges: the colleague's population and this form's region both stay.
    with qtbot.waitSignal(page.form.save_finished, timeout=10_000) as finished:
        assert page.form.save()
    assert finished.args == [True]
    stored = colleague.get("town", town.id)
    assert (stored.region, stored.population) == ("Streymoy", 700)


def test_a_save_the_server_confirms_lost_keeps_the_forms_text(qtbot: Any, office: Any) -> None:
    """The connection breaks before COMMIT: one sentence says nothing was saved, and
    saving again sends what is still typed in the form."""
    from sqlalchemy import create_engine, event, text

    from app.failures import explain_failure
    from db.errors import ServerConnectionLost

    window, colleague = office
    town = colleague.save(Town(name="Eiði", country="FO"))
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: "Eiði" in _names(page), timeout=10_000)
    assert page.select_record(town.id)
    # The town is read on the window's database worker; the form takes typing once it came.
    qtbot.waitUntil(lambda: not page.form.is_loading(), timeout=10_000)
    region = page.form.editor("region").focus_widget()
    assert isinstance(region, QLineEdit)
    _type(region, "Streymoy")

    sessions = window.workspace.database._sessions

    def break_connection(session: Any) -> None:
        pid = session.connection().connection.dbapi_connection.info.backend_pid
        with create_engine(session.get_bind().url).connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    event.listen(sessions, "before_commit", break_connection)
    try:
        # The save runs on the window's database worker; its error comes back to the
        # window's error handling on the GUI thread.
        with (
            qtbot.capture_exceptions() as caught,
            qtbot.waitSignal(page.form.save_finished, timeout=10_000) as finished,
        ):
            page.form.save()
    finally:
        event.remove(sessions, "before_commit", break_connection)
    assert finished.args == [False]
    errors = [error for _kind, error, _tb in caught]
    assert len(errors) == 1 and isinstance(errors[0], ServerConnectionLost)
    assert "nothing was saved" in (explain_failure(errors[0]) or "")
    assert region.text() == "Streymoy" and page.form.is_dirty()
    with qtbot.waitSignal(page.form.save_finished, timeout=10_000) as again:
        assert page.form.save()
    assert again.args == [True]
    assert colleague.get("town", town.id).region == "Streymoy"
