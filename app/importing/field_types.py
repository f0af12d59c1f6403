"""The parts every importable kind is declared with: import fields and the headings they share.

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

from app.i18n import translate
from app.services.fields import FieldSpec
from app.services.kinds import KindSpec, spec_for

# Value types beyond app.services.fields.FIELD_TYPES:
#   "town"           a town's name; ``country_field`` names the field with its country
#   "towns"          several town names in one cell (separated by ";" or new lines)
#   "organisation"   an organisation's name (must be in the register)
#   "organisations"  several organisation names
#   "network"        a network's (chain's) name (must be in the register)
#   "decision"       a decision's registry number and section ("KS 2014/201 § 118")
#   "town_country"   the country of the town named by another field
REFERENCE_TYPES = ("town", "towns", "organisation", "organisations", "network", "decision")
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


def from_spec(
    kind: str,
    name: str,
    headers: tuple[str, ...],
    *,
    import_name: str | None = None,
    required: bool | None = None,
) -> ImportField:
    """The import field that fills the record field ``name`` of ``kind``, checked as a form is."""
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


def import_only_field(
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
    """An import field a record does not have as such: a town, a network or a decision named."""
    return ImportField(
        name=name,
        label=label,
        type=type_,
        target=target,
        required=required,
        headers=headers,
        country_field=country_field,
        town_field=town_field,
        max_length=300 if type_ in ("town", "organisation", "network", "decision") else None,
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
# fmt: on
