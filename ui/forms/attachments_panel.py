"""A record's files: add by dialog or by dropping files, open with the viewer, remove.

With the form's database worker the files are added, fetched for opening,
removed and listed there (on a server each is a round trip, and a file's
bytes travel with it); the buttons wait meanwhile, and a drop is not taken.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.services import attachments as service
from app.services.errors import ServiceError
from app.services.records import RecordRef
from ui.forms import opener
from ui.forms.widgets.numbers import format_decimal

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

ID_ROLE = Qt.ItemDataRole.UserRole


def format_size(size: int) -> str:
    """ "532 byte", "12 kB", "1,4 MB" (Swedish decimal comma)."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{format_decimal(round(size / 1000))} kB"
    return f"{format_decimal(round(size / 1_000_000, 1))} MB"


def _added_on(info: service.AttachmentInfo) -> str:
    # The day only: the stored time is UTC, and the hour would look wrong locally.
    return format_date(info.added_at.date()) if info.added_at else ""


def _local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class _FileList(QTreeWidget):
    def __init__(self, owner: AttachmentsPanel) -> None:
        super().__init__(owner)
        self.owner = owner

    def event(self, event: QEvent) -> bool:
        # Delete here removes the chosen file: the window's Delete (the whole record) must not
        # take the key first.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.currentItem() is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.owner.open_selected()
        elif event.key() == Qt.Key.Key_Delete:
            self.owner.remove_selected()
        else:
            super().keyPressEvent(event)


