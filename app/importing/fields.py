"""What each importable record kind takes from a spreadsheet: its import fields.

The parts they are made of (:class:`ImportField`, the shared headings) are in
:mod:`app.importing.field_types`; the network kinds and the governing papers are
declared in :mod:`app.importing.network_fields` and
:mod:`app.importing.document_fields`. ``IMPORT_KINDS`` lists them all, in the
order the wizard offers them.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.document_fields import AGREEMENTS, POLICIES
from app.importing.field_types import (
    COUNTRY_TYPES,
    H_COUNTRY,
    H_CURRENCY,
    H_EMAIL,
    H_END,
    H_KIND,
    H_NOTES,
    H_ORGANISATION,
    H_PHONE,
    H_START,
    H_STATUS,
    H_TITLE,
    H_TOWN,
    H_WEBSITE,
    H_YEAR,
    REFERENCE_TYPES,
    ImportField,
    ImportKind,
)
from app.importing.field_types import from_spec as _from_spec
from app.importing.field_types import import_only_field as _helper
from app.importing.network_fields import MEETINGS, NETWORK_MEMBERS, NETWORKS

__all__ = [
    "COUNTRY_TYPES",
    "IMPORT_KINDS",
    "REFERENCE_TYPES",
    "ImportField",
    "ImportKind",
    "import_kind",
]

# fmt: off

TOWNS = ImportKind(
    "towns",
    "town",
    (
        _from_spec("town", "name", ("namn", "ort", "vänort", "kommun", "stad", "name", "town",
                                    "city", "municipality", "twin town", "place"),
                   ),
        _from_spec("town", "local_name", ("lokalt namn", "namn på lokalt språk", "eget namn",
                                          "local name", "native name")),
        _from_spec("town", "kind", H_KIND, required=False),
        _from_spec("town", "is_home", ("hemkommun", "egen kommun", "home", "home municipality")),
        _from_spec("town", "country", H_COUNTRY),
        _from_spec("town", "region", ("region", "län", "landskap", "delstat", "provins",
                                      "county", "state", "province")),
        _from_spec("town", "population", ("invånare", "invånarantal", "antal invånare",
                                          "befolkning", "folkmängd", "population",
                                          "inhabitants")),
        _from_spec("town", "latitude", ("latitud", "lat", "latitude")),
        _from_spec("town", "longitude", ("longitud", "lon", "lng", "long", "longitude")),
        _from_spec("town", "website", H_WEBSITE),
        _from_spec("town", "alternative_names", ("andra namn", "alternativa namn", "även kallad",
                                                 "other names", "alternative names", "aliases",
                                                 "alias")),
        _from_spec("town", "notes", H_NOTES),
    ),
)

TWINNINGS = ImportKind(
    "twinnings",
    "twinning",
    (
        _helper("town", QT_TRANSLATE_NOOP("ImportField", "Town"), "town",
                ("ort", "kommun", "hemort", "hemkommun", "svensk ort", "svensk kommun", "town",
                 "municipality", "home town", "home municipality", "city"),
                target="town_a_id", required=True, country_field="town_country"),
        _helper("town_country", QT_TRANSLATE_NOOP("ImportField", "Country of the town"),
                "town_country", ("ortens land", "kommunens land", "hemland", "town country",
                                 "country of town", "home country")),
        _helper("partner", QT_TRANSLATE_NOOP("ImportField", "Partner town"), "town",
                ("vänort", "vänorter", "vänstad", "vänkommun", "partnerort", "partnerstad",
                 "partner", "partner town", "twin town", "twin", "twin city", "sister city",
                 "partner municipality"),
                target="town_b_id", required=True, country_field="partner_country"),
        _helper("partner_country", QT_TRANSLATE_NOOP("ImportField", "Country of the partner"),
                "town_country", ("vänortens land", "partnerland", "vänland", "partner country",
                                 "country of partner", "twin town country",
                                 "twin country", "vänortsland")),
        _from_spec("twinning", "contact_year",
                   ("kontaktår", "år", "sedan", "sedan år", "första kontakt", "year",
                    "contact year", "since", "first contact"), import_name="year"),
        _from_spec("twinning", "kind", (*H_KIND, "form", "förbindelse"), required=False),
        _from_spec("twinning", "status", H_STATUS, required=False),
        _from_spec("twinning", "start_date", ("formell start", "startdatum", "avtalsdatum",
                                              "formal start", "start date", "signed")),
        _from_spec("twinning", "end_date", ("slutdatum", "avslutad", "upphörde", "end date",
                                            "ended")),
        _from_spec("twinning", "end_reason", ("orsak", "anledning", "skäl till avslut",
                                              "reason", "reason for ending")),
        _from_spec("twinning", "areas", ("samarbetsområden", "områden", "samarbetsområde",
                                         "areas", "collaboration areas")),
        _from_spec("twinning", "status_override", ("bedömning", "bedömd status",
                                                   "samordnarens bedömning", "judgement",
                                                   "judged status")),
        _from_spec("twinning", "status_override_reason", ("skäl till bedömningen",
                                                          "motivering", "reason for judgement",
                                                          "reason for the judgement")),
        _from_spec("twinning", "notes", H_NOTES),
    ),
)

ORGANISATIONS = ImportKind(
    "organisations",
    "organisation",
    (
        _from_spec("organisation", "name", ("namn", "name", *H_ORGANISATION)),
        _from_spec("organisation", "kind", H_KIND, required=False),
        _helper("town", QT_TRANSLATE_NOOP("ImportField", "Town"), "town", H_TOWN,
                target="town_id", country_field="town_country"),
        _helper("town_country", QT_TRANSLATE_NOOP("ImportField", "Country of the town"),
                "town_country", H_COUNTRY),
        _helper("parent", QT_TRANSLATE_NOOP("ImportField", "Part of"), "organisation",
                ("del av", "tillhör", "moderorganisation", "riksorganisation", "part of",
                 "parent", "parent organisation", "parent organization"), target="parent_id"),
        _from_spec("organisation", "founded", ("grundad", "bildad", "founded")),
        _from_spec("organisation", "website", H_WEBSITE),
        _from_spec("organisation", "email", H_EMAIL),
        _from_spec("organisation", "phone", H_PHONE),
        _from_spec("organisation", "notes", H_NOTES),
    ),
)

PEOPLE = ImportKind(
    "people",
    "person",
    (
        _from_spec("person", "name", ("namn", "person", "kontaktperson", "kontakt", "name",
                                      "contact", "contact person", "full name")),
        _from_spec("person", "role", ("roll", "befattning", "titel", "funktion", "uppdrag",
                                      "role", "position", "job title", "title")),
        _helper("organisation", QT_TRANSLATE_NOOP("ImportField", "Organisation"),
                "organisation", H_ORGANISATION, target="organisation_id",
                town_field="organisation_town"),
        _helper("organisation_town", QT_TRANSLATE_NOOP("ImportField", "Town of the organisation"),
                "town", (*H_TOWN, "organisationens ort", "town of the organisation")),
        _from_spec("person", "email", H_EMAIL),
        _from_spec("person", "phone", H_PHONE),
        _from_spec("person", "languages", ("språk", "languages", "language")),
        _from_spec("person", "dispose_after", ("gallras", "gallra efter", "gallringsdatum",
                                               "dispose after")),
        _from_spec("person", "notes", H_NOTES),
    ),
)

MEMBERS = ImportKind(
    "members",
    "member_count",
    (
        _helper("organisation", QT_TRANSLATE_NOOP("ImportField", "Organisation"),
                "organisation", (*H_ORGANISATION, "lokalavdelning", "avdelning", "branch", "local branch"),
                target="organisation_id", required=True, town_field="town"),
        _helper("town", QT_TRANSLATE_NOOP("ImportField", "Town of the organisation"), "town",
                H_TOWN, country_field="town_country"),
        _helper("town_country", QT_TRANSLATE_NOOP("ImportField", "Country of the town"),
                "town_country", H_COUNTRY),
        _from_spec("member_count", "year", H_YEAR),
        _from_spec("member_count", "count", ("medlemsantal", "medlemmar", "antal medlemmar",
                                             "antal", "members", "member count",
                                             "number of members", "count")),
        _from_spec("member_count", "note", H_NOTES),
    ),
)

ACTIVITIES = ImportKind(
    "activities",
    "activity",
    (
        _from_spec("activity", "title", (*H_TITLE, "aktivitet", "utbyte", "namn", "activity", "name")),
        _from_spec("activity", "kind", H_KIND, required=False),
        _from_spec("activity", "area", ("område", "samarbetsområde", "area")),
        _from_spec("activity", "start_date", ("datum", "date", "first day", *H_START)),
        _from_spec("activity", "end_date", ("last day", "sista dag", *H_END)),
        _helper("towns", QT_TRANSLATE_NOOP("ImportField", "Towns"), "towns",
                ("orter", "vänorter", "ort", "vänort", "towns", "town", "twin towns"),
                target="town_ids", country_field="towns_country"),
        _helper("towns_country", QT_TRANSLATE_NOOP("ImportField", "Country of the towns"),
                "town_country", H_COUNTRY),
        _helper("organisations", QT_TRANSLATE_NOOP("ImportField", "Organisations"),
                "organisations", ("organisationer", "föreningar", "organisation", "förening",
                                  "organisations", "organizations", "organisation"),
                target="organisation_ids"),
        _from_spec("activity", "municipality_took_part", ("kommunen deltog", "kommunen med",
                                                          "kommunal medverkan",
                                                          "municipality took part")),
        _from_spec("activity", "description", ("beskrivning", "innehåll", "description")),
        _from_spec("activity", "funding", ("finansiering", "funding")),
        _from_spec("activity", "source_reference", ("källa", "källhänvisning", "source")),
    ),
)

TRIPS = ImportKind(
    "trips",
    "trip",
    (
        _from_spec("trip", "title", (*H_TITLE, "resa", "namn", "trip", "name")),
        _helper("towns", QT_TRANSLATE_NOOP("ImportField", "Destinations"), "towns",
                ("resmål", "destination", "destinationer", "orter", "ort", "vänort",
                 "destinations", "towns", "town"),
                target="town_ids", country_field="towns_country"),
        _helper("towns_country", QT_TRANSLATE_NOOP("ImportField", "Country of the destinations"),
                "town_country", H_COUNTRY),
        _from_spec("trip", "start_date", ("avresa", "avresedatum", "departure", "datum", "date", *H_START)),
        _from_spec("trip", "end_date", ("hemkomst", "återkomst", "hemresa", "return", *H_END)),
        _from_spec("trip", "status", H_STATUS, required=False),
        _from_spec("trip", "travellers", ("resenärer", "deltagare", "resande", "travellers",
                                          "travelers", "participants")),
        _helper("department", QT_TRANSLATE_NOOP("ImportField", "Department"), "organisation",
                ("förvaltning", "avdelning", "nämnd", "department"), target="department_id"),
        _from_spec("trip", "purpose", ("syfte", "purpose")),
        _from_spec("trip", "goals", ("mål", "goals", "aims")),
        _from_spec("trip", "results", ("resultat", "results", "outcome")),
        _from_spec("trip", "estimated_cost", ("beräknad kostnad", "budget", "kostnadsberäkning",
                                              "estimated cost")),
        _from_spec("trip", "actual_cost", ("kostnad", "verklig kostnad", "faktisk kostnad",
                                           "utfall", "actual cost", "cost")),
        _from_spec("trip", "currency", H_CURRENCY, required=False),
        _helper("approval_decision", QT_TRANSLATE_NOOP("ImportField", "Approval decision"),
                "decision", ("beslut om godkännande", "godkänd genom", "godkännandebeslut",
                             "approval decision", "approved by"),
                target="approval_decision_id"),
        _helper("report_back_decision", QT_TRANSLATE_NOOP("ImportField",
                                                          "Report-back decision"),
                "decision", ("beslut om återrapportering", "återrapporterad genom",
                             "återrapporteringsbeslut", "report-back decision"),
                target="report_back_decision_id"),
        _from_spec("trip", "funding", ("finansiering", "funding")),
        _from_spec("trip", "notes", H_NOTES),
    ),
)

DECISIONS = ImportKind(
    "decisions",
    "decision",
    (
        _from_spec("decision", "title", (*H_TITLE, "ärende", "beslut om")),
        _from_spec("decision", "body", ("organ", "instans", "beslutsorgan", "body",
                                        "decided by")),
        _from_spec("decision", "body_name", ("organets namn", "nämndens namn", "nämnd",
                                             "body name", "committee")),
        _from_spec("decision", "decided_on", ("datum", "beslutsdatum", "sammanträdesdatum",
                                              "date", "decided on", "decision date")),
        _from_spec("decision", "section", ("paragraf", "§", "par", "section", "minute")),
        _from_spec("decision", "registry_no", ("diarienummer", "dnr", "diarienr", "dnr.",
                                               "registry number", "registry no",
                                               "reference")),
        _from_spec("decision", "summary", ("sammanfattning", "summary")),
        _from_spec("decision", "outcome", ("beslut", "utfall", "beslutet", "outcome",
                                           "decision")),
        _from_spec("decision", "distribution", ("skickas till", "expedieras till", "sändlista",
                                                "expedieras", "distribution", "sent to")),
        _from_spec("decision", "is_proposal", ("förslag", "är ett förslag", "förslag till beslut",
                                               "proposal", "is proposal")),
    ),
)

GRANTS = ImportKind(
    "grants",
    "grant",
    (
        _helper("organisation", QT_TRANSLATE_NOOP("ImportField", "Recipient"), "organisation",
                ("mottagare", "bidragsmottagare", "recipient", *H_ORGANISATION),
                target="organisation_id", required=True, town_field="organisation_town"),
        _helper("organisation_town", QT_TRANSLATE_NOOP("ImportField", "Town of the recipient"),
                "town", (*H_TOWN, "mottagarens ort", "town of the recipient")),
        _helper("payer", QT_TRANSLATE_NOOP("ImportField", "Paid by"), "town",
                ("betalas av", "utbetalare", "betalare", "payer", "paid by"),
                target="payer_town_id", country_field="payer_country"),
        _helper("payer_country", QT_TRANSLATE_NOOP("ImportField", "Country of the payer"),
                "town_country", ("betalarens land", "payer country")),
        _from_spec("grant", "year", (*H_YEAR, "bidragsår")),
        _from_spec("grant", "amount", ("belopp", "bidrag", "summa", "bidragsbelopp", "amount",
                                       "grant", "sum")),
        _from_spec("grant", "currency", H_CURRENCY, required=False),
        _from_spec("grant", "conditions", ("villkor", "conditions")),
        _from_spec("grant", "report_due", ("redovisas senast", "redovisning senast",
                                           "rapport senast", "report due")),
        _from_spec("grant", "report_received", ("redovisning inkommen", "redovisad",
                                                "rapport inkommen", "report received")),
        _from_spec("grant", "notes", H_NOTES),
    ),
)

EXCHANGE_RATES = ImportKind(
    "exchange_rates",
    "exchange_rate",
    (
        _from_spec("exchange_rate", "currency", H_CURRENCY),
        _from_spec("exchange_rate", "year", H_YEAR),
        _from_spec("exchange_rate", "rate_to_sek", ("kurs", "växelkurs", "kurs mot sek",
                                                    "kronor", "rate", "exchange rate",
                                                    "rate to sek")),
    ),
)

# fmt: on

IMPORT_KINDS: dict[str, ImportKind] = {
    kind.name: kind
    for kind in (
        TOWNS,
        TWINNINGS,
        ORGANISATIONS,
        PEOPLE,
        MEMBERS,
        ACTIVITIES,
        TRIPS,
        DECISIONS,
        GRANTS,
        EXCHANGE_RATES,
        NETWORKS,
        NETWORK_MEMBERS,
        MEETINGS,
        AGREEMENTS,
        POLICIES,
    )
}


def import_kind(name: str) -> ImportKind:
    """The importable kind called ``name`` ("twinnings"); KeyError for any other name."""
    return IMPORT_KINDS[name]
