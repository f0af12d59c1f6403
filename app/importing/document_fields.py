"""The import fields of agreements and governing documents (styrdokument).

An agreement's parties are named as the list writes them: its towns (for a
twinning agreement, the two towns of the twinning) and its organisations,
several in a cell separated by ";".
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.field_types import (
    H_COUNTRY,
    H_KIND,
    H_NOTES,
    H_STATUS,
    H_TITLE,
    ImportKind,
    from_spec,
    import_only_field,
)

# fmt: off
AGREEMENTS = ImportKind(
    "agreements",
    "agreement",
    (
        from_spec("agreement", "title", (*H_TITLE, "avtal", "namn", "agreement", "name")),
        from_spec("agreement", "kind", (*H_KIND, "avtalstyp"), required=False),
        from_spec("agreement", "status", H_STATUS, required=False),
        import_only_field("towns", QT_TRANSLATE_NOOP("ImportField", "Towns that are parties"),
                          "towns", ("parter", "orter", "kommuner", "vänorter", "parties", "towns",
                                    "municipalities"),
                          target="town_ids", country_field="towns_country"),
        import_only_field("towns_country", QT_TRANSLATE_NOOP("ImportField",
                                                             "Country of the towns"),
                          "town_country", H_COUNTRY),
        import_only_field("organisations", QT_TRANSLATE_NOOP("ImportField",
                                                             "Organisations that are parties"),
                          "organisations", ("organisationer", "föreningar", "organisation",
                                            "förening", "organisations", "organizations"),
                          target="organisation_ids"),
        from_spec("agreement", "signed_date", ("undertecknat", "undertecknad", "datum",
                                               "signed", "date signed")),
        from_spec("agreement", "signatories", ("undertecknare", "undertecknat av",
                                               "signatories", "signed by")),
        from_spec("agreement", "valid_from", ("gäller från", "giltigt från", "valid from")),
        from_spec("agreement", "valid_to", ("gäller till", "giltigt till", "valid to",
                                            "valid until")),
        from_spec("agreement", "review_date", ("ses över senast", "omprövas", "översyn",
                                               "review by", "review date")),
        from_spec("agreement", "lead_days", ("dagars varsel", "påminnelse dagar innan",
                                             "days of warning")),
        from_spec("agreement", "priority_areas", ("prioriterade områden", "områden",
                                                  "samarbetsområden", "priority areas")),
        from_spec("agreement", "notes", H_NOTES),
    ),
)

POLICIES = ImportKind(
    "policies",
    "policy",
    (
        from_spec("policy", "title", (*H_TITLE, "styrdokument", "dokument", "namn", "document",
                                      "name")),
        from_spec("policy", "doc_type", (*H_KIND, "dokumenttyp", "document type"),
                  required=False),
        from_spec("policy", "owner", ("ägare", "dokumentägare", "owner")),
        from_spec("policy", "responsible_officer", ("ansvarig tjänsteperson", "ansvarig",
                                                    "handläggare", "responsible officer")),
        from_spec("policy", "scope", ("omfattning", "gäller för", "scope")),
        from_spec("policy", "decided_by", ("beslutad av", "beslutsorgan", "antagen av",
                                           "decided by")),
        from_spec("policy", "decided_on", ("beslutsdatum", "antagen", "beslutad", "datum",
                                           "decided on", "adopted")),
        from_spec("policy", "section", ("paragraf", "§", "section")),
        from_spec("policy", "registry_no", ("diarienummer", "dnr", "registry number")),
        from_spec("policy", "revise_by", ("revideras senast", "revidering senast",
                                          "giltig till", "revise by")),
        from_spec("policy", "notes", H_NOTES),
    ),
)
# fmt: on
