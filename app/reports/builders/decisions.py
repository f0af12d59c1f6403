"""The decision register (beslutsregister): every decision of a period, as a board reads it.

One line per decision with its date, body, §, registry number, title, outcome,
distribution list ("skickas till") and the records it concerns by name. A
proposal (förslag) passed on without a position is listed too, saying which
later decision took it up or that none has yet; a decision says which
proposal it decided.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import minute_item
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.builders.common import (
    DecisionInfo,
    PersonalData,
    data_source,
    letterhead_of,
)
from app.reports.cell_text import counted, fill
from app.reports.document import Block, CellValue, Paragraph, ReportDocument, Section, Table
from app.services.kinds import spec_for
from app.services.record_labels import labels_in
from app.services.settings import load_settings
from db import models as m
from db.in_lists import in_chunks
from db.session import Database


@dataclass(frozen=True)
class _Row:
    info: DecisionInfo
    summary: str | None
    distribution: str | None
    is_proposal: bool
    proposal_id: int | None


def build_decision_register(
    db: Database,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The decisions taken (and proposals made) from ``date_from`` to ``date_to``, both included.

    Either end may be None (open); decisions without a date are listed only when
    no period is asked for. People a decision concerns are named only with
    ``include_contacts``, as everywhere else.
    """
    settings = load_settings(db)
    today = today or date.today()
    personal = PersonalData()
    d = m.Decision
    query = select(
        d.id, d.body, d.body_name, d.decided_on, d.section, d.registry_no, d.title, d.outcome,
        d.summary, d.distribution, d.is_proposal, d.proposal_id,
    )  # fmt: skip
    if date_from is not None:
        query = query.where(d.decided_on >= date_from)
    if date_to is not None:
        query = query.where(d.decided_on <= date_to)
    with db.reading() as session:
        rows = [
            _Row(DecisionInfo(*row[:8]), row[8], row[9], bool(row[10]), row[11])
            for row in session.execute(query)
        ]
        concerns = _concerns(session, [row.info.id for row in rows], include_contacts, personal)
        # A proposal's decision (or a decision's proposal) may lie outside the period.
        linked_ids = {r.proposal_id for r in rows if r.proposal_id is not None}
        taken_up: dict[int, list[DecisionInfo]] = defaultdict(list)
        for row in session.execute(
            select(
                d.id, d.body, d.body_name, d.decided_on, d.section, d.registry_no, d.title,
                d.outcome, d.proposal_id,
            ).where(d.proposal_id.in_([r.info.id for r in rows if r.is_proposal]))
        ):  # fmt: skip
            taken_up[row[8] or 0].append(DecisionInfo(*row[:8]))
        proposals = {
            row[0]: DecisionInfo(*row)
            for row in session.execute(
                select(
                    d.id, d.body, d.body_name, d.decided_on, d.section, d.registry_no, d.title,
                    d.outcome,
                ).where(d.id.in_(sorted(linked_ids)))
            )
        }  # fmt: skip
    rows.sort(key=lambda r: (r.info.decided_on is None, r.info.decided_on or date.min, r.info.id))
    table_rows: list[list[CellValue]] = [
        [
            row.info.decided_on,
            _body_short(row.info),
            minute_item(row.info.section) or None,
            row.info.registry_no,
            _matter(row.info.title, concerns.get(row.info.id)),
            _outcome(row, taken_up.get(row.info.id, []), proposals.get(row.proposal_id or -1)),
            row.distribution,
        ]
        for row in rows
    ]
    filters = {translate("Reports", "Period"): _period_text(date_from, date_to)}
    body: list[Block] = [_introduction(rows, date_from, date_to), _table(table_rows)]
    return ReportDocument(
        title=translate("Reports", "Decision register"),
        subtitle=_period_text(date_from, date_to),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "The decisions and proposals of the period with body, section, registry number, "
            "outcome, distribution list and the records they concern.",
        ),
        source=data_source(db, filters),
        personal_data=personal.statement(),
        body=body,
    )


def _concerns(
    session: Session, ids: list[int], include_contacts: bool, personal: PersonalData
) -> dict[int, str]:
    """Per decision, the records it concerns: "Holmestrand (vänort); Vargöns musikkår (förening)"."""
    link = m.DecisionLink
    by_kind: dict[str, set[int]] = defaultdict(set)
    links: list[tuple[int, str, int]] = []
    for chunk in in_chunks(ids):
        for decision_id, kind, target_id in session.execute(
            select(link.decision_id, link.target_kind, link.target_id).where(
                link.decision_id.in_(chunk)
            )
        ):
            links.append((decision_id, kind, target_id))
            by_kind[kind].add(target_id)
    names: dict[tuple[str, int], str] = {}
    for kind, targets in by_kind.items():
        try:
            spec = spec_for(kind)
        except KeyError:
            continue  # a link to a kind this version no longer keeps
        if spec.contains_personal_data and not include_contacts:
            continue
        if spec.contains_personal_data:
            personal.contact_names()
        for target_id, label in labels_in(session, kind, sorted(targets)).items():
            names[(kind, target_id)] = fill(
                translate("Reports", "%1 (%2)"), label, spec.display_singular().lower()
            )
    found: dict[int, list[str]] = defaultdict(list)
    for decision_id, kind, target_id in links:
        name = names.get((kind, target_id))
        if name is not None:
            found[decision_id].append(name)
    return {key: "; ".join(sorted(values)) for key, values in found.items()}


