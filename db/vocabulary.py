"""The coordinator's fixed vocabularies, stored as short English codes.

The codes are what the database holds; labels in Swedish and English belong to
``app`` (``app.vocabulary``), so a translation never changes stored data.
"""

from __future__ import annotations

TOWN_KINDS = ("municipality", "city", "region", "village", "community")
TWINNING_KINDS = ("twin_town", "partner_town", "friendship_town", "municipal_partnership")
TWINNING_STATUSES = ("planned", "active", "dormant", "ended")
DERIVED_STATUSES = ("active", "new", "sporadic", "dormant", "ended")
# The council's verdict on a twinning after a term's evaluation.
VERDICTS = ("continue", "end")
MEETING_KINDS = ("meeting", "seminar")
ORGANISATION_KINDS = (
    "association",
    "local_branch",
    "school",
    "club",
    "company",
    "committee",
    "department",
    "municipal_company",
    "other",
)
AGREEMENT_KINDS = (
    "twinning_agreement",
    "cooperation_agreement",
    "understanding",
    "letter_of_intent",
    "other",
)
AGREEMENT_STATUSES = ("draft", "active", "dormant", "ended", "expired")
BODIES = (
    "council",
    "executive_board",
    "working_committee",
    "council_presidium",
    "committee",
    "other",
)
TRIP_STATUSES = ("planned", "awaiting_approval", "approved", "done", "reported", "cancelled")
ACTIVITY_KINDS = (
    "official_meeting",
    "school_exchange",
    "culture",
    "sports",
    "business",
    "project",
    "other",
)
POLICY_TYPES = ("policy", "strategy", "guidelines", "rules")
RECOMMENDATIONS = ("keep", "develop", "end")
MAPPING_STATUSES = ("draft", "final")
CHANGE_ACTIONS = ("create", "update", "delete", "restore", "import", "merge")
COLLABORATION_AREAS = (
    "youth_sports",
    "sports",
    "music",
    "art",
    "photo",
    "culture",
    "school",
    "youth",
    "business",
    "democracy",
    "environment",
    "urban_planning",
    "municipal_technology",
    "social_care",
    "tourism",
    "other",
)

# What a reference fact (omvärldsfakta) is about; the mapping report words each
# known topic in a sentence of its own and quotes any other fact as written.
REFERENCE_TOPICS = (
    "survey_respondents",
    "municipalities_with_nordic_twins",
    "nordic_twin_towns",
    "nordic_twin_towns_decrease",
    "share_active",
    "share_dormant",
    "share_sporadic",
    "european_twinnings",
    "eu_programme",
    "other",
)
