"""What the import wizard tells the user when something fails."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
)

from app import paths
from app.errors import DatabaseRefused
from app.importing.importer import (
    ColumnChoiceError,
    SourceError,
)
from app.messages import refusal_message
from app.services.errors import ServiceError

log = logging.getLogger("vanort.ui.importing")


def error_text(error: BaseException) -> str:
    """What to tell the user about an error of the import, in one sentence.

    Refusals carry their own sentence; anything unexpected goes to the log file
    with its traceback, and the user is told where.
    """
    if isinstance(error, SourceError | ColumnChoiceError):
        return error.message
    if isinstance(error, DatabaseRefused):
        return refusal_message(error)
    if isinstance(error, ServiceError):
        return str(error)
    log.error("import failed", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "ImportWizard", "Something unexpected went wrong; the details are in the log file %1."
    ).replace("%1", str(paths.log_file()))
