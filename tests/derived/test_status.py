"""A twinning's status per period: thresholds at their edges, evidence, override, ending.

Expected results are worked out by hand from the rule in app/derived/status.py:
with the default rules a four-year period needs 4 contacts to be active and 1
to be sporadic.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from app.derived.status import (
    Evidence,
    period_years,
    recent_period,
    status_of,
    statuses,
)
from app.rules import Rules
from app.services.errors import RecordNotFound
from app.services.records import RecordRef
from app.workspace import Workspace
from tests.derived.register import Register

PERIOD = (date(2010, 1, 1), date(2013, 12, 31))


def _days_in_period(n: int) -> list[date]:
    # Spread over the period, the first and the last day included.
    days = [date(2010, 1, 1), date(2013, 12, 31), date(2011, 5, 5), date(2012, 8, 8)]
    days += [date(2011, 1, 1) + timedelta(days=30 * i) for i in range(10)]
    return days[:n]


def _twinnings_with_contacts(reg: Register, counts: list[int]) -> dict[int, int]:
    """One twinning with the home town per count, with that many activities in the period."""
    home = reg.town("Vänersborg", home=True)
    made = {}
    for n in counts:
        partner = reg.town(f"Partner {n}")
        made[n] = reg.twinning(home, partner, contact_year=1950)
        for i, day in enumerate(_days_in_period(n)):
            reg.activity(f"Exchange {n}.{i}", day, (partner,))
        # Just outside the period on both sides: never counted.
        reg.activity(f"Before {n}", date(2009, 12, 31), (partner,))
        reg.activity(f"After {n}", date(2014, 1, 1), (partner,))
    return made


def test_default_thresholds_at_their_edges(workspace: Workspace, reg: Register) -> None:
    made = _twinnings_with_contacts(reg, [0, 1, 3, 4])
    found = statuses(workspace.database, PERIOD)
    assert {n: found[t].derived for n, t in made.items()} == {
        0: "dormant",
        1: "sporadic",
        3: "sporadic",
        4: "active",
    }
    assert {n: found[t].contacts for n, t in made.items()} == {0: 0, 1: 1, 3: 3, 4: 4}
    assert all(s.needed_for_active == 4 for s in found.values())
    assert all(s.period == PERIOD for s in found.values())


def test_an_activity_spanning_the_period_start_counts(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    partner = reg.town("Herning")
    twinning = reg.twinning(home, partner)
    reg.activity("Winter camp", date(2009, 12, 20), (partner,), end=date(2010, 1, 5))
    result = status_of(workspace.database, twinning, PERIOD)
    assert result.derived == "sporadic"
    assert [e.label for e in result.evidence] == ["Winter camp"]


def test_thresholds_come_from_the_settings(workspace: Workspace, reg: Register) -> None:
    settings = workspace.settings()
    rules = dataclasses.replace(settings.rules, status_active_per_year=1.5, status_sporadic_min=2)
    workspace.save_settings(dataclasses.replace(settings, rules=rules))
    made = _twinnings_with_contacts(reg, [1, 2, 5, 6])
    # 1.5 a year over 4.0 years: 6 make it active; 2 make it sporadic.
    found = statuses(workspace.database, PERIOD)
    assert {n: found[t].derived for n, t in made.items()} == {
        1: "dormant",
        2: "sporadic",
        5: "sporadic",
        6: "active",
    }
    assert found[made[1]].needed_for_active == 6


def test_rules_can_be_passed_instead_of_read(workspace: Workspace, reg: Register) -> None:
    made = _twinnings_with_contacts(reg, [2])
    strict = Rules(status_active_per_year=0.5)  # 2 in four years is active
    assert statuses(workspace.database, PERIOD, rules=strict)[made[2]].derived == "active"
    assert statuses(workspace.database, PERIOD)[made[2]].derived == "sporadic"


def test_the_default_period_is_the_set_number_of_years_up_to_today(
    workspace: Workspace, reg: Register
) -> None:
    settings = workspace.settings()
    workspace.save_settings(
        dataclasses.replace(
            settings, rules=dataclasses.replace(settings.rules, status_period_years=2)
        )
    )
    home = reg.town("Vänersborg", home=True)
    recent, old = reg.town("Herning"), reg.town("Holmestrand")
    with_recent = reg.twinning(home, recent)
    with_old = reg.twinning(home, old)
    today = date.today()
    reg.activity("Last month", today - timedelta(days=30), (recent,))
    reg.activity("Three years ago", today - timedelta(days=3 * 365), (old,))
    found = statuses(workspace.database)
    assert found[with_recent].derived == "sporadic"
    assert found[with_old].derived == "dormant"


def test_recent_period() -> None:
    assert recent_period(4, date(2026, 11, 22)) == (date(2022, 11, 23), date(2026, 11, 22))
    assert recent_period(1, date(2024, 2, 29)) == (date(2023, 3, 1), date(2024, 2, 29))


def test_period_years_ignore_leap_days() -> None:
    assert period_years((date(2012, 1, 1), date(2012, 12, 31))) == 1.0
    assert period_years((date(2010, 1, 1), date(2013, 12, 31))) == 4.0
    assert period_years((date(2022, 10, 15), date(2026, 10, 14))) == 4.0


def test_every_kind_of_evidence(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    other_home = reg.town("Trollhättan", home=True)
    partner = reg.town("Herning")
    twinning = reg.twinning(home, partner, contact_year=1946)
    other = reg.twinning(other_home, partner)

    only_partner = reg.activity("Choir visit", date(2011, 5, 1), (partner,))
    other_home_activity = reg.activity(
        "Trollhättan exchange", date(2011, 6, 1), (partner, other_home)
    )
    both = reg.activity("Football cup", date(2013, 2, 2), (home, partner))
    reg.activity("Undated exchange", None, (partner,))
    trip = reg.trip("Study visit", date(2012, 3, 1), (partner,))
    reg.trip("Cancelled visit", date(2012, 4, 1), (partner,), status="cancelled")

    chain = reg.network("Nordic chain")
    reg.member(chain, home, joined=1946)
    reg.member(chain, partner, joined=1946)
    meeting = reg.meeting(chain, 2011, partner)
    reg.meeting(chain, 2009, home)  # before the period

    old_chain = reg.network("Old chain")
    reg.member(old_chain, home, joined=1950)
    reg.member(old_chain, partner, joined=1950, left=2010)
    reg.meeting(old_chain, 2012, home)  # Herning had left by then

    signed = reg.agreement("Cooperation 2011", (home, partner), signed_date=date(2011, 6, 1))
    in_force = reg.agreement("Twinning agreement", (home, partner), signed_date=date(1990, 1, 1))
    reg.agreement(
        "Old agreement",
        (home, partner),
        status="ended",
        signed_date=date(2000, 1, 1),
        valid_to=date(2009, 6, 30),
    )
    reg.agreement("Draft", (home, partner), status="draft")
    decided = reg.decision(
        "Grant for the cup",
        date(2012, 1, 10),
        (RecordRef("twinning", twinning),),
        registry_no="KS 2012/3",
        section="§ 4",
    )
    reg.decision("Old decision", date(2009, 1, 10), (RecordRef("twinning", twinning),))

    result = status_of(workspace.database, twinning, PERIOD)
    municipal, civil, paper = frozenset({"municipal"}), frozenset({"civil"}), frozenset()
    assert [(e.kind, e.record_id, e.date_or_year, e.counts, e.levels) for e in result.evidence] == [
        ("agreement", in_force, date(1990, 1, 1), False, paper),
        ("meeting", meeting, 2011, True, civil),
        ("activity", only_partner, date(2011, 5, 1), True, municipal),
        ("agreement", signed, date(2011, 6, 1), True, municipal),
        ("decision", decided, date(2012, 1, 10), True, municipal),
        ("trip", trip, date(2012, 3, 1), True, municipal),
        ("activity", both, date(2013, 2, 2), True, municipal),
    ]
    labels = [e.label for e in result.evidence]
    assert labels[0] == "Twinning agreement (in force)"
    assert labels[1] == "Nordic chain: meeting hosted by Herning"
    assert labels[3] == "Cooperation 2011 (signed)"
    assert labels[4] == "KS 2012/3 § 4 Grant for the cup"
    # Municipal: two activities, the signing, the decision and the trip; civil: the meeting.
    assert (result.contacts, result.civil_contacts, result.all_contacts) == (5, 1, 6)
    assert (result.derived, result.civil) == ("active", "sporadic")
    assert result.evidence[1].ref == RecordRef("meeting", meeting)

    # The activity naming Trollhättan belongs to Trollhättan's twinning only.
    other_refs = {e.ref for e in status_of(workspace.database, other, PERIOD).evidence}
    assert RecordRef("activity", other_home_activity) in other_refs
    assert RecordRef("activity", other_home_activity) not in {e.ref for e in result.evidence}


def test_an_agreement_merely_in_force_is_not_contact(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    partner = reg.town("Holmestrand")
    twinning = reg.twinning(home, partner)
    reg.agreement("Municipal agreement", (home, partner), signed_date=date(2001, 1, 1))
    result = status_of(workspace.database, twinning, PERIOD)
    assert len(result.evidence) == 1
    assert (result.contacts, result.all_contacts, result.derived) == (0, 0, "dormant")


def test_a_decision_concerning_the_twinning_is_municipal_contact(
    workspace: Workspace, reg: Register
) -> None:
    home = reg.town("Vänersborg", home=True)
    partner = reg.town("Holmestrand")
    twinning = reg.twinning(home, partner)
    reg.decision("Keep the twinning", date(2012, 2, 2), (RecordRef("twinning", twinning),))
    result = status_of(workspace.database, twinning, PERIOD)
    assert (result.contacts, result.civil_contacts) == (1, 0)
    assert (result.derived, result.civil) == ("sporadic", "dormant")


def test_when_neither_town_is_home_both_must_be_named(workspace: Workspace, reg: Register) -> None:
    a, b, c = reg.town("Lich"), reg.town("Omaruru"), reg.town("Kangasala")
    twinning = reg.twinning(a, b)
    reg.activity("Only Omaruru", date(2011, 1, 1), (b,))
    reg.activity("Omaruru and Kangasala", date(2011, 2, 1), (b, c))
    named = reg.activity("Lich and Omaruru", date(2011, 3, 1), (a, b))
    result = status_of(workspace.database, twinning, PERIOD)
    assert [e.record_id for e in result.evidence] == [named]


def test_override_is_kept_beside_the_derived_status(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    partner = reg.town("Eiði")
    twinning = reg.twinning(
        home,
        partner,
        status_override="active",
        status_override_reason="Letters every year, never registered",
    )
    result = status_of(workspace.database, twinning, PERIOD)
    assert result.derived == "dormant"
    assert result.override == "active"
    assert result.override_reason == "Letters every year, never registered"
    assert result.effective == "active"
    assert result.overridden

    plain = reg.twinning(home, reg.town("Arsuk"))
    without = status_of(workspace.database, plain, PERIOD)
    assert (without.override, without.effective, without.overridden) == (None, "dormant", False)


def test_ended_twinnings(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    towns = [reg.town(name) for name in ("Utajärvi", "Lich", "Omaruru", "Kangasala")]
    ended_in = reg.twinning(home, towns[0], status="ended", end_date=date(2012, 6, 30))
    ends_on_last_day = reg.twinning(home, towns[1], end_date=date(2013, 12, 31))
    ends_later = reg.twinning(home, towns[2], status="ended", end_date=date(2014, 1, 1))
    ended_undated = reg.twinning(home, towns[3], status="ended")
    for town in towns:
        for i, day in enumerate(_days_in_period(4)):
            reg.activity(f"Visit {town}.{i}", day, (town,))
    found = statuses(workspace.database, PERIOD)
    assert found[ended_in].derived == "ended"
    assert found[ends_on_last_day].derived == "ended"
    # It ended after the period, so in the period it was still running.
    assert found[ends_later].derived == "active"
    # Marked ended without a date, but alive in the period: judged on its contact.
    assert found[ended_undated].derived == "active"
    # The evidence is still shown for an ended twinning.
    assert found[ended_in].contacts == 4
    # After its last sign of life (the visit on 2013-12-31) it counts as ended.
    later = statuses(workspace.database, (date(2014, 1, 1), date(2017, 12, 31)))
    assert later[ended_undated].derived == "ended"
    assert later[ended_undated].civil == "ended"


def test_bulk_and_single_agree(workspace: Workspace, reg: Register) -> None:
    made = _twinnings_with_contacts(reg, [0, 2, 4])
    every = statuses(workspace.database, PERIOD)
    some = statuses(workspace.database, PERIOD, [made[2], made[4]])
    assert set(some) == {made[2], made[4]}
    for twinning in made.values():
        assert status_of(workspace.database, twinning, PERIOD) == every[twinning]
    assert some[made[4]] == every[made[4]]


def test_the_number_of_queries_does_not_grow_with_the_register(
    workspace: Workspace, reg: Register
) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    _twinnings_with_contacts(reg, [1, 2])
    event.listen(workspace.database.engine, "before_cursor_execute", count)
    try:
        statuses(workspace.database, PERIOD, rules=Rules())
        small = len(statements)
        event.remove(workspace.database.engine, "before_cursor_execute", count)
        home = reg.town("Second home", home=True)
        for i in range(25):
            partner = reg.town(f"More {i}")
            reg.twinning(home, partner)
            reg.activity(f"More exchange {i}", date(2012, 1, 1), (partner,))
        statements.clear()
        event.listen(workspace.database.engine, "before_cursor_execute", count)
        found = statuses(workspace.database, PERIOD, rules=Rules())
    finally:
        if event.contains(workspace.database.engine, "before_cursor_execute", count):
            event.remove(workspace.database.engine, "before_cursor_execute", count)
    assert len(found) == 27
    assert len(statements) == small


def test_an_unknown_twinning_is_refused(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFound):
        status_of(workspace.database, 4711, PERIOD)


def test_a_period_ending_before_it_starts_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValueError):
        statuses(workspace.database, (date(2013, 1, 1), date(2012, 1, 1)), rules=Rules())


def test_evidence_is_a_plain_value() -> None:
    evidence = Evidence("trip", 3, date(2012, 1, 1), "Study visit")
    assert evidence.counts
    with pytest.raises(dataclasses.FrozenInstanceError):
        evidence.label = "x"  # type: ignore[misc]
