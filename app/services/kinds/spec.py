"""What a record kind is: its record type, fields, how it is named and its own checks.

The record dataclass with this description is the one place a kind is
described; the ORM model of the same class name (db.models) stores it, and
tests/db/test_declarations.py holds the model and the migrations to it.

Nothing here imports SQLAlchemy: the start of the program reads these
descriptions before the first list needs the database, so the model is looked
up only when it is asked for.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, get_type_hints

from typing_extensions import TypeVar

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.errors import FieldError
from app.services.fields import FieldSpec
from app.services.fields import FieldSpec as F

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import Editable

# The heading of an empty form per kind, in English (Swedish gives each its gender).
NEW_TITLES: dict[str, str] = {
    "town": QT_TRANSLATE_NOOP("Kind", "New twin town"),
    "twinning": QT_TRANSLATE_NOOP("Kind", "New twinning"),
    "network": QT_TRANSLATE_NOOP("Kind", "New network"),
    "network_member": QT_TRANSLATE_NOOP("Kind", "New network member"),
    "meeting": QT_TRANSLATE_NOOP("Kind", "New network meeting"),
    "organisation": QT_TRANSLATE_NOOP("Kind", "New organisation"),
    "member_count": QT_TRANSLATE_NOOP("Kind", "New member count"),
    "person": QT_TRANSLATE_NOOP("Kind", "New person"),
    "agreement": QT_TRANSLATE_NOOP("Kind", "New agreement"),
    "agreement_action": QT_TRANSLATE_NOOP("Kind", "New action plan item"),
    "decision": QT_TRANSLATE_NOOP("Kind", "New decision"),
    "trip": QT_TRANSLATE_NOOP("Kind", "New trip"),
    "activity": QT_TRANSLATE_NOOP("Kind", "New activity"),
    "grant": QT_TRANSLATE_NOOP("Kind", "New grant"),
    "exchange_rate": QT_TRANSLATE_NOOP("Kind", "New exchange rate"),
    "policy": QT_TRANSLATE_NOOP("Kind", "New governing document"),
    "policy_revision": QT_TRANSLATE_NOOP("Kind", "New revision"),
    "term": QT_TRANSLATE_NOOP("Kind", "New term of office"),
    "evaluation": QT_TRANSLATE_NOOP("Kind", "New evaluation"),
    "reference_fact": QT_TRANSLATE_NOOP("Kind", "New reference fact"),
}


SentenceName = Literal[
    "not_found",
    "deleted_elsewhere",
    "changed_elsewhere",
    "duplicate",
    "delete_question",
    "deleted",
    "in_register_with",
    "same_in_row",
    "duplicate_in_row",
]


@dataclass(frozen=True)
class KindSentences:
    """The sentences that name one kind, in English (translated in context "Kind").

    Whole sentences, because Swedish gender and definiteness change the words around
    the name: "Det finns redan ett avtal …", "Resan ”%1” har tagits bort. Ctrl+Z tar
    tillbaka den." Declared per kind in :mod:`app.services.kinds.sentences`.
    """

    not_found: str  # the record is gone when it is read
    deleted_elsewhere: str  # the record was deleted by someone else while open
    changed_elsewhere: str  # the record was saved by someone else while open
    duplicate: str  # the same values are there already
    delete_question: str  # asking before deleting "%1"
    deleted: str  # "%1" has been deleted; Ctrl+Z brings it back
    # Importing: already in the register with %1 (field) %2 (there), not %3 (in the file)
    in_register_with: str
    same_in_row: str  # the same record is in row %1 with %2 (field) %3, not %4
    duplicate_in_row: str  # the same record is already in row %1


class Record(Protocol):
    """What every record dataclass has: its id (None until saved) and its version."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def id(self) -> int | None:
        """The record's id in the register; None for a record not yet saved."""

    @property
    def version(self) -> int:
        """The optimistic-lock counter read with the record."""


# Unnamed, a kind is any kind: code that handles every kind alike writes KindSpec.
R = TypeVar("R", bound=Record, default=Any)

# A kind's own check beyond single fields, run before every save and on every
# record an import would create: the errors it finds, empty when the record may be saved.
Validator = Callable[["Session", R], list[FieldError]]


@functools.cache
def _named_function(path: str) -> Callable[..., Any]:
    """The function ``path`` ("app.workflow.trips.check_trip"), imported on first use.

    A check that needs modules which themselves read the kinds (the trip rules
    read towns and decisions) is named, not imported, so there is no cycle and
    no registration by import side effect.
    """
    module, _, name = path.rpartition(".")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found


@functools.cache
def _model_named(name: str) -> type[Editable]:
    from db import models

    model: type[Editable] = getattr(models, name)
    return model


