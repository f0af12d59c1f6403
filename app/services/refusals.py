"""The refusals of a store call, each in the sentence of the kind it concerns.

"Resan har tagits bort av någon annan" and "Avtalet finns redan" differ in
gender and definiteness, so each kind declares its sentences (KindSentences).
"""

from __future__ import annotations

from typing import Any

from app.services.errors import ConflictError, FieldError, RecordNotFound, ValidationError
from app.services.kinds import KindSpec


def not_found(spec: KindSpec[Any], record_id: int) -> RecordNotFound:
    """The record ``record_id`` of ``spec``'s kind is not there when it is read."""
    return RecordNotFound(spec.sentence("not_found"), spec.kind, record_id)


def deleted_elsewhere(spec: KindSpec[Any], record_id: int) -> ConflictError:
    """The record being saved or deleted was deleted by someone else meanwhile."""
    return ConflictError(spec.sentence("deleted_elsewhere"), spec.kind, record_id)


def duplicate(spec: KindSpec[Any]) -> ValidationError:
    """The same values are stored already (a unique constraint refused the row)."""
    return ValidationError([FieldError("", spec.sentence("duplicate"))])
