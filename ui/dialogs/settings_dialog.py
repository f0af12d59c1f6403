"""Settings: the municipality's name, logo, letterhead and Word template, the language, the rules."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConflictError, ServiceError
from app.services.settings import Settings
from app.workspace import Workspace
from ui.dialogs.logo_picker import LogoPicker
from ui.dialogs.rules_editor import RulesEditor
from ui.focus import focus_inside, give_focus_back
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

LANGUAGES = (("sv", "Svenska"), ("en", "English"))


@dataclass(frozen=True)
class SettingsRead:
    """What the dialog shows when it opens: the stored settings and the governing documents."""

    settings: Settings
    policy_documents: dict[int, str]


def read_for_dialog(workspace: Workspace) -> SettingsRead:
    """Everything the dialog reads before it shows, in one piece of work for the worker."""
    return SettingsRead(workspace.settings(), dict(workspace.labels("policy")))


class SettingsDialog(QDialog):
    """Edits the open database's settings; Save stores them or explains why not."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        read: SettingsRead | None = None,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``read``: what the window's worker read for the dialog (read here without it).

        ``worker``: the window's database worker, which then saves and reloads the
        settings off the window's thread (None: here and now).
        """
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.workspace = workspace
        self.worker = worker
        self.saved_settings: Settings | None = None
        self._waiting = False  # a save or a reload is on its way to the register
        self._focus_before: QWidget | None = None  # where the keyboard was before waiting
        if read is None:
            read = read_for_dialog(workspace)
        self._loaded = read.settings
        self._word_template: bytes | None = None

        tabs = QTabWidget(self)
        tabs.addTab(self._municipality_tab(), self.tr("Municipality"))
        self.rules_editor = RulesEditor()
        # The governing documents a rule may cite (the policy that states it).
        documents = read.policy_documents
        self.rules_editor.set_policy_documents(
            sorted(documents.items(), key=lambda item: item[1].casefold())
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rules_editor)
        tabs.addTab(scroll, self.tr("Rules"))
        self.tabs = tabs

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._show(self._loaded)

    def _municipality_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name_field = QLineEdit(page)
        self.name_field.setObjectName("municipality_name")
        self.name_field.setMaxLength(200)
        form.addRow(self.tr("Municipality"), self.name_field)

        self.logo_picker = LogoPicker(page)
        form.addRow(self.tr("Logo"), self.logo_picker)

        self.letterhead_field = QPlainTextEdit(page)
        self.letterhead_field.setObjectName("letterhead")
        self.letterhead_field.setPlaceholderText(
            self.tr("Lines under the name on every report, e.g. the department and address")
        )
        self.letterhead_field.setFixedHeight(self.letterhead_field.fontMetrics().height() * 5 + 12)
        form.addRow(self.tr("Letterhead"), self.letterhead_field)

        # Reports as Word files take their styles, header and footer from this template.
        self.word_template_label = sentence_label("", page, name="word_template")
        self.choose_template_button = QPushButton(self.tr("Choose…"), page)
        self.choose_template_button.setObjectName("choose_word_template")
        self.choose_template_button.clicked.connect(self._choose_word_template)
        self.remove_template_button = QPushButton(self.tr("Remove"), page)
        self.remove_template_button.setObjectName("remove_word_template")
        self.remove_template_button.clicked.connect(lambda: self._set_word_template(None))
        template_row = QHBoxLayout()
        template_row.addWidget(self.word_template_label, 1)
        template_row.addWidget(self.choose_template_button)
        template_row.addWidget(self.remove_template_button)
        form.addRow(self.tr("Word template"), template_row)

        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("Language"), self.language_combo)
        note = sentence_label(
            self.tr("A new language applies as soon as you save: the window is rebuilt in it."),
            page,
        )
        note.setEnabled(False)
        form.addRow("", note)
        return page

    # ------------------------------------------------------------ values

    def _show(self, settings: Settings) -> None:
        self._loaded = settings
        self.name_field.setText(settings.name)
        self.letterhead_field.setPlainText(settings.letterhead or "")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.rules_editor.set_rules(settings.rules)
        self.logo_picker.set_logo(settings.logo)
        self._set_word_template(settings.word_template)

    def edited(self) -> Settings:
        """The settings as the dialog shows them now."""
        letterhead = self.letterhead_field.toPlainText().strip("\n")
        return dataclasses.replace(
            self._loaded,
            name=self.name_field.text().strip(),
            logo=self.logo_picker.logo(),
            letterhead=letterhead or None,
            language=str(self.language_combo.currentData()),
            rules=self.rules_editor.rules(),
            word_template=self._word_template,
        )

    def set_logo_from_file(self, path: str | Path) -> bool:
        """Use the image in ``path`` as the logo (stored as PNG); False if it is no image."""
        return self.logo_picker.set_logo_from_file(path)

    def logo(self) -> bytes | None:
        """The logo as chosen in the dialog (PNG bytes), or None."""
        return self.logo_picker.logo()

    def _set_word_template(self, template: bytes | None, name: str = "") -> None:
        self._word_template = template
        self.remove_template_button.setEnabled(template is not None)
        if template is None:
            self.word_template_label.setText(
                self.tr("None: Word files get the program's own plain layout.")
            )
        elif name:
            self.word_template_label.setText(
                self.tr("%1 (styles, header and footer are used in Word files)").replace("%1", name)
            )
        else:
            self.word_template_label.setText(
                self.tr("A template is chosen (styles, header and footer are used in Word files).")
            )

    def set_word_template_from_file(self, path: str | Path) -> bool:
        """Use the .dotx or .docx file ``path`` as the Word template; False (and why) if unusable."""
        from app.reports.docx import TemplateError, check_template

        source = Path(path)
        try:
            data = source.read_bytes()
        except OSError as error:
            message = (
                self.tr("%1 cannot be read: %2.")
                .replace("%1", source.name)
                .replace("%2", error.strerror or type(error).__name__)
            )
            QMessageBox.warning(self, self.tr("Word template"), message)
            return False
        try:
            check_template(data)
        except TemplateError as error:
            # The reason is one sentence about the template the user just picked.
            QMessageBox.warning(self, self.tr("Word template"), str(error))
            return False
        self._set_word_template(data, source.name)
        return True

    def _choose_word_template(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Word template"),
            "",
            self.tr("Word templates and documents (*.dotx *.docx)"),
        )
        if chosen:
            self.set_word_template_from_file(chosen)

    def word_template(self) -> bytes | None:
        """The Word template the dialog holds now (None: the plain layout)."""
        return self._word_template

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        """Store the settings; a conflict or a refused value is explained, nothing is lost.

        With a worker the dialog stays open, read-only, until the register has
        answered: closed when stored, editable again with the reason when not.
        """
        if self._waiting:
            return
        edited, workspace = self.edited(), self.workspace
        if self.worker is None:
            try:
                stored = workspace.save_settings(edited)
            except ServiceError as error:
                self._refused(error)
                return
            self._stored(stored)
            return
        self._set_waiting(True)
        self.worker.run_write(
            lambda: workspace.save_settings(edited), self._stored, self._save_failed, owner=self
        )

    def is_waiting(self) -> bool:
        """True while a save or a reload is on its way to the register."""
        return self._waiting

    def reject(self) -> None:
        """Cancel and Esc close the dialog, except while a save is on its way: it is stored
        whatever happens, so the window must hear of it."""
        if not self._waiting:
            super().reject()

    def _set_waiting(self, waiting: bool) -> None:
        self._waiting = waiting
        if waiting:
            self._focus_before = focus_inside(self)
        # Read-only meanwhile: what is typed now would not be in the save.
        self.tabs.setEnabled(not waiting)
        self.buttons.setEnabled(not waiting)
        if not waiting:
            # Disabling took the keyboard's place away: give it back where it was (the
            # conflict box's Reload button it was on is gone by now).
            focus, self._focus_before = self._focus_before, None
            give_focus_back(focus, self)

    def _stored(self, stored: Settings) -> None:
        self._set_waiting(False)
        self.saved_settings = stored
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_waiting(False)
        if isinstance(error, ServiceError):
            self._refused(error)
        else:
            # As if it had failed on this thread: the window's exception hook finds the
            # sentence for it (a lost server, a full disk); the dialog keeps the edits.
            sys.excepthook(type(error), error, error.__traceback__)

    def _refused(self, error: ServiceError) -> None:
        if isinstance(error, ConflictError):
            self._conflict(str(error))
        else:
            QMessageBox.warning(self, self.tr("Settings not saved"), str(error))

    def _conflict(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Settings not saved"), message, parent=self
        )
        box.setObjectName("settings_conflict")
        box.setInformativeText(
            self.tr(
                "Reload shows the settings as they are now stored, without your changes; "
                "Keep editing leaves your changes in the dialog."
            )
        )
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is reload_button:
            self._reload()

    def _reload(self) -> None:
        workspace = self.workspace
        if self.worker is None:
            self._show(workspace.settings())
            return
        self._set_waiting(True)

        def shown(settings: Settings) -> None:
            self._set_waiting(False)
            self._show(settings)

        def failed(error: BaseException) -> None:
            self._set_waiting(False)  # the edits stay; Save can be tried again
            sys.excepthook(type(error), error, error.__traceback__)

        self.worker.run_read(workspace.settings, shown, failed, owner=self)
