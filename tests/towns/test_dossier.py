"""The town page's data on the demo register: Holmestrand, Lich, Omaruru, Husby, a lone town."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from app.services.errors import RecordNotFound
from app.services.records import Town
from app.towns.dossier import town_dossier, twinning_town
from app.towns.standing import judgement_sentence, town_standing
from app.workspace import Workspace

SURVEY_DAY = date(2014, 6, 1)  # the demo's mapping was made in 2014


def town_id(demo: Workspace, name: str) -> int:
    (found,) = [t.id for t in demo.get_many("town") if t.name == name]
    return int(found)


def rows(demo: Workspace, sql: str, *args: object) -> list[tuple[object, ...]]:
    """The demo's own records read with plain SQL, apart from the code under test."""
    with sqlite3.connect(demo.database.path) as connection:
        return list(connection.execute(sql, args))


def test_holmestrand_has_its_twinning_its_agreement_and_the_judgement_first(
    demo: Workspace,
) -> None:
    """The header, the twinning since 1947, her judgement with its reason, the linked records."""
    found = town_dossier(demo.database, town_id(demo, "Holmestrand"))
    assert found.name == "Holmestrand"
    assert found.place == "Norway"
    (twinning,) = found.twinnings
    assert twinning.sentence == "Twin town of Vänersborg since 1947."
    status = town_standing(demo.database, found).statuses[twinning.twinning_id]
    assert status.judged
    (reason,) = rows(
        demo, "SELECT status_override_reason FROM twinnings WHERE id = ?", twinning.twinning_id
    )[0]
    assert judgement_sentence(status) == f"The coordinator judged the status dormant: {reason}"
    agreements = [r.text for r in found.of_group("agreement")]
    assert agreements == [
        "Avtal om vänortsarbetet mellan Holmestrands kommun och Foreningen Norden Holmestrand"
    ]
    work = [(r.kind, r.when) for r in found.of_group("work")]
    assert work == [("activity", "2014-05-17"), ("activity", "2002-05-17")]  # newest first
    assert [r.text for r in found.of_group("people")] == ["Foreningen Norden Holmestrand"]
    decisions = {r.detail for r in found.of_group("decision")}
    assert decisions == {"KS 2014/123, § 62", "KS 2002/112, § 87"}
    assert found.has_fact_sheet


def test_holmestrands_timeline_marks_every_chain_meeting_since_it_joined(demo: Workspace) -> None:
    """The bar starts in 1947 and carries the chain's meetings and the two activities."""
    found = town_dossier(demo.database, town_id(demo, "Holmestrand"))
    timeline = town_standing(demo.database, found).timeline
    assert timeline is not None
    (row,) = timeline.rows  # the ended twinning of another town is not on this page
    assert (row.town, row.start, row.end) == ("Holmestrand", date(1947, 1, 1), None)
    years = sorted(
        y
        for (y,) in rows(
            demo,
            "SELECT m.year FROM network_meetings m JOIN network_members n "
            "ON n.network_id = m.network_id WHERE n.town_id = ? AND m.year >= n.joined_year",
            town_id(demo, "Holmestrand"),
        )
    )
    assert sorted(day.year for day in row.meetings) == years
    assert sorted(row.activities) == [date(2002, 5, 17), date(2014, 5, 17)]
    assert row.spans[-1].status == "dormant"  # her judgement colours the latest period


def test_lich_and_omaruru_were_new_in_2014(demo: Workspace) -> None:
    """Begun in 2010, both count as new in the survey's year, with the ground saying why."""
    lich = town_dossier(demo.database, town_id(demo, "Lich"))
    (twinning,) = lich.twinnings
    assert twinning.sentence == "Partner town of Vänersborg since 2010."
    status = town_standing(demo.database, lich, today=SURVEY_DAY).statuses[twinning.twinning_id]
    assert (status.municipal, status.civil) == ("new", "new")
    assert status.ground.startswith("Begun 2010")
    assert not status.judged and judgement_sentence(status) == ""
    assert [r.text for r in lich.of_group("agreement")] == ["Partnerstadsavtal Vänersborg–Lich"]
    omaruru = town_dossier(demo.database, town_id(demo, "Omaruru"))
    (partnership,) = omaruru.twinnings
    assert partnership.sentence == (
        "In a municipal partnership with Vänersborg since c. early 2010s."
    )
    timeline = town_standing(demo.database, omaruru, today=SURVEY_DAY).timeline
    assert timeline is not None
    assert timeline.rows[0].start_written == "c. early 2010s"
    assert timeline.rows[0].spans[-1].status == "new"


