"""A twinning's status per level (municipal and civil), "new", her judgement first, and the wording.

Expected results are worked out by hand from the rule in app/derived/status_rule.py:
with the default rules a four-year period needs 4 contacts for a level to be
active and 1 to be sporadic, and a twinning begun within the last 5 years of
the period is new.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from app.derived.status import status_of, statuses
from app.derived.status_wording import evidence_lines, rule_sentence, status_line, status_lines
from app.rules import Rules
from app.services import records as r
from app.workspace import Workspace
from tests.derived.register import Register

PERIOD = (date(2010, 1, 1), date(2013, 12, 31))


def _chain(reg: Register, home: int, partner: int, years: range) -> None:
    chain = reg.network("Nordic chain")
    reg.member(chain, home, joined=1946)
    reg.member(chain, partner, joined=1946)
    for year in years:
        reg.meeting(chain, year, partner)


def test_chain_meetings_alone_make_the_civil_level_active_and_the_municipal_one_dormant(
    workspace: Workspace, reg: Register
) -> None:
    """The Vänersborg survey's conclusion: dormant at the municipal level, active at the civil."""
    home, herning = reg.town("Vänersborg", home=True), reg.town("Herning")
    twinning = reg.twinning(home, herning, contact_year=1946)
    _chain(reg, home, herning, range(2010, 2014))
    result = status_of(workspace.database, twinning, PERIOD)
    assert (result.derived, result.contacts) == ("dormant", 0)
    assert (result.civil, result.civil_contacts) == ("active", 4)
    assert result.effective == "dormant"


def test_who_took_part_decides_the_level_of_an_activity(
    workspace: Workspace, reg: Register
) -> None:
    home, partner = reg.town("Vänersborg", home=True), reg.town("Holmestrand")
    twinning = reg.twinning(home, partner, contact_year=1947)
    corps = reg.organisation("Vargöns musikkår", "association")
    school = reg.organisation("Blåsutskolan", "school")
    office = reg.organisation("Kommunstyrelsens förvaltning", "department")
    reg.activity(
        "Music corps", date(2011, 5, 17), (partner,), municipal=False, organisations=(corps,)
    )
    reg.activity(
        "School visit", date(2011, 9, 1), (partner,), municipal=False, organisations=(school,)
    )
    reg.activity(
        "Officials", date(2012, 2, 1), (partner,), municipal=False, organisations=(office,)
    )
    reg.activity("Both", date(2012, 5, 1), (partner,), municipal=True, organisations=(corps,))
    reg.activity("Nobody known", date(2013, 5, 1), (partner,), municipal=False)
    result = status_of(workspace.database, twinning, PERIOD)
    levels = {e.label: set(e.levels) for e in result.evidence}
    assert levels == {
        "Music corps": {"civil"},
        "School visit": {"civil"},
        "Officials": {"municipal"},
        "Both": {"municipal", "civil"},
        "Nobody known": {"civil"},
    }
    assert (result.contacts, result.civil_contacts, result.all_contacts) == (2, 4, 5)
    assert (result.derived, result.civil) == ("sporadic", "active")


def test_a_twinning_begun_in_the_period_is_new_not_dormant(
    workspace: Workspace, reg: Register
) -> None:
    home = reg.town("Vänersborg", home=True)
    lich, omaruru, old, busy = (reg.town(n) for n in ("Lich", "Omaruru", "Herning", "Kangasala"))
    begun_in = reg.twinning(home, lich, start_date=date(2012, 1, 1))
    # The period ends 2013-12-31: five years back is 2009-01-01, the first day still new.
    begun_just_before = reg.twinning(home, omaruru, start_date=date(2009, 1, 1))
    begun_too_early = reg.twinning(home, old, start_date=date(2008, 12, 31))
    busy_new = reg.twinning(home, busy, contact_year=2011)
    for i, day in enumerate(
        (date(2011, 3, 1), date(2012, 3, 1), date(2013, 3, 1), date(2013, 4, 1))
    ):
        reg.activity(f"Visit {i}", day, (busy,))
    reg.activity("One visit", date(2013, 6, 1), (omaruru,))
    found = statuses(workspace.database, PERIOD)
    assert (found[begun_in].derived, found[begun_in].civil) == ("new", "new")
    assert found[begun_just_before].derived == "new"  # one contact, yet new rather than sporadic
    assert found[begun_too_early].derived == "dormant"
    assert found[busy_new].derived == "active"  # regular contact outranks new
    # The number of years is a setting: with none, only a start inside the period is new.
    strict = Rules(status_new_years=0)
    again = statuses(workspace.database, PERIOD, rules=strict)
    assert again[begun_in].derived == "new"
    assert again[begun_just_before].derived == "sporadic"


def test_a_twinning_without_a_known_start_is_never_new(workspace: Workspace, reg: Register) -> None:
    home, omaruru = reg.town("Vänersborg", home=True), reg.town("Omaruru")
    twinning = reg.twinning(home, omaruru)
    assert status_of(workspace.database, twinning, PERIOD).derived == "dormant"


