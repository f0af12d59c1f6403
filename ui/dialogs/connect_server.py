"""File ▸ Connect to a server: host, port, database, user and password.

A refusal is shown inside the dialog and everything typed stays, so a wrong
password is corrected and tried again at once. The password may be kept in the
operating system's credential store (app.server_connections); it never goes
into the settings or the recent list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DatabaseRefused, ServerLoginRefused
from app.messages import refusal_message
from app.server_connections import (
    DEFAULT_PORT,
    ServerAddress,
    address_of,
    credential_store_available,
    forget_password,
    password_in,
    store_password,
    stored_password,
)
from app.workspace import Workspace
from ui.dialogs.busy import wait_cursor
from ui.sentence_label import sentence_label


class ConnectServerDialog(QDialog):
    """Asks for a server's address and password and opens the register there."""

    def __init__(
        self,
        address: ServerAddress | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connect_server")
        self.setWindowTitle(self.tr("Connect to a server"))
        self.workspace: Workspace | None = None
        self.host = QLineEdit(address.host if address else "")
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.database = QLineEdit(address.database if address else "")
        self.database.setObjectName("database")
        self.user = QLineEdit(address.user if address else "")
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember.setObjectName("remember")
        self.message = sentence_label(message, name="message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if credential_store_available():
            self.remember.setChecked(True)
            self.remember.setToolTip(
                self.tr("The password is kept in the computer's credential store.")
            )
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "This computer has no credential store, so the password is asked each time."
                )
            )

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Connect"))
        ok.setObjectName("connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        first_empty = next(
            (w for w in (self.host, self.database, self.user) if not w.text()), self.password
        )
        first_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def address(self) -> ServerAddress:
        """The address as typed."""
        return ServerAddress(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
        )

    def message_text(self) -> str:
        """The sentence shown under the fields (why the last try failed)."""
        return self.message.text()

    def accept(self) -> None:
        """Connect; a refusal is said in the dialog and everything typed stays."""
        address = self.address()
        if not (address.host and address.database and address.user):
            self.message.setText(self.tr("Fill in the server, the database and the user name."))
            return
        password = self.password.text()
        try:
            with wait_cursor():
                workspace = Workspace.open_in_window(address.url(password))
        except DatabaseRefused as error:
            self.message.setText(refusal_message(error))
            if isinstance(error, ServerLoginRefused):
                forget_password(address)  # a kept password that no longer works
                self.password.selectAll()
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.workspace = workspace
        if self.remember.isChecked() and password:
            store_password(address, password)
        super().accept()


def connect_to_server(parent: QWidget | None, target: str | None) -> Workspace | None:
    """Open the register on the server ``target`` (a URL, its password optional).

    A password in the URL or in the credential store is tried first; when there
    is none, or the server refuses it, the dialog asks with the reason shown.
    """
    address = address_of(target) if target else None
    message = ""
    if address is not None:
        password = password_in(target or "") or stored_password(address)
        if password:
            try:
                with wait_cursor():
                    return Workspace.open_in_window(address.url(password))
            except DatabaseRefused as error:
                message = refusal_message(error)
        elif not credential_store_available():
            message = QCoreApplication.translate(
                "ConnectServerDialog",
                "This computer has no credential store, so the password is asked each time.",
            )
    dialog = ConnectServerDialog(address, message, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace
