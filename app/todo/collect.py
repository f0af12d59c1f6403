"""Everything due, overdue or coming up under the municipality's rules, in a few queries.

Each collector below reads one kind of obligation (DESIGN.md section 4) and
yields items whose lead time has begun. Items marked done, or snoozed past
today, are left out at the end.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.dates import known_date
from app.derived.rotation import rotations
from app.derived.source import Source, database_of
from app.formatting import format_amount, format_date, format_known
from app.i18n import translate
from app.rules import Rules
from app.services import store
from app.services.records import RecordRef
from app.todo.items import DUE, OVERDUE, TodoItem, appears_on, sort_key, state_of
from app.vocabulary import label
from app.workflow import context, terms
from app.workflow.trips import report_back_need
from db import models as m
from db.home_towns import home_town_ids
from db.in_lists import in_chunks

_CLOSED_AGREEMENT = ("ended", "expired")


@dataclass(frozen=True)
class _Reading:
    """What every collector needs, read once."""

    session: Session
    today: date
    rules: Rules
    homes: set[int]
    twins: set[int]
    sources: dict[int, str]  # the governing documents the rules cite, by id

    def stated_in(self, source_id: int | None, detail: str = "") -> str:
        """``detail`` with the sentence naming the document a rule comes from, if it cites one."""
        title = self.sources.get(source_id) if source_id is not None else None
        if title is None:
            return detail
        cited = _title(translate("Todo", "The rule is stated in %1."), title)
        return f"{detail} {cited}" if detail else cited

    def to_twin_town(self, town_ids: Iterable[int]) -> bool:
        """Whether a trip to ``town_ids`` falls under the approval rule.

        Without a home town no twin town is known, so every trip does (the
        to-do list also asks for the home town): the rule never silently passes.
        """
        return not self.homes or any(town in self.twins for town in town_ids)

    def why_covered(self, town_ids: Iterable[int], unlinked: set[int]) -> str:
        """The sentence saying why a trip falls under the rule when it is no plain case.

        Without a home town every trip does; with one, a trip whose destinations
        are in no twinning yet does too (``unlinked``), and the item says so.
        """
        if not self.homes:
            return translate(
                "Todo",
                "No home municipality is marked, so every trip counts as one to a twin town.",
            )
        if any(town in self.twins and town not in unlinked for town in town_ids):
            return ""
        return translate(
            "Todo",
            "None of the trip's destinations is in a twinning in the register yet, so it "
            "counts as a trip to a twin town.",
        )

    def item(
        self,
        key: str,
        kind: str,
        title: str,
        due: date,
        lead_days: int,
        ref: RecordRef | None,
        *,
        detail: str = "",
        context: RecordRef | None = None,
    ) -> TodoItem | None:
        return make_item(
            self.today, key, kind, title, due, lead_days, ref, detail=detail, context=context
        )


def make_item(
    today: date,
    key: str,
    kind: str,
    title: str,
    due: date,
    lead_days: int,
    ref: RecordRef | None,
    *,
    detail: str = "",
    context: RecordRef | None = None,
) -> TodoItem | None:
    """The item, or None while its lead time has not begun on ``today``."""
    first = appears_on(due, lead_days)
    if today < first:
        return None
    return TodoItem(
        key=key,
        kind=kind,
        title=title,
        due=due,
        state=state_of(due, today),
        ref=ref,
        appears_on=first,
        detail=detail,
        context=context,
    )


def todo_items(source: Source, today: date, *, rules: Rules | None = None) -> list[TodoItem]:
    """Every to-do item on ``today``, sorted by due date; done and snoozed ones left out.

    ``source`` is a Workspace or a Database; ``rules`` default to the
    municipality's settings.
    """
    db = database_of(source)
    with db.reading() as session:
        homes = home_town_ids(session)
        chosen = rules if rules is not None else context.load_rules(session)
        reading = _Reading(
            session,
            today,
            chosen,
            homes,
            context.twin_town_ids(session, homes),
            _sources(session, chosen),
        )
        items: list[TodoItem] = []
        for collector in _COLLECTORS:
            items.extend(i for i in collector(reading) if i is not None)
        hidden = _hidden_keys(session, today)
    items.extend(_term_items(source, reading.rules, today))
    items.extend(_hosting_ahead(source, reading.rules, today))
    visible = [item for item in items if item.key not in hidden]
    return sorted(visible, key=sort_key)


# Far enough ahead that every reminder a record has has begun, near enough to add lead days to.
_FAR_AHEAD = date(9000, 1, 1)


def record_items(source: Source, kind: str, record_id: int) -> list[TodoItem]:
    """Every reminder the rules hold for one record, whenever it appears; done ones left out.

    Read as on a day far ahead, so ``appears_on`` says when each will first be
    listed; the item's state and the items that depend on the day (the yearly
    report, the term evaluation, hosting ahead) mean nothing here and are not read.
    """
    collectors = _RECORD_COLLECTORS.get(kind, ())
    if not collectors:
        return []
    with database_of(source).reading() as session:
        homes = home_town_ids(session)
        rules = context.load_rules(session)
        reading = _Reading(
            session,
            _FAR_AHEAD,
            rules,
            homes,
            context.twin_town_ids(session, homes),
            _sources(session, rules),
        )
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


def _sources(session: Session, rules: Rules) -> dict[int, str]:
    wanted = sorted(rules.source_ids())
    if not wanted:
        return {}
    doc = m.PolicyDocument
    rows = session.execute(select(doc.id, doc.title).where(doc.id.in_(wanted)))
    return {doc_id: title for doc_id, title in rows}


def _hidden_keys(session: Session, today: date) -> set[str]:
    rem = m.Reminder
    rows = session.scalars(
        select(rem.key).where(
            or_(rem.done_on.is_not(None), rem.snoozed_until > today),
        )
    )
    return set(rows)


def _title(text: str, *values: str) -> str:
    """Fill %1, %2 ... of a translated text (from the highest, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def _lead(days: int) -> timedelta:
    return timedelta(days=max(0, days))


# ---------------------------------------------------------------- governing documents


def _policies(r: _Reading) -> Iterator[TodoItem | None]:
    doc = m.PolicyDocument
    # The column holds the earliest day the revise-by can mean: "2028" falls due on
    # 2028-01-01 (minus the lead time), and is overdue only after its last day.
    rows = r.session.execute(
        select(doc.id, doc.title, doc.revise_by, doc.revise_by_edtf).where(
            doc.revise_by.is_not(None), doc.revise_by <= r.today + _lead(r.rules.policy_lead_days)
        )
    )
    for doc_id, title, revise_by, known in rows:
        by = known_date(revise_by, known)
        if revise_by is None or by is None:  # excluded in SQL; the check is for the type checker
            continue
        item = r.item(
            f"policy:{doc_id}:revise:{revise_by.isoformat()}",
            "policy",
            _title(
                translate("Todo", "Governing document: %1 - revise by %2"),
                title,
                format_known(by),
            ),
            by.earliest,
            r.rules.policy_lead_days,
            RecordRef("policy", doc_id),
        )
        if item is not None and item.state == OVERDUE and r.today <= by.latest:
            item = dataclasses.replace(item, state=DUE)
        yield item


# ---------------------------------------------------------------- agreements


def _agreements(r: _Reading) -> Iterator[TodoItem | None]:
    ag = m.Agreement
    rows = r.session.execute(
        select(ag.id, ag.title, ag.review_date, ag.valid_to, ag.lead_days).where(
            ag.status.not_in(_CLOSED_AGREEMENT),
            or_(ag.review_date.is_not(None), ag.valid_to.is_not(None)),
        )
    )
    for agreement_id, title, review, valid_to, own_lead in rows:
        # The agreement's own days of warning win over the municipality's rule.
        lead = own_lead if own_lead is not None else r.rules.agreement_lead_days
        ref = RecordRef("agreement", agreement_id)
        if review is not None:
            yield r.item(
                f"agreement:{agreement_id}:review:{review.isoformat()}",
                "agreement_review",
                _title(
                    translate("Todo", "Agreement: %1 - review by %2"), title, format_date(review)
                ),
                review,
                lead,
                ref,
            )
        if valid_to is not None:
            yield r.item(
                f"agreement:{agreement_id}:end:{valid_to.isoformat()}",
                "agreement_end",
                _title(translate("Todo", "Agreement: %1 - ends %2"), title, format_date(valid_to)),
                valid_to,
                lead,
                ref,
            )


def _agreement_actions(r: _Reading) -> Iterator[TodoItem | None]:
    act, ag = m.AgreementAction, m.Agreement
    lead = r.rules.agreement_action_lead_days
    rows = r.session.execute(
        select(act.id, act.title, act.due_date, act.responsible, ag.id, ag.title)
        .join(ag, ag.id == act.agreement_id)
        .where(
            act.done_date.is_(None),
            act.due_date.is_not(None),
            act.due_date <= r.today + _lead(lead),
            ag.status.not_in(_CLOSED_AGREEMENT),
        )
    )
    for action_id, title, due, responsible, agreement_id, agreement_title in rows:
        if due is None:  # excluded in SQL
            continue
        detail = ""
        if responsible:
            detail = _title(translate("Todo", "Responsible: %1"), responsible)
        yield r.item(
            f"agreement_action:{action_id}:due:{due.isoformat()}",
            "agreement_action",
            _title(
                translate("Todo", "Agreement action: %1 (%2) - due %3"),
                title,
                agreement_title,
                format_date(due),
            ),
            due,
            lead,
            RecordRef("agreement_action", action_id),
            detail=detail,
            context=RecordRef("agreement", agreement_id),
        )


# ---------------------------------------------------------------- trips


def _trip_towns(session: Session, trip_ids: list[int]) -> dict[int, list[int]]:
    towns: dict[int, list[int]] = defaultdict(list)
    if not trip_ids:
        return towns
    links = m.trip_towns
    for chunk in in_chunks(trip_ids):
        for trip_id, town_id in session.execute(
            select(links.c.trip_id, links.c.town_id).where(links.c.trip_id.in_(chunk))
        ):
            towns[trip_id].append(town_id)
    return towns


def _trip_approvals(r: _Reading) -> Iterator[TodoItem | None]:
    if not r.rules.trip_approval:
        return
    trip = m.Trip
    lead = r.rules.trip_approval_lead_days
    rows = list(
        r.session.execute(
            select(trip.id, trip.title, trip.start_date).where(
                trip.status.in_(("planned", "awaiting_approval")),
                trip.start_date.is_not(None),
                trip.start_date <= r.today + _lead(lead),
            )
        )
    )
    if not rows:
        return
    towns = _trip_towns(r.session, [row[0] for row in rows])
    unlinked = context.towns_in_no_twinning(r.session, r.homes)
    body = label(r.rules.trip_approval_body)
    for trip_id, title, start in rows:
        if start is None:  # excluded in SQL
            continue
        if not r.to_twin_town(towns.get(trip_id, ())):
            continue
        yield r.item(
            f"trip:{trip_id}:approval",
            "trip_approval",
            _title(
                translate("Todo", "Trip: %1 - approval by the %2 before departure on %3"),
                title,
                body,
                format_date(start),
            ),
            start,
            lead,
            RecordRef("trip", trip_id),
            detail=r.stated_in(
                r.rules.trip_approval_source_id, r.why_covered(towns.get(trip_id, ()), unlinked)
            ),
        )


def _trip_report_backs(r: _Reading) -> Iterator[TodoItem | None]:
    if not r.rules.report_back:
        return
    trip = m.Trip
    done = list(r.session.scalars(select(trip).where(trip.status == "done")))
    if not done:
        return
    rates = context.exchange_rates(r.session)
    body = label(r.rules.report_back_body)
    for row in done:
        need = report_back_need(row, r.rules, rates, r.today)
        if not need.needed:
            continue
        returned = row.end_date or row.start_date or r.today
        due = returned + _lead(r.rules.trip_report_back_days)
        if need.cost_sek is not None:
            cost = format_amount(need.cost_sek)
            detail = ""
        else:
            amount = context.trip_cost(row.actual_cost, row.estimated_cost)
            cost = format_amount(amount, row.currency)
            detail = _title(
                translate(
                    "Todo",
                    "No exchange rate for %1 is entered; the cost cannot be compared with %2.",
                ),
                row.currency,
                format_amount(r.rules.report_back_threshold_sek),
            )
        yield r.item(
            f"trip:{row.id}:report_back",
            "trip_report_back",
            _title(
                translate("Todo", "Trip: %1 - report back to the %2 (cost %3) by %4"),
                row.title,
                body,
                cost,
                format_date(due),
            ),
            due,
            r.rules.trip_report_back_days,
            RecordRef("trip", row.id),
            detail=r.stated_in(r.rules.report_back_source_id, detail),
        )


def _trips_without_approval(r: _Reading) -> Iterator[TodoItem | None]:
    """Trips made (done or reported) without the approval the rule asks for."""
    if not r.rules.trip_approval:
        return
    trip = m.Trip
    rows = list(
        r.session.execute(
            select(
                trip.id,
                trip.title,
                trip.start_date,
                trip.end_date,
                trip.approval_decision_id,
                m.Decision.body,
            )
            .outerjoin(m.Decision, m.Decision.id == trip.approval_decision_id)
            .where(trip.status.in_(("done", "reported")))
        )
    )
    if not rows:
        return
    body_code = r.rules.trip_approval_body
    body = label(body_code)
    towns = _trip_towns(r.session, [row[0] for row in rows])
    unlinked = context.towns_in_no_twinning(r.session, r.homes)
    for trip_id, title, start, end, decision_id, decided_by in rows:
        if decision_id is not None and decided_by == body_code:
            continue
        if not r.to_twin_town(towns.get(trip_id, ())):
            continue
        if decision_id is None:
            detail = ""
        else:
            detail = _title(
                translate("Todo", "The approving decision linked is one of the %1."),
                label(decided_by),
            )
        why = r.why_covered(towns.get(trip_id, ()), unlinked)
        detail = " ".join(part for part in (detail, why) if part)
        # Due when the trip began: it should have been approved by then.
        due = start or end or r.today
        yield r.item(
            f"trip:{trip_id}:unapproved",
            "trip_unapproved",
            _title(
                translate("Todo", "Trip: %1 - made without the approval of the %2"),
                title,
                body,
            ),
            due,
            0,
            RecordRef("trip", trip_id),
            detail=r.stated_in(r.rules.trip_approval_source_id, detail),
        )


# ---------------------------------------------------------------- home municipality


def _home_town(r: _Reading) -> Iterator[TodoItem | None]:
    if r.homes:
        return
    yield r.item(
        "home_town:missing",
        "home_town",
        translate("Todo", "Mark the home municipality"),
        r.today,
        0,
        None,
        detail=translate(
            "Todo",
            "Open the municipality's own town under Twin towns and tick Home municipality: the "
            "rules on trips to twin towns, hosting and grants cannot be applied without it.",
        ),
    )


# ---------------------------------------------------------------- yearly report


def yearly_report_due(year: int, month: int, day: int = 31) -> date:
    """Day ``day`` of ``month`` in ``year`` (at most the month's last): when the report of
    the year before is due."""
    month = min(12, max(1, month))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(last, max(1, day)))


def _yearly_report(r: _Reading) -> Iterator[TodoItem | None]:
    if not r.rules.yearly_council_report:
        return
    # The latest report whose lead time has begun: last year's report stays
    # listed (overdue, unless marked done) until this year's comes up.
    for year in (r.today.year, r.today.year - 1):
        due = yearly_report_due(year, r.rules.yearly_report_month, r.rules.yearly_report_day)
        if r.today >= appears_on(due, r.rules.yearly_report_lead_days):
            reported_year = year - 1
            yield r.item(
                f"yearly_report:{reported_year}",
                "yearly_report",
                _title(
                    translate("Todo", "Yearly report of exchanges and trips %1 to the %2 - due %3"),
                    str(reported_year),
                    label(r.rules.yearly_report_body),
                    format_date(due),
                ),
                due,
                r.rules.yearly_report_lead_days,
                RecordRef("yearly_report", reported_year),
                detail=r.stated_in(r.rules.yearly_report_source_id),
            )
            return


# ---------------------------------------------------------------- hosting


def _hosting_follow_ups(r: _Reading) -> Iterator[TodoItem | None]:
    if not r.homes:
        return
    mt = m.NetworkMeeting
    days = r.rules.hosting_follow_up_days
    rows = r.session.execute(
        select(mt.id, mt.year, mt.start_date, mt.end_date, m.Network.name)
        .join(m.Network, m.Network.id == mt.network_id)
        .where(
            mt.host_town_id.in_(sorted(r.homes)),
            mt.follow_up_date.is_(None),
            or_(mt.follow_up_report.is_(None), mt.follow_up_report == ""),
            mt.year <= r.today.year,
        )
    )
    for meeting_id, year, start, end, network in rows:
        # A meeting without dates is taken to have ended with its year.
        last_day = end or start or date(year, 12, 31)
        if last_day > r.today:
            continue
        due = last_day + _lead(days)
        yield r.item(
            f"meeting:{meeting_id}:follow_up",
            "hosting_follow_up",
            _title(
                translate("Todo", "Follow-up report after hosting %1 %2 - due %3"),
                network,
                str(year),
                format_date(due),
            ),
            due,
            days,
            RecordRef("meeting", meeting_id),
        )