def test_her_judgement_is_shown_and_the_computed_status_only_where_it_differs(
    workspace: Workspace, reg: Register
) -> None:
    home, herning, eidi = reg.town("Vänersborg", home=True), reg.town("Herning"), reg.town("Eiði")
    differs = reg.twinning(
        home, herning, status_override="dormant", status_override_reason="No municipal contact"
    )
    agrees = reg.twinning(home, eidi, status_override="dormant", status_override_reason="Quiet")
    reg.trip("Study visit", date(2012, 3, 1), (herning,))
    found = statuses(workspace.database, PERIOD)
    line = status_line(found[differs])
    assert (line.municipal, line.municipal_computed, line.civil) == (
        "dormant",
        "sporadic",
        "dormant",
    )
    assert line.municipal_text() == "dormant (computed: sporadic)"
    assert line.judged and line.reason == "No municipal contact"
    assert line.ground == (
        "1 contact at the municipal level and no contacts at the civil level in "
        "2010-01-01 – 2013-12-31; 4 make a level active."
    )
    same = status_line(found[agrees])
    assert (same.municipal, same.municipal_computed) == ("dormant", None)
    assert same.municipal_text() == "dormant"
    assert same.ground == "No contact is recorded at any level in 2010-01-01 – 2013-12-31."


def test_the_ground_of_a_new_twinning_says_when_it_began(
    workspace: Workspace, reg: Register
) -> None:
    home, lich = reg.town("Vänersborg", home=True), reg.town("Lich")
    twinning = reg.twinning(home, lich, contact_year=2010)
    assert status_line(status_of(workspace.database, twinning, PERIOD)).ground == (
        "Begun 2010, recently enough to count as new; no contacts at the municipal level and "
        "no contacts at the civil level in 2010-01-01 – 2013-12-31."
    )


def test_the_full_evidence_names_the_level_of_each_item(
    workspace: Workspace, reg: Register
) -> None:
    home, herning = reg.town("Vänersborg", home=True), reg.town("Herning")
    twinning = reg.twinning(home, herning, contact_year=1946)
    _chain(reg, home, herning, range(2011, 2012))
    reg.trip("Study visit", date(2012, 3, 1), (herning,))
    agreement = reg.agreement("Plan", (home, herning), signed_date=date(2001, 1, 1))
    reg.ws.save(
        r.AgreementAction(agreement_id=agreement, title="Youth camp", done_date=date(2013, 7, 1))
    )
    assert evidence_lines(status_of(workspace.database, twinning, PERIOD)) == [
        "2001-01-01 Plan (in force) (not counted as contact)",
        "2011 Nordic chain: meeting hosted by Herning (civil level)",
        "2012-03-01 Study visit (municipal level)",
        "2013-07-01 Plan: Youth camp (done) (municipal level)",
    ]


def test_the_rule_sentence_names_the_period_and_the_settings(workspace: Workspace) -> None:
    rules = dataclasses.replace(Rules(), status_active_per_year=1.5, status_new_years=3)
    text = rule_sentence(rules, PERIOD)
    assert "2010-01-01 – 2013-12-31" in text
    assert "at least 6 contacts" in text  # 1.5 a year over four years
    assert "within the last three years" in text


def test_the_rule_sentence_counts_in_the_singular_and_may_count_nothing_as_new() -> None:
    """One contact is "1 contact", one year "the last year"; a rule without new twinnings
    says nothing about new ones."""
    rules = dataclasses.replace(
        Rules(), status_active_per_year=0.25, status_sporadic_min=1, status_new_years=1
    )
    text = rule_sentence(rules, PERIOD)
    assert "active with at least 1 contact, sporadic with at least 1 contact," in text
    assert "within the last year;" in text
    never_new = rule_sentence(dataclasses.replace(rules, status_new_years=0), PERIOD)
    assert "new if" not in never_new
    assert "sporadic with at least 1 contact and dormant with none;" in never_new


def test_an_ended_twinning_without_a_date_and_without_any_record_is_ended(
    workspace: Workspace, reg: Register
) -> None:
    home, town = reg.town("Vänersborg", home=True), reg.town("Utajärvi")
    twinning = reg.twinning(home, town, status="ended")
    result = status_of(workspace.database, twinning, PERIOD)
    assert (result.derived, result.civil) == ("ended", "ended")
    assert status_line(result).ground == "The twinning had ended by the end of the period."


def test_the_compact_table_has_one_line_per_twinning(workspace: Workspace, reg: Register) -> None:
    home, herning, lich = reg.town("Vänersborg", home=True), reg.town("Herning"), reg.town("Lich")
    chained = reg.twinning(home, herning, contact_year=1946, status_override="dormant")
    recent = reg.twinning(home, lich, start_date=date(2012, 5, 1))
    _chain(reg, home, herning, range(2010, 2014))
    lines = status_lines(workspace.database, PERIOD)
    assert set(lines) == {chained, recent}
    assert (lines[chained].municipal_text(), lines[chained].civil_text()) == ("dormant", "active")
    assert (lines[recent].municipal, lines[recent].civil) == ("new", "new")
    assert lines[recent].ground.startswith("Begun 2012-05-01")
