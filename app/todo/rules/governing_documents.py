"""To-do rule for governing documents: revise each by its revise-by date."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from app.dates import known_date
from app.formatting import format_known
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import DUE, OVERDUE, TodoItem
from app.todo.reading import Reading, lead_time, recorded_reason


def policies(r: Reading) -> Iterator[TodoItem | None]:
    """Governing documents whose revise-by date comes within the lead time."""
    # The column holds the earliest day the revise-by can mean: "2028" falls due on
    # 2028-01-01 (minus the lead time), and is overdue only after its last day.
    last = r.today + lead_time(r.rules.policy_lead_days)
    rows = [d for d in r.documents if d.revise_by is not None and d.revise_by <= last]
    for doc_id, title, revise_by, known in rows:
        by = known_date(revise_by, known)
        if revise_by is None or by is None:  # excluded in SQL; the check is for the type checker
            continue
        item = r.item(
            f"policy:{doc_id}:revise:{revise_by.isoformat()}",
            "policy",
            fill(
                translate("Todo", "Governing document: %1 - revise by %2"),
                title,
                format_known(by),
            ),
            by.earliest,
            r.rules.policy_lead_days,
            RecordRef("policy", doc_id),
            detail=recorded_reason(
                translate("Todo", "The revise-by date is recorded in the governing document."),
                r.rules.policy_lead_days,
            ),
        )
        if item is not None and item.state == OVERDUE and r.today <= by.latest:
            item = dataclasses.replace(item, state=DUE)
        yield item
