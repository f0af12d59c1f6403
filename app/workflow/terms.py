"""Evaluating every twinning once per term of office, the council's verdict, and ending a twinning.

The evaluation sheet puts, for one term, every twinning in force at some time
during it beside its status per level in the term (app.derived.status) with
the evidence, and the evaluation written (if any) with the council's verdict.

The program suggests only one thing: ending a twinning that was in force for
the whole term and has no recorded contact at any level in it (and that the
coordinator has not judged active, sporadic or new). It suggests nothing when
the register holds no contact at all in the term, since then it cannot tell a
silent twinning from an unkept register. Every other recommendation is the
coordinator's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import ApproxDate
from app.derived.status import Evidence, Period, TwinningStatus, statuses, statuses_in
from app.derived.status_evidence import last_signs_of_life
from app.i18n import translate
from app.rules import Rules
from app.services import record_labels, store
from app.services import records as r
from app.services.errors import FieldError, ValidationError
from app.services.settings import load_settings
from db import models as m
from db.session import Database
from db.vocabulary import VERDICTS

# A judgement of these says the twinning lives: the program then suggests no ending.
_JUDGED_ALIVE = frozenset({"active", "sporadic", "new"})


@dataclass(frozen=True)
class EvaluationRow:
    """One twinning of the sheet: what the register shows for the term and what was judged."""

    twinning_id: int
    twinning: str  # "Ludvika – Imatra"
    stored_status: str
    status: TwinningStatus  # per level, in the term
    evaluation: r.Evaluation | None
    whole_term: bool  # in force from the term's first day to its last
    suggest_ending: bool  # the program's only suggestion; see the module's docstring

    @property
    def derived_status(self) -> str:
        """The computed status at the municipal level in the term."""
        return self.status.derived

    @property
    def override(self) -> str | None:
        """The coordinator's own judgement of the status, if any."""
        return self.status.override

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """What the status of the twinning in the term rests on."""
        return self.status.evidence

    @property
    def contacts(self) -> int:
        """Recorded contact in the term at any level."""
        return self.status.all_contacts

    @property
    def flagged(self) -> bool:
        """The program suggests ending this twinning."""
        return self.suggest_ending

    @property
    def suggested_recommendation(self) -> str | None:
        """ "end" where the program suggests ending; every other recommendation is hers."""
        return "end" if self.suggest_ending else None

    @property
    def recommendation(self) -> str | None:
        """The recommendation written in the evaluation (None until one is written)."""
        return self.evaluation.recommendation if self.evaluation is not None else None

    @property
    def verdict(self) -> str | None:
        """The council's verdict ("continue" or "end"), once recorded."""
        return self.evaluation.verdict if self.evaluation is not None else None


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


TermTwinning = tuple[int, str, date | None, int | None, date | None]
"""A twinning in a term: id, stored status, start date, contact year, end date."""


def term_twinnings(session: Session, start: date, end: date) -> list[TermTwinning]:
    """The twinnings in force at some time in start..end, as :data:`TermTwinning`."""
    return _in_term(session, start, end)


def twinnings_in_term(
    session: Session, start: date, end: date
) -> list[tuple[int, str, date | None]]:
    """(id, stored status, end date) of the twinnings in force at some time in start..end.

    A twinning begun after the term, or ended before it began, is not in it. One
    marked ended without an end date ended before any term that starts after
    its last recorded sign of life (its start, contact year, or any evidence).
    """
    return [(row[0], row[1], row[4]) for row in _in_term(session, start, end)]


def _in_term(session: Session, start: date, end: date) -> list[TermTwinning]:
    t = m.Twinning
    rows = list(
        session.execute(
            select(t.id, t.status, t.start_date, t.contact_year, t.end_date).order_by(t.id)
        )
    )
    undated = [row[0] for row in rows if row[1] == "ended" and row[4] is None]
    signs = last_signs_of_life(session, undated) if undated else {}
    found = []
    for twinning_id, status, started, contact_year, ended in rows:
        if started is not None and started > end:
            continue
        if started is None and contact_year is not None and contact_year > end.year:
            continue
        if ended is not None and ended < start:
            continue
        if status == "ended" and ended is None:
            sign = signs.get(twinning_id)
            if sign is None or sign < start:
                continue
        found.append((twinning_id, status, started, contact_year, ended))
    return found