@dataclass(frozen=True)
class KindSpec(Generic[R]):
    """One record kind: its record type, its names, its fields and its hooks."""

    kind: str
    record: type[R]
    singular: str  # English, translate("Kind", ...)
    plural: str
    fields: tuple[FieldSpec, ...]
    label_fields: tuple[str, ...]  # what names a record in lists, pickers and the log
    date_ranges: tuple[tuple[str, str], ...] = ()
    # A record is "ended" (hidden unless the user shows ended ones) when this field
    # holds one of these values; "end_date" means: has an end date in the past.
    ended_field: str | None = None
    ended_values: tuple[str, ...] = ()
    default_sort: str | None = None
    contains_personal_data: bool = False
    # No end date means "still running" (a twinning since 1946), not a one-day event.
    open_ended: bool = False
    # Every kind must say its own sentences (no default): see KindSentences.
    sentences: KindSentences = field(kw_only=True)
    # What stands between the parts of a label ("Vänersborg – Herning" for a twinning).
    label_separator: str = field(default=" ", kw_only=True)
    # The kind's own checks: functions, or the dotted name of one in a module that
    # may not be imported here (see _named_function).
    validators: tuple[Validator[R] | str, ...] = field(default=(), kw_only=True)
    # Puts a record in the kind's one stored form before it is checked and saved
    # (a twinning's towns in id order, so A-B and B-A are the same twinning).
    normalise: Callable[[R], R] | None = field(default=None, kw_only=True)

    @property
    def model(self) -> type[Editable]:
        """The ORM model that stores the kind: the class of db.models with the record's name.

        Looked up on first use, so reading the kinds imports no SQLAlchemy.
        """
        return _model_named(self.record.__name__)

    def checks(self) -> tuple[Validator[R], ...]:
        """The kind's own checks as functions, named ones imported now."""
        return tuple(_named_function(v) if isinstance(v, str) else v for v in self.validators)

    @functools.cached_property
    def nullable(self) -> frozenset[str]:
        """The record fields that may hold None: a blank text there is saved as None."""
        hints = get_type_hints(self.record)
        return frozenset(
            f.name
            for f in fields(self.record)
            if type(None) in getattr(hints[f.name], "__args__", ())
        )

    def field(self, name: str) -> FieldSpec:
        """The field ``name``; KeyError if the kind has none of that name."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def display_singular(self) -> str:
        """The kind's name in the singular, in the current language ("vänort")."""
        return translate("Kind", self.singular)

    def display_plural(self) -> str:
        """The kind's name in the plural, in the current language ("vänorter")."""
        return translate("Kind", self.plural)

    def sentence(self, which: SentenceName, *values: object) -> str:
        """The kind's sentence ``which`` (a KindSentences field) in the user's language,
        with ``values`` in place of %1, %2, … (the record's label first where it has one)."""
        english = getattr(self.sentences, which)

        # One pass, so a value that itself holds "%2" stays as it is.
        def value_of(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return str(values[index]) if 0 <= index < len(values) else match.group(0)

        return re.sub(r"%(\d)", value_of, translate("Kind", english))

    def display_new(self) -> str:
        """The heading of an empty form ("Ny vänort", "Nytt avtal": Swedish has genders)."""
        return translate("Kind", NEW_TITLES[self.kind])

    @property
    def list_fields(self) -> tuple[FieldSpec, ...]:
        """The fields shown as columns of the kind's list."""
        return tuple(f for f in self.fields if f.in_list)


# Group headings of the forms, in English; translated where they are shown.
G_BASIC = QT_TRANSLATE_NOOP("Field", "Basic facts")
G_PLACE = QT_TRANSLATE_NOOP("Field", "Place")
G_DATES = QT_TRANSLATE_NOOP("Field", "Dates")
G_TEXT = QT_TRANSLATE_NOOP("Field", "Description")
G_LINKS = QT_TRANSLATE_NOOP("Field", "Links")
G_MONEY = QT_TRANSLATE_NOOP("Field", "Costs")
G_DECISIONS = QT_TRANSLATE_NOOP("Field", "Decisions")
G_STATUS = QT_TRANSLATE_NOOP("Field", "Status")
G_CONTACT = QT_TRANSLATE_NOOP("Field", "Contact")
G_REPORT = QT_TRANSLATE_NOOP("Field", "Follow-up")


def belongs_to(name: str, label: str, kind: str) -> F:
    """The record this one belongs to (an action plan item's agreement, a meeting's network).

    Required, first among the basic facts and shown in the list: a record is read by
    what it belongs to before anything else.
    """
    return F(name, label, "ref", required=True, ref_kind=kind, group=G_BASIC, in_list=True)


# Fields several kinds share word for word; one description each, so a change of
# label or length reaches every form, list and import at once.
NOTES = F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT)
TITLE = F(
    "title",
    QT_TRANSLATE_NOOP("Field", "Title"),
    required=True,
    group=G_BASIC,
    max_length=300,
    in_list=True,
)
NAME = F(
    "name",
    QT_TRANSLATE_NOOP("Field", "Name"),
    required=True,
    group=G_BASIC,
    max_length=200,
    in_list=True,
)
YEAR = F(
    "year", QT_TRANSLATE_NOOP("Field", "Year"), "year", required=True, group=G_BASIC, in_list=True
)
WEBSITE = F(
    "website", QT_TRANSLATE_NOOP("Field", "Website"), "url", group=G_CONTACT, max_length=500
)
PHONE = F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), group=G_CONTACT, max_length=60)
SECTION = F(
    "section",
    QT_TRANSLATE_NOOP("Field", "Section (§)"),
    group=G_BASIC,
    max_length=20,
    in_list=True,
)
