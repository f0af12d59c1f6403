"""The import fields of a network (vänortskedja), its member towns and its meetings.

A member or a meeting names its network as the list writes it, so the networks
are imported first; a meeting's host and a member are towns, found (or added)
as any other import's towns are.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.importing.field_types import (
    H_COUNTRY,
    H_KIND,
    H_NOTES,
    H_TOWN,
    H_YEAR,
    ImportField,
    ImportKind,
    from_spec,
    import_only_field,
)

# fmt: off
H_NETWORK = ("vänortskedja", "kedja", "nätverk", "vänortsnätverk", "network", "chain",
             "twin town chain")


def _network(required: bool) -> ImportField:
    """The column naming the network a member or a meeting belongs to."""
    return import_only_field("network", QT_TRANSLATE_NOOP("ImportField", "Network"), "network",
                             H_NETWORK, target="network_id", required=required)


NETWORKS = ImportKind(
    "networks",
    "network",
    (
        from_spec("network", "name", ("namn", "name", *H_NETWORK)),
        from_spec("network", "cadence_years", ("möts vart n:e år", "vart n:e år", "intervall",
                                               "mötesintervall", "år mellan mötena",
                                               "every n years", "cadence")),
        from_spec("network", "founded_year", ("grundad", "bildad", "startår", "sedan",
                                              "founded", "since")),
        from_spec("network", "notes", H_NOTES),
    ),
)

NETWORK_MEMBERS = ImportKind(
    "network_members",
    "network_member",
    (
        _network(True),
        import_only_field("town", QT_TRANSLATE_NOOP("ImportField", "Town"), "town",
                          (*H_TOWN, "medlem", "medlemsort", "member", "member town"),
                          target="town_id", required=True, country_field="town_country"),
        import_only_field("town_country", QT_TRANSLATE_NOOP("ImportField", "Country of the town"),
                          "town_country", H_COUNTRY),
        from_spec("network_member", "joined_year", ("gick med", "med sedan", "inträde",
                                                    "inträdesår", "joined")),
        from_spec("network_member", "left_year", ("lämnade", "utträde", "utträdesår", "left")),
        from_spec("network_member", "rotation_position", ("plats i värdordningen",
                                                          "värdordning", "turordning",
                                                          "hosting order", "rotation")),
        from_spec("network_member", "notes", H_NOTES),
    ),
)

MEETINGS = ImportKind(
    "meetings",
    "meeting",
    (
        _network(True),
        from_spec("meeting", "year", H_YEAR),
        from_spec("meeting", "kind", (*H_KIND, "mötestyp", "meeting kind"), required=False),
        import_only_field("host", QT_TRANSLATE_NOOP("ImportField", "Host"), "town",
                          ("värd", "värdort", "värdkommun", "värdstad", "host", "host town"),
                          target="host_town_id", country_field="host_country"),
        import_only_field("host_country", QT_TRANSLATE_NOOP("ImportField", "Country of the host"),
                          "town_country", ("värdortens land", "värdland", "host country")),
        from_spec("meeting", "place", ("plats", "mötesplats", "ort för mötet", "place", "venue")),
        from_spec("meeting", "start_date", ("första dag", "första dagen", "startdatum", "från",
                                            "first day", "start date")),
        from_spec("meeting", "end_date", ("sista dag", "sista dagen", "slutdatum", "till",
                                          "last day", "end date")),
        from_spec("meeting", "participants", ("deltagare", "övriga deltagare", "participants")),
        from_spec("meeting", "follow_up_report", ("uppföljning", "återrapport",
                                                  "follow-up report")),
        from_spec("meeting", "follow_up_date", ("återrapporterad", "uppföljning rapporterad",
                                                "follow-up date")),
        from_spec("meeting", "notes", H_NOTES),
    ),
)
# fmt: on
