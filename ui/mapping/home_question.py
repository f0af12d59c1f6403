"""Asking for the home town before a mapping report is drafted from a large register.

A register imported from a public list may hold thousands of twinnings and no
town marked as the municipality's own; drafting from it would cover them all.
The question says why in one sentence and takes the town's name; the town is
then marked as home (the same as ticking "home municipality" in its form).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.mapping.home_needed import HomeNeeded, towns_named
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui.sentence_label import sentence_label


class HomeTownQuestion(QDialog):
    """ "Which town is the municipality's own?" with the reason, a name box and OK/Cancel."""

    def __init__(self, workspace: Workspace, need: HomeNeeded, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home_town_question")
        self.setWindowTitle(self.tr("The municipality's own town"))
        self.workspace = workspace
        reason = sentence_label(need.text(), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("home_town_name")
        prompt = QLabel(self.tr("&Town, as the register writes it:"), self)
        prompt.setBuddy(self.name_edit)
        self.error_label = sentence_label("", self, name="home_town_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(reason)
        layout.addWidget(prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.marked: str | None = None

    def accept(self) -> None:
        """Mark the town named as home; a name the register lacks is said, and the box stays."""
        name = self.name_edit.text().strip()
        found = towns_named(self.workspace.database, name) if name else []
        if len(found) > 1:
            found = [town for town in found if town.country == "SE"] or found
        if not found:
            self.error_label.setText(
                self.tr("There is no town called %1 in the register.").replace("%1", name)
            )
            return
        if len(found) > 1:
            self.error_label.setText(
                self.tr(
                    "The register has several towns called %1; mark the right one as home in "
                    "its form."
                ).replace("%1", name)
            )
            return
        try:
            home = self.workspace.mark_home_town(found[0].name, found[0].country)
        except ServiceError as error:
            self.error_label.setText(str(error))
            return
        self.marked = home.name
        super().accept()
