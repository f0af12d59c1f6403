"""Why a database was refused. ``app`` turns each into a sentence in the user's language."""

from __future__ import annotations


class DatabaseRefused(Exception):
    """The file or server cannot be used; nothing was written to it."""

    def __init__(self, target: str, detail: str = "") -> None:
        super().__init__(f"{type(self).__name__}: {target} {detail}".strip())
        self.target = target
        self.detail = detail


class DatabaseNotFound(DatabaseRefused):
    """The path does not exist (we never create a file by opening it)."""


class NotADatabase(DatabaseRefused):
    """The file is not an SQLite database at all."""


class NotAVanortDatabase(DatabaseRefused):
    """An SQLite database, but not one Vänort wrote."""


class NewerDatabase(DatabaseRefused):
    """Written by a newer Vänort whose schema this version does not know."""


class NetworkShareRefused(DatabaseRefused):
    """On a network file system, where SQLite's write-ahead log is unsafe."""


class DatabaseUnreadable(DatabaseRefused):
    """The file exists but cannot be read or is damaged."""


class DatabaseDamaged(DatabaseRefused):
    """SQLite's own check finds the file damaged; it was not written to."""


class DatabaseInUse(DatabaseRefused):
    """The program has the file open in a window (its lock file says who)."""


class AlreadyExists(DatabaseRefused):
    """A new database would overwrite an existing file."""


class ServerUnavailable(DatabaseRefused):
    """A database server given by URL could not be reached."""


class ServerLoginRefused(DatabaseRefused):
    """The server answered but refused the user name or password."""


class ServerDatabaseMissing(DatabaseRefused):
    """The server answered but has no database of that name."""


class ServerAccessDenied(DatabaseRefused):
    """The login worked but the role may not read the register's tables."""


class ServerNotEmpty(DatabaseRefused):
    """A restore was pointed at a server database that already holds tables."""


class ServerConnectionLost(Exception):
    """The connection to the server broke while a change was being committed.

    ``committed`` is what the server said when asked again afterwards: True (the
    change is stored), False (it is not), or None (the server could not be asked).
    """

    def __init__(self, committed: bool | None) -> None:
        super().__init__(f"connection lost during commit; committed={committed}")
        self.committed = committed


class UndatedRecords(DatabaseRefused):
    """An upgrade found decisions or revisions without their date; the file was left as it was.

    ``detail`` names the rows ("decisions 4, policy_revisions 2") for the log.
    """
