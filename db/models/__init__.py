"""Every table of the register. Import from here: ``from db.models import Town``."""

from db.base import Base, Editable
from db.models.agreements import Agreement, AgreementAction, AgreementParty
from db.models.decisions import Decision, DecisionLink
from db.models.grants import ExchangeRate, Grant
from db.models.housekeeping import Attachment, ChangeLogEntry, MunicipalitySettings, Reminder
from db.models.mapping import (
    MappingReport,
    MappingTextBlock,
    SavedColumnChoice,
    SavedCountrySpelling,
)
from db.models.networks import Network, NetworkMeeting, NetworkMember
from db.models.organisations import MemberCount, Organisation, Person
from db.models.person_links import (
    PERSON_LINK_TABLES,
    agreement_signatories,
    meeting_participants,
    trip_travellers,
)
from db.models.policy import PolicyDocument, PolicyRevision
from db.models.reference import ReferenceFact
from db.models.terms import Evaluation, TermOfOffice
from db.models.towns import Town, TownName, Twinning
from db.models.work import Activity, Trip, activity_organisations, activity_towns, trip_towns

__all__ = [
    "PERSON_LINK_TABLES",
    "Activity",
    "Agreement",
    "AgreementAction",
    "AgreementParty",
    "Attachment",
    "Base",
    "ChangeLogEntry",
    "Decision",
    "DecisionLink",
    "Editable",
    "Evaluation",
    "ExchangeRate",
    "Grant",
    "MappingReport",
    "MappingTextBlock",
    "MemberCount",
    "MunicipalitySettings",
    "Network",
    "NetworkMeeting",
    "NetworkMember",
    "Organisation",
    "Person",
    "PolicyDocument",
    "PolicyRevision",
    "ReferenceFact",
    "Reminder",
    "SavedColumnChoice",
    "SavedCountrySpelling",
    "TermOfOffice",
    "Town",
    "TownName",
    "Trip",
    "Twinning",
    "activity_organisations",
    "activity_towns",
    "agreement_signatories",
    "meeting_participants",
    "trip_towns",
    "trip_travellers",
]
