"""Page 5 of the import wizard: the import itself, and its summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.importing import importer
from app.importing.home_offer import HomeOffer, home_town_offer
from app.importing.importer import (
    Cancelled,
    ImportRefused,
    ImportSummary,
)
from app.services.errors import ServiceError
from ui.errors import say_refusal
from ui.importing.pages.errors import error_text
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.importing.host import ImportHost


class ResultPage(QWizardPage):
    """Page 5: the import itself, in the background, and its summary."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard takes the page as its child in setPage
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.result_label = sentence_label("", self, name="result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A twinnings file naming one town on every row offers it as the home municipality.
        self.home_button = QPushButton(self)
        self.home_button.setObjectName("mark_home")
        self.home_button.hide()
        self.home_button.clicked.connect(self._mark_home)
        self.home_label = sentence_label("", self, name="home_offer")
        self.home_label.hide()
        self._home_offer: HomeOffer | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.home_label)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.done = False
        self.failure: str | None = None

    def initializePage(self) -> None:
        """Import the file, in the background behind a progress dialog."""
        wizard = self._wizard
        parsed = wizard.parsed
        assert parsed is not None
        options = wizard.preview_page.options()
        db = wizard.workspace.database
        self.done = False
        self.failure = None
        self.result_label.setText(self.tr("Importing…"))

        def work(progress: Any, cancelled: Any) -> ImportSummary:
            return importer.run_import(db, parsed, options, progress=progress, cancelled=cancelled)

        wizard.run_in_background(self.tr("Importing"), work, self._finished, self._failed)

    def _finished(self, summary: ImportSummary) -> None:
        self.done = True
        self._wizard.summary = summary
        self.setSubTitle(self.tr("The import is done."))
        self.result_label.setText("\n".join(summary.lines()))
        self.completeChanged.emit()
        self._wizard.imported.emit(summary)
        self._offer_home()

    def _offer_home(self) -> None:
        parsed = self._wizard.parsed
        worker = self._wizard.worker
        if parsed is None:
            self._show_offer(None)
            return
        database = self._wizard.workspace.database
        if worker is None:
            self._show_offer(home_town_offer(database, parsed))
            return
        # Read on the window's worker: the summary is on screen meanwhile.
        worker.run_read(lambda: home_town_offer(database, parsed), self._show_offer, owner=self)

    def _show_offer(self, offer: HomeOffer | None) -> None:
        self._home_offer = offer
        self.home_button.setVisible(offer is not None)
        self.home_label.setVisible(offer is not None)
        if offer is None:
            return
        self.home_label.setText(
            self.tr("Every row names %1 in the column %2.")
            .replace("%1", offer.name)
            .replace("%2", offer.column)
        )
        self.home_button.setText(
            self.tr("Mark %1 as the home municipality").replace("%1", offer.name)
        )
        self.home_button.setEnabled(True)

    def _mark_home(self) -> None:
        offer = self._home_offer
        if offer is None or not self.home_button.isEnabled():
            return
        workspace, worker = self._wizard.workspace, self._wizard.worker
        if worker is None:
            try:
                home = workspace.mark_home_town(offer.name, offer.country)
            except ServiceError as error:
                self._home_refused(error)
                return
            self._home_marked(home)
            return
        # On the window's worker; the button waits, so a second click marks nothing twice.
        self.home_button.setEnabled(False)
        worker.run_write(
            lambda: workspace.mark_home_town(offer.name, offer.country),
            self._home_marked,
            self._home_refused,
            owner=self,
        )

    def _home_marked(self, home: Any) -> None:
        self.home_button.setEnabled(False)
        self.home_label.setText(
            self.tr("%1 is now marked as the home municipality.").replace("%1", home.name)
        )

    def _home_refused(self, error: BaseException) -> None:
        # As before: she may try again (the reason may have gone meanwhile).
        self.home_button.setEnabled(True)
        say_refusal(error, self.home_label.setText)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.failure = self.tr("The import was cancelled; nothing was imported.")
        elif isinstance(error, ImportRefused):
            self.failure = str(error)
        else:
            self.failure = self.tr("Nothing was imported: %1").replace("%1", error_text(error))
        self.setSubTitle(self.tr("Nothing was imported."))
        self.result_label.setText(self.failure)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Whether the import has finished, well or not."""
        return self.done or self.failure is not None
