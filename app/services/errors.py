"""What a service says when it refuses: field by field, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One refusal of a save, tied to the field it concerns."""

    field: str  # the record field, or "" for the record as a whole
    message: str  # already translated


class ServiceError(Exception):
    """A refusal the user can understand; ``str(error)`` is one translated sentence."""


class ValidationError(ServiceError):
    """The values cannot be saved; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def for_field(self, field: str) -> list[str]:
        """The messages about ``field``, for the form to show beside it."""
        return [e.message for e in self.errors if e.field == field]


@dataclass(frozen=True)
class FieldClash:
    """A field both people changed, to different values (as the user reads them)."""

    field: str
    label: str  # already translated
    mine: str
    theirs: str


class ConflictError(ServiceError):
    """Someone changed or deleted the record since it was read; nothing was written.

    ``clashes`` lists the fields both changed (empty when the record was deleted
    or when what was read is not known); ``details`` says each in one sentence.
    """

    def __init__(
        self,
        message: str,
        kind: str,
        record_id: int,
        clashes: tuple[FieldClash, ...] = (),
        details: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id
        self.clashes = clashes
        self.details = details


class RecordNotFound(ServiceError):
    """The record asked for is not in the register (deleted by someone else, or never there)."""

    def __init__(self, message: str, kind: str, record_id: int) -> None:
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id
