"""The attachments tab of a form: add by dialog or drop, list, open, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from form_helpers import answer_question, english_interface, type_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services import attachments as service
from app.services import records as r
from app.services.records import RecordRef
from app.workspace import Workspace
from ui.forms import RecordForm, opener
from ui.forms.attachments_panel import format_size

__all__ = ["english_interface"]  # autouse: English interface, no Qt translator left over


@pytest.fixture
def town(workspace: Workspace) -> r.Town:
    return workspace.save(r.Town(name="Põltsamaa", country="EE"))


@pytest.fixture
def form(qtbot: Any, workspace: Workspace, town: r.Town) -> RecordForm:
    form = RecordForm(workspace, "town")
    qtbot.addWidget(form)
    form.resize(750, 600)
    form.show()
    form.load(town.id)
    form.tabs.setCurrentWidget(form.attachments)
    return form


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "Vänortsavtal 1992.pdf"
    path.write_bytes(b"%PDF-1.4 " + b"x" * 2048)
    return path


def _drop(widget: Any, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files from the desktop onto ``widget``; returns (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_add_list_open_and_remove(
    qtbot: Any,
    form: RecordForm,
    workspace: Workspace,
    town: r.Town,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = form.attachments
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(scan)], ""))
    )
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert panel.file_names() == ["Vänortsavtal 1992.pdf"]
    assert form.tabs.tabText(2) == "Attachments (1)"
    (stored,) = service.list_attachments(workspace.database, RecordRef("town", town.id))
    assert panel.files.topLevelItem(0).text(1) == format_size(stored.size)

    opened: list[Path] = []
    monkeypatch.setattr(opener, "open_file", lambda path: opened.append(path) or True)
    panel.files.setCurrentItem(panel.files.topLevelItem(0))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened == [service.attachment_path(workspace.database, stored)]
    assert opened[0].read_bytes() == scan.read_bytes()

    # Remove asks first; "No" keeps the file.
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Vänortsavtal 1992.pdf" in asked[0]
    assert panel.file_names() == ["Vänortsavtal 1992.pdf"]

    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.file_names() == []
    assert service.list_attachments(workspace.database, RecordRef("town", town.id)) == []
    assert form.tabs.tabText(2) == "Attachments"


def test_enter_opens_the_chosen_file(
    qtbot: Any, form: RecordForm, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form.attachments.add_files([scan])
    opened: list[Path] = []
    monkeypatch.setattr(opener, "open_file", lambda path: opened.append(path) or True)
    files = form.attachments.files
    files.setCurrentItem(files.topLevelItem(0))
    qtbot.keyClick(files, Qt.Key.Key_Return)
    assert [p.name for p in opened] == [f"1-{scan.name}"]


def test_files_dropped_on_the_panel_are_attached(
    qtbot: Any, form: RecordForm, workspace: Workspace, town: r.Town, scan: Path, tmp_path: Path
) -> None:
    minutes = tmp_path / "protokoll.txt"
    minutes.write_text("§ 45", encoding="utf-8")

    entered, dropped = _drop(form.attachments, [scan, minutes])

    assert entered and dropped
    assert form.attachments.file_names() == ["Vänortsavtal 1992.pdf", "protokoll.txt"]
    stored = service.list_attachments(workspace.database, RecordRef("town", town.id))
    assert [a.filename for a in stored] == ["Vänortsavtal 1992.pdf", "protokoll.txt"]


def test_a_dropped_folder_is_not_taken(
    qtbot: Any, form: RecordForm, workspace: Workspace, town: r.Town, tmp_path: Path
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    entered, dropped = _drop(form.attachments, [folder])
    assert not entered and not dropped
    assert service.list_attachments(workspace.database, RecordRef("town", town.id)) == []


def test_a_new_record_has_to_be_saved_before_files_are_attached(
    qtbot: Any, workspace: Workspace, scan: Path
) -> None:
    form = RecordForm(workspace, "trip")
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentWidget(form.attachments)
    assert not form.attachments.add_button.isEnabled()
    assert "Save the record first" in form.attachments.hint.text()
    entered, _dropped = _drop(form.attachments, [scan])
    assert not entered

    form.tabs.setCurrentIndex(0)
    type_text(qtbot, form.editor("title").focus_widget(), "Study visit")
    assert form.save(), form.banner_text()
    assert form.attachments.add_button.isEnabled()
    form.attachments.add_files([scan])
    trip_id = form.current_record().id
    assert [
        a.filename for a in service.list_attachments(workspace.database, RecordRef("trip", trip_id))
    ] == [scan.name]


def test_a_missing_file_is_explained_instead_of_opened(
    qtbot: Any, form: RecordForm, workspace: Workspace, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form.attachments.add_files([scan])
    (info,) = service.list_attachments(workspace.database, form.attachments.ref)
    service.attachment_path(workspace.database, info).unlink()
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    opened: list[Path] = []
    monkeypatch.setattr(opener, "open_file", lambda path: opened.append(path) or True)
    files = form.attachments.files
    files.setCurrentItem(files.topLevelItem(0))
    qtbot.mouseClick(form.attachments.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert len(warnings) == 1 and "missing" in warnings[0]


@pytest.mark.parametrize(
    ("size", "text"),
    [(532, "532 B"), (12_345, "12 kB"), (1_400_000, "1,4 MB"), (23_000_000, "23 MB")],
)
def test_sizes_read_the_swedish_way(size: int, text: str) -> None:
    assert format_size(size) == text
