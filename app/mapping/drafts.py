"""Drafts: a new mapping's content from the register, and the placeholders for what she writes.

The program drafts what the register knows (the scope, the period, the history
as prose for her to edit; the other sections are drafted when the report is
built); what only the coordinator can say stays empty in the content and
prints as a clearly marked placeholder ("[Skriv här: ...]") in a draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.mapping.content import Commission, History, MappingContent, Outlook, Scope
from app.mapping.data import MappingData
from app.mapping.gather import history_lines
from app.mapping.prose_history import history_paragraphs
from app.mapping.scope import (
    default_period,
    default_scope,
    network_choices,
    twinning_choices,
)
from app.mapping.story_facts import home_name, register_history
from db.session import Database

DEFAULT_TITLE = QT_TRANSLATE_NOOP("Mapping", "Mapping of the twinnings")
"""The report's title until she gives another (Swedish: "Kartläggning av vänortsförbindelser")."""

# What each placeholder asks for; the keys are the content fields they stand in for.
PLACEHOLDERS: dict[str, str] = {
    "commission": QT_TRANSLATE_NOOP(
        "Mapping",
        "[Write here: who commissioned the mapping, for what occasion and with what purpose.]",
    ),
    "commissioned_by": QT_TRANSLATE_NOOP("Mapping", "[Write here: who commissioned it.]"),
    "occasion": QT_TRANSLATE_NOOP("Mapping", "[Write here: the occasion.]"),
    "purpose": QT_TRANSLATE_NOOP("Mapping", "[Write here: the purpose of the mapping.]"),
    # Short: the registry number is printed in every page's header too.
    "registry_no": QT_TRANSLATE_NOOP("Mapping", "[registry number]"),
    "author": QT_TRANSLATE_NOOP("Mapping", "[author]"),
    "signature": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: the author's name and title for the signature.]"
    ),
    "method": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: how the mapping was done: archives searched, people asked.]"
    ),
    "sources_consulted": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: the sources consulted besides the register.]"
    ),
    "left_out": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: what is left out of the mapping, and why.]"
    ),
    "history": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: the history of the twinnings, from their first contacts.]"
    ),
    "outlook": QT_TRANSLATE_NOOP(
        "Mapping",
        "[Write here: the outlook: how other municipalities, the national association and the "
        "EU see twinning today, with facts, figures and their sources.]",
    ),
    "analysis": QT_TRANSLATE_NOOP(
        "Mapping",
        "[Write here: the analysis and conclusions: what the status of each twinning means for "
        "the municipality.]",
    ),
    "recommendations": QT_TRANSLATE_NOOP(
        "Mapping", "[Write here: the recommendations, each with a heading and its reasons.]"
    ),
    "own_section": QT_TRANSLATE_NOOP("Mapping", "[Write here: the text of this section.]"),
    "own_heading": QT_TRANSLATE_NOOP("Mapping", "[Heading]"),
}


def placeholder(key: str) -> str:
    """The marked placeholder for the field ``key``, in the current language."""
    return translate("Mapping", PLACEHOLDERS[key])


def default_title() -> str:
    """ "Mapping of the twinnings" in the current language."""
    return translate("Mapping", DEFAULT_TITLE)


def new_content(db: Database, *, today: date | None = None) -> MappingContent:
    """A new mapping's content: everything the register can draft, her parts left empty."""
    today = today or date.today()
    twinnings, networks = default_scope(db, today)
    first, last = default_period(db, twinnings, networks, today)
    content = MappingContent(
        commission=Commission(title=default_title(), report_date=today),
        scope=Scope(
            twinning_ids=tuple(twinnings),
            network_ids=tuple(networks),
            period_from=first,
            period_to=last,
        ),
        outlook=_drafted_outlook(db),
    )
    # The history is drafted as prose for her to edit, as the survey tells it.
    events = register_history(db, content, today)
    home = home_name(db)
    return replace(content, history=History("\n\n".join(history_paragraphs(events, home))))


def _drafted_outlook(db: Database) -> Outlook:
    """Omvärldsperspektiv from the register's reference facts, their sources listed."""
    from app.mapping.outlook import draft_outlook_from_register

    draft = draft_outlook_from_register(db)
    return Outlook(text=draft.text, sources="\n".join(draft.source_lines))


def follow_up_content(
    db: Database,
    previous: MappingContent,
    previous_data: MappingData,
    *,
    today: date | None = None,
) -> MappingContent:
    """A new mapping that starts from ``previous``: her texts kept, the register's parts renewed.

    Twinnings and networks that did not exist when the previous report was made
    are included; those she left out then stay out. The period runs on to the
    register's latest year; the history gets the dated lines added since.
    """
    today = today or date.today()
    twinning_ids = list(previous.scope.twinning_ids)
    network_ids = list(previous.scope.network_ids)
    known_t = set(previous_data.known_twinning_ids)
    known_n = set(previous_data.known_network_ids)
    twinning_ids += [c.id for c in twinning_choices(db) if c.id not in known_t | set(twinning_ids)]
    network_ids += [c.id for c in network_choices(db) if c.id not in known_n | set(network_ids)]
    first, last = default_period(db, twinning_ids, network_ids, today)
    period_from = previous.scope.period_from or first
    period_to = max(last, previous.scope.period_to or last)
    history = previous.history.text.rstrip()
    if previous_data.events:
        # What happened since is drafted as prose and added to her history.
        scoped = replace(
            previous,
            scope=replace(
                previous.scope, twinning_ids=tuple(twinning_ids), network_ids=tuple(network_ids)
            ),
        )
        known = set(previous_data.events)
        fresh = [e for e in register_history(db, scoped, today) if e not in known]
        added = "\n\n".join(history_paragraphs(fresh, home_name(db)))
    else:
        # A report made before the history was drafted as prose: add the dated lines.
        old_lines = set(previous_data.history_lines)
        added = "\n".join(
            line for line in history_lines(db, twinning_ids, network_ids) if line not in old_lines
        )
    if added:
        history = (history + "\n\n" if history else "") + added
    return replace(
        previous,
        commission=replace(previous.commission, report_date=today, registry_no=""),
        scope=replace(
            previous.scope,
            twinning_ids=tuple(twinning_ids),
            network_ids=tuple(network_ids),
            period_from=period_from,
            period_to=period_to,
        ),
        history=History(history),
        towns=replace(previous.towns, member_year=None),
    )
