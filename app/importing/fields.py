"""What each importable record kind takes from a spreadsheet: its import fields.

Most import fields fill one field of the record (a :class:`FieldSpec` of
``app.services.kinds``) and are checked with the same rules as a form. A few
exist only for importing: a twinning is given as a pair of town names with
their countries, and other records name their town or organisation instead of
giving its id. ``headers`` are the column headings (Swedish and English) that
suggest the field; they are compared folded (case, accents and punctuation
ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.fields import FieldSpec
from app.services.kinds import KindSpec, spec_for

# Value types beyond app.services.fields.FIELD_TYPES:
#   "town"           a town's name; ``country_field`` names the field with its country
#   "towns"          several town names in one cell (separated by ";" or new lines)
#   "organisation"   an organisation's name (must be in the register)
#   "organisations"  several organisation names
#   "town_country"   the country of the town named by another field
REFERENCE_TYPES = ("town", "towns", "organisation", "organisations")
# Field types whose cells name a country.
COUNTRY_TYPES = frozenset({"country", "town_country"})


@dataclass(frozen=True)
class ImportField:
    """One thing a column can be mapped to."""

    name: str  # as written in --columns ("partner_country=Land")
    label: str  # English; shown through display_label()
    type: str
    target: str | None = None  # the record field it fills (None: used to find another)
    required: bool = False
    spec: FieldSpec | None = None  # the record field's description, for its checks
    headers: tuple[str, ...] = ()
    country_field: str | None = None  # for "town"/"towns": the field giving the country
    town_field: str | None = None  # for "organisation": the field naming its town
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    # Where the label comes from: record fields use the "Field" context of the forms.
    context: str = "Field"

    def display_label(self) -> str:
        """The label in the user's language."""
        return translate(self.context, self.label)


@dataclass(frozen=True)
class ImportKind:
    """A kind of record that can be imported, as the command line names it."""

    name: str  # "twinnings"
    record_kind: str  # "twinning"
    fields: tuple[ImportField, ...]

    @property
    def spec(self) -> KindSpec:
        """The field list of the register kind this import writes."""
        return spec_for(self.record_kind)

    def field(self, name: str) -> ImportField:
        """The import field ``name``; KeyError if the kind has none of that name."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def display_name(self) -> str:
        """The kind's plural name in the user's language ("Twinnings")."""
        return self.spec.display_plural()


def _from_spec(
    kind: str,
    name: str,
    headers: tuple[str, ...],
    *,
    import_name: str | None = None,
    required: bool | None = None,
) -> ImportField:
    spec = spec_for(kind).field(name)
    return ImportField(
        name=import_name or name,
        label=spec.label,
        type=spec.type,
        target=name,
        required=spec.required if required is None else required,
        spec=spec,
        headers=headers,
        choices=spec.choices,
        max_length=spec.max_length,
    )


def _helper(
    name: str,
    label: str,
    type_: str,
    headers: tuple[str, ...],
    *,
    target: str | None = None,
    required: bool = False,
    country_field: str | None = None,
    town_field: str | None = None,
) -> ImportField:
    return ImportField(
        name=name,
        label=label,
        type=type_,
        target=target,
        required=required,
        headers=headers,
        country_field=country_field,
        town_field=town_field,
        max_length=300 if type_ in ("town", "organisation") else None,
        context="ImportField",
    )


# The lists of headings read better as written than one per line.
# fmt: off
# Headings shared by several kinds.
H_NOTES = ("anteckningar", "anteckning", "kommentar", "kommentarer", "övrigt", "anmärkning",
           "anmärkningar", "notes", "note", "comment", "comments", "remarks")
H_COUNTRY = ("land", "country", "country or area", "land eller område", "nation", "stat")
H_KIND = ("typ", "sort", "slag", "kind", "type")
H_STATUS = ("status", "läge", "state")
H_EMAIL = ("e-post", "epost", "e-postadress", "mejl", "mail", "email", "e-mail", "email address")
H_PHONE = ("telefon", "tel", "telefonnummer", "mobil", "mobilnummer", "phone", "telephone",
           "mobile")
H_WEBSITE = ("webbplats", "hemsida", "webbsida", "webb", "website", "web", "url", "homepage",
             "web site")
H_TOWN = ("ort", "kommun", "stad", "town", "city", "municipality", "place")
H_ORGANISATION = ("organisation", "förening", "organization", "association", "organisationens namn",
                  "organisation name", "organization name")
H_YEAR = ("år", "year", "årtal")
H_CURRENCY = ("valuta", "currency")
H_TITLE = ("titel", "rubrik", "benämning", "title", "subject")
H_START = ("startdatum", "från", "start", "start date", "från och med", "from")
H_END = ("slutdatum", "till", "till och med", "end", "end date", "to")

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
                "town", H_TOWN),
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
                "town", H_TOWN),
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
    )
}


def import_kind(name: str) -> ImportKind:
    """The importable kind called ``name`` ("twinnings"); KeyError for any other name."""
    return IMPORT_KINDS[name]
