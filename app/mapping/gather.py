"""Reading a mapping's figures from the register: towns, counts, agreements, activities, sources.

:func:`gather` takes the coordinator's choices (the scope and the member year
of a :class:`~app.mapping.content.MappingContent`) and returns a
:class:`~app.mapping.data.MappingData`. The status of each twinning, its
history and the network member totals come from :mod:`app.derived`, so the
report says what the rest of the program says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from app.derived.status import recent_period, statuses
from app.derived.status_wording import period_words, rule_sentence
from app.derived.timeline import TimelineEntry, network_timeline, twinning_timelines
from app.derived.totals import network_member_total
from app.i18n import current_language
from app.mapping.content import MappingContent
from app.mapping.data import (
    AttachmentFacts,
    MappingData,
)
from app.mapping.fact_sheets import mapping_fact_sheets, mapping_facts, mapping_order
from app.mapping.reader import RegisterReader
from app.mapping.sources import register_sources
from app.mapping.story_facts import (
    associations,
    author_role,
    evaluations,
    history_events,
    level_statuses,
)
from app.mapping.timeline_facts import bars, timeline_statuses, twinning_timeline_rows
from app.mapping.town_tables import status_facts, town_groups
from app.mapping.wording import when_text
from app.services.attachments import AttachmentError, attachment_path, get_attachment
from app.services.record_labels import labels_in
from app.services.settings import load_settings
from db.session import Database

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAX_PICTURE_BYTES = 8_000_000


def gather(db: Database, content: MappingContent, *, today: date | None = None) -> MappingData:
    """The figures of the register for ``content``'s scope, period and member year."""
    settings = load_settings(db)
    # A report dated in the past (the demo's of 2014-08-29) speaks from its own
    # day: the register is read as it stood then, and what it dates later is
    # either left out or told as coming (see the reader and the prose).
    today = today or date.today()
    as_of = report_day(content, today)
    # The engine may hand every session the same connection, so the derived
    # functions (which open their own sessions) run between ours, not inside.
    with db.reading() as session:
        reader = RegisterReader(session, content, as_of)
        reader.read()
        timeline_bars = bars(reader)
    years = settings.rules.status_period_years
    status_period = _status_period(reader.period, years, as_of)
    found = statuses(db, status_period, reader.twinning_ids, rules=settings.rules)
    network_rows = {
        nid: network_member_total(db, nid, reader.table_year)[0] for nid in reader.network_ids
    }
    per_period = timeline_statuses(db, as_of, timeline_bars, settings.rules)
    # The last years up to the report's day read as such ("de senaste fyra åren"); whole
    # calendar years of an earlier period as years.
    status_words = period_words(
        status_period, years if status_period[1] == as_of and years >= 1 else None
    )
    with db.reading() as session:
        reader.session = session
        timeline = twinning_timeline_rows(reader, timeline_bars, per_period)
        twinning_statuses = status_facts(reader, found, status_words)
        groups, towns = town_groups(reader, network_rows)
        sources, source_counts = register_sources(reader)
        levels = level_statuses(reader, found, settings.rules)
        sheet_facts = mapping_facts(reader, towns, groups, {lv.twinning_id: lv for lv in levels})
        sheet_order = mapping_order(reader, groups)
        events = history_events(reader)
        carriers = associations(reader)
        evaluated = evaluations(reader)
        role = author_role(reader, content.commission.author)
        home_name = ", ".join(sorted(reader.name_of(h) for h in reader.homes))
    sheets = mapping_fact_sheets(db, sheet_order, sheet_facts)
    history = history_lines(db, reader.twinning_ids, reader.network_ids, as_of=as_of)
    attachments = _appendix_attachments(db, content.appendix.attachment_ids)
    letterhead = tuple(
        line.strip()
        for line in (settings.letterhead or "").replace("·", "\n").splitlines()
        if line.strip()
    )
    return MappingData(
        made_at=datetime.now().replace(microsecond=0),
        municipality=settings.name,
        database=db.display_name,
        period=reader.period,
        status_period=status_period,
        member_year=reader.member_year,
        letterhead_lines=letterhead,
        logo=settings.logo,
        twinning_ids=tuple(reader.twinning_ids),
        network_ids=tuple(reader.network_ids),
        network_names=tuple(reader.network_names[n] for n in reader.network_ids),
        known_twinning_ids=tuple(reader.known_twinnings),
        known_network_ids=tuple(reader.known_networks),
        left_out=tuple(reader.left_out),
        left_out_ended=tuple(reader.left_out_ended),
        left_out_towns=tuple(reader.left_out_towns),
        left_out_networks=tuple(reader.left_out_networks),
        source_counts=tuple(sorted(source_counts.items())),
        history_lines=tuple(history),
        towns=tuple(towns),
        groups=tuple(groups),
        agreements=tuple(reader.agreements),
        twins_without_agreement=tuple(reader.without_agreement),
        meetings=tuple(reader.meetings),
        activities=tuple(reader.activities),
        planned_meetings=tuple(reader.planned_meetings),
        planned_activities=tuple(reader.planned_activities),
        grants=tuple(reader.grants),
        statuses=tuple(twinning_statuses),
        status_words=status_words,
        status_rule=rule_sentence(settings.rules, status_period, status_words),
        sources=tuple(sources),
        fact_sheets=tuple(sheets),
        attachments=tuple(attachments),
        levels=tuple(levels),
        events=tuple(events),
        associations=tuple(carriers),
        evaluations=tuple(evaluated),
        author_role=role,
        home_name=home_name,
        timeline=tuple(timeline),
        timeline_today=as_of,
        as_of=as_of,
        extra={"language": current_language()},
    )


