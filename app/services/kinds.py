"""Every record kind the register keeps: its table, record type and fields.

The order of fields is the order of the form; ``group`` gives its headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import records as r
from app.services.fields import FieldSpec as F
from db import models as m
from db import vocabulary as v


@dataclass(frozen=True)
class KindSpec:
    kind: str
    model: type[m.Editable]
    record: type[Any]
    singular: str  # English, translate("Kind", ...)
    plural: str
    fields: tuple[F, ...]
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

    def field(self, name: str) -> F:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def display_singular(self) -> str:
        return translate("Kind", self.singular)

    def display_plural(self) -> str:
        return translate("Kind", self.plural)

    def display_new(self) -> str:
        """The heading of an empty form ("Ny vänort", "Nytt avtal": Swedish has genders)."""
        return translate("Kind", NEW_TITLES[self.kind])

    @property
    def list_fields(self) -> tuple[F, ...]:
        return tuple(f for f in self.fields if f.in_list)


G_BASIC = QT_TRANSLATE_NOOP("Field", "Basic facts")
G_PLACE = QT_TRANSLATE_NOOP("Field", "Place")
G_DATES = QT_TRANSLATE_NOOP("Field", "Dates")
G_TEXT = QT_TRANSLATE_NOOP("Field", "Description")
G_LINKS = QT_TRANSLATE_NOOP("Field", "Links")
G_MONEY = QT_TRANSLATE_NOOP("Field", "Costs")
G_DECISIONS = QT_TRANSLATE_NOOP("Field", "Decisions")
G_STATUS = QT_TRANSLATE_NOOP("Field", "Status")
G_CONTACT = QT_TRANSLATE_NOOP("Field", "Contact")
G_REPORT = QT_TRANSLATE_NOOP("Field", "Report")

TOWN = KindSpec(
    "town",
    m.Town,
    r.Town,
    QT_TRANSLATE_NOOP("Kind", "Twin town"),
    QT_TRANSLATE_NOOP("Kind", "Twin towns"),
    (
        F(
            "name",
            QT_TRANSLATE_NOOP("Field", "Name"),
            required=True,
            group=G_BASIC,
            max_length=200,
            in_list=True,
        ),
        F("local_name", QT_TRANSLATE_NOOP("Field", "Local name"), group=G_BASIC, max_length=200),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Kind"),
            "choice",
            required=True,
            choices=v.TOWN_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F("is_home", QT_TRANSLATE_NOOP("Field", "Home municipality"), "bool", group=G_BASIC),
        F(
            "country",
            QT_TRANSLATE_NOOP("Field", "Country or area"),
            "country",
            group=G_PLACE,
            in_list=True,
        ),
        F(
            "region",
            QT_TRANSLATE_NOOP("Field", "Region"),
            group=G_PLACE,
            max_length=200,
            in_list=True,
        ),
        F(
            "population",
            QT_TRANSLATE_NOOP("Field", "Population"),
            "int",
            group=G_PLACE,
            in_list=True,
        ),
        F("latitude", QT_TRANSLATE_NOOP("Field", "Latitude"), "latitude", group=G_PLACE),
        F("longitude", QT_TRANSLATE_NOOP("Field", "Longitude"), "longitude", group=G_PLACE),
        F("website", QT_TRANSLATE_NOOP("Field", "Website"), "url", group=G_CONTACT, max_length=500),
        F("alternative_names", QT_TRANSLATE_NOOP("Field", "Other names"), "names", group=G_TEXT),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

TWINNING = KindSpec(
    "twinning",
    m.Twinning,
    r.Twinning,
    QT_TRANSLATE_NOOP("Kind", "Twinning"),
    QT_TRANSLATE_NOOP("Kind", "Twinnings"),
    (
        F(
            "town_a_id",
            QT_TRANSLATE_NOOP("Field", "Town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_b_id",
            QT_TRANSLATE_NOOP("Field", "Partner town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Kind"),
            "choice",
            required=True,
            choices=v.TWINNING_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            required=True,
            choices=v.TWINNING_STATUSES,
            group=G_STATUS,
            in_list=True,
        ),
        F(
            "contact_year",
            QT_TRANSLATE_NOOP("Field", "Contact year"),
            "year",
            group=G_DATES,
            in_list=True,
        ),
        F("start_date", QT_TRANSLATE_NOOP("Field", "Formal start"), "date", group=G_DATES),
        F("end_date", QT_TRANSLATE_NOOP("Field", "End date"), "date", group=G_DATES),
        F("end_reason", QT_TRANSLATE_NOOP("Field", "Reason for ending"), "longtext", group=G_DATES),
        F(
            "end_decision_id",
            QT_TRANSLATE_NOOP("Field", "Decision to end"),
            "ref",
            ref_kind="decision",
            group=G_DATES,
        ),
        F(
            "status_override",
            QT_TRANSLATE_NOOP("Field", "Status as judged"),
            "choice",
            choices=v.DERIVED_STATUSES,
            group=G_STATUS,
        ),
        F(
            "status_override_reason",
            QT_TRANSLATE_NOOP("Field", "Reason for the judgement"),
            "longtext",
            group=G_STATUS,
        ),
        F(
            "areas",
            QT_TRANSLATE_NOOP("Field", "Collaboration areas"),
            "tags",
            choices=v.COLLABORATION_AREAS,
            group=G_TEXT,
        ),
        F(
            "responsible_person_id",
            QT_TRANSLATE_NOOP("Field", "Responsible person"),
            "ref",
            ref_kind="person",
            group=G_TEXT,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("town_a_id", "town_b_id"),
    date_ranges=(("start_date", "end_date"),),
    ended_field="status",
    ended_values=("ended",),
    default_sort="contact_year",
    open_ended=True,
)

NETWORK = KindSpec(
    "network",
    m.Network,
    r.Network,
    QT_TRANSLATE_NOOP("Kind", "Network"),
    QT_TRANSLATE_NOOP("Kind", "Networks"),
    (
        F(
            "name",
            QT_TRANSLATE_NOOP("Field", "Name"),
            required=True,
            group=G_BASIC,
            max_length=200,
            in_list=True,
        ),
        F(
            "cadence_years",
            QT_TRANSLATE_NOOP("Field", "Meets every N years"),
            "int",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "founded_year",
            QT_TRANSLATE_NOOP("Field", "Founded"),
            "year",
            group=G_BASIC,
            in_list=True,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

NETWORK_MEMBER = KindSpec(
    "network_member",
    m.NetworkMember,
    r.NetworkMember,
    QT_TRANSLATE_NOOP("Kind", "Network member"),
    QT_TRANSLATE_NOOP("Kind", "Network members"),
    (
        F(
            "network_id",
            QT_TRANSLATE_NOOP("Field", "Network"),
            "ref",
            required=True,
            ref_kind="network",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_id",
            QT_TRANSLATE_NOOP("Field", "Town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F("joined_year", QT_TRANSLATE_NOOP("Field", "Joined"), "year", group=G_DATES, in_list=True),
        F("left_year", QT_TRANSLATE_NOOP("Field", "Left"), "year", group=G_DATES, in_list=True),
        F(
            "rotation_position",
            QT_TRANSLATE_NOOP("Field", "Place in hosting order"),
            "int",
            group=G_BASIC,
            in_list=True,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("town_id",),
    date_ranges=(("joined_year", "left_year"),),
    default_sort="rotation_position",
    open_ended=True,
)

MEETING = KindSpec(
    "meeting",
    m.NetworkMeeting,
    r.NetworkMeeting,
    QT_TRANSLATE_NOOP("Kind", "Network meeting"),
    QT_TRANSLATE_NOOP("Kind", "Network meetings"),
    (
        F(
            "network_id",
            QT_TRANSLATE_NOOP("Field", "Network"),
            "ref",
            required=True,
            ref_kind="network",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "year",
            QT_TRANSLATE_NOOP("Field", "Year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Kind"),
            "choice",
            required=True,
            choices=v.MEETING_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "host_town_id",
            QT_TRANSLATE_NOOP("Field", "Host"),
            "ref",
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "place",
            QT_TRANSLATE_NOOP("Field", "Place"),
            group=G_BASIC,
            max_length=200,
            in_list=True,
        ),
        F("start_date", QT_TRANSLATE_NOOP("Field", "First day"), "date", group=G_DATES),
        F("end_date", QT_TRANSLATE_NOOP("Field", "Last day"), "date", group=G_DATES),
        F("participants", QT_TRANSLATE_NOOP("Field", "Participants"), "longtext", group=G_TEXT),
        F(
            "follow_up_report",
            QT_TRANSLATE_NOOP("Field", "Follow-up report"),
            "longtext",
            group=G_REPORT,
        ),
        F(
            "follow_up_date",
            QT_TRANSLATE_NOOP("Field", "Follow-up reported on"),
            "date",
            group=G_REPORT,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("year", "host_town_id"),
    date_ranges=(("start_date", "end_date"),),
    default_sort="year",
)

ORGANISATION = KindSpec(
    "organisation",
    m.Organisation,
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
        F("founded", QT_TRANSLATE_NOOP("Field", "Founded"), "date", group=G_BASIC),
        F("website", QT_TRANSLATE_NOOP("Field", "Website"), "url", group=G_CONTACT, max_length=500),
        F("email", QT_TRANSLATE_NOOP("Field", "E-mail"), "email", group=G_CONTACT),
        F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), group=G_CONTACT, max_length=60),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

MEMBER_COUNT = KindSpec(
    "member_count",
    m.MemberCount,
    r.MemberCount,
    QT_TRANSLATE_NOOP("Kind", "Member count"),
    QT_TRANSLATE_NOOP("Kind", "Member counts"),
    (
        F(
            "organisation_id",
            QT_TRANSLATE_NOOP("Field", "Organisation"),
            "ref",
            required=True,
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "year",
            QT_TRANSLATE_NOOP("Field", "Year"),
            "year",
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
)

PERSON = KindSpec(
    "person",
    m.Person,
    r.Person,
    QT_TRANSLATE_NOOP("Kind", "Person"),
    QT_TRANSLATE_NOOP("Kind", "People"),
    (
        F(
            "name",
            QT_TRANSLATE_NOOP("Field", "Name"),
            required=True,
            group=G_BASIC,
            max_length=200,
            in_list=True,
        ),
        F("role", QT_TRANSLATE_NOOP("Field", "Role"), group=G_BASIC, max_length=200, in_list=True),
        F(
            "organisation_id",
            QT_TRANSLATE_NOOP("Field", "Organisation"),
            "ref",
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F("email", QT_TRANSLATE_NOOP("Field", "E-mail"), "email", group=G_CONTACT, in_list=True),
        F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), group=G_CONTACT, max_length=60),
        F("languages", QT_TRANSLATE_NOOP("Field", "Languages"), group=G_CONTACT, max_length=200),
        F(
            "dispose_after",
            QT_TRANSLATE_NOOP("Field", "Dispose of data after"),
            "date",
            group=G_TEXT,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
    contains_personal_data=True,
)

AGREEMENT = KindSpec(
    "agreement",
    m.Agreement,
    r.Agreement,
    QT_TRANSLATE_NOOP("Kind", "Agreement"),
    QT_TRANSLATE_NOOP("Kind", "Agreements"),
    (
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
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
            choices=v.AGREEMENT_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            required=True,
            choices=v.AGREEMENT_STATUSES,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_ids",
            QT_TRANSLATE_NOOP("Field", "Towns that are parties"),
            "refs",
            ref_kind="town",
            group=G_LINKS,
        ),
        F(
            "organisation_ids",
            QT_TRANSLATE_NOOP("Field", "Organisations that are parties"),
            "refs",
            ref_kind="organisation",
            group=G_LINKS,
        ),
        F("signed_date", QT_TRANSLATE_NOOP("Field", "Signed"), "date", group=G_DATES, in_list=True),
        F("signatories", QT_TRANSLATE_NOOP("Field", "Signatories"), "longtext", group=G_DATES),
        F("valid_from", QT_TRANSLATE_NOOP("Field", "Valid from"), "date", group=G_DATES),
        F("valid_to", QT_TRANSLATE_NOOP("Field", "Valid to"), "date", group=G_DATES, in_list=True),
        F(
            "review_date",
            QT_TRANSLATE_NOOP("Field", "Review by"),
            "date",
            group=G_DATES,
            in_list=True,
        ),
        F("lead_days", QT_TRANSLATE_NOOP("Field", "Days of warning"), "int", group=G_DATES),
        F(
            "priority_areas",
            QT_TRANSLATE_NOOP("Field", "Priority areas"),
            "tags",
            choices=v.COLLABORATION_AREAS,
            group=G_TEXT,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    date_ranges=(("valid_from", "valid_to"),),
    ended_field="status",
    ended_values=("ended", "expired"),
    default_sort="title",
    open_ended=True,
)

AGREEMENT_ACTION = KindSpec(
    "agreement_action",
    m.AgreementAction,
    r.AgreementAction,
    QT_TRANSLATE_NOOP("Kind", "Action plan item"),
    QT_TRANSLATE_NOOP("Kind", "Action plan items"),
    (
        F(
            "agreement_id",
            QT_TRANSLATE_NOOP("Field", "Agreement"),
            "ref",
            required=True,
            ref_kind="agreement",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            group=G_BASIC,
            max_length=300,
            in_list=True,
        ),
        F("due_date", QT_TRANSLATE_NOOP("Field", "Due"), "date", group=G_DATES, in_list=True),
        F("done_date", QT_TRANSLATE_NOOP("Field", "Done"), "date", group=G_DATES, in_list=True),
        F("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), group=G_BASIC, max_length=200),
    ),
    label_fields=("title",),
    default_sort="due_date",
)

DECISION = KindSpec(
    "decision",
    m.Decision,
    r.Decision,
    QT_TRANSLATE_NOOP("Kind", "Decision"),
    QT_TRANSLATE_NOOP("Kind", "Decisions"),
    (
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            group=G_BASIC,
            max_length=300,
            in_list=True,
        ),
        F(
            "body",
            QT_TRANSLATE_NOOP("Field", "Body"),
            "choice",
            required=True,
            choices=v.BODIES,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "body_name",
            QT_TRANSLATE_NOOP("Field", "Name of the body"),
            group=G_BASIC,
            max_length=200,
        ),
        F(
            "decided_on",
            QT_TRANSLATE_NOOP("Field", "Date"),
            "date",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "section",
            QT_TRANSLATE_NOOP("Field", "Section (§)"),
            group=G_BASIC,
            max_length=20,
            in_list=True,
        ),
        F(
            "registry_no",
            QT_TRANSLATE_NOOP("Field", "Registry number"),
            group=G_BASIC,
            max_length=60,
            in_list=True,
        ),
        F("summary", QT_TRANSLATE_NOOP("Field", "Summary"), "longtext", group=G_TEXT),
        F("outcome", QT_TRANSLATE_NOOP("Field", "Outcome"), "longtext", group=G_TEXT),
        F("distribution", QT_TRANSLATE_NOOP("Field", "Sent to"), "longtext", group=G_TEXT),
        F("concerns", QT_TRANSLATE_NOOP("Field", "Concerns"), "concerns", group=G_LINKS),
    ),
    label_fields=("registry_no", "section", "title"),
    default_sort="decided_on",
)

TRIP = KindSpec(
    "trip",
    m.Trip,
    r.Trip,
    QT_TRANSLATE_NOOP("Kind", "Trip"),
    QT_TRANSLATE_NOOP("Kind", "Trips"),
    (
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            group=G_BASIC,
            max_length=300,
            in_list=True,
        ),
        F(
            "town_ids",
            QT_TRANSLATE_NOOP("Field", "Destinations"),
            "refs",
            ref_kind="town",
            group=G_BASIC,
        ),
        F(
            "start_date",
            QT_TRANSLATE_NOOP("Field", "Departure"),
            "date",
            group=G_BASIC,
            in_list=True,
        ),
        F("end_date", QT_TRANSLATE_NOOP("Field", "Return"), "date", group=G_BASIC),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            required=True,
            choices=v.TRIP_STATUSES,
            group=G_BASIC,
            in_list=True,
        ),
        F("travellers", QT_TRANSLATE_NOOP("Field", "Travellers"), "longtext", group=G_BASIC),
        F(
            "department_id",
            QT_TRANSLATE_NOOP("Field", "Department"),
            "ref",
            ref_kind="organisation",
            group=G_BASIC,
        ),
        F("purpose", QT_TRANSLATE_NOOP("Field", "Purpose"), "longtext", group=G_TEXT),
        F("goals", QT_TRANSLATE_NOOP("Field", "Goals"), "longtext", group=G_TEXT),
        F("results", QT_TRANSLATE_NOOP("Field", "Results"), "longtext", group=G_TEXT),
        F(
            "estimated_cost",
            QT_TRANSLATE_NOOP("Field", "Estimated cost"),
            "money",
            group=G_MONEY,
            in_list=True,
        ),
        F("actual_cost", QT_TRANSLATE_NOOP("Field", "Actual cost"), "money", group=G_MONEY),
        F(
            "currency",
            QT_TRANSLATE_NOOP("Field", "Currency"),
            "currency",
            required=True,
            group=G_MONEY,
        ),
        F("funding", QT_TRANSLATE_NOOP("Field", "Funding"), "longtext", group=G_MONEY),
        F(
            "approval_decision_id",
            QT_TRANSLATE_NOOP("Field", "Approved by decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
        ),
        F(
            "report_back_decision_id",
            QT_TRANSLATE_NOOP("Field", "Reported back by decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    date_ranges=(("start_date", "end_date"),),
    ended_field="status",
    ended_values=("reported", "cancelled"),
    default_sort="start_date",
)

ACTIVITY = KindSpec(
    "activity",
    m.Activity,
    r.Activity,
    QT_TRANSLATE_NOOP("Kind", "Activity"),
    QT_TRANSLATE_NOOP("Kind", "Activities"),
    (
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
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
            choices=v.ACTIVITY_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "area",
            QT_TRANSLATE_NOOP("Field", "Area"),
            "choice",
            choices=v.COLLABORATION_AREAS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "start_date",
            QT_TRANSLATE_NOOP("Field", "Date or first day"),
            "date",
            group=G_DATES,
            in_list=True,
        ),
        F("end_date", QT_TRANSLATE_NOOP("Field", "Last day"), "date", group=G_DATES),
        F("town_ids", QT_TRANSLATE_NOOP("Field", "Towns"), "refs", ref_kind="town", group=G_LINKS),
        F(
            "organisation_ids",
            QT_TRANSLATE_NOOP("Field", "Organisations"),
            "refs",
            ref_kind="organisation",
            group=G_LINKS,
        ),
        F(
            "municipality_took_part",
            QT_TRANSLATE_NOOP("Field", "The municipality took part"),
            "bool",
            group=G_LINKS,
        ),
        F("description", QT_TRANSLATE_NOOP("Field", "Description"), "longtext", group=G_TEXT),
        F("funding", QT_TRANSLATE_NOOP("Field", "Funding"), "longtext", group=G_TEXT),
        F("source_reference", QT_TRANSLATE_NOOP("Field", "Source"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    date_ranges=(("start_date", "end_date"),),
    default_sort="start_date",
)

GRANT = KindSpec(
    "grant",
    m.Grant,
    r.Grant,
    QT_TRANSLATE_NOOP("Kind", "Grant"),
    QT_TRANSLATE_NOOP("Kind", "Grants"),
    (
        F(
            "organisation_id",
            QT_TRANSLATE_NOOP("Field", "Recipient"),
            "ref",
            required=True,
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "payer_town_id",
            QT_TRANSLATE_NOOP("Field", "Paid by"),
            "ref",
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "year",
            QT_TRANSLATE_NOOP("Field", "Year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "amount",
            QT_TRANSLATE_NOOP("Field", "Amount (empty: unknown)"),
            "money",
            group=G_MONEY,
            in_list=True,
        ),
        F(
            "currency",
            QT_TRANSLATE_NOOP("Field", "Currency"),
            "currency",
            required=True,
            group=G_MONEY,
            in_list=True,
        ),
        F("conditions", QT_TRANSLATE_NOOP("Field", "Conditions"), "longtext", group=G_TEXT),
        F(
            "decision_id",
            QT_TRANSLATE_NOOP("Field", "Decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
        ),
        F(
            "report_due",
            QT_TRANSLATE_NOOP("Field", "Report due"),
            "date",
            group=G_REPORT,
            in_list=True,
        ),
        F(
            "report_received",
            QT_TRANSLATE_NOOP("Field", "Report received"),
            "date",
            group=G_REPORT,
            in_list=True,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("organisation_id", "year"),
    default_sort="year",
)

EXCHANGE_RATE = KindSpec(
    "exchange_rate",
    m.ExchangeRate,
    r.ExchangeRate,
    QT_TRANSLATE_NOOP("Kind", "Exchange rate"),
    QT_TRANSLATE_NOOP("Kind", "Exchange rates"),
    (
        F(
            "currency",
            QT_TRANSLATE_NOOP("Field", "Currency"),
            "currency",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "year",
            QT_TRANSLATE_NOOP("Field", "Year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "rate_to_sek",
            QT_TRANSLATE_NOOP("Field", "SEK per unit"),
            "decimal",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
    ),
    label_fields=("currency", "year"),
    default_sort="year",
)

POLICY = KindSpec(
    "policy",
    m.PolicyDocument,
    r.PolicyDocument,
    QT_TRANSLATE_NOOP("Kind", "Governing document"),
    QT_TRANSLATE_NOOP("Kind", "Governing documents"),
    (
        F(
            "title",
            QT_TRANSLATE_NOOP("Field", "Title"),
            required=True,
            group=G_BASIC,
            max_length=300,
            in_list=True,
        ),
        F(
            "doc_type",
            QT_TRANSLATE_NOOP("Field", "Type"),
            "choice",
            required=True,
            choices=v.POLICY_TYPES,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "owner",
            QT_TRANSLATE_NOOP("Field", "Owner"),
            group=G_BASIC,
            max_length=200,
            in_list=True,
        ),
        F(
            "responsible_officer",
            QT_TRANSLATE_NOOP("Field", "Responsible officer"),
            group=G_BASIC,
            max_length=200,
        ),
        F("scope", QT_TRANSLATE_NOOP("Field", "Scope"), group=G_BASIC, max_length=100),
        F(
            "decided_by",
            QT_TRANSLATE_NOOP("Field", "Decided by"),
            "choice",
            choices=v.BODIES,
            group=G_DECISIONS,
        ),
        F(
            "decided_on",
            QT_TRANSLATE_NOOP("Field", "Decided on"),
            "date",
            group=G_DECISIONS,
            in_list=True,
        ),
        F("section", QT_TRANSLATE_NOOP("Field", "Section (§)"), group=G_DECISIONS, max_length=20),
        F(
            "registry_no",
            QT_TRANSLATE_NOOP("Field", "Registry number"),
            group=G_DECISIONS,
            max_length=60,
        ),
        F(
            "revise_by",
            QT_TRANSLATE_NOOP("Field", "Revise by"),
            "date",
            group=G_DATES,
            in_list=True,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    default_sort="title",
)

POLICY_REVISION = KindSpec(
    "policy_revision",
    m.PolicyRevision,
    r.PolicyRevision,
    QT_TRANSLATE_NOOP("Kind", "Revision"),
    QT_TRANSLATE_NOOP("Kind", "Revisions"),
    (
        F(
            "document_id",
            QT_TRANSLATE_NOOP("Field", "Document"),
            "ref",
            required=True,
            ref_kind="policy",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "revised_on",
            QT_TRANSLATE_NOOP("Field", "Revised on"),
            "date",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "section",
            QT_TRANSLATE_NOOP("Field", "Section (§)"),
            group=G_BASIC,
            max_length=20,
            in_list=True,
        ),
        F(
            "registry_no",
            QT_TRANSLATE_NOOP("Field", "Registry number"),
            group=G_BASIC,
            max_length=60,
        ),
        F(
            "description",
            QT_TRANSLATE_NOOP("Field", "What changed"),
            "longtext",
            group=G_TEXT,
            in_list=True,
        ),
    ),
    label_fields=("revised_on",),
    default_sort="revised_on",
)

TERM = KindSpec(
    "term",
    m.TermOfOffice,
    r.TermOfOffice,
    QT_TRANSLATE_NOOP("Kind", "Term of office"),
    QT_TRANSLATE_NOOP("Kind", "Terms of office"),
    (
        F(
            "start_year",
            QT_TRANSLATE_NOOP("Field", "First year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "end_year",
            QT_TRANSLATE_NOOP("Field", "Last year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "start_date",
            QT_TRANSLATE_NOOP("Field", "Starts"),
            "date",
            required=True,
            group=G_DATES,
            in_list=True,
        ),
        F(
            "end_date",
            QT_TRANSLATE_NOOP("Field", "Ends"),
            "date",
            required=True,
            group=G_DATES,
            in_list=True,
        ),
    ),
    label_fields=("start_year", "end_year"),
    date_ranges=(("start_year", "end_year"), ("start_date", "end_date")),
    default_sort="start_year",
)

EVALUATION = KindSpec(
    "evaluation",
    m.Evaluation,
    r.Evaluation,
    QT_TRANSLATE_NOOP("Kind", "Evaluation"),
    QT_TRANSLATE_NOOP("Kind", "Evaluations"),
    (
        F(
            "term_id",
            QT_TRANSLATE_NOOP("Field", "Term of office"),
            "ref",
            required=True,
            ref_kind="term",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "twinning_id",
            QT_TRANSLATE_NOOP("Field", "Twinning"),
            "ref",
            required=True,
            ref_kind="twinning",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "activity_summary",
            QT_TRANSLATE_NOOP("Field", "Activity in the term"),
            "longtext",
            group=G_TEXT,
        ),
        F("benefit", QT_TRANSLATE_NOOP("Field", "Benefit"), "longtext", group=G_TEXT),
        F(
            "recommendation",
            QT_TRANSLATE_NOOP("Field", "Recommendation"),
            "choice",
            choices=v.RECOMMENDATIONS,
            group=G_DECISIONS,
            in_list=True,
        ),
        F(
            "decision_id",
            QT_TRANSLATE_NOOP("Field", "Decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
            in_list=True,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("twinning_id", "term_id"),
    default_sort="term_id",
)

KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        TOWN, TWINNING, NETWORK, NETWORK_MEMBER, MEETING, ORGANISATION, MEMBER_COUNT, PERSON,
        AGREEMENT, AGREEMENT_ACTION, DECISION, TRIP, ACTIVITY, GRANT, EXCHANGE_RATE, POLICY,
        POLICY_REVISION, TERM, EVALUATION,
    )
}  # fmt: skip


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
}


def spec_for(kind: str) -> KindSpec:
    """The description of ``kind``; KeyError for a kind the register does not keep."""
    return KINDS[kind]