def in_force_whole_term(
    period: Period,
    status: str,
    started: date | None,
    contact_year: int | None,
    ended: date | None,
) -> bool:
    """Whether a twinning was surely in force from the term's first day to its last."""
    first, last = period
    if started is not None:
        began_before = started <= first
    else:
        began_before = contact_year is not None and contact_year < first.year
    if not began_before:
        return False
    if ended is not None:
        return ended > last
    return status != "ended"


def evaluation_sheet(db: Database, term_id: int, today: date | None = None) -> list[EvaluationRow]:
    """Every twinning in force during the term with its status per level, evidence and evaluation.

    For the running term the evidence is counted up to ``today`` (default: the
    current date). Rows are ordered by the twinning's name. Raises
    RecordNotFound when the term does not exist.
    """
    term = store.get(db, r.TermOfOffice, term_id)
    whole = term_period(term)
    period = term_period(term, today or date.today())
    rules = load_settings(db).rules
    with db.reading() as session:
        twinnings = _in_term(session, *whole)
        ids = [row[0] for row in twinnings]
        names = record_labels.labels_in(session, "twinning", ids) if ids else {}
        evaluation_ids = list(
            session.scalars(select(m.Evaluation.id).where(m.Evaluation.term_id == term_id))
        )
    evaluations = {e.twinning_id: e for e in store.get_many(db, r.Evaluation, evaluation_ids)}
    found = statuses(db, period, ids, rules=rules) if ids else {}
    # Nothing recorded at all in the term: a silent register, not silent twinnings.
    anything = any(status.all_contacts for status in found.values())
    rows = []
    for twinning_id, stored_status, started, contact_year, ended in twinnings:
        status = found.get(twinning_id)
        if status is None:  # deleted between the two readings
            continue
        whole_term = in_force_whole_term(whole, stored_status, started, contact_year, ended)
        rows.append(
            EvaluationRow(
                twinning_id=twinning_id,
                twinning=names.get(twinning_id, "?"),
                stored_status=stored_status,
                status=status,
                evaluation=evaluations.get(twinning_id),
                whole_term=whole_term,
                suggest_ending=anything and whole_term and is_candidate_for_ending(status),
            )
        )
    rows.sort(key=lambda row: (row.twinning.casefold(), row.twinning_id))
    return rows


def suggested_endings(
    session: Session,
    term: m.TermOfOffice,
    today: date,
    rules: Rules,
    homes: set[int] | None = None,
    in_term: list[TermTwinning] | None = None,
) -> set[int]:
    """The twinnings of ``term`` the sheet suggests ending on ``today``, read in ``session``.

    The same rule as :func:`evaluation_sheet`'s, for the to-do list, which reads
    everything else in the same session and needs no names or evaluations.
    ``homes`` and ``in_term`` (:func:`term_twinnings` of the whole term) are
    passed when the caller has read them already.
    """
    whole = term_period(term)
    twinnings = in_term if in_term is not None else _in_term(session, *whole)
    ids = [row[0] for row in twinnings]
    found = statuses_in(session, term_period(term, today), ids, rules, homes) if ids else {}
    anything = any(status.all_contacts for status in found.values())
    return {
        twinning_id
        for twinning_id, stored_status, started, contact_year, ended in twinnings
        if twinning_id in found
        and anything
        and in_force_whole_term(whole, stored_status, started, contact_year, ended)
        and is_candidate_for_ending(found[twinning_id])
    }


def is_candidate_for_ending(status: TwinningStatus) -> bool:
    """No recorded contact at any level in the period, not ended, not judged alive by her."""
    return (
        status.derived != "ended"
        and status.all_contacts == 0
        and status.override not in _JUDGED_ALIVE
    )


def nothing_recorded(rows: Sequence[EvaluationRow]) -> bool:
    """True when no twinning of the sheet has any recorded contact in the term."""
    return bool(rows) and not any(row.contacts for row in rows)