def test_an_ended_twinning_says_from_when_to_when(demo: Workspace) -> None:
    """Utajärvi left in 1976: the sentence and the bar both end there."""
    found = town_dossier(demo.database, town_id(demo, "Utajärvi"))
    (twinning,) = found.twinnings
    assert twinning.sentence == "Twin town of Vänersborg from 1948 to 1976."
    standing = town_standing(demo.database, found)
    assert standing.timeline is not None and standing.timeline.rows[0].end == date(1976, 1, 1)
    assert standing.statuses[twinning.twinning_id].municipal == "ended"


def test_a_trip_and_the_decisions_of_husby(demo: Workspace) -> None:
    """Husby's trip is listed and opens as a trip; Sydslesvig stands beside the country."""
    found = town_dossier(demo.database, town_id(demo, "Husby"))
    assert found.place == "Germany, Sydslesvig"
    trips = [(r.kind, r.record_id) for r in found.of_group("work") if r.kind == "trip"]
    expected = rows(
        demo, "SELECT trip_id FROM trip_towns WHERE town_id = ?", town_id(demo, "Husby")
    )
    assert trips == [("trip", trip) for (trip,) in expected]


def test_a_town_in_no_twinning_still_shows_what_there_is(demo: Workspace) -> None:
    """No twinning: no status, no rule, no timeline, no fact sheet, and nothing breaks."""
    lone = demo.save(Town(name="Põltsamaa", country="EE"))
    found = town_dossier(demo.database, lone.id)
    assert (found.name, found.place, found.twinnings) == ("Põltsamaa", "Estonia", ())
    assert not found.has_fact_sheet
    standing = town_standing(demo.database, found)
    assert (standing.statuses, standing.status_rule, standing.timeline) == ({}, "", None)
    assert found.linked == ()


def test_a_twinning_leads_to_its_twin_town_and_a_gone_town_says_so(demo: Workspace) -> None:
    """The twinnings' list opens the partner's page; a deleted town is one clear sentence."""
    (lich_twinning,) = rows(
        demo, "SELECT id FROM twinnings WHERE town_b_id = ?", town_id(demo, "Lich")
    )
    assert twinning_town(demo.database, int(lich_twinning[0])) == town_id(demo, "Lich")
    with pytest.raises(RecordNotFound, match="Twin town 999 is no longer in the register"):
        town_dossier(demo.database, 999)


def test_the_status_shown_is_the_timelines_last_shade_and_the_reports(demo: Workspace) -> None:
    """One judgement: the page's status equals the status table's for the same period."""
    from app.derived.status_rule import recent_period
    from app.derived.status_wording import period_text, status_lines

    found = town_dossier(demo.database, town_id(demo, "Vänersborg"))
    standing = town_standing(demo.database, found, today=SURVEY_DAY)
    ids = [t.twinning_id for t in found.twinnings]
    table = status_lines(demo.database, recent_period(4, SURVEY_DAY), ids)
    # The same statuses; the grounds name the period in words on the page.
    assert {i: replace(line, ground="") for i, line in standing.statuses.items()} == {
        i: replace(line, ground="") for i, line in table.items()
    }
    for i, line in standing.statuses.items():
        assert line.ground.replace("de senaste fyra åren", "").replace(
            "the last four years", ""
        ) == table[i].ground.replace(period_text(recent_period(4, SURVEY_DAY)), "")


def test_the_page_names_the_status_period_in_words_and_its_days_once(demo: Workspace) -> None:
    """ "under the last four years" beside each status; the days once, in the rule."""
    found = town_dossier(demo.database, town_id(demo, "Vänersborg"))
    standing = town_standing(demo.database, found, today=SURVEY_DAY)
    days = "2010-06-02 – 2014-06-01"
    assert f"the last four years ({days})" in standing.status_rule
    grounds = [line.ground for line in standing.statuses.values()]
    assert grounds and all(days not in g for g in grounds)
    assert any("the last four years" in g for g in grounds)


def test_the_history_runs_from_the_start_to_the_end_and_opens_the_twinning(
    demo: Workspace,
) -> None:
    """Utajärvi: became twin towns in 1948, left in 1976; both lines open the twinning."""
    found = town_dossier(demo.database, town_id(demo, "Utajärvi"))
    (twinning,) = found.twinnings
    history = town_standing(demo.database, found).history
    assert [(line.when, line.kind, line.record_id) for line in history] == [
        ("1948", "twinning", twinning.twinning_id),
        ("1976", "twinning", twinning.twinning_id),
    ]
    assert history[0].text == "Utajärvi and Vänersborg become twin towns"
    (reason,) = rows(demo, "SELECT end_reason FROM twinnings WHERE id = ?", twinning.twinning_id)[0]
    assert str(reason) in history[1].text
