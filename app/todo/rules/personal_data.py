"""To-do rule for personal data: remove a person's details after their dispose-after day."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import TodoItem
from app.todo.reading import Reading, lead_time, recorded_reason
from db import models as m


def persons(r: Reading) -> Iterator[TodoItem | None]:
    """People whose personal data is to be removed, by their dispose-after day."""
    person = m.Person
    lead = r.rules.person_disposal_lead_days
    rows = r.session.execute(
        select(person.id, person.name, person.dispose_after).where(
            person.dispose_after.is_not(None),
            person.dispose_after <= r.today + lead_time(lead),
        )
    )
    for person_id, name, dispose_after in rows:
        if dispose_after is None:  # excluded in SQL
            continue
        yield r.item(
            f"person:{person_id}:dispose:{dispose_after.isoformat()}",
            "person_disposal",
            fill(
                translate("Todo", "Personal data: dispose of %1 after %2"),
                name,
                format_date(dispose_after),
            ),
            dispose_after,
            lead,
            RecordRef("person", person_id),
            detail=recorded_reason(
                translate("Todo", "The day to dispose of the data is recorded for the person."),
                lead,
            ),
        )
