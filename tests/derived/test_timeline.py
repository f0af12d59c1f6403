"""Timelines of a twinning and of a network: which lines, in which order, with which texts."""

from __future__ import annotations

from datetime import date

import pytest

from app.derived.timeline import (
    TimelineEntry,
    network_timeline,
    twinning_timeline,
    twinning_timelines,
)
from app.services.errors import RecordNotFound
from app.services.records import RecordRef
from app.workspace import Workspace
from tests.derived.register import Register


def _lines(entries: list[TimelineEntry]) -> list[tuple[int, str]]:
    return [(e.year, e.text) for e in entries]


def test_a_twinning_from_first_contact_to_its_end(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    arsuk = reg.town("Arsuk")
    herning = reg.town("Herning")
    end_decision = reg.decision("Ending the twinning with Arsuk", date(2020, 11, 2), body="council")
    twinning = reg.twinning(
        home,
        arsuk,
        contact_year=1987,
        start_date=date(1989, 6, 1),
        end_date=date(2020, 12, 31),
        end_reason="no contact since 2005",
        end_decision_id=end_decision,
        status="ended",
    )
    reg.decision(
        "Arsuk as twin town",
        date(1989, 5, 10),
        (RecordRef("twinning", twinning),),
        body="council",
        registry_no="KF 1989/12",
        section="§ 45",
    )
    agreement = reg.agreement(
        "Twinning agreement Arsuk",
        (home, arsuk),
        signed_date=date(1990, 3, 1),
        valid_to=date(2020, 12, 31),
        status="ended",
    )
    reg.decision(
        "Approval of the agreement",
        date(1990, 2, 1),
        (RecordRef("agreement", agreement),),
        body="executive_board",
    )
    reg.agreement("Herning agreement", (home, herning), signed_date=date(1991, 1, 1))
    reg.decision("Unrelated", date(1995, 1, 1))

    entries = twinning_timeline(workspace.database, twinning)
    assert _lines(entries) == [
        (1987, "First contact between Arsuk and Vänersborg"),
        (1989, "Decision (municipal council): Arsuk as twin town (KF 1989/12 § 45)"),
        (1989, "Arsuk and Vänersborg become twin towns"),
        (1990, "Decision (municipal executive board): Approval of the agreement"),
        (1990, "Agreement signed: Twinning agreement Arsuk"),
        (2020, "Decision (municipal council): Ending the twinning with Arsuk"),
        (2020, "Agreement ends: Twinning agreement Arsuk"),
        (2020, "Arsuk and Vänersborg end their twinning: no contact since 2005"),
    ]
    assert entries[0].date is None
    assert entries[2].date == date(1989, 6, 1)
    assert entries[0].source == RecordRef("twinning", twinning)
    assert entries[4].source == RecordRef("agreement", agreement)
    assert entries[5].source == RecordRef("decision", end_decision)


def test_the_contact_year_is_not_repeated_beside_a_start_in_the_same_year(
    workspace: Workspace, reg: Register
) -> None:
    home = reg.town("Vänersborg", home=True)
    herning = reg.town("Herning")
    twinning = reg.twinning(home, herning, contact_year=1946, start_date=date(1946, 9, 1))
    assert _lines(twinning_timeline(workspace.database, twinning)) == [
        (1946, "Herning and Vänersborg become twin towns"),
    ]


def test_kinds_of_twinning_have_their_own_words(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    lich = reg.town("Lich")
    omaruru = reg.town("Omaruru")
    partner = reg.twinning(home, lich, kind="partner_town", start_date=date(2010, 5, 1))
    municipal = reg.twinning(
        home, omaruru, kind="municipal_partnership", start_date=date(2008, 1, 1)
    )
    found = twinning_timelines(workspace.database)
    assert _lines(found[partner]) == [(2010, "Lich and Vänersborg become partner towns")]
    assert _lines(found[municipal]) == [
        (2008, "Omaruru and Vänersborg begin a municipal partnership")
    ]
    assert twinning_timelines(workspace.database, [partner]) == {partner: found[partner]}


def test_the_names_go_by_name_when_no_side_is_home(workspace: Workspace, reg: Register) -> None:
    siglufjordur = reg.town("Siglufjörður")
    eidi = reg.town("Eiði")
    twinning = reg.twinning(siglufjordur, eidi, contact_year=1978)
    assert _lines(twinning_timeline(workspace.database, twinning)) == [
        (1978, "First contact between Eiði and Siglufjörður")
    ]


def test_a_network_history(workspace: Workspace, reg: Register) -> None:
    vanersborg = reg.town("Vänersborg", home=True)
    herning = reg.town("Herning")
    holmestrand = reg.town("Holmestrand")
    utajarvi = reg.town("Utajärvi")
    kangasala = reg.town("Kangasala")
    aland = reg.town("Åland")
    husby = reg.town("Husby")
    chain = reg.network("Nordic chain", founded=1946)
    reg.member(chain, vanersborg, joined=1946)
    reg.member(chain, herning, joined=1946)
    reg.member(chain, holmestrand, joined=1947)
    leaving = reg.member(chain, utajarvi, joined=1948, left=1976)
    reg.member(chain, kangasala, joined=1977)
    reg.member(chain, aland, joined=1977)
    reg.member(chain, husby, joined=1989)
    reg.meeting(chain, 2012, vanersborg, place="Vänersborg")
    in_mariehamn = reg.meeting(chain, 2013, aland, place="Mariehamn")
    reg.meeting(chain, 2014, husby, kind="seminar", start=date(2014, 9, 19))
    reg.meeting(chain, 1976, None, place="Herning")
    reg.decision(
        "Follow-up of the 2013 meeting",
        date(2013, 10, 1),
        (RecordRef("meeting", in_mariehamn),),
        body="working_committee",
    )
    reg.agreement(
        "Chain agreement", (vanersborg, herning, holmestrand), signed_date=date(2015, 9, 19)
    )
    reg.agreement("Bilateral agreement", (vanersborg, herning), signed_date=date(2016, 1, 1))
    other = reg.network("Other network")
    reg.member(other, herning, joined=1950)

    entries = network_timeline(workspace.database, chain)
    assert _lines(entries) == [
        (1946, "Nordic chain is founded"),
        (1946, "Herning joins Nordic chain"),
        (1946, "Vänersborg joins Nordic chain"),
        (1947, "Holmestrand joins Nordic chain"),
        (1948, "Utajärvi joins Nordic chain"),
        (1976, "Meeting in Herning"),
        (1976, "Utajärvi leaves Nordic chain"),
        (1977, "Kangasala joins Nordic chain"),
        (1977, "Åland joins Nordic chain"),
        (1989, "Husby joins Nordic chain"),
        (2012, "Vänersborg hosts the meeting"),
        (2013, "Åland hosts the meeting in Mariehamn"),
        (
            2013,
            "Decision (executive board's working committee): Follow-up of the 2013 meeting",
        ),
        (2014, "Husby hosts the seminar"),
        (2015, "Agreement signed: Chain agreement"),
    ]
    assert entries[6].source == RecordRef("network_member", leaving)
    assert entries[11].source == RecordRef("meeting", in_mariehamn)
    assert entries[13].date == date(2014, 9, 19)


def test_unknown_records_are_refused(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFound):
        twinning_timeline(workspace.database, 99)
    with pytest.raises(RecordNotFound):
        network_timeline(workspace.database, 99)


def test_texts_go_through_the_translation(
    workspace: Workspace, reg: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.derived.timeline_lines as timeline

    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        seen.append((context, text))
        return "<" + text.replace("%1 joins %2", "%2 får %1") + ">"

    monkeypatch.setattr(timeline, "translate", fake)
    town = reg.town("Arsuk")
    chain = reg.network("Nordic chain")
    reg.member(chain, town, joined=1989)
    assert _lines(network_timeline(workspace.database, chain)) == [
        (1989, "<Nordic chain får Arsuk>")
    ]
    assert ("Timeline", "%1 joins %2") in seen


def test_a_committee_decision_is_named_by_the_committee(
    workspace: Workspace, reg: Register
) -> None:
    home = reg.town("Vänersborg", home=True)
    lich = reg.town("Lich")
    twinning = reg.twinning(home, lich)
    reg.decision(
        "Exchange of youth orchestras",
        date(2011, 3, 3),
        (RecordRef("twinning", twinning),),
        body="committee",
        body_name="Kultur- och fritidsnämnden",
    )
    assert _lines(twinning_timeline(workspace.database, twinning)) == [
        (2011, "Decision (Kultur- och fritidsnämnden): Exchange of youth orchestras")
    ]