def _matter(title: str, concerns: str | None) -> str:
    """The title, and under it what the decision concerns (one column: A4 holds seven)."""
    if not concerns:
        return title
    return title + "\n" + fill(translate("Reports", "Concerns: %1"), concerns)


# The abbreviations every Swedish board paper uses; explained under the table.
_SHORT_BODIES = {
    "council": "KF",
    "executive_board": "KS",
    "working_committee": "KSAU",
    "council_presidium": QT_TRANSLATE_NOOP("Reports", "KF presidium"),
}


def _body_short(info: DecisionInfo) -> str:
    """ "KF", "KS", "KSAU" (a register has eight columns on an A4 page), or the body's name."""
    short = _SHORT_BODIES.get(info.body)
    if short is None:
        return info.body_text()
    return translate("Reports", short)


def _outcome(row: _Row, taken_up: list[DecisionInfo], proposal: DecisionInfo | None) -> str | None:
    """The outcome, and for a proposal or a decision on one, how the two are linked."""
    parts = [row.info.outcome.strip()] if row.info.outcome and row.info.outcome.strip() else []
    if row.is_proposal:
        if taken_up:
            for decision in taken_up:
                parts.append(
                    fill(translate("Reports", "Proposal, decided by %1."), _reference(decision))
                )
        else:
            parts.append(translate("Reports", "Proposal, not yet decided."))
    if proposal is not None:
        parts.append(
            fill(translate("Reports", "Decided on a proposal from %1."), _reference(proposal))
        )
    return "\n".join(parts) or None


def _reference(info: DecisionInfo) -> str:
    """ "KF 2024-04-02 § 40": how a board paper points to another decision."""
    parts = [_body_short(info), info.decided_on.isoformat() if info.decided_on else ""]
    parts.append(minute_item(info.section))
    return " ".join(p for p in parts if p)


def _period_text(date_from: date | None, date_to: date | None) -> str:
    if date_from is None and date_to is None:
        return translate("Reports", "All decisions in the register")
    if date_to is None:
        return fill(translate("Reports", "Decisions from %1"), str(date_from))
    if date_from is None:
        return fill(translate("Reports", "Decisions up to %1"), str(date_to))
    return fill(translate("Reports", "Decisions from %1 to %2"), str(date_from), str(date_to))


def _introduction(rows: list[_Row], date_from: date | None, date_to: date | None) -> Section:
    decided = [r for r in rows if not r.is_proposal]
    proposals = [r for r in rows if r.is_proposal]
    count = counted(
        len(decided), translate("Reports", "1 decision"), translate("Reports", "%1 decisions")
    )
    if date_from is None and date_to is None:
        # No period was chosen: the subtitle says "all decisions in the register".
        text = fill(translate("Reports", "The register holds %1."), count)
    else:
        text = fill(translate("Reports", "The register holds %1 in the period."), count)
    if proposals:
        # A proposal is decided by the body it goes to (KS proposes, KF decides): it was
        # passed on for decision, not left undecided.
        text += " " + counted(
            len(proposals),
            translate("Reports", "Besides, 1 proposal was passed on to another body for decision."),
            translate(
                "Reports", "Besides, %1 proposals were passed on to another body for decision."
            ),
        )
    blocks: list[Block] = [Paragraph(text)]
    if not rows:
        blocks = [Paragraph(translate("Reports", "No decision is recorded in the period."))]
    return Section(translate("Reports", "About the register"), blocks)


def _table(rows: list[list[CellValue]]) -> Section:
    if not rows:
        return Section(translate("Reports", "Decisions"), [])
    columns = [
        translate("Reports", "Date"),
        translate("Reports", "Body"),
        translate("Reports", "§"),
        # "Dnr": the full word would not fit beside seven other columns on A4.
        translate("Reports", "Reg. no."),
        translate("Reports", "Matter and what it concerns"),
        translate("Reports", "Outcome"),
        translate("Reports", "Sent to"),
    ]
    table = Table(
        columns=columns,
        rows=rows,
        caption=translate("Reports", "Decisions and proposals in date order"),
        sheet_name=translate("Reports", "Decisions"),
    )
    key = translate(
        "Reports",
        "KF: the municipal council, KS: the municipal executive board, KSAU: the executive "
        "board's working committee.",
    )
    return Section(translate("Reports", "Decisions"), [table, Paragraph(key)])
