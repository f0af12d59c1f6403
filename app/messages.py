"""One clear sentence for each way a database can be refused, in the user's language."""

from __future__ import annotations

from app.i18n import translate
from db import errors


def refusal_message(error: errors.DatabaseRefused) -> str:
    """The sentence shown to the user (and printed by the command line) for ``error``."""
    target = error.target
    if isinstance(error, errors.DatabaseNotFound):
        text = translate("Database", "There is no file %1.")
    elif isinstance(error, errors.NotADatabase):
        text = translate("Database", "%1 is not a database file; it was left untouched.")
    elif isinstance(error, errors.NotAVanortDatabase):
        text = translate(
            "Database", "%1 is a database, but not a Vänort database; it was left untouched."
        )
    elif isinstance(error, errors.NewerDatabase):
        text = translate(
            "Database",
            "%1 was written by a newer version of Vänort; install the newer version to open it. The file was left untouched.",
        )
    elif isinstance(error, errors.NetworkShareRefused):
        text = translate(
            "Database",
            "%1 is on a network drive, where the database could be damaged; copy it to this computer or use a database server.",
        )
    elif isinstance(error, errors.DatabaseDamaged):
        text = translate(
            "Database",
            "%1 is damaged and was left as it was; restore a backup of it, or save what can still be read into a new file (vanort recover).",
        )
    elif isinstance(error, errors.DatabaseInUse):
        text = translate(
            "Database",
            "%1 is open in Vänort (%2); close it there first.",
        )
    elif isinstance(error, errors.AlreadyExists):
        text = translate(
            "Database", "%1 already exists; choose another name so that nothing is overwritten."
        )
    elif isinstance(error, errors.ServerUnavailable):
        text = translate(
            "Database",
            "Could not reach the database server %1; check the address and the network, or ask "
            "the server's administrator whether it is running.",
        )
    elif isinstance(error, errors.ServerLoginRefused):
        text = translate(
            "Database",
            "The database server %1 refused the user name or password; check them and try again.",
        )
    elif isinstance(error, errors.ServerDatabaseMissing):
        text = translate(
            "Database",
            "The database server %1 answered but has no such database; check the database name.",
        )
    elif isinstance(error, errors.ServerNotEmpty):
        text = translate(
            "Database",
            "The database %1 on the server already holds tables (%2); a copy is loaded only "
            "into an empty database, so that two registers are never mixed. Nothing was written.",
        )
    elif isinstance(error, errors.ServerAccessDenied):
        text = translate(
            "Database",
            "The database server %1 let you in but your account may not read the register; ask "
            "the server's administrator for access.",
        )
    elif isinstance(error, errors.UndatedRecords):
        text = translate(
            "Database",
            "%1 holds decisions or revisions of governing documents without a date, which this "
            "version needs; the file was left as it was. Give each its date in the earlier version "
            "of Vänort, then open the file here again.",
        )
    else:
        text = translate(
            "Database", "%1 could not be read; it may be damaged or locked by another program."
        )
    return text.replace("%1", target).replace("%2", error.detail)
