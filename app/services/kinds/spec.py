"""What a record kind is: its table, record type, fields and how it is named."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.fields import FieldSpec
from app.services.fields import FieldSpec as F
from db import models as m

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


@dataclass(frozen=True)
class KindSpec:
    """One record kind: its table, its record type, its names and its fields."""

    kind: str
    model: type[m.Editable]
    record: type[Any]
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
