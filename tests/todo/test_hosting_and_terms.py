"""Hosting from the rotation (Gothenburg every eighth year) and the term evaluation items."""

from __future__ import annotations

import dataclasses
from datetime import date

from shared_registers import Register

from app.services import records as r
from app.services.records import RecordRef
from app.todo import todo_items
from app.workspace import Workspace


def items_of(ws: Workspace, today: date, kind: str) -> dict[str, object]:
    return {i.key: i for i in todo_items(ws.database, today) if i.kind == kind}


def nordic_chain(register: Register) -> dict[str, int]:
    """seeds/001: Gothenburg, Århus, Bergen and Åbo meet every second year, hosting in turn."""
    towns = {
        "goteborg": register.town("Göteborg", home=True),
        "arhus": register.town("Århus"),
        "bergen": register.town("Bergen"),
        "abo": register.town("Åbo"),
    }
    network = register.save(r.Network(name="Nordiska vänortskedjan", cadence_years=2))
    for position, name in enumerate(("goteborg", "arhus", "bergen", "abo"), start=1):
        register.save(
            r.NetworkMember(network_id=network, town_id=towns[name], rotation_position=position)
        )
    # The last meeting recorded: Bergen 2024. By hand the turns go on
    # Åbo 2026, Göteborg 2028, Århus 2030, Bergen 2032, Åbo 2034, Göteborg 2036.
    register.save(r.NetworkMeeting(network_id=network, year=2024, host_town_id=towns["bergen"]))
    return {**towns, "network": network}


def test_gothenburg_hosting_every_eighth_year_from_the_rotation(
    workspace: Workspace, register: Register
) -> None:
    chain = nordic_chain(register)
    network, goteborg = chain["network"], chain["goteborg"]
    key_2028 = f"hosting:{network}:{goteborg}:2028"
    # Informational from 365 days before 1 January of the hosting year.
    assert key_2028 not in items_of(workspace, date(2026, 12, 31), "hosting_upcoming")
    found = items_of(workspace, date(2027, 1, 1), "hosting_upcoming")
    assert list(found) == [key_2028]
    item = found[key_2028]
    assert item.title == "Göteborg hosts the meeting of Nordiska vänortskedjan in 2028"  # type: ignore[attr-defined]
    assert item.ref == RecordRef("network", network)  # type: ignore[attr-defined]
    # Its ground: the rotation, which meets every second year.
    assert item.detail == (  # type: ignore[attr-defined]
        "Read from the hosting order, one meeting every 2 years after the last one held."
    )

    # Göteborg hosts in 2028; the rotation then brings it round again eight years later.
    meeting = register.save(
        r.NetworkMeeting(
            network_id=network,
            year=2028,
            host_town_id=goteborg,
            start_date=date(2028, 6, 10),
            end_date=date(2028, 6, 12),
        )
    )
    assert items_of(workspace, date(2034, 12, 31), "hosting_upcoming") == {}
    assert list(items_of(workspace, date(2035, 1, 1), "hosting_upcoming")) == [
        f"hosting:{network}:{goteborg}:2036"
    ]
    # The recorded meeting itself is listed with its first day until it is held, and says so.
    recorded = list(items_of(workspace, date(2028, 6, 1), "hosting_upcoming").values())
    assert [i.due for i in recorded] == [date(2028, 6, 10)]  # type: ignore[attr-defined]
    assert recorded[0].detail == "The meeting is recorded in the register."  # type: ignore[attr-defined]
    assert meeting


def test_a_hosted_meeting_needs_a_follow_up_report(
    workspace: Workspace, register: Register
) -> None:
    chain = nordic_chain(register)
    meeting_id = register.save(
        r.NetworkMeeting(
            network_id=chain["network"],
            year=2028,
            host_town_id=chain["goteborg"],
            start_date=date(2028, 6, 10),
            end_date=date(2028, 6, 12),
        )
    )
    abroad = register.save(
        r.NetworkMeeting(
            network_id=chain["network"],
            year=2026,
            host_town_id=chain["abo"],
            end_date=date(2026, 6, 1),
        )
    )
    key = f"meeting:{meeting_id}:follow_up"
    assert key not in items_of(workspace, date(2028, 6, 11), "hosting_follow_up")
    found = items_of(workspace, date(2028, 6, 12), "hosting_follow_up")
    assert list(found) == [key]  # the meeting Åbo hosted needs none from Göteborg
    # Due 90 days after the last day: 2028-06-12 + 18 (June) + 31 + 31 + 10 = 2028-09-10.
    assert found[key].due == date(2028, 9, 10)  # type: ignore[attr-defined]
    assert found[key].detail == (  # type: ignore[attr-defined]
        "No follow-up report is recorded for the meeting Göteborg hosted; by the rules it is "
        "written within 90 days of the meeting."
    )
    stored = workspace.get("meeting", meeting_id)
    workspace.save(dataclasses.replace(stored, follow_up_date=date(2028, 8, 1)))
    assert items_of(workspace, date(2028, 9, 1), "hosting_follow_up") == {}
    assert abroad


def test_term_evaluation_flags_the_twinning_without_activity(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2026)  # 2026-10-15 .. 2030-10-14
    register.save(
        r.Activity(
            title="Ungdomsidrott", start_date=date(2027, 5, 1), town_ids=(ludvika["imatra"],)
        )
    )
    # An activity before the term does not count for it.
    register.save(
        r.Activity(title="Konst", start_date=date(2025, 5, 1), town_ids=(ludvika["bad_honnef"],))
    )
    imatra, honnef = ludvika["imatra_twinning"], ludvika["bad_honnef_twinning"]
    # Lead time 180 days before 2030-10-14: 2030-04-17.
    assert items_of(workspace, date(2030, 4, 16), "term_evaluation") == {}
    evaluations = items_of(workspace, date(2030, 4, 17), "term_evaluation")
    assert set(evaluations) == {f"evaluation:{term}:{imatra}", f"evaluation:{term}:{honnef}"}
    item = evaluations[f"evaluation:{term}:{imatra}"]
    assert item.due == date(2030, 10, 14)  # type: ignore[attr-defined]
    assert item.context == RecordRef("term", term)  # type: ignore[attr-defined]
    flagged = items_of(workspace, date(2030, 4, 17), "twinning_no_activity")
    assert list(flagged) == [f"twinning:{honnef}:no_activity:{term}"]
    assert "Ludvika – Bad Honnef" in flagged[f"twinning:{honnef}:no_activity:{term}"].title  # type: ignore[attr-defined]
    # Each says why: the rule of the evaluation, and the ground of the suggestion to end.
    assert item.detail == "Every running twinning is evaluated before the term of office ends."  # type: ignore[attr-defined]
    assert flagged[f"twinning:{honnef}:no_activity:{term}"].detail == (  # type: ignore[attr-defined]
        "The program suggests ending it: in force for the whole term with no contact recorded "
        "at any level in it."
    )

    # Once evaluated, a twinning leaves both lists.
    register.save(r.Evaluation(term_id=term, twinning_id=honnef, recommendation="end"))
    assert set(items_of(workspace, date(2030, 5, 1), "term_evaluation")) == {
        f"evaluation:{term}:{imatra}"
    }
    assert items_of(workspace, date(2030, 5, 1), "twinning_no_activity") == {}


def test_no_term_evaluation_when_the_rule_is_off(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.term(2026)
    register.set_rules(evaluate_each_term=False)
    found = todo_items(workspace.database, date(2030, 6, 1))
    assert not [i for i in found if i.kind in ("term_evaluation", "twinning_no_activity")]