def suggestion_text(row: EvaluationRow) -> str | None:
    """The program's suggestion for a row with its reason in one sentence, or None."""
    if not row.suggest_ending:
        return None
    return ending_suggested()


def ending_suggested() -> str:
    """The program's suggestion to end a twinning, with its reason, in one sentence.

    Said on the evaluation sheet and beside the to-do list's flag of the same twinning.
    """
    return translate(
        "Evaluation",
        "The program suggests ending it: in force for the whole term with no contact recorded "
        "at any level in it.",
    )


def silent_register_text() -> str:
    """Why the program suggests ending nothing when the term holds no recorded contact at all."""
    return translate(
        "Evaluation",
        "No contact with any twin town is recorded in the term, so the register cannot single "
        "out a silent twinning; the program suggests ending none.",
    )


def evidence_summary(evidence: Sequence[Evidence]) -> str:
    """The evidence as one line for a table cell or an evaluation's activity summary."""
    counted = [e for e in evidence if e.counts and e.levels]
    if not counted:
        return translate("Evaluation", "No activity recorded in the term.")
    parts = []
    for e in counted:
        when = e.date_or_year
        parts.append(f"{when} {e.label}" if when is not None else e.label)
    return "; ".join(parts)


def start_evaluation(db: Database, term_id: int, twinning_id: int) -> r.Evaluation:
    """The evaluation of a twinning in a term: the one written, or a new one saved now.

    A new evaluation starts with the recorded activity of the term as its
    summary, so the coordinator judges the benefit with the evidence in view.
    """
    existing = _evaluation_id(db, term_id, twinning_id)
    if existing is not None:
        found = store.get(db, r.Evaluation, existing)
        return found
    term = store.get(db, r.TermOfOffice, term_id)
    status = statuses(db, term_period(term, date.today()), [twinning_id])
    summary = evidence_summary(status[twinning_id].evidence) if twinning_id in status else None
    created = store.save(
        db, r.Evaluation(term_id=term_id, twinning_id=twinning_id, activity_summary=summary)
    )
    return created


def _evaluation_id(db: Database, term_id: int, twinning_id: int) -> int | None:
    with db.reading() as session:
        return session.scalar(
            select(m.Evaluation.id).where(
                m.Evaluation.term_id == term_id, m.Evaluation.twinning_id == twinning_id
            )
        )


def record_verdict(
    db: Database,
    term_id: int,
    twinning_id: int,
    verdict: str,
    decision_id: int | None,
    *,
    end_confirmed: bool = False,
) -> r.Evaluation:
    """Record the council's verdict ("continue" or "end") on a twinning, with its decision.

    The verdict is saved in the twinning's evaluation of the term (created if
    need be). A verdict to end, once ``end_confirmed``, also ends the twinning
    on the decision's date with the decision as its decision to end, keeping
    the link both ways (:func:`end_twinning`). Raises ValidationError for an
    unknown verdict or a missing decision, before anything is saved.
    """
    errors = []
    if verdict not in VERDICTS:
        errors.append(
            FieldError("verdict", translate("Evaluation", "Choose continue or end as the verdict."))
        )
    decision: r.Decision | None = None
    if decision_id is None:
        errors.append(
            FieldError(
                "decision_id",
                translate("Evaluation", "Choose the decision in which the verdict was given."),
            )
        )
    else:
        decision = store.get(db, r.Decision, decision_id)
    if errors:
        raise ValidationError(errors)
    evaluation = start_evaluation(db, term_id, twinning_id)
    saved = store.save(
        db, dataclasses.replace(evaluation, verdict=verdict, decision_id=decision_id)
    )
    # A decision always has its date (the store requires one): the twinning ends on it.
    if verdict == "end" and end_confirmed and decision is not None and decision.decided_on:
        reason = translate("Evaluation", "The council decided to end the twinning: %1").replace(
            "%1", " ".join(p for p in (decision.registry_no, decision.title) if p)
        )
        end_twinning(db, twinning_id, decision.decided_on.earliest, reason, decision_id)
    return saved


def end_twinning(
    db: Database,
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
    twinning = store.get(db, r.Twinning, twinning_id)
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
    saved = store.save(db, ended)
    return saved
