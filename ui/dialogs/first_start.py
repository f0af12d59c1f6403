"""The first start with no database: open the demo, create an empty one, or open a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.workspace import Workspace
from ui.dialogs import database_files


class FirstStartDialog(QDialog):
    """Stays open until a database is open (``workspace``) or the user quits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.setWindowTitle(self.tr("Welcome to Vänort"))
        self.workspace: Workspace | None = None
        intro = QLabel(
            self.tr(
                "Vänort keeps the municipality's twin towns, agreements, trips and decisions "
                "in one database file. There is no database yet: how do you want to start?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo database"),
            self.tr(
                "Vänersborg's twin towns as its 2014 mapping describes them, to try things out."
            ),
            self,
        )
        self.demo_button.setObjectName("choose_demo")
        self.new_button = QCommandLinkButton(
            self.tr("Create an empty database…"),
            self.tr("Start the municipality's own register in a new file."),
            self,
        )
        self.new_button.setObjectName("choose_new")
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing file…"),
            self.tr("A Vänort database copied from another computer or a backup."),
            self,
        )
        self.open_button.setObjectName("choose_open")
        self.demo_button.clicked.connect(self.choose_demo)
        self.new_button.clicked.connect(self.choose_new)
        self.open_button.clicked.connect(self.choose_open)
        buttons = QDialogButtonBox(self)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(520)

    def choose_demo(self) -> None:
        self._accept_if(database_files.open_demo(self))

    def choose_new(self) -> None:
        target = database_files.ask_new_file(self)
        if target is not None:
            self._accept_if(database_files.create_database(self, target))

    def choose_open(self) -> None:
        target = database_files.ask_existing_file(self)
        if target is not None:
            self._accept_if(database_files.open_database(self, target))

    def _accept_if(self, workspace: Workspace | None) -> None:
        # A refusal was already shown; the dialog stays so the user can choose again.
        if workspace is not None:
            self.workspace = workspace
            self.accept()
