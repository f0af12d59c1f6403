"""Asking for the home town before a mapping report is drafted from a large register.

A register imported from a public list may hold thousands of twinnings and no
town marked as the municipality's own; drafting from it would cover them all.
The question says why in one sentence and takes the town's name; the town is
then marked as home (the same as ticking "home municipality" in its form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ui.errors import say_refusal
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


def mark_named_home(workspace: Workspace, name: str) -> tuple[str, str]:
    """Find the town ``name`` and mark it as home, as one piece of work (on the worker).

    Returns what came of it and the town's name: "marked" (as the register
    writes it), "missing" or "several" (nothing marked); a refusal raises ServiceError.
    """
    found = towns_named(workspace.database, name) if name else []
    if len(found) > 1:
        found = [town for town in found if town.country == "SE"] or found
    if not found:
        return "missing", name
    if len(found) > 1:
        return "several", name
    return "marked", workspace.mark_home_town(found[0].name, found[0].country).name


class HomeTownQuestion(QDialog):
    """ "Which town is the municipality's own?" with the reason, a name box and OK/Cancel."""

    def __init__(
        self,
        workspace: Workspace,
        need: HomeNeeded,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ):
        """``worker``: the window's database worker, which marks the town (here without it)."""
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(reason)
        layout.addWidget(prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.marked: str | None = None
        self.worker = worker
        self._marking = False  # the town is being marked on the worker

    def accept(self) -> None:
        """Mark the town named as home; a name the register lacks is said, and the box stays.

        With the window's worker the town is looked up and marked there; OK waits
        meanwhile, so pressing it twice marks nothing twice.
        """
        if self._marking:
            return
        workspace, name = self.workspace, self.name_edit.text().strip()
        worker = self.worker
        if worker is None:
            try:
                outcome = mark_named_home(workspace, name)
            except ServiceError as error:
                self.error_label.setText(str(error))
                return
            self._came(outcome)
            return
        self._set_marking(True)
        worker.run_write(
            lambda: mark_named_home(workspace, name), self._came, self._failed, owner=self
        )

    def reject(self) -> None:
        """Cancel, unless the town is being marked (it is marked all the same)."""
        if not self._marking:
            super().reject()

    def _set_marking(self, marking: bool) -> None:
        self._marking = marking
        self.ok_button.setEnabled(not marking)
        self.name_edit.setReadOnly(marking)

    def _came(self, outcome: tuple[str, str]) -> None:
        self._set_marking(False)
        what, name = outcome
        if what == "missing":
            self.error_label.setText(
                self.tr("There is no town called %1 in the register.").replace("%1", name)
            )
            return
        if what == "several":
            self.error_label.setText(
                self.tr(
                    "The register has several towns called %1; mark the right one as home in "
                    "its form."
                ).replace("%1", name)
            )
            return
        self.marked = name
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_marking(False)
        say_refusal(error, self.error_label.setText)
