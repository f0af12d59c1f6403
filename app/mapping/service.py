"""Saved mapping reports: create, load, save as she writes, mark final, start from the last one.

A report is a ``MappingReport`` row: its texts and choices in ``content``
(JSON, see :mod:`app.mapping.content`), and once it is marked final the
figures it was printed with in ``snapshot`` (see :mod:`app.mapping.data`).
A final report is read-only: it prints the same however the register changes.
Every save checks the version read with the report (optimistic locking, as
everywhere in the program) and leaves a line in the change log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.mapping.assemble import Changes, build_document
from app.mapping.changes import Change, what_changed
from app.mapping.content import SECTION_KEYS, MappingContent
from app.mapping.data import MappingData
from app.mapping.drafts import default_title, follow_up_content, new_content
from app.mapping.finalising import Missing, missing_for_final
from app.mapping.gather import gather
from app.mapping.own_sections import with_formatted_texts, with_own_sections
from app.reports.document import ReportDocument
from app.services.errors import ConflictError, RecordNotFound, ServiceError
from app.services.store import write_log
from db import models as m
from db.base import utcnow
from db.session import Database

LOG_KIND = "mapping_report"
DRAFT, FINAL = "draft", "final"


class MappingError(ServiceError):
    """A mapping report cannot be changed as asked; ``str()`` says why in one sentence."""


class NotReadyForFinal(MappingError):
    """Finalising was refused: ``missing`` lists exactly what is still to be written."""

    def __init__(self, message: str, missing: list[Missing]) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True)
class SavedReport:
    """A mapping report as the wizard and the list see it."""

    id: int
    version: int
    title: str
    status: str
    content: MappingContent
    based_on_id: int | None
    created_at: datetime
    updated_at: datetime
    finalised_at: datetime | None
    has_snapshot: bool

    @property
    def is_final(self) -> bool:
        """True once marked final: the report is read-only from then on."""
        return self.status == FINAL


@dataclass(frozen=True)
class ReportSummary:
    """One line of the list of reports."""

    id: int
    title: str
    status: str
    created_at: datetime
    updated_at: datetime
    finalised_at: datetime | None
    based_on_id: int | None


def _saved(row: m.MappingReport) -> SavedReport:
    return SavedReport(
        id=row.id,
        version=row.version,
        title=row.title,
        status=row.status,
        content=MappingContent.from_json(row.content),
        based_on_id=row.based_on_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalised_at=row.finalised_at,
        has_snapshot=row.snapshot is not None,
    )


def _not_found(report_id: int) -> RecordNotFound:
    return RecordNotFound(
        translate("Mapping", "The mapping report no longer exists; someone may have deleted it."),
        LOG_KIND,
        report_id,
    )


def _title_of(content: MappingContent) -> str:
    return (content.commission.title.strip() or default_title())[:300]


# ---------------------------------------------------------------- reading


def list_reports(db: Database) -> list[ReportSummary]:
    """Every mapping report, the newest first."""
    r = m.MappingReport
    with db.reading() as session:
        rows = session.execute(
            select(
                r.id, r.title, r.status, r.created_at, r.updated_at, r.finalised_at, r.based_on_id
            ).order_by(r.created_at.desc(), r.id.desc())
        )
        return [ReportSummary(*row) for row in rows]


def load_report(db: Database, report_id: int) -> SavedReport:
    """One report; RecordNotFound when it is gone."""
    with db.reading() as session:
        row = session.get(m.MappingReport, report_id)
        if row is None:
            raise _not_found(report_id)
        return _saved(row)


def latest_report(db: Database, *, final_only: bool = False) -> SavedReport | None:
    """The newest report (the newest final one with ``final_only``), or None."""
    r = m.MappingReport
    query = select(r).order_by(r.created_at.desc(), r.id.desc()).limit(1)
    if final_only:
        query = query.where(r.status == FINAL)
    with db.reading() as session:
        row = session.scalars(query).first()
        return _saved(row) if row is not None else None


def report_data(db: Database, report: SavedReport, *, today: date | None = None) -> MappingData:
    """The figures of ``report``: frozen in its snapshot when final, else read from the register."""
    if report.is_final and report.has_snapshot:
        with db.reading() as session:
            row = session.get(m.MappingReport, report.id)
            if row is None:
                raise _not_found(report.id)
            snapshot = row.snapshot
        return MappingData.from_json(snapshot)
    return gather(db, report.content, today=today)


# ---------------------------------------------------------------- writing


def create_report(
    db: Database,
    content: MappingContent | None = None,
    *,
    based_on_id: int | None = None,
    today: date | None = None,
) -> SavedReport:
    """A new draft; without ``content`` it is drafted from the register."""
    if content is None:
        content = new_content(db, today=today)
    with db.transaction() as session:
        row = m.MappingReport(
            title=_title_of(content),
            status=DRAFT,
            content=content.to_json(),
            based_on_id=based_on_id,
        )
        session.add(row)
        session.flush()
        write_log(session, "create", LOG_KIND, row.id, row.title, {})
        return _saved(row)


def save_content(db: Database, report: SavedReport, content: MappingContent) -> SavedReport:
    """Store the whole content of a draft; refused for a final report or a stale version."""
    with db.transaction() as session:
        row = _writable(session, report)
        if row.content == content.to_json():
            return _saved(row)  # nothing to store: no new version, no log line
        row.content = content.to_json()
        row.title = _title_of(content)
        session.flush()
        write_log(session, "update", LOG_KIND, row.id, row.title, {})
        return _saved(row)


def save_section(db: Database, report: SavedReport, key: str, value: object) -> SavedReport:
    """Store one section (``key`` of SECTION_KEYS) of a draft's content."""
    if key not in SECTION_KEYS:
        raise KeyError(key)
    current = load_report(db, report.id)
    if current.version != report.version:
        raise _conflict(report.id)
    return save_content(db, current, current.content.with_section(key, value))


