"""Evaluating every twinning once per term of office, and ending a twinning.

The evaluation sheet puts, for one term, every twinning that ran during it
beside its derived status (app.derived.status) with the evidence, the
evaluation already written (if any) and a flag on those with no recorded
contact in the term: the candidates for ending (DESIGN.md section 4).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import ApproxDate
from app.derived.source import Source, database_of
from app.derived.status import Evidence, Period, TwinningStatus, statuses
from app.i18n import translate
from app.services import records as r
from app.services import store
from app.services.errors import FieldError, ValidationError
from app.services.settings import load_settings
from db import models as m

_RECOMMENDATION_FOR = {"active": "keep", "sporadic": "develop", "dormant": "end"}


@dataclass(frozen=True)
class EvaluationRow:
    """One twinning of the sheet: what the register shows for the term and what was judged."""

    twinning_id: int
    twinning: str  # "Ludvika – Imatra"
    stored_status: str
    derived_status: str  # active, sporadic, dormant or ended in the term
    override: str | None  # the coordinator's own judgement of the status, if any
    evidence: tuple[Evidence, ...]
    contacts: int
    evaluation: r.Evaluation | None
    flagged: bool  # no recorded contact in the term: a candidate for ending

    @property
    def suggested_recommendation(self) -> str | None:
        """A starting point for the judgement: keep an active twinning, end a silent one."""
        return _RECOMMENDATION_FOR.get(self.derived_status)

    @property
    def recommendation(self) -> str | None:
        """The recommendation written in the evaluation (None until one is written)."""
        return self.evaluation.recommendation if self.evaluation is not None else None


def term_period(term: r.TermOfOffice | m.TermOfOffice, today: date | None = None) -> Period:
    """The days of a term that can hold evidence: from its start to its end, or to today."""
    start, end = term.start_date, term.end_date
    if start is None or end is None:
        raise ValueError("a term of office needs its first and last day")
    if today is not None and start <= today < end:
        end = today
    return start, end


def current_term(session: Session, today: date) -> m.TermOfOffice | None:
    """The term of office running on ``today`` (the later one on a changeover day)."""
    return session.scalars(
        select(m.TermOfOffice)
        .where(m.TermOfOffice.start_date <= today, m.TermOfOffice.end_date >= today)
        .order_by(m.TermOfOffice.start_date.desc())
    ).first()


def twinnings_in_term(
    session: Session, start: date, end: date
) -> list[tuple[int, str, date | None]]:
    """(id, stored status, end date) of the twinnings that ran during the days start..end.

    A twinning started after the term, or ended before it began, has nothing to
    evaluate; one marked ended without a date is kept, so its end is on the sheet.
    """
    t = m.Twinning
    rows = session.execute(
        select(t.id, t.status, t.start_date, t.contact_year, t.end_date).order_by(t.id)
    )
    found = []
    for twinning_id, status, started, contact_year, ended in rows:
        if started is not None and started > end:
            continue
        if started is None and contact_year is not None and contact_year > end.year:
            continue
        if ended is not None and ended < start:
            continue
        found.append((twinning_id, status, ended))
    return found


def evaluation_sheet(
    source: Source, term_id: int, today: date | None = None
) -> list[EvaluationRow]:
    """Every twinning of the term with its derived status, evidence and evaluation.

    For the running term the evidence is counted up to ``today`` (default: the
    current date). Rows are ordered by the twinning's name. Raises
    RecordNotFound when the term does not exist.
    """
    db = database_of(source)
    term: r.TermOfOffice = store.get(db, "term", term_id)
    first, last = term_period(term)
    period = term_period(term, today or date.today())
    rules = load_settings(db).rules
    with db.reading() as session:
        twinnings = twinnings_in_term(session, first, last)
        ids = [row[0] for row in twinnings]
        names = store.labels_in(session, "twinning", ids) if ids else {}
        evaluation_ids = list(
            session.scalars(select(m.Evaluation.id).where(m.Evaluation.term_id == term_id))
        )
    evaluations = {e.twinning_id: e for e in store.get_many(db, "evaluation", evaluation_ids)}
    found = statuses(db, period, ids, rules=rules) if ids else {}
    rows = []
    for twinning_id, stored_status, _ended in twinnings:
        status = found.get(twinning_id)
        if status is None:  # deleted between the two readings
            continue
        rows.append(_row(twinning_id, names.get(twinning_id, "?"), stored_status, status,
                         evaluations.get(twinning_id)))  # fmt: skip
    rows.sort(key=lambda row: (row.twinning.casefold(), row.twinning_id))
    return rows


def _row(
    twinning_id: int,
    name: str,
    stored_status: str,
    status: TwinningStatus,
    evaluation: r.Evaluation | None,
) -> EvaluationRow:
    return EvaluationRow(
        twinning_id=twinning_id,
        twinning=name,
        stored_status=stored_status,
        derived_status=status.derived,
        override=status.override,
        evidence=status.evidence,
        contacts=status.contacts,
        evaluation=evaluation,
        flagged=is_candidate_for_ending(status),
    )


def is_candidate_for_ending(status: TwinningStatus) -> bool:
    """A twinning still running with no recorded contact in the period."""
    return status.derived != "ended" and status.contacts == 0


def evidence_summary(evidence: Sequence[Evidence]) -> str:
    """The evidence as one line for a table cell or an evaluation's activity summary."""
    counted = [e for e in evidence if e.counts]
    if not counted:
        return translate("Evaluation", "No activity recorded in the term.")
    parts = []
    for e in counted:
        when = e.date_or_year
        parts.append(f"{when} {e.label}" if when is not None else e.label)
    return "; ".join(parts)


def start_evaluation(source: Source, term_id: int, twinning_id: int) -> r.Evaluation:
    """The evaluation of a twinning in a term: the one written, or a new one saved now.

    A new evaluation starts with the recorded activity of the term as its
    summary, so the coordinator judges the benefit with the evidence in view.
    """
    db = database_of(source)
    with db.reading() as session:
        existing = session.scalar(
            select(m.Evaluation.id).where(
                m.Evaluation.term_id == term_id, m.Evaluation.twinning_id == twinning_id
            )
        )
    if existing is not None:
        found: r.Evaluation = store.get(db, "evaluation", existing)
        return found
    term: r.TermOfOffice = store.get(db, "term", term_id)
    status = statuses(db, term_period(term, date.today()), [twinning_id])
    summary = evidence_summary(status[twinning_id].evidence) if twinning_id in status else None
    created: r.Evaluation = store.save(
        db, r.Evaluation(term_id=term_id, twinning_id=twinning_id, activity_summary=summary)
    )
    return created


def end_twinning(
    source: Source,
    twinning_id: int,
    end_date: date,
    reason: str,
    decision_id: int | None,
) -> r.Twinning:
    """End a twinning: its end date, reason and decision, status "ended"; one transaction.

    Nothing else changes: its activities, trips, agreements, evaluations and
    decisions stay as they are, so its history can still be told. Raises
    ValidationError when the reason is missing or the date is before the
    twinning began (and RecordNotFound / ConflictError as any save does).
    """
    db = database_of(source)
    twinning: r.Twinning = store.get(db, "twinning", twinning_id)
    errors = []
    if not reason or not reason.strip():
        errors.append(
            FieldError("end_reason", translate("Twinning", "Write why the twinning ends."))
        )
    if errors:
        raise ValidationError(errors)
    ended = dataclasses.replace(
        twinning,
        end_date=ApproxDate.of_day(end_date),
        end_reason=reason.strip(),
        end_decision_id=decision_id,
        status="ended",
    )
    saved: r.Twinning = store.save(db, ended)
    return saved
