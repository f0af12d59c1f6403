"""The list of sources (källförteckning) the register gives: decisions, documents, attachments.

Decisions concerning the included twinnings, networks, agreements, meetings,
activities, trips and grants (and those behind grants, trips and endings);
the governing documents; the agreements themselves; the references the
activities cite; and the files attached to all of these.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import vocabulary
from app.i18n import translate
from app.mapping.reader import RegisterReader
from app.reports.cell_text import fill
from app.services.record_labels import labels_in
from db import models as m
from db.in_lists import in_chunks


def register_sources(reader: RegisterReader) -> tuple[list[str], dict[str, int]]:
    """The decisions, documents and attachments the report rests on, one line each.

    Also how many of each kind there are ("decision", "document", "agreement",
    "reference", "attachment"), for the method section's sentence.
    """
    counts: dict[str, int] = {}
    session = reader.session
    # A planned trip or meeting may already rest on a decision (the trip's
    # approval); decisions and documents dated after the report's day are left
    # out below, whatever they concern.
    activities = [*reader.activities, *reader.planned_activities]
    targets: dict[str, list[int]] = {
        "twinning": list(reader.twinning_ids),
        "network": list(reader.network_ids),
        "agreement": [a.id for a in reader.agreements],
        "meeting": [mt.id for mt in [*reader.meetings, *reader.planned_meetings]],
        "activity": [a.id for a in activities if a.record_kind == "activity"],
        "trip": [a.id for a in activities if a.record_kind == "trip"],
        "grant": [g.id for g in reader.grants],
    }
    decision_ids: set[int] = set()
    link = m.DecisionLink
    for kind, ids in targets.items():
        for chunk in in_chunks(sorted(set(ids))):
            decision_ids.update(
                session.scalars(
                    select(link.decision_id).where(
                        link.target_kind == kind, link.target_id.in_(chunk)
                    )
                )
            )
    for chunk in in_chunks([g.id for g in reader.grants]):
        decision_ids.update(
            d
            for d in session.scalars(select(m.Grant.decision_id).where(m.Grant.id.in_(chunk)))
            if d is not None
        )
    for chunk in in_chunks(reader.twinning_ids):
        decision_ids.update(
            d
            for d in session.scalars(
                select(m.Twinning.end_decision_id).where(m.Twinning.id.in_(chunk))
            )
            if d is not None
        )
    trips = [a.id for a in activities if a.record_kind == "trip"]
    for chunk in in_chunks(trips):
        for approval, report in session.execute(
            select(m.Trip.approval_decision_id, m.Trip.report_back_decision_id).where(
                m.Trip.id.in_(chunk)
            )
        ):
            decision_ids.update(d for d in (approval, report) if d is not None)
    lines: list[str] = []
    d = m.Decision
    decisions = []
    for chunk in in_chunks(sorted(decision_ids)):
        decisions += list(
            session.execute(
                select(
                    d.id, d.decided_on, d.body, d.body_name, d.title, d.registry_no, d.section
                ).where(d.id.in_(chunk))
            )
        )
    decisions = [row for row in decisions if not reader.after_today(row[1])]
    decisions.sort(key=lambda row: (row[1] or date.max, row[0]))
    for _id, day, body, body_name, title, registry, section in decisions:
        lines.append(_decision_source(day, body, body_name, title, registry, section))
    counts["decision"] = len(decisions)
    policy = m.PolicyDocument
    documents = 0
    for title, decided_by, decided_on, section, registry in session.execute(
        select(
            policy.title, policy.decided_by, policy.decided_on, policy.section,
            policy.registry_no,
        ).order_by(policy.decided_on, policy.id)
    ):  # fmt: skip
        if reader.after_today(decided_on):
            continue
        lines.append(_decision_source(decided_on, decided_by or "", None, title, registry, section))
        documents += 1
    counts["document"] = documents
    counts["agreement"] = len(reader.agreements)
    for agreement in reader.agreements:
        lines.append(
            fill(
                translate("Mapping", "Agreement: %1 (%2)"),
                agreement.title,
                vocabulary.label(agreement.status),
            )
        )
    references = {text.strip() for text in _activity_references(reader) if text and text.strip()}
    lines.extend(sorted(references))
    counts["reference"] = len(references)
    attached = _attachment_sources(reader, {row[0] for row in decisions})
    counts["attachment"] = len(attached)
    lines.extend(attached)
    return list(dict.fromkeys(lines)), counts


def _activity_references(reader: RegisterReader) -> list[str]:
    ids = [a.id for a in reader.activities if a.record_kind == "activity"]
    found: list[str] = []
    for chunk in in_chunks(ids):
        found += [
            text
            for text in reader.session.scalars(
                select(m.Activity.source_reference).where(m.Activity.id.in_(chunk))
            )
            if text
        ]
    return found


def _attachment_sources(reader: RegisterReader, decision_ids: set[int]) -> list[str]:
    targets: dict[str, set[int]] = {
        "twinning": set(reader.twinning_ids),
        "network": set(reader.network_ids),
        "town": set(reader.towns),
        "agreement": {a.id for a in reader.agreements},
        "decision": decision_ids,  # only those taken by the report's day
        "meeting": {mt.id for mt in reader.meetings},
        "activity": {a.id for a in reader.activities if a.record_kind == "activity"},
        "trip": {a.id for a in reader.activities if a.record_kind == "trip"},
    }
    att = m.Attachment
    lines = []
    for kind, ids in targets.items():
        if not ids:
            continue
        for chunk in in_chunks(sorted(ids)):
            labels = labels_in(reader.session, kind, chunk)
            for filename, description, target in reader.session.execute(
                select(att.filename, att.description, att.target_id)
                .where(att.target_kind == kind, att.target_id.in_(chunk))
                .order_by(att.id)
            ):
                lines.append(_attachment_line(filename, description, labels.get(target, "")))
    return lines


def _decision_source(
    day: date | None,
    body: str,
    body_name: str | None,
    title: str,
    registry: str | None,
    section: str | None,
) -> str:
    who = body_name if body_name and body in ("committee", "other", "") else vocabulary.label(body)
    reference = ", ".join(
        part
        for part in (
            registry or "",
            fill(translate("Mapping", "§ %1"), section.lstrip("§ ").strip()) if section else "",
            day.isoformat() if day else "",
        )
        if part
    )
    head = f"{who}: {title}" if who else title
    return f"{head} ({reference})" if reference else head


def _attachment_line(filename: str, description: str | None, target: str) -> str:
    text = filename
    if description and description.strip():
        text += f" – {description.strip()}"
    if target:
        text += " " + fill(translate("Mapping", "(attached to %1)"), target)
    return text
