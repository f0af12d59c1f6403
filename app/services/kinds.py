"""Every record kind the register keeps: its table, record type and fields.

The order of fields is the order of the form; ``group`` gives its headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as N
from app.i18n import translate
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

    def field(self, name: str) -> F:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def display_singular(self) -> str:
        return translate("Kind", self.singular)

    def display_plural(self) -> str:
        return translate("Kind", self.plural)

    @property
    def list_fields(self) -> tuple[F, ...]:
        return tuple(f for f in self.fields if f.in_list)


G_BASIC = N("Field", "Basic facts")
G_PLACE = N("Field", "Place")
G_DATES = N("Field", "Dates")
G_TEXT = N("Field", "Description")
G_LINKS = N("Field", "Links")
G_MONEY = N("Field", "Costs")
G_DECISIONS = N("Field", "Decisions")
G_STATUS = N("Field", "Status")
G_CONTACT = N("Field", "Contact")
G_REPORT = N("Field", "Report")

TOWN = KindSpec(
    "town",
    m.Town,
    r.Town,
    N("Kind", "Twin town"),
    N("Kind", "Twin towns"),
    (
        F("name", N("Field", "Name"), required=True, group=G_BASIC, max_length=200, in_list=True),
        F("local_name", N("Field", "Local name"), group=G_BASIC, max_length=200),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.TOWN_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F("is_home", N("Field", "Home municipality"), "bool", group=G_BASIC),
        F("country", N("Field", "Country or area"), "country", group=G_PLACE, in_list=True),
        F("region", N("Field", "Region"), group=G_PLACE, max_length=200, in_list=True),
        F("population", N("Field", "Population"), "int", group=G_PLACE, in_list=True),
        F("latitude", N("Field", "Latitude"), "latitude", group=G_PLACE),
        F("longitude", N("Field", "Longitude"), "longitude", group=G_PLACE),
        F("website", N("Field", "Website"), "url", group=G_CONTACT, max_length=500),
        F("alternative_names", N("Field", "Other names"), "names", group=G_TEXT),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

TWINNING = KindSpec(
    "twinning",
    m.Twinning,
    r.Twinning,
    N("Kind", "Twinning"),
    N("Kind", "Twinnings"),
    (
        F(
            "town_a_id",
            N("Field", "Town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_b_id",
            N("Field", "Partner town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.TWINNING_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "status",
            N("Field", "Status"),
            "choice",
            required=True,
            choices=v.TWINNING_STATUSES,
            group=G_STATUS,
            in_list=True,
        ),
        F("contact_year", N("Field", "Contact year"), "year", group=G_DATES, in_list=True),
        F("start_date", N("Field", "Formal start"), "date", group=G_DATES),
        F("end_date", N("Field", "End date"), "date", group=G_DATES),
        F("end_reason", N("Field", "Reason for ending"), "longtext", group=G_DATES),
        F(
            "end_decision_id",
            N("Field", "Decision to end"),
            "ref",
            ref_kind="decision",
            group=G_DATES,
        ),
        F(
            "status_override",
            N("Field", "Status as judged"),
            "choice",
            choices=v.DERIVED_STATUSES,
            group=G_STATUS,
        ),
        F(
            "status_override_reason",
            N("Field", "Reason for the judgement"),
            "longtext",
            group=G_STATUS,
        ),
        F(
            "areas",
            N("Field", "Collaboration areas"),
            "tags",
            choices=v.COLLABORATION_AREAS,
            group=G_TEXT,
        ),
        F(
            "responsible_person_id",
            N("Field", "Responsible person"),
            "ref",
            ref_kind="person",
            group=G_TEXT,
        ),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("town_a_id", "town_b_id"),
    date_ranges=(("start_date", "end_date"),),
    ended_field="status",
    ended_values=("ended",),
    default_sort="contact_year",
)

NETWORK = KindSpec(
    "network",
    m.Network,
    r.Network,
    N("Kind", "Network"),
    N("Kind", "Networks"),
    (
        F("name", N("Field", "Name"), required=True, group=G_BASIC, max_length=200, in_list=True),
        F(
            "cadence_years",
            N("Field", "Meets every N years"),
            "int",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F("founded_year", N("Field", "Founded"), "year", group=G_BASIC, in_list=True),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

NETWORK_MEMBER = KindSpec(
    "network_member",
    m.NetworkMember,
    r.NetworkMember,
    N("Kind", "Network member"),
    N("Kind", "Network members"),
    (
        F(
            "network_id",
            N("Field", "Network"),
            "ref",
            required=True,
            ref_kind="network",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "town_id",
            N("Field", "Town"),
            "ref",
            required=True,
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F("joined_year", N("Field", "Joined"), "year", group=G_DATES, in_list=True),
        F("left_year", N("Field", "Left"), "year", group=G_DATES, in_list=True),
        F(
            "rotation_position",
            N("Field", "Place in hosting order"),
            "int",
            group=G_BASIC,
            in_list=True,
        ),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("town_id",),
    date_ranges=(("joined_year", "left_year"),),
    default_sort="rotation_position",
)

MEETING = KindSpec(
    "meeting",
    m.NetworkMeeting,
    r.NetworkMeeting,
    N("Kind", "Network meeting"),
    N("Kind", "Network meetings"),
    (
        F(
            "network_id",
            N("Field", "Network"),
            "ref",
            required=True,
            ref_kind="network",
            group=G_BASIC,
            in_list=True,
        ),
        F("year", N("Field", "Year"), "year", required=True, group=G_BASIC, in_list=True),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.MEETING_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F("host_town_id", N("Field", "Host"), "ref", ref_kind="town", group=G_BASIC, in_list=True),
        F("place", N("Field", "Place"), group=G_BASIC, max_length=200, in_list=True),
        F("start_date", N("Field", "First day"), "date", group=G_DATES),
        F("end_date", N("Field", "Last day"), "date", group=G_DATES),
        F("participants", N("Field", "Participants"), "longtext", group=G_TEXT),
        F("follow_up_report", N("Field", "Follow-up report"), "longtext", group=G_REPORT),
        F("follow_up_date", N("Field", "Follow-up reported on"), "date", group=G_REPORT),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("year", "host_town_id"),
    date_ranges=(("start_date", "end_date"),),
    default_sort="year",
)

ORGANISATION = KindSpec(
    "organisation",
    m.Organisation,
    r.Organisation,
    N("Kind", "Organisation"),
    N("Kind", "Organisations"),
    (
        F("name", N("Field", "Name"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.ORGANISATION_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F("town_id", N("Field", "Town"), "ref", ref_kind="town", group=G_BASIC, in_list=True),
        F("parent_id", N("Field", "Part of"), "ref", ref_kind="organisation", group=G_BASIC),
        F("founded", N("Field", "Founded"), "date", group=G_BASIC),
        F("website", N("Field", "Website"), "url", group=G_CONTACT, max_length=500),
        F("email", N("Field", "E-mail"), "email", group=G_CONTACT),
        F("phone", N("Field", "Phone"), group=G_CONTACT, max_length=60),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
)

MEMBER_COUNT = KindSpec(
    "member_count",
    m.MemberCount,
    r.MemberCount,
    N("Kind", "Member count"),
    N("Kind", "Member counts"),
    (
        F(
            "organisation_id",
            N("Field", "Organisation"),
            "ref",
            required=True,
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F("year", N("Field", "Year"), "year", required=True, group=G_BASIC, in_list=True),
        F("count", N("Field", "Members (empty: unknown)"), "int", group=G_BASIC, in_list=True),
        F("note", N("Field", "Note"), "longtext", group=G_TEXT),
    ),
    label_fields=("organisation_id", "year"),
    default_sort="year",
)

PERSON = KindSpec(
    "person",
    m.Person,
    r.Person,
    N("Kind", "Person"),
    N("Kind", "People"),
    (
        F("name", N("Field", "Name"), required=True, group=G_BASIC, max_length=200, in_list=True),
        F("role", N("Field", "Role"), group=G_BASIC, max_length=200, in_list=True),
        F(
            "organisation_id",
            N("Field", "Organisation"),
            "ref",
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F("email", N("Field", "E-mail"), "email", group=G_CONTACT, in_list=True),
        F("phone", N("Field", "Phone"), group=G_CONTACT, max_length=60),
        F("languages", N("Field", "Languages"), group=G_CONTACT, max_length=200),
        F("dispose_after", N("Field", "Dispose of data after"), "date", group=G_TEXT),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("name",),
    default_sort="name",
    contains_personal_data=True,
)

AGREEMENT = KindSpec(
    "agreement",
    m.Agreement,
    r.Agreement,
    N("Kind", "Agreement"),
    N("Kind", "Agreements"),
    (
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.AGREEMENT_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "status",
            N("Field", "Status"),
            "choice",
            required=True,
            choices=v.AGREEMENT_STATUSES,
            group=G_BASIC,
            in_list=True,
        ),
        F("town_ids", N("Field", "Towns that are parties"), "refs", ref_kind="town", group=G_LINKS),
        F(
            "organisation_ids",
            N("Field", "Organisations that are parties"),
            "refs",
            ref_kind="organisation",
            group=G_LINKS,
        ),
        F("signed_date", N("Field", "Signed"), "date", group=G_DATES, in_list=True),
        F("signatories", N("Field", "Signatories"), "longtext", group=G_DATES),
        F("valid_from", N("Field", "Valid from"), "date", group=G_DATES),
        F("valid_to", N("Field", "Valid to"), "date", group=G_DATES, in_list=True),
        F("review_date", N("Field", "Review by"), "date", group=G_DATES, in_list=True),
        F("lead_days", N("Field", "Days of warning"), "int", group=G_DATES),
        F(
            "priority_areas",
            N("Field", "Priority areas"),
            "tags",
            choices=v.COLLABORATION_AREAS,
            group=G_TEXT,
        ),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    date_ranges=(("valid_from", "valid_to"),),
    ended_field="status",
    ended_values=("ended", "expired"),
    default_sort="title",
)

AGREEMENT_ACTION = KindSpec(
    "agreement_action",
    m.AgreementAction,
    r.AgreementAction,
    N("Kind", "Action plan item"),
    N("Kind", "Action plan items"),
    (
        F(
            "agreement_id",
            N("Field", "Agreement"),
            "ref",
            required=True,
            ref_kind="agreement",
            group=G_BASIC,
            in_list=True,
        ),
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F("due_date", N("Field", "Due"), "date", group=G_DATES, in_list=True),
        F("done_date", N("Field", "Done"), "date", group=G_DATES, in_list=True),
        F("responsible", N("Field", "Responsible"), group=G_BASIC, max_length=200),
    ),
    label_fields=("title",),
    default_sort="due_date",
)

DECISION = KindSpec(
    "decision",
    m.Decision,
    r.Decision,
    N("Kind", "Decision"),
    N("Kind", "Decisions"),
    (
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F(
            "body",
            N("Field", "Body"),
            "choice",
            required=True,
            choices=v.BODIES,
            group=G_BASIC,
            in_list=True,
        ),
        F("body_name", N("Field", "Name of the body"), group=G_BASIC, max_length=200),
        F("decided_on", N("Field", "Date"), "date", required=True, group=G_BASIC, in_list=True),
        F("section", N("Field", "Section (§)"), group=G_BASIC, max_length=20, in_list=True),
        F("registry_no", N("Field", "Registry number"), group=G_BASIC, max_length=60, in_list=True),
        F("summary", N("Field", "Summary"), "longtext", group=G_TEXT),
        F("outcome", N("Field", "Outcome"), "longtext", group=G_TEXT),
        F("distribution", N("Field", "Sent to"), "longtext", group=G_TEXT),
        F("concerns", N("Field", "Concerns"), "concerns", group=G_LINKS),
    ),
    label_fields=("registry_no", "section", "title"),
    default_sort="decided_on",
)

TRIP = KindSpec(
    "trip",
    m.Trip,
    r.Trip,
    N("Kind", "Trip"),
    N("Kind", "Trips"),
    (
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F("town_ids", N("Field", "Destinations"), "refs", ref_kind="town", group=G_BASIC),
        F("start_date", N("Field", "Departure"), "date", group=G_BASIC, in_list=True),
        F("end_date", N("Field", "Return"), "date", group=G_BASIC),
        F(
            "status",
            N("Field", "Status"),
            "choice",
            required=True,
            choices=v.TRIP_STATUSES,
            group=G_BASIC,
            in_list=True,
        ),
        F("travellers", N("Field", "Travellers"), "longtext", group=G_BASIC),
        F("department_id", N("Field", "Department"), "ref", ref_kind="organisation", group=G_BASIC),
        F("purpose", N("Field", "Purpose"), "longtext", group=G_TEXT),
        F("goals", N("Field", "Goals"), "longtext", group=G_TEXT),
        F("results", N("Field", "Results"), "longtext", group=G_TEXT),
        F("estimated_cost", N("Field", "Estimated cost"), "money", group=G_MONEY, in_list=True),
        F("actual_cost", N("Field", "Actual cost"), "money", group=G_MONEY),
        F("currency", N("Field", "Currency"), "currency", required=True, group=G_MONEY),
        F("funding", N("Field", "Funding"), "longtext", group=G_MONEY),
        F(
            "approval_decision_id",
            N("Field", "Approved by decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
        ),
        F(
            "report_back_decision_id",
            N("Field", "Reported back by decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
        ),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
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
    N("Kind", "Activity"),
    N("Kind", "Activities"),
    (
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F(
            "kind",
            N("Field", "Kind"),
            "choice",
            required=True,
            choices=v.ACTIVITY_KINDS,
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "area",
            N("Field", "Area"),
            "choice",
            choices=v.COLLABORATION_AREAS,
            group=G_BASIC,
            in_list=True,
        ),
        F("start_date", N("Field", "Date or first day"), "date", group=G_DATES, in_list=True),
        F("end_date", N("Field", "Last day"), "date", group=G_DATES),
        F("town_ids", N("Field", "Towns"), "refs", ref_kind="town", group=G_LINKS),
        F(
            "organisation_ids",
            N("Field", "Organisations"),
            "refs",
            ref_kind="organisation",
            group=G_LINKS,
        ),
        F(
            "municipality_took_part",
            N("Field", "The municipality took part"),
            "bool",
            group=G_LINKS,
        ),
        F("description", N("Field", "Description"), "longtext", group=G_TEXT),
        F("funding", N("Field", "Funding"), "longtext", group=G_TEXT),
        F("source_reference", N("Field", "Source"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    date_ranges=(("start_date", "end_date"),),
    default_sort="start_date",
)

GRANT = KindSpec(
    "grant",
    m.Grant,
    r.Grant,
    N("Kind", "Grant"),
    N("Kind", "Grants"),
    (
        F(
            "organisation_id",
            N("Field", "Recipient"),
            "ref",
            required=True,
            ref_kind="organisation",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "payer_town_id",
            N("Field", "Paid by"),
            "ref",
            ref_kind="town",
            group=G_BASIC,
            in_list=True,
        ),
        F("year", N("Field", "Year"), "year", required=True, group=G_BASIC, in_list=True),
        F("amount", N("Field", "Amount (empty: unknown)"), "money", group=G_MONEY, in_list=True),
        F(
            "currency",
            N("Field", "Currency"),
            "currency",
            required=True,
            group=G_MONEY,
            in_list=True,
        ),
        F("conditions", N("Field", "Conditions"), "longtext", group=G_TEXT),
        F("decision_id", N("Field", "Decision"), "ref", ref_kind="decision", group=G_DECISIONS),
        F("report_due", N("Field", "Report due"), "date", group=G_REPORT, in_list=True),
        F("report_received", N("Field", "Report received"), "date", group=G_REPORT, in_list=True),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("organisation_id", "year"),
    default_sort="year",
)

EXCHANGE_RATE = KindSpec(
    "exchange_rate",
    m.ExchangeRate,
    r.ExchangeRate,
    N("Kind", "Exchange rate"),
    N("Kind", "Exchange rates"),
    (
        F(
            "currency",
            N("Field", "Currency"),
            "currency",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F("year", N("Field", "Year"), "year", required=True, group=G_BASIC, in_list=True),
        F(
            "rate_to_sek",
            N("Field", "SEK per unit"),
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
    N("Kind", "Governing document"),
    N("Kind", "Governing documents"),
    (
        F("title", N("Field", "Title"), required=True, group=G_BASIC, max_length=300, in_list=True),
        F(
            "doc_type",
            N("Field", "Type"),
            "choice",
            required=True,
            choices=v.POLICY_TYPES,
            group=G_BASIC,
            in_list=True,
        ),
        F("owner", N("Field", "Owner"), group=G_BASIC, max_length=200, in_list=True),
        F("responsible_officer", N("Field", "Responsible officer"), group=G_BASIC, max_length=200),
        F("scope", N("Field", "Scope"), group=G_BASIC, max_length=100),
        F("decided_by", N("Field", "Decided by"), "choice", choices=v.BODIES, group=G_DECISIONS),
        F("decided_on", N("Field", "Decided on"), "date", group=G_DECISIONS, in_list=True),
        F("section", N("Field", "Section (§)"), group=G_DECISIONS, max_length=20),
        F("registry_no", N("Field", "Registry number"), group=G_DECISIONS, max_length=60),
        F("revise_by", N("Field", "Revise by"), "date", group=G_DATES, in_list=True),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
    ),
    label_fields=("title",),
    default_sort="title",
)

POLICY_REVISION = KindSpec(
    "policy_revision",
    m.PolicyRevision,
    r.PolicyRevision,
    N("Kind", "Revision"),
    N("Kind", "Revisions"),
    (
        F(
            "document_id",
            N("Field", "Document"),
            "ref",
            required=True,
            ref_kind="policy",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "revised_on",
            N("Field", "Revised on"),
            "date",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F("section", N("Field", "Section (§)"), group=G_BASIC, max_length=20, in_list=True),
        F("registry_no", N("Field", "Registry number"), group=G_BASIC, max_length=60),
        F("description", N("Field", "What changed"), "longtext", group=G_TEXT, in_list=True),
    ),
    label_fields=("revised_on",),
    default_sort="revised_on",
)

TERM = KindSpec(
    "term",
    m.TermOfOffice,
    r.TermOfOffice,
    N("Kind", "Term of office"),
    N("Kind", "Terms of office"),
    (
        F(
            "start_year",
            N("Field", "First year"),
            "year",
            required=True,
            group=G_BASIC,
            in_list=True,
        ),
        F("end_year", N("Field", "Last year"), "year", required=True, group=G_BASIC, in_list=True),
        F("start_date", N("Field", "Starts"), "date", required=True, group=G_DATES, in_list=True),
        F("end_date", N("Field", "Ends"), "date", required=True, group=G_DATES, in_list=True),
    ),
    label_fields=("start_year", "end_year"),
    date_ranges=(("start_year", "end_year"), ("start_date", "end_date")),
    default_sort="start_year",
)

EVALUATION = KindSpec(
    "evaluation",
    m.Evaluation,
    r.Evaluation,
    N("Kind", "Evaluation"),
    N("Kind", "Evaluations"),
    (
        F(
            "term_id",
            N("Field", "Term of office"),
            "ref",
            required=True,
            ref_kind="term",
            group=G_BASIC,
            in_list=True,
        ),
        F(
            "twinning_id",
            N("Field", "Twinning"),
            "ref",
            required=True,
            ref_kind="twinning",
            group=G_BASIC,
            in_list=True,
        ),
        F("activity_summary", N("Field", "Activity in the term"), "longtext", group=G_TEXT),
        F("benefit", N("Field", "Benefit"), "longtext", group=G_TEXT),
        F(
            "recommendation",
            N("Field", "Recommendation"),
            "choice",
            choices=v.RECOMMENDATIONS,
            group=G_DECISIONS,
            in_list=True,
        ),
        F(
            "decision_id",
            N("Field", "Decision"),
            "ref",
            ref_kind="decision",
            group=G_DECISIONS,
            in_list=True,
        ),
        F("notes", N("Field", "Notes"), "longtext", group=G_TEXT),
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


def spec_for(kind: str) -> KindSpec:
    """The description of ``kind``; KeyError for a kind the register does not keep."""
    return KINDS[kind]