class AttachmentsPanel(QWidget):
    """The attachments of one saved record; ``changed`` carries the new count."""

    changed = Signal(int)

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ref: RecordRef | None = None
        self.worker: DatabaseWorker | None = None  # the form's; None works here and now
        self._working = False  # a file is being added, opened or removed on the worker
        self.setAcceptDrops(True)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.files = _FileList(self)
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.files.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.set_record(None)

    # -- what is shown
    def _can_attach(self) -> bool:
        return self.ref is not None and service.can_attach(self.workspace.database)

    def set_record(self, ref: RecordRef | None) -> None:
        """Show the files of ``ref``; None (a record not saved yet) shows why none can be added."""
        self.ref = ref
        self.refresh()

    def show_files(self, ref: RecordRef | None, files: list[service.AttachmentInfo]) -> None:
        """Show ``files``, read with the record ``ref`` on the database worker: nothing is read here."""
        self.ref = ref
        self._show(files)

    def refresh(self) -> None:
        """List the record's attached files again (after a file was added or removed).

        Read on the form's worker when it has one; the list follows when the answer comes.
        """
        ref = self.ref
        if not self._can_attach() or ref is None:
            self._show([])
            return
        database, worker = self.workspace.database, self.worker
        if worker is None:
            self._show(service.list_attachments(database, ref))
            return
        worker.run_read(
            lambda: service.list_attachments(database, ref),
            lambda files: self._show_if_still(ref, files),
            owner=self,
        )

    def _show_if_still(self, ref: RecordRef | None, files: list[service.AttachmentInfo]) -> None:
        if self.ref == ref:  # else another record is shown meanwhile: its files are
            self._show(files)

    def _show(self, files: list[service.AttachmentInfo]) -> None:
        self.files.clear()
        if not service.can_attach(self.workspace.database):
            self.hint.setText(self.tr("Files can only be attached in a database file."))
        elif self.ref is None:
            self.hint.setText(self.tr("Save the record first; then files can be attached to it."))
        elif service.on_server(self.workspace.database):
            self.hint.setText(
                self.tr(
                    "Drop files here or press Add. They are kept in the database on the server."
                )
            )
        else:
            self.hint.setText(
                self.tr("Drop files here or press Add. They are copied into %1.").replace(
                    "%1", str(service.attachments_folder(self.workspace.database))
                )
            )
        for info in files if self.ref is not None else []:
            item = QTreeWidgetItem([info.filename, format_size(info.size), _added_on(info)])
            item.setData(0, ID_ROLE, info.id)
            item.setToolTip(0, info.description or info.filename)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files.addTopLevelItem(item)
        self.add_button.setEnabled(self._can_attach() and not self._working)
        self._update_buttons()
        self.changed.emit(self.files.topLevelItemCount())

    def count(self) -> int:
        """How many files are attached."""
        return self.files.topLevelItemCount()

    def file_names(self) -> list[str]:
        """The names of the attached files, as listed."""
        items = (self.files.topLevelItem(i) for i in range(self.count()))
        return [item.text(0) for item in items if item is not None]

    def _update_buttons(self) -> None:
        chosen = bool(self.files.selectedItems()) and not self._working
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected_id(self) -> int | None:
        items = self.files.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    # -- actions
    def choose_files(self) -> None:
        """Ask for files and attach them to the record."""
        if not self._can_attach():
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Copy ``paths`` in as attachments; problems are shown, the rest still added."""
        ref = self.ref
        if ref is None or not paths:
            return
        database = self.workspace.database

        def work() -> tuple[list[str], list[service.AttachmentInfo]]:
            problems = []
            for path in paths:
                try:
                    service.add_attachment(database, ref, path)
                except ServiceError as error:
                    problems.append(f"{path.name}: {error}")
            return problems, service.list_attachments(database, ref)

        def done(result: tuple[list[str], list[service.AttachmentInfo]]) -> None:
            problems, files = result
            self._show_if_still(ref, files)
            if problems:
                QMessageBox.warning(self, self.tr("Attach files"), "\n".join(problems))

        self._do(work, done, self.tr("Attach files"), write=True)

    def open_selected(self) -> None:
        """Open the chosen file in the program the computer uses for it."""
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        database = self.workspace.database

        def work() -> Path:
            # On a server the file is fetched from the database here: off the window's thread.
            return service.attachment_path(
                database, service.get_attachment(database, attachment_id)
            )

        self._do(work, self._open_path, self.tr("Open attachment"), write=False)

    def _open_path(self, path: Path) -> None:
        if not path.exists():
            QMessageBox.warning(
                self,
                self.tr("Open attachment"),
                self.tr("The file is missing from the attachments folder:\n%1").replace(
                    "%1", str(path)
                ),
            )
            return
        if not opener.open_file(path):
            QMessageBox.warning(
                self,
                self.tr("Open attachment"),
                self.tr("No program on this computer could open %1.").replace("%1", path.name),
            )

    def remove_selected(self) -> None:
        """Remove the chosen file from the record, after asking."""
        attachment_id = self._selected_id()
        items = self.files.selectedItems()
        if attachment_id is None or not items or self._working:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove “%1” from this record? The file is moved to the subfolder "
                ".removed of the attachments folder."
            ).replace("%1", items[0].text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ref, database = self.ref, self.workspace.database

        def work() -> list[service.AttachmentInfo]:
            service.remove_attachment(database, attachment_id)
            return service.list_attachments(database, ref) if ref is not None else []

        self._do(
            work,
            lambda files: self._show_if_still(ref, files),
            self.tr("Remove attachment"),
            write=True,
        )

    def _do(
        self, work: Callable[[], Any], done: Callable[[Any], None], title: str, *, write: bool
    ) -> None:
        """Run ``work`` here, or on the form's worker with the buttons waiting meanwhile.

        A refusal is said in a message box under ``title`` and the list read again.
        """
        worker = self.worker
        if worker is None:
            try:
                result = work()
            except ServiceError as error:
                self._refused(title, error)
                return
            done(result)
            return
        if self._working:
            return  # one file at a time: a second click waits for the first
        self._set_working(True)

        def finished(result: Any) -> None:
            self._set_working(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._set_working(False)
            if isinstance(error, ServiceError):
                self._refused(title, error)
                return
            sys.excepthook(type(error), error, error.__traceback__)

        run = worker.run_write if write else worker.run_read
        run(work, finished, failed, owner=self)

    def _refused(self, title: str, error: ServiceError) -> None:
        QMessageBox.warning(self, title, str(error))
        self.refresh()

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.add_button.setEnabled(self._can_attach() and not working)
        self._update_buttons()

    def is_working(self) -> bool:
        """True while a file is being added, opened or removed on the worker."""
        return self._working

    # -- drag and drop of files from the desktop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged from the desktop when the record can take attachments."""
        if self._can_attach() and not self._working and _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting the dragged files while they move over the panel."""
        if self._can_attach() and not self._working and _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the files dropped on the panel."""
        paths = _local_files(event) if self._can_attach() and not self._working else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)
