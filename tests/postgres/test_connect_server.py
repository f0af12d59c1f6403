"""File ▸ Connect to a server: a wrong password is typed again in the same dialog, the
password goes to the credential store only, and the recent list holds the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy.engine import make_url

from app import paths
from app.server_connections import CREDENTIAL_SERVICE, address_of
from app.workspace import Workspace
from ui import qt_settings
from ui.dialogs.connect_server import ConnectServerDialog

pytestmark = pytest.mark.postgres


class MemoryKeyring(KeyringBackend):
    """A credential store that lives in the test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def credential_store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_credential_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _type(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def _dialog(qtbot: Any) -> ConnectServerDialog:
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_password_is_typed_again_and_kept_only_in_the_store(
    qtbot: Any, pg_url: str, credential_store: MemoryKeyring
) -> None:
    Workspace.create(pg_url).close()
    url = make_url(pg_url)
    dialog = _dialog(qtbot)
    _type(qtbot, dialog.host, str(url.host))
    _type(qtbot, dialog.database, str(url.database))
    _type(qtbot, dialog.user, str(url.username))
    _type(qtbot, dialog.password, "fel-lösen")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    # Refused: the dialog stays, says why, and everything typed is still there.
    assert dialog.isVisible() and dialog.workspace is None
    assert "refused the user name or password" in dialog.message_text()
    assert (dialog.host.text(), dialog.user.text()) == (url.host, url.username)
    assert dialog.password.selectedText() == "fel-lösen"

    _type(qtbot, dialog.password, str(url.password))  # replaces the selected text
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    workspace = dialog.workspace
    assert workspace is not None
    try:
        address = address_of(pg_url)
        assert address is not None
        assert credential_store.kept == {(CREDENTIAL_SERVICE, address.credential_key()): "vanort"}
        # The recent list and the settings hold the server, never its password.
        assert workspace.remembered_as is not None
        qt_settings.remember_database(workspace.remembered_as)
        assert qt_settings.recent_databases()[0] == address.url()
        ini = Path(paths.settings_dir(), qt_settings.SETTINGS_FILE).read_text()
        assert str(url.host) in ini and ":vanort@" not in ini and "vanort@" in ini
    finally:
        workspace.close()


def test_without_a_credential_store_the_password_is_asked_each_time(
    qtbot: Any, no_credential_store: None
) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.remember.isEnabled()
    assert "asked each time" in dialog.remember.toolTip()