def report_day(content: MappingContent, today: date) -> date:
    """The day the report speaks from: its own date when set and not after today, else today."""
    dated = content.commission.report_date
    return dated if dated is not None and dated < today else today


def _status_period(period: tuple[int, int], years: int, as_of: date) -> tuple[date, date]:
    """The last ``years`` years of the mapping's period up to the report's day at the latest.

    A period running past the report's day (this year's, or the demo's 1946–2014
    for its report of 2014-08-29) is judged over the last ``years`` years up to
    that day, as the program judges a status up to today: nothing after the
    day counts.
    """
    last = date(period[1], 12, 31)
    if last > as_of:
        return recent_period(years, as_of)
    first = date(max(period[0], period[1] - max(years, 1) + 1), 1, 1)
    return first, last


# ---------------------------------------------------------------- history


def history_lines(
    db: Database,
    twinning_ids: Sequence[int],
    network_ids: Sequence[int],
    *,
    as_of: date | None = None,
) -> list[str]:
    """The dated lines of the networks' and twinnings' histories, oldest first, each once.

    With ``as_of`` only what had happened by that day (the report's own).
    """
    entries: list[TimelineEntry] = []
    for network_id in network_ids:
        entries.extend(network_timeline(db, network_id))
    found = twinning_timelines(db, list(twinning_ids)) if twinning_ids else {}
    for twinning_id in twinning_ids:
        entries.extend(found.get(twinning_id, ()))
    seen: set[tuple[int, str]] = set()
    lines: list[tuple[tuple[int, date], str]] = []
    for entry in entries:
        key = (entry.year, entry.text)
        if key in seen:
            continue
        seen.add(key)
        day = entry.date or (entry.known.earliest if entry.known else date(entry.year, 1, 1))
        if as_of is not None and (entry.year > as_of.year or day > as_of):
            continue
        # A date known less than to the day reads as known ("1940-talet", "ca 1949").
        when = entry.when() if entry.known else when_text(entry.year, entry.date)
        lines.append(((entry.year, day), f"{when}: {entry.text}"))
    lines.sort(key=lambda line: line[0])  # stable: a network's own order stays within a day
    return [text for _key, text in lines]


def _appendix_attachments(db: Database, attachment_ids: Iterable[int]) -> list[AttachmentFacts]:
    """The attachments she listed as appended, with the picture when it is a PNG."""
    found = []
    for attachment_id in attachment_ids:
        try:
            info = get_attachment(db, attachment_id)
        except AttachmentError:
            continue  # removed since she chose it; the wizard shows what is left
        with db.reading() as session:
            labels = labels_in(session, info.target.kind, [info.target.id])
        png = None
        try:
            path = attachment_path(db, info)
            if path.is_file() and path.stat().st_size <= _MAX_PICTURE_BYTES:
                head = path.read_bytes()
                png = head if head.startswith(_PNG_SIGNATURE) else None
        except (AttachmentError, OSError):
            png = None
        found.append(
            AttachmentFacts(
                id=info.id,
                filename=info.filename,
                description=(info.description or "").strip(),
                attached_to=labels.get(info.target.id, ""),
                png=png,
            )
        )
    return found
