"""File ▸ Restore in a window on a server: a Vänort copy goes into an empty server database,
and a database that holds a register is refused in one sentence with nothing written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.demo import write_demo
from app.services.records import Town
from app.workspace import Workspace
from ui.dialogs.restore_to_server import RestoreToServerDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


def _type(widget: QLineEdit, typed: str) -> None:
    # Key events with the text: keyClicks aborts on letters such as "ö".
    widget.setFocus()
    for ch in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def _clear(widget: QLineEdit) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)


def _count(url: str, table: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    write_demo(path)
    return path


@pytest.fixture
def empty_database(pg_url: str) -> Iterator[str]:
    """A second, empty database on the same server (its name), dropped afterwards."""
    name = f"{make_url(pg_url).database}_restore"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"the test role may not create a database (.ci/postgres.sh grants it): {error}")
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def window(qtbot: Any, pg_url: str) -> Iterator[MainWindow]:
    """A window on a register on the server."""
    created = Workspace.create(pg_url, municipality="Serverkommun")
    created.save(Town(name="Eiði", country="FO"))
    created.close()
    shown = MainWindow(Workspace.open(pg_url))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    shown.workspace.close()


def test_restore_from_the_window_loads_a_copy_into_an_empty_server_database(
    qtbot: Any, window: MainWindow, demo: Path, empty_database: str, pg_url: str
) -> None:
    """File ▸ Restore: the file and the database typed, Restore pressed; every row arrives."""
    seen: dict[str, Any] = {}

    tries = iter(range(500))

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreToServerDialog):
            if next(tries, None) is None:
                if dialog is not None:
                    dialog.close()  # another dialog came up: closed, so the test fails below
                return
            QTimer.singleShot(20, fill_in)  # the dialog is not up yet
            return
        seen["dialog"] = dialog
        _type(dialog.file, str(demo))
        _clear(dialog.database)
        _type(dialog.database, empty_database)
        QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    window.restore_action.trigger()  # returns when the dialog has closed

    assert isinstance(seen.get("dialog"), RestoreToServerDialog)
    target = make_url(pg_url).set(database=empty_database).render_as_string(hide_password=False)
    demo_url = f"sqlite:///{demo}"
    for table in ("towns", "twinnings", "trips", "decisions", "change_log"):
        assert _count(target, table) == _count(demo_url, table)
    assert _count(target, "towns") > 0
    message = window.statusBar().currentMessage()
    assert "demo.sqlite3" in message and empty_database in message
    # The register open in the window is untouched.
    assert _count(pg_url, "towns") == 1


def test_restore_into_a_database_that_holds_a_register_is_refused_in_one_sentence(
    qtbot: Any, window: MainWindow, demo: Path, pg_url: str
) -> None:
    """The open register's own database is offered first; it is refused and stays as it was."""
    dialog = RestoreToServerDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database.text() == make_url(pg_url).database
    _type(dialog.file, str(demo))
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_text() != "", timeout=30_000)
    sentence = dialog.message_text()
    assert "already holds tables" in sentence and "Nothing was written" in sentence
    assert "\n" not in sentence and "Traceback" not in sentence
    assert dialog.isVisible() and dialog.file.text() == str(demo)
    assert dialog.restore_button.isEnabled()
    assert _count(pg_url, "towns") == 1


def test_restore_without_a_file_says_what_is_missing(qtbot: Any, window: MainWindow) -> None:
    """Restore pressed with no file: one sentence, nothing started."""
    dialog = RestoreToServerDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Vänort file" in dialog.message_text()
    assert dialog.isVisible() and dialog.report is None


def test_restore_of_a_file_that_is_not_a_register_is_refused(
    qtbot: Any, window: MainWindow, tmp_path: Path, empty_database: str, pg_url: str
) -> None:
    """A text file is no copy: refused in one sentence, the empty database stays empty."""
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    dialog = RestoreToServerDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.file, str(notes))
    _clear(dialog.database)
    _type(dialog.database, empty_database)
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_text() != "", timeout=30_000)
    assert "not a database file" in dialog.message_text()
    target = make_url(pg_url).set(database=empty_database).render_as_string(hide_password=False)
    engine = create_engine(target)
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        ).scalar_one()
    engine.dispose()
    assert tables == 0
