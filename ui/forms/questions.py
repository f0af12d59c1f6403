"""The form's questions: save unsaved edits before leaving, reload after a refused save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import ConflictError


def ask_reload(parent: QWidget, error: ConflictError) -> bool:
    """Show both people's changes; True when the coordinator chose "Reload".

    The sentences keep the form's translation context, where they were first written.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecordForm", "Changed by someone else"))
    # Each field both people changed, with both values, under the sentence.
    box.setText("\n\n".join([str(error), "\n".join(error.details)]).strip())
    box.setInformativeText(
        QCoreApplication.translate(
            "RecordForm",
            "Reload shows the stored version and drops your changes. "
            "Keep editing lets you copy what you need first; saving will still be refused.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("RecordForm", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("RecordForm", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is reload_button


def ask_unsaved(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for the unsaved edits of the record named ``title``."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordForm", "Unsaved changes"),
        QCoreApplication.translate(
            "RecordForm", "%1 has changes that are not saved. Save them?"
        ).replace("%1", title),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