@dataclass(frozen=True)
class _Hosting:
    """A meeting a home town is to host: recorded already, or read from the rotation."""

    network_id: int
    town_id: int
    year: int
    day: date | None


def _hosting_ahead(source: Source, rules: Rules, today: date) -> list[TodoItem]:
    """The next meeting each network holds in a home town (informational items)."""
    db = database_of(source)
    mt = m.NetworkMeeting
    with db.reading() as session:
        homes = home_town_ids(session)
        if not homes:
            return []
        recorded = session.execute(
            select(mt.network_id, mt.host_town_id, mt.year, mt.start_date)
            .where(mt.host_town_id.in_(sorted(homes)), mt.year >= today.year)
            .order_by(mt.year)
        ).all()
        networks = {
            network_id: name
            for network_id, name in session.execute(select(m.Network.id, m.Network.name))
        }
    ahead: dict[int, _Hosting] = {}
    # A hosting already entered as a meeting (with its dates) wins over the rotation's year.
    for network_id, town_id, year, day in recorded:
        if town_id is not None and (day is None or day >= today) and network_id not in ahead:
            ahead[network_id] = _Hosting(network_id, town_id, year, day)
    for network_id, rotation in rotations(db, home_town_ids=homes, not_before=today.year).items():
        if network_id in ahead:
            continue
        turn = next((h for h in rotation.schedule if h.town_id in homes), None)
        if turn is not None:
            ahead[network_id] = _Hosting(network_id, turn.town_id, turn.year, None)
    names = store.labels(db, "town", sorted({h.town_id for h in ahead.values()}))
    items = []
    for hosting in ahead.values():
        item = _hosting_item(
            today,
            rules,
            hosting,
            names.get(hosting.town_id, "?"),
            networks.get(hosting.network_id, "?"),
        )
        if item is not None:
            items.append(item)
    return items