def missing_before_final(
    db: Database, report: SavedReport, *, today: date | None = None
) -> list[Missing]:
    """What ``report`` still lacks before it may be marked final (empty: nothing)."""
    data = gather(db, report.content, today=today)
    # Read as the draft prints it: a final report leaves unwritten sections out, the
    # draft shows their placeholders, and each of those is something still to write.
    document = _document(db, report, data, draft=True, today=today)
    return missing_for_final(report.content, document)


def mark_final(db: Database, report: SavedReport, *, today: date | None = None) -> SavedReport:
    """Freeze the report: its figures are kept in the snapshot and it is read-only from now on.

    Refused with :class:`NotReadyForFinal` while a placeholder, an empty registry
    number or an empty author remains.
    """
    data = gather(db, report.content, today=today)
    missing = missing_for_final(
        report.content, _document(db, report, data, draft=True, today=today)
    )
    if missing:
        raise NotReadyForFinal(
            translate(
                "Mapping", "The report cannot be marked final until what is listed is written."
            ),
            missing,
        )
    with db.transaction() as session:
        row = _writable(session, report)
        row.snapshot = data.to_json()
        row.status = FINAL
        row.finalised_at = utcnow()
        session.flush()
        write_log(session, "update", LOG_KIND, row.id, row.title, {"status": [DRAFT, FINAL]})
        return _saved(row)


def delete_report(db: Database, report: SavedReport) -> None:
    """Delete a draft. A final report is the record of what was printed and stays."""
    with db.transaction() as session:
        row = _writable(session, report)
        for follower in session.scalars(
            select(m.MappingReport).where(m.MappingReport.based_on_id == row.id)
        ):
            follower.based_on_id = None
        write_log(session, "delete", LOG_KIND, row.id, row.title, {})
        session.delete(row)


def start_from_last(db: Database, *, today: date | None = None) -> SavedReport:
    """A new draft continuing the last final report; MappingError when there is none."""
    previous = latest_report(db, final_only=True)
    if previous is None:
        raise MappingError(
            translate(
                "Mapping",
                "There is no final mapping report to start from. Mark a report as final first.",
            )
        )
    previous_data = report_data(db, previous)
    content = follow_up_content(db, previous.content, previous_data, today=today)
    return create_report(db, content, based_on_id=previous.id, today=today)


# ---------------------------------------------------------------- comparing and building


def changes_since_previous(
    db: Database,
    report: SavedReport,
    data: MappingData | None = None,
    *,
    today: date | None = None,
) -> tuple[SavedReport, list[Change]] | None:
    """The report ``report`` started from and what changed since; None when it started afresh."""
    if report.based_on_id is None:
        return None
    try:
        previous = load_report(db, report.based_on_id)
    except RecordNotFound:
        return None
    before = report_data(db, previous)
    after = data if data is not None else report_data(db, report, today=today)
    return previous, what_changed(before, after)


def report_document(
    db: Database, report: SavedReport | None, *, today: date | None = None
) -> ReportDocument:
    """The document of ``report``; with None a draft from the register, not saved."""
    if report is None:
        content = new_content(db, today=today)
        document = build_document(content, gather(db, content, today=today), draft=True)
        return replace(document, draft=True)
    data = report_data(db, report, today=today)
    return _document(db, report, data, draft=not report.is_final, today=today)


def _document(
    db: Database,
    report: SavedReport,
    data: MappingData,
    *,
    draft: bool,
    today: date | None,
) -> ReportDocument:
    found = changes_since_previous(db, report, data, today=today)
    changes = None
    if found is not None:
        previous, listed = found
        when = previous.finalised_at or previous.created_at
        changes = Changes(previous.title, when.date().isoformat(), [c.text for c in listed])
    document = build_document(report.content, data, changes=changes, draft=draft)
    document = with_formatted_texts(document, report.content)
    return replace(with_own_sections(document, report.content), draft=draft)


# ---------------------------------------------------------------- helpers


def _conflict(report_id: int) -> ConflictError:
    return ConflictError(
        translate(
            "Mapping",
            "The mapping report was changed elsewhere since it was opened. Open it again to "
            "see those changes.",
        ),
        LOG_KIND,
        report_id,
    )


def _writable(session: Session, report: SavedReport) -> m.MappingReport:
    row = session.get(m.MappingReport, report.id)
    if row is None:
        raise _not_found(report.id)
    if row.status == FINAL:
        raise MappingError(
            translate(
                "Mapping",
                "This mapping report is final and can no longer be changed. Start a new one "
                "from it instead.",
            )
        )
    if row.version != report.version:
        raise _conflict(report.id)
    return row
