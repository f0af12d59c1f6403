"""People of the register named on trips, agreements and network meetings.

Travellers, signatories and participants were free text; these tables let a
person record be named there too, so an extract or a disposal finds every
place a person appears. The free-text fields stay, for people not in the
register. Deleting a person who is named here is refused until the link is
removed (as for a town still named on a trip); disposal removes the links.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Table

from db.base import Base

trip_travellers = Table(
    "trip_travellers",
    Base.metadata,
    Column("trip_id", ForeignKey("trips.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), primary_key=True, index=True),
)

agreement_signatories = Table(
    "agreement_signatories",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), primary_key=True, index=True),
)

meeting_participants = Table(
    "meeting_participants",
    Base.metadata,
    Column("meeting_id", ForeignKey("network_meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), primary_key=True, index=True),
)

PERSON_LINK_TABLES = (trip_travellers, agreement_signatories, meeting_participants)