def _hosting_item(
    today: date, rules: Rules, hosting: _Hosting, town: str, network: str
) -> TodoItem | None:
    due = hosting.day or date(hosting.year, 1, 1)
    if hosting.day is None and due < today:
        # Hosting this very year, no date recorded yet: due by the year's end.
        due = date(hosting.year, 12, 31)
    return make_item(
        today,
        f"hosting:{hosting.network_id}:{hosting.town_id}:{hosting.year}",
        "hosting_upcoming",
        _title(
            translate("Todo", "%1 hosts the meeting of %2 in %3"),
            town,
            network,
            str(hosting.year),
        ),
        due,
        rules.hosting_notice_days,
        RecordRef("network", hosting.network_id),
    )


# ---------------------------------------------------------------- grants


def _grants(r: _Reading) -> Iterator[TodoItem | None]:
    grant, org = m.Grant, m.Organisation
    lead = r.rules.grant_report_lead_days
    query = (
        select(grant.id, grant.year, grant.report_due, org.name)
        .join(org, org.id == grant.organisation_id)
        .where(grant.report_received.is_(None))
    )
    # A grant paid by another town (Herning pays its own branch) reports to that town.
    if r.homes:
        query = query.where(
            or_(grant.payer_town_id.is_(None), grant.payer_town_id.in_(sorted(r.homes)))
        )
    else:
        query = query.where(grant.payer_town_id.is_(None))
    for grant_id, year, report_due, organisation in r.session.execute(query):
        due = report_due or date(year, 12, 31)
        yield r.item(
            f"grant:{grant_id}:report",
            "grant_report",
            _title(
                translate("Todo", "Grant report: %1 %2 - due %3"),
                organisation,
                str(year),
                format_date(due),
            ),
            due,
            lead,
            RecordRef("grant", grant_id),
        )


