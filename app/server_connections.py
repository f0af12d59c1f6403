"""Database servers the coordinator connects to, remembered without their passwords.

An address (host, port, database, user) may be written in the settings and the
recent list; the password only ever goes to the operating system's credential
store through ``keyring`` (Windows Credential Manager, Secret Service on Linux).
A computer with no such store is said so, and the password is asked each time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.session import Database

# SQLAlchemy is imported inside the functions: the command line imports this module
# at start, and starting stays quick.

log = logging.getLogger(__name__)

# The name the passwords are kept under in the credential store.
CREDENTIAL_SERVICE = "Vänort database server"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    """Where a register on a server is, and as whom: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL, with ``password`` when given (never stored anywhere)."""
        from sqlalchemy.engine import URL

        url = URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return url.render_as_string(hide_password=False)

    def credential_key(self) -> str:
        """The name of this address's password in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_server_url(text: str) -> bool:
    """True for a database server's URL (not a file path, not an ``sqlite://`` URL)."""
    return "://" in text and not text.startswith("sqlite")


def server_address(db: Database) -> ServerAddress | None:
    """Where the open register ``db`` is on a server (no password); None for a file."""
    if db.path is not None:
        return None
    return address_of(db.engine.url.render_as_string(hide_password=False))


def address_of(text: str) -> ServerAddress | None:
    """The address in a server URL, its password left out; None when it is not one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_server_url(text):
        return None
    try:
        url = make_url(text)
    except ArgumentError:
        return None
    return ServerAddress(
        host=url.host or "localhost",
        database=url.database or "",
        user=url.username or "",
        port=url.port or DEFAULT_PORT,
    )


def password_in(text: str) -> str | None:
    """The password written into a server URL, if any (to move it out of the URL)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text).password if is_server_url(text) else None
    except ArgumentError:
        return None


def credential_store_available() -> bool:
    """True when this computer has a credential store the password can be kept in."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception as error:  # a broken backend is no backend
        log.info("no credential store: %s", error)
        return False


def stored_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``; None when none is kept or there is no store."""
    if not credential_store_available():
        return None
    import keyring

    try:
        password = keyring.get_password(CREDENTIAL_SERVICE, address.credential_key())
    except Exception as error:  # a locked or failing store: ask the user instead
        log.warning("the credential store could not be read: %s", error)
        return None
    return str(password) if password else None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address`` in the credential store; False when it cannot."""
    if not credential_store_available():
        return False
    import keyring

    try:
        keyring.set_password(CREDENTIAL_SERVICE, address.credential_key(), password)
    except Exception as error:
        log.warning("the password could not be kept in the credential store: %s", error)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Remove the kept password of ``address`` (after the server refused it)."""
    if not credential_store_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(CREDENTIAL_SERVICE, address.credential_key())
    except PasswordDeleteError:
        return  # none was kept
    except Exception as error:
        log.warning("the kept password could not be removed: %s", error)
