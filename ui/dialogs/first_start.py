"""The first start with no database: open the demo, create an empty one, or open a file.

Creating one first asks who the register belongs to: the municipality's name,
its home town (read from the name until the user writes another), its logo and
letterhead for the reports, and the rules its own governing documents state.
Nothing is assumed from another municipality: a rule left unticked is not
applied. File ▸ New database… asks the same (``new_only``), so no register is
ever made without a name and no report says just "the municipality".
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.places.countries import all_countries
from app.rules import new_database_rules
from app.services.errors import ServiceError, ValidationError
from app.workflow.home import DEFAULT_COUNTRY, check_home_town, town_name_of
from app.workspace import Workspace
from ui.dialogs import database_files
from ui.dialogs.logo_picker import LogoPicker
from ui.dialogs.rules_editor import RulesEditor
from ui.sentence_label import sentence_label


class FirstStartDialog(QDialog):
    """Stays open until a database is open (``workspace``) or the user quits."""

    def __init__(self, parent: QWidget | None = None, *, new_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.setWindowTitle(self.tr("New database") if new_only else self.tr("Welcome to Vänort"))
        self.workspace: Workspace | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._municipality_page())

        buttons = QDialogButtonBox(self)
        self.quit_button = buttons.addButton(
            self.tr("Cancel") if new_only else self.tr("Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(560)
        if new_only:
            # Straight to whose register it is: there is nothing else to choose.
            self.back_button.hide()
            self.choose_new()

    # ------------------------------------------------------------ the two pages

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        intro = sentence_label(
            self.tr(
                "Vänort keeps the municipality's twin towns, agreements, trips and decisions "
                "in one database file. There is no database yet: how do you want to start?"
            ),
            page,
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo database"),
            self.tr(
                "Vänersborg's twin towns as its 2014 mapping describes them, to try things out."
            ),
            page,
        )
        self.demo_button.setObjectName("choose_demo")
        self.new_button = QCommandLinkButton(
            self.tr("Create an empty database…"),
            self.tr("Start the municipality's own register in a new file."),
            page,
        )
        self.new_button.setObjectName("choose_new")
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing file…"),
            self.tr("A Vänort database copied from another computer or a backup."),
            page,
        )
        self.open_button.setObjectName("choose_open")
        self.demo_button.clicked.connect(self.choose_demo)
        self.new_button.clicked.connect(self.choose_new)
        self.open_button.clicked.connect(self.choose_open)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _municipality_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("new_municipality")
        intro = sentence_label(
            self.tr(
                "Whose register is it? The home town is the municipality's own town in the "
                "register: the rules on trips to twin towns, hosting and grants start from it."
            ),
            page,
        )
        self.municipality_field = QLineEdit(page)
        self.municipality_field.setObjectName("municipality_name")
        self.municipality_field.setMaxLength(200)
        self.municipality_field.setPlaceholderText(self.tr("e.g. Vänersborgs kommun"))
        self.municipality_error = self._error_label(page, "municipality_error")
        self.home_field = QLineEdit(page)
        self.home_field.setObjectName("home_town")
        self.home_field.setMaxLength(200)
        self.home_field.setPlaceholderText(self.tr("e.g. Vänersborg"))
        self.home_error = self._error_label(page, "home_error")
        self.country_combo = QComboBox(page)
        self.country_combo.setObjectName("home_country")
        language = current_language()
        for country in all_countries():
            self.country_combo.addItem(country.name(language), country.code)
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(DEFAULT_COUNTRY)))
        # The home town follows the name until the user writes one of her own.
        self._home_typed = False
        self.municipality_field.textEdited.connect(self._name_edited)
        self.home_field.textEdited.connect(self._home_edited)

        form = QFormLayout()
        form.addRow(self.tr("Municipality"), self.municipality_field)
        form.addRow("", self.municipality_error)
        form.addRow(self.tr("Home town"), self.home_field)
        form.addRow("", self.home_error)
        form.addRow(self.tr("Country"), self.country_combo)
        # Where the reports take them from: the municipality's settings.
        self.logo_picker = LogoPicker(page)
        self.logo_picker.preview.setMinimumSize(160, 56)
        form.addRow(self.tr("Logo"), self.logo_picker)
        self.letterhead_field = QPlainTextEdit(page)
        self.letterhead_field.setObjectName("letterhead")
        self.letterhead_field.setTabChangesFocus(True)
        self.letterhead_field.setPlaceholderText(
            self.tr("Lines under the name on every report, e.g. the department and address")
        )
        self.letterhead_field.setFixedHeight(self.letterhead_field.fontMetrics().height() * 3 + 12)
        form.addRow(self.tr("Letterhead"), self.letterhead_field)

        self.rules_editor = RulesEditor(municipal_only=True)
        self.rules_editor.set_rules(new_database_rules())
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rules_editor)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.back_button = QPushButton(self.tr("Back"), page)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Create the database…"), page)
        self.create_button.setObjectName("create_database")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_new)
        buttons = QDialogButtonBox(page)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        return page

    def _error_label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        return label

    def _name_edited(self, text: str) -> None:
        self._say(self.municipality_error, "")
        if not self._home_typed:
            self.home_field.setText(town_name_of(text))

    def _home_edited(self, text: str) -> None:
        self._home_typed = bool(text.strip())
        self._say(self.home_error, "")

    @staticmethod
    def _say(label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    # ------------------------------------------------------------ actions

    def choose_demo(self) -> None:
        """Open the demo register to try the program on, writing it first if needed."""
        self._accept_if(database_files.open_demo(self))

    def choose_new(self) -> None:
        """Ask who the register belongs to and the municipality's rules, then where to save."""
        self.pages.setCurrentIndex(1)
        # The rules need room; still well inside a 1280×720 screen.
        self.resize(max(self.width(), 720), max(self.height(), 600))
        self.municipality_field.setFocus()

    def create_new(self) -> None:
        """Check the names, ask where the file goes, and create the database."""
        name = " ".join(self.municipality_field.text().split())
        if not name:
            self._say(self.municipality_error, self.tr("Write the municipality's name."))
            self.municipality_field.setFocus()
            return
        country = str(self.country_combo.currentData() or DEFAULT_COUNTRY)
        try:
            home, _code = check_home_town(self.home_field.text(), country)
        except ValidationError as error:
            self._say(self.home_error, str(error))
            self.home_field.setFocus()
            return
        target = database_files.ask_new_file(self)
        if target is None:
            return
        workspace = database_files.create_database(
            self,
            target,
            municipality=name,
            home_town=home,
            country=country,
            rules=self.rules_editor.rules(),
        )
        if workspace is not None:
            self._store_letterhead(workspace)
        self._accept_if(workspace)

    def _store_letterhead(self, workspace: Workspace) -> None:
        """Keep the logo and letterhead in the new database's settings, where reports read them."""
        letterhead = self.letterhead_field.toPlainText().strip("\n").strip()
        logo = self.logo_picker.logo()
        if not letterhead and logo is None:
            return
        settings = workspace.settings()
        try:
            workspace.save_settings(
                dataclasses.replace(settings, logo=logo, letterhead=letterhead or None)
            )
        except ServiceError as error:
            # The register exists and is usable; say what was not kept and where to add it.
            QMessageBox.warning(
                self,
                self.tr("Logo and letterhead"),
                self.tr("%1 Add them later under File ▸ Settings.").replace("%1", str(error)),
            )

    def choose_open(self) -> None:
        """Ask for an existing database file and open it."""
        target = database_files.ask_existing_file(self)
        if target is not None:
            self._accept_if(database_files.open_database(self, target))

    def _accept_if(self, workspace: Workspace | None) -> None:
        # A refusal was already shown; the dialog stays so the user can choose again.
        if workspace is not None:
            self.workspace = workspace
            self.accept()