# ---------------------------------------------------------------- personal data


def _persons(r: _Reading) -> Iterator[TodoItem | None]:
    person = m.Person
    lead = r.rules.person_disposal_lead_days
    rows = r.session.execute(
        select(person.id, person.name, person.dispose_after).where(
            person.dispose_after.is_not(None),
            person.dispose_after <= r.today + _lead(lead),
        )
    )
    for person_id, name, dispose_after in rows:
        if dispose_after is None:  # excluded in SQL
            continue
        yield r.item(
            f"person:{person_id}:dispose:{dispose_after.isoformat()}",
            "person_disposal",
            _title(
                translate("Todo", "Personal data: dispose of %1 after %2"),
                name,
                format_date(dispose_after),
            ),
            dispose_after,
            lead,
            RecordRef("person", person_id),
        )


# ---------------------------------------------------------------- terms of office


def _term_items(source: Source, rules: Rules, today: date) -> list[TodoItem]:
    """Evaluations due by the end of the term, and twinnings silent in it."""
    if not rules.evaluate_each_term:
        return []
    db = database_of(source)
    lead = rules.term_evaluation_lead_days
    with db.reading() as session:
        # The running term only: once a term is over, its evaluation can no longer be made in it.
        term = terms.current_term(session, today)
        if term is None or today < appears_on(term.end_date, lead):
            return []
        term_id, first, last = term.id, term.start_date, term.end_date
        term_name = f"{term.start_year}–{term.end_year}"
        evaluated = set(
            session.scalars(select(m.Evaluation.twinning_id).where(m.Evaluation.term_id == term_id))
        )
        running = [
            twinning_id
            for twinning_id, status, ended in terms.twinnings_in_term(session, first, last)
            if status != "ended" and (ended is None or ended > today)
            and twinning_id not in evaluated
        ]  # fmt: skip
        names = store.labels_in(session, "twinning", running) if running else {}
    if not running:
        return []
    term_ref = RecordRef("term", term_id)
    # The evaluation sheet's own suggestion, so the list and the sheet never disagree.
    suggested = {row.twinning_id for row in terms.evaluation_sheet(db, term_id, today)
                 if row.suggest_ending}  # fmt: skip
    items: list[TodoItem] = []
    for twinning_id in running:
        name = names.get(twinning_id, "?")
        ref = RecordRef("twinning", twinning_id)
        evaluation = make_item(
            today,
            f"evaluation:{term_id}:{twinning_id}",
            "term_evaluation",
            _title(
                translate("Todo", "Evaluate the twinning %1 for the term %2 - by %3"),
                name,
                term_name,
                format_date(last),
            ),
            last,
            lead,
            ref,
            context=term_ref,
        )
        if evaluation is not None:
            items.append(evaluation)
        if twinning_id in suggested:
            flag = make_item(
                today,
                f"twinning:{twinning_id}:no_activity:{term_id}",
                "twinning_no_activity",
                _title(
                    translate(
                        "Todo", "Twinning %1: no activity in the term %2 - a candidate for ending"
                    ),
                    name,
                    term_name,
                ),
                last,
                lead,
                ref,
                context=term_ref,
            )
            if flag is not None:
                items.append(flag)
    return items


_COLLECTORS: tuple[Callable[[_Reading], Iterator[TodoItem | None]], ...] = (
    _home_town,
    _policies,
    _agreements,
    _agreement_actions,
    _trip_approvals,
    _trip_report_backs,
    _trips_without_approval,
    _yearly_report,
    _hosting_follow_ups,
    _grants,
    _persons,
)

# The collectors that can hold a reminder for a record of each kind.
_RECORD_COLLECTORS: dict[str, tuple[Callable[[_Reading], Iterator[TodoItem | None]], ...]] = {
    "policy": (_policies,),
    "agreement": (_agreements,),
    "agreement_action": (_agreement_actions,),
    "trip": (_trip_approvals, _trip_report_backs, _trips_without_approval),
    "meeting": (_hosting_follow_ups,),
    "grant": (_grants,),
    "person": (_persons,),
}
