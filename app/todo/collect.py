"""Everything due, overdue or coming up under the municipality's rules, in a few queries.

Each rule in :mod:`app.todo.rules` reads one kind of obligation (DESIGN.md
section 4) and yields items whose lead time has begun. Items marked done, or snoozed past
today, are left out at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.derived.rotation import Rotation
from app.rules import Rules
from app.services.records import RecordRef
from app.todo.items import TodoItem, sort_key
from app.todo.reading import Reading
from app.todo.rules.agreements import agreement_actions, agreements
from app.todo.rules.governing_documents import policies
from app.todo.rules.grants import grants
from app.todo.rules.home_town import home_town
from app.todo.rules.hosting import hosting_ahead, hosting_follow_ups
from app.todo.rules.personal_data import persons
from app.todo.rules.terms_of_office import term_items
from app.todo.rules.trips import trip_approvals, trip_report_backs, trips_without_approval
from app.todo.rules.yearly_report import yearly_report
from app.workflow import context
from db import models as m
from db.home_towns import home_town_ids
from db.session import Database


def todo_items(db: Database, today: date, *, rules: Rules | None = None) -> list[TodoItem]:
    """Every to-do item on ``today``, sorted by due date; done and snoozed ones left out.

    ``rules`` default to the municipality's settings.
    """
    with db.reading() as session:
        return items_of(reading_for(session, today, rules))


def reading_for(
    session: Session,
    today: date,
    rules: Rules | None = None,
    *,
    homes: set[int] | None = None,
    twinned: Iterable[tuple[int, int]] | None = None,
) -> Reading:
    """What every rule reads, read once in ``session``: the rules, home towns, twin towns
    and governing documents (the networks and trips on first use).

    A caller reading much else in the same session (the start page) uses what it
    holds too, and passes what it has read already: the home towns (``homes``) and
    the towns of their twinnings not ended (``twinned``). On a server each query is
    a round trip.
    """
    if homes is None:
        homes = home_town_ids(session)
    chosen = rules if rules is not None else context.load_rules(session)
    # Read once: the twin towns include them, and two trip rules say why a trip is covered.
    unlinked = context.towns_in_no_twinning(session, homes) if homes else set()
    documents = context.policy_documents(session)
    cited = chosen.source_ids()
    return Reading(
        session,
        today,
        chosen,
        homes,
        context.twin_town_ids(session, homes, unlinked, twinned),
        {d.id: d.title for d in documents if d.id in cited},
        unlinked,
        documents,
    )


def items_of(reading: Reading, planned: dict[int, Rotation] | None = None) -> list[TodoItem]:
    """:func:`todo_items` from a :func:`reading_for`, sorted; done and snoozed ones left out.

    ``planned`` is every network's rotation from the reading's year on
    (``plan_rotations(reading.networks, not_before=...)``) when the caller has it.
    """
    items: list[TodoItem] = []
    for collector in _COLLECTORS:
        items.extend(i for i in collector(reading) if i is not None)
    items.extend(term_items(reading))
    items.extend(hosting_ahead(reading, planned))
    hidden = _hidden_keys(reading.session, reading.today)
    visible = [item for item in items if item.key not in hidden]
    return sorted(visible, key=sort_key)


# Far enough ahead that every reminder a record has has begun, near enough to add lead days to.
_FAR_AHEAD = date(9000, 1, 1)


def record_items(db: Database, kind: str, record_id: int) -> list[TodoItem]:
    """Every reminder the rules hold for one record, whenever it appears; done ones left out.

    Read as on a day far ahead, so ``appears_on`` says when each will first be
    listed; the item's state and the items that depend on the day (the yearly
    report, the term evaluation, hosting ahead) mean nothing here and are not read.
    """
    collectors = _RECORD_COLLECTORS.get(kind, ())
    if not collectors:
        return []
    with db.reading() as session:
        reading = reading_for(session, _FAR_AHEAD)
        found = [
            item
            for collector in collectors
            for item in collector(reading)
            if item is not None and item.ref == RecordRef(kind, record_id)
        ]
        done = set(
            session.scalars(
                select(m.Reminder.key).where(
                    m.Reminder.key.in_([item.key for item in found]),
                    m.Reminder.done_on.is_not(None),
                )
            )
        )
    return sorted((item for item in found if item.key not in done), key=lambda i: i.appears_on)


def _hidden_keys(session: Session, today: date) -> set[str]:
    rem = m.Reminder
    rows = session.scalars(
        select(rem.key).where(
            or_(rem.done_on.is_not(None), rem.snoozed_until > today),
        )
    )
    return set(rows)


_COLLECTORS: tuple[Callable[[Reading], Iterator[TodoItem | None]], ...] = (
    home_town,
    policies,
    agreements,
    agreement_actions,
    trip_approvals,
    trip_report_backs,
    trips_without_approval,
    yearly_report,
    hosting_follow_ups,
    grants,
    persons,
)

# The collectors that can hold a reminder for a record of each kind.
_RECORD_COLLECTORS: dict[str, tuple[Callable[[Reading], Iterator[TodoItem | None]], ...]] = {
    "policy": (policies,),
    "agreement": (agreements,),
    "agreement_action": (agreement_actions,),
    "trip": (trip_approvals, trip_report_backs, trips_without_approval),
    "meeting": (hosting_follow_ups,),
    "grant": (grants,),
    "person": (persons,),
}
