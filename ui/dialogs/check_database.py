"""File ▸ Check the database: SQLite's integrity and foreign-key checks, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import Context
from app.workspace import Workspace
from app.workspace_files import NotAFile, integrity_problems
from ui.background import BackgroundWork

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
CheckDatabase = Context("CheckDatabase")

SHOWN_PROBLEMS = 20


def _title() -> str:
    return QCoreApplication.translate("CheckDatabase", "Check the database")


def check_database(parent: QWidget, workspace: Workspace) -> BackgroundWork | None:
    """Start the check; its result appears in a message when it is done."""
    if workspace.path is None:
        QMessageBox.information(parent, _title(), str(NotAFile()))
        return None
    # SQLite's checks cannot be stopped midway, so there is no Cancel.
    task = BackgroundWork(
        parent,
        QCoreApplication.translate("CheckDatabase", "Checking the database…"),
        lambda _progress, _cancelled: integrity_problems(workspace.database),
        cancellable=False,
    )
    task.done.connect(lambda problems: report(parent, problems))
    task.failed.connect(lambda error: _failed(parent, error))
    task.start()
    return task


def report(parent: QWidget, problems: list[str]) -> None:
    """Tell the user what the check found."""
    if not problems:
        QMessageBox.information(
            parent,
            _title(),
            QCoreApplication.translate(
                "CheckDatabase", "The database is whole: no problems were found."
            ),
        )
        return
    shown = "\n".join(problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        shown += "\n…"
    text = CheckDatabase.tr(
        "The check found %n problem(s). Restore a backup from before they appeared "
        "(File ▸ Restore from a backup) or ask for help.",
        "",
        len(problems),
    )
    box = QMessageBox(QMessageBox.Icon.Warning, _title(), text, parent=parent)
    box.setDetailedText(shown)
    box.exec()


def _failed(parent: QWidget, error: Exception) -> None:
    text = QCoreApplication.translate(
        "CheckDatabase", "The database could not be checked: %1"
    ).replace("%1", str(error))
    QMessageBox.warning(parent, _title(), text)
