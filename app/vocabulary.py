"""Display labels of the stored codes (db.vocabulary), in the user's language."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

LABELS: dict[str, str] = {
    # town kinds
    "municipality": QT_TRANSLATE_NOOP("Choice", "municipality"),
    "city": QT_TRANSLATE_NOOP("Choice", "city"),
    "region": QT_TRANSLATE_NOOP("Choice", "region"),
    "village": QT_TRANSLATE_NOOP("Choice", "village"),
    "community": QT_TRANSLATE_NOOP("Choice", "community"),
    # twinning kinds
    "twin_town": QT_TRANSLATE_NOOP("Choice", "twin town"),
    "partner_town": QT_TRANSLATE_NOOP("Choice", "partner town"),
    "friendship_town": QT_TRANSLATE_NOOP("Choice", "friendship town"),
    "municipal_partnership": QT_TRANSLATE_NOOP("Choice", "municipal partnership"),
    # statuses
    "planned": QT_TRANSLATE_NOOP("Choice", "planned"),
    "active": QT_TRANSLATE_NOOP("Choice", "active"),
    "sporadic": QT_TRANSLATE_NOOP("Choice", "sporadic"),
    "dormant": QT_TRANSLATE_NOOP("Choice", "dormant"),
    "new": QT_TRANSLATE_NOOP("Choice", "new"),
    "ended": QT_TRANSLATE_NOOP("Choice", "ended"),
    "draft": QT_TRANSLATE_NOOP("Choice", "draft"),
    "expired": QT_TRANSLATE_NOOP("Choice", "expired"),
    "final": QT_TRANSLATE_NOOP("Choice", "final"),
    "awaiting_approval": QT_TRANSLATE_NOOP("Choice", "awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("Choice", "approved"),
    "done": QT_TRANSLATE_NOOP("Choice", "done"),
    "reported": QT_TRANSLATE_NOOP("Choice", "reported"),
    "cancelled": QT_TRANSLATE_NOOP("Choice", "cancelled"),
    # meetings
    "meeting": QT_TRANSLATE_NOOP("Choice", "meeting"),
    "seminar": QT_TRANSLATE_NOOP("Choice", "seminar"),
    # organisations
    "association": QT_TRANSLATE_NOOP("Choice", "association"),
    "local_branch": QT_TRANSLATE_NOOP("Choice", "local branch"),
    "school": QT_TRANSLATE_NOOP("Choice", "school"),
    "club": QT_TRANSLATE_NOOP("Choice", "club"),
    "company": QT_TRANSLATE_NOOP("Choice", "company"),
    "committee": QT_TRANSLATE_NOOP("Choice", "committee"),
    "department": QT_TRANSLATE_NOOP("Choice", "department"),
    "municipal_company": QT_TRANSLATE_NOOP("Choice", "municipal company"),
    "other": QT_TRANSLATE_NOOP("Choice", "other"),
    # agreements
    "twinning_agreement": QT_TRANSLATE_NOOP("Choice", "twinning agreement"),
    "cooperation_agreement": QT_TRANSLATE_NOOP("Choice", "cooperation agreement"),
    "understanding": QT_TRANSLATE_NOOP("Choice", "memorandum of understanding"),
    "letter_of_intent": QT_TRANSLATE_NOOP("Choice", "letter of intent"),
    # bodies
    "council": QT_TRANSLATE_NOOP("Choice", "municipal council"),
    "executive_board": QT_TRANSLATE_NOOP("Choice", "municipal executive board"),
    "working_committee": QT_TRANSLATE_NOOP("Choice", "executive board's working committee"),
    "council_presidium": QT_TRANSLATE_NOOP("Choice", "council presidium"),
    # activities
    "official_meeting": QT_TRANSLATE_NOOP("Choice", "official meeting"),
    "school_exchange": QT_TRANSLATE_NOOP("Choice", "school exchange"),
    "culture": QT_TRANSLATE_NOOP("Choice", "culture"),
    "sports": QT_TRANSLATE_NOOP("Choice", "sports"),
    "business": QT_TRANSLATE_NOOP("Choice", "business"),
    "project": QT_TRANSLATE_NOOP("Choice", "project"),
    # policy documents
    "policy": QT_TRANSLATE_NOOP("Choice", "policy"),
    "strategy": QT_TRANSLATE_NOOP("Choice", "strategy"),
    "guidelines": QT_TRANSLATE_NOOP("Choice", "guidelines"),
    "rules": QT_TRANSLATE_NOOP("Choice", "rules"),
    # recommendations
    "keep": QT_TRANSLATE_NOOP("Choice", "keep"),
    "develop": QT_TRANSLATE_NOOP("Choice", "develop"),
    "end": QT_TRANSLATE_NOOP("Choice", "end"),
    "continue": QT_TRANSLATE_NOOP("Choice", "continue"),
    # collaboration areas
    "youth_sports": QT_TRANSLATE_NOOP("Choice", "youth sports"),
    "music": QT_TRANSLATE_NOOP("Choice", "music"),
    "art": QT_TRANSLATE_NOOP("Choice", "art"),
    "photo": QT_TRANSLATE_NOOP("Choice", "photo"),
    "youth": QT_TRANSLATE_NOOP("Choice", "youth"),
    "democracy": QT_TRANSLATE_NOOP("Choice", "democracy"),
    "environment": QT_TRANSLATE_NOOP("Choice", "environment"),
    "urban_planning": QT_TRANSLATE_NOOP("Choice", "urban planning"),
    "municipal_technology": QT_TRANSLATE_NOOP("Choice", "municipal technology"),
    "social_care": QT_TRANSLATE_NOOP("Choice", "social care"),
    "tourism": QT_TRANSLATE_NOOP("Choice", "tourism"),
    # what a reference fact is about
    "survey_respondents": QT_TRANSLATE_NOOP("Choice", "municipalities answering a survey"),
    "municipalities_with_nordic_twins": QT_TRANSLATE_NOOP(
        "Choice", "municipalities with Nordic twin towns"
    ),
    "nordic_twin_towns": QT_TRANSLATE_NOOP("Choice", "Nordic twin towns in all"),
    "nordic_twin_towns_decrease": QT_TRANSLATE_NOOP("Choice", "decrease since the previous survey"),
    "share_active": QT_TRANSLATE_NOOP("Choice", "share of active twinnings"),
    "share_dormant": QT_TRANSLATE_NOOP("Choice", "share of dormant twinnings"),
    "share_sporadic": QT_TRANSLATE_NOOP("Choice", "share of sporadic twinnings"),
    "european_twinnings": QT_TRANSLATE_NOOP("Choice", "twinnings in Europe"),
    "eu_programme": QT_TRANSLATE_NOOP("Choice", "EU programme funding twinning"),
}


def label(code: str | None) -> str:
    """The display label of a stored code; the code itself if it has none."""
    if code is None:
        return ""
    english = LABELS.get(code)
    return translate("Choice", english) if english else code
