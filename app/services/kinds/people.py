"""Organisations, their member counts, and people."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.services import records as r
from app.services.fields import FieldSpec as F
from app.services.kinds import sentences
from app.services.kinds.spec import (
    G_BASIC,
    G_CONTACT,
    G_TEXT,
    NAME,
    NOTES,
    PHONE,
    WEBSITE,
    KindSpec,
    belongs_to,
)
from db import vocabulary as v

ORGANISATION = KindSpec(
    "organisation",
    r.Organisation,
    QT_TRANSLATE_NOOP("Kind", "Organisation"),
    QT_TRANSLATE_NOOP("Kind", "Organisations"),
    (
        F(
            "name",
            QT_TRANSLATE_NOOP("Field", "Name"),
            required=True,
            group=G_BASIC,
            max_length=300,
            in_list=True,
        ),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Kind"),
            "choice",
            required=True,
            choices=v.ORGANISATION_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_id",
            QT_TRANSLATE_NOOP("Field", "Town"),
            "ref",
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "parent_id",
            QT_TRANSLATE_NOOP("Field", "Part of"),
            "ref",
            ref_kind="organisation",
            group=G_BASIC,
        ),
        F("founded", QT_TRANSLATE_NOOP("Field", "Founded"), "approx_date", group=G_BASIC),
        WEBSITE,
        F("email", QT_TRANSLATE_NOOP("Field", "E-mail"), "email", group=G_CONTACT, max_length=300),
        PHONE,
        NOTES,
    ),
    label_fields=("name",),
    default_sort="name",
    sentences=sentences.ORGANISATION,
)

MEMBER_COUNT = KindSpec(
    "member_count",
    r.MemberCount,
    QT_TRANSLATE_NOOP("Kind", "Member count"),
    QT_TRANSLATE_NOOP("Kind", "Member counts"),
    (
        belongs_to("organisation_id", QT_TRANSLATE_NOOP("Field", "Organisation"), "organisation"),
        F(
            "year",
            QT_TRANSLATE_NOOP("Field", "Year"),
            "approx_year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "count",
            QT_TRANSLATE_NOOP("Field", "Members (empty: unknown)"),
            "int",
            group=G_BASIC,
            in_list=True,
        ),
        F("note", QT_TRANSLATE_NOOP("Field", "Note"), "longtext", group=G_TEXT),
    ),
    label_fields=("organisation_id", "year"),
    default_sort="year",
    sentences=sentences.MEMBER_COUNT,
)

PERSON = KindSpec(
    "person",
    r.Person,
    QT_TRANSLATE_NOOP("Kind", "Person"),
    QT_TRANSLATE_NOOP("Kind", "People"),
    (
        NAME,
        F("role", QT_TRANSLATE_NOOP("Field", "Role"), group=G_BASIC, max_length=200, in_list=True),
        F(
            "organisation_id",
            QT_TRANSLATE_NOOP("Field", "Organisation"),
            "ref",
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "email",
            QT_TRANSLATE_NOOP("Field", "E-mail"),
            "email",
            group=G_CONTACT,
            max_length=300,
            in_list=True,
        ),
        PHONE,
        F("languages", QT_TRANSLATE_NOOP("Field", "Languages"), group=G_CONTACT, max_length=200),
        F(
            "dispose_after",
            QT_TRANSLATE_NOOP("Field", "Dispose of data after"),
            "date",
            group=G_TEXT,
        ),
        NOTES,
    ),
    label_fields=("name",),
    default_sort="name",
    contains_personal_data=True,
    sentences=sentences.PERSON,
)
