"""Display labels of the stored codes (db.vocabulary), in the user's language."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP as N
from app.i18n import translate

LABELS: dict[str, str] = {
    # town kinds
    "municipality": N("Choice", "municipality"),
    "city": N("Choice", "city"),
    "region": N("Choice", "region"),
    "village": N("Choice", "village"),
    "community": N("Choice", "community"),
    # twinning kinds
    "twin_town": N("Choice", "twin town"),
    "partner_town": N("Choice", "partner town"),
    "friendship_town": N("Choice", "friendship town"),
    "municipal_partnership": N("Choice", "municipal partnership"),
    # statuses
    "planned": N("Choice", "planned"),
    "active": N("Choice", "active"),
    "sporadic": N("Choice", "sporadic"),
    "dormant": N("Choice", "dormant"),
    "ended": N("Choice", "ended"),
    "draft": N("Choice", "draft"),
    "expired": N("Choice", "expired"),
    "final": N("Choice", "final"),
    "awaiting_approval": N("Choice", "awaiting approval"),
    "approved": N("Choice", "approved"),
    "done": N("Choice", "done"),
    "reported": N("Choice", "reported"),
    "cancelled": N("Choice", "cancelled"),
    # meetings
    "meeting": N("Choice", "meeting"),
    "seminar": N("Choice", "seminar"),
    # organisations
    "association": N("Choice", "association"),
    "local_branch": N("Choice", "local branch"),
    "school": N("Choice", "school"),
    "club": N("Choice", "club"),
    "company": N("Choice", "company"),
    "committee": N("Choice", "committee"),
    "department": N("Choice", "department"),
    "municipal_company": N("Choice", "municipal company"),
    "other": N("Choice", "other"),
    # agreements
    "twinning_agreement": N("Choice", "twinning agreement"),
    "cooperation_agreement": N("Choice", "cooperation agreement"),
    "understanding": N("Choice", "memorandum of understanding"),
    "letter_of_intent": N("Choice", "letter of intent"),
    # bodies
    "council": N("Choice", "municipal council"),
    "executive_board": N("Choice", "municipal executive board"),
    "working_committee": N("Choice", "executive board's working committee"),
    "council_presidium": N("Choice", "council presidium"),
    # activities
    "official_meeting": N("Choice", "official meeting"),
    "school_exchange": N("Choice", "school exchange"),
    "culture": N("Choice", "culture"),
    "sports": N("Choice", "sports"),
    "business": N("Choice", "business"),
    "project": N("Choice", "project"),
    # policy documents
    "policy": N("Choice", "policy"),
    "strategy": N("Choice", "strategy"),
    "guidelines": N("Choice", "guidelines"),
    "rules": N("Choice", "rules"),
    # recommendations
    "keep": N("Choice", "keep"),
    "develop": N("Choice", "develop"),
    "end": N("Choice", "end"),
    # collaboration areas
    "youth_sports": N("Choice", "youth sports"),
    "music": N("Choice", "music"),
    "art": N("Choice", "art"),
    "photo": N("Choice", "photo"),
    "youth": N("Choice", "youth"),
    "democracy": N("Choice", "democracy"),
    "environment": N("Choice", "environment"),
    "urban_planning": N("Choice", "urban planning"),
    "municipal_technology": N("Choice", "municipal technology"),
    "social_care": N("Choice", "social care"),
    "tourism": N("Choice", "tourism"),
}


def label(code: str | None) -> str:
    """The display label of a stored code; the code itself if it has none."""
    if code is None:
        return ""
    english = LABELS.get(code)
    return translate("Choice", english) if english else code
