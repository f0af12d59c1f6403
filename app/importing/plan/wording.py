"""How a plan names the values and fields of its problems."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import translate
from app.importing.fields import ImportKind
from app.importing.plan.types import NewRecord
from app.importing.towns import (
    NewTown,
)
from app.services import record_labels
from app.vocabulary import label as choice_label


def singular(kind: ImportKind) -> str:
    """The kind's singular name in lower case, for the middle of a sentence."""
    return kind.spec.display_singular().lower()


def display_value(kind: ImportKind, target: str, value: Any, session: Session) -> str:
    """A value as the coordinator would write it in a problem's sentence."""
    if value is None:
        return "–"
    try:
        spec = kind.spec.field(target)
    except KeyError:
        spec = None
    if spec is not None and spec.type == "choice" and isinstance(value, str):
        return choice_label(value)
    if spec is not None and spec.type == "tags" and isinstance(value, list | tuple):
        return ", ".join(choice_label(v) for v in value)
    if spec is not None and spec.type == "ref" and isinstance(value, int) and spec.ref_kind:
        return record_labels.labels_in(session, spec.ref_kind, [value]).get(value, str(value))
    if isinstance(value, bool):
        return translate("Import", "yes") if value else translate("Import", "no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, NewTown | NewRecord):
        return translate("Import", "(new)")
    return str(value)


def field_label(kind: ImportKind, target: str) -> str:
    """The shown label of a record field, or its name when the kind has no such field."""
    try:
        return kind.spec.field(target).display_label()
    except KeyError:
        return target
