"""People of the register named on trips, agreements and network meetings.

Travellers, signatories and participants were free text; these tables let a
person record be named there too, so an extract or a disposal finds every
place a person appears. The free-text fields stay, for people not in the
register. Deleting a person who is named here is refused until the link is
removed (as for a town still named on a trip); disposal removes the links.
"""

from __future__ import annotations

from db.base import link_table

trip_travellers = link_table("trip_travellers", "trip_id", "trips", "person_id", "persons")

agreement_signatories = link_table(
    "agreement_signatories", "agreement_id", "agreements", "person_id", "persons"
)

meeting_participants = link_table(
    "meeting_participants", "meeting_id", "network_meetings", "person_id", "persons"
)

PERSON_LINK_TABLES = (trip_travellers, agreement_signatories, meeting_participants)
