"""The demo register holds the facts of the Vänersborg survey (seeds/004), read back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.dates import ApproxDate
from app.workspace import Workspace

# Figur 1 of the survey: place -> (country or area, contact year, members 2013).
FIGUR_1: dict[str, tuple[str, int, int | None]] = {
    "Vänersborg": ("SE", 1946, 100),
    "Herning": ("DK", 1946, 230),
    "Holmestrand": ("NO", 1947, 100),
    "Siglufjörður": ("IS", 1949, 30),
    "Kangasala": ("FI", 1977, 70),
    "15 landkommuner": ("AX", 1977, 250),
    "Eiði": ("FO", 1978, None),
    "Arsuk": ("GL", 1987, 15),
    "Husby": ("DE", 1988, 340),
}


@pytest.fixture
def demo(demo_file: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_file)
    yield workspace
    workspace.close()


def _towns(ws: Workspace) -> dict[str, Any]:
    return {t.name: t for t in ws.get_many("town")}


def _chain(ws: Workspace) -> Any:
    (network,) = ws.get_many("network")
    return network


def _current_members(ws: Workspace) -> list[Any]:
    chain = _chain(ws)
    return [
        m for m in ws.get_many("network_member") if m.network_id == chain.id and m.left_year is None
    ]


def _twinning_with(ws: Workspace, town_id: int) -> Any:
    (found,) = [t for t in ws.get_many("twinning") if town_id in (t.town_a_id, t.town_b_id)]
    return found


def _counts_2013(ws: Workspace) -> dict[str, Any]:
    """Town name -> the 2013 MemberCount record of the town's local branch."""
    names = {t.id: t.name for t in ws.get_many("town")}
    branch_town = {
        o.id: names[o.town_id]
        for o in ws.get_many("organisation")
        if o.kind == "local_branch" and o.town_id is not None
    }
    return {
        branch_town[c.organisation_id]: c
        for c in ws.get_many("member_count")
        if c.year == ApproxDate.of_year(2013) and c.organisation_id in branch_town
    }


def test_the_chain_has_the_nine_places_of_figur_1_with_their_areas(demo: Workspace) -> None:
    towns_by_id = {t.id: t for t in demo.get_many("town")}
    members = {towns_by_id[m.town_id].name: towns_by_id[m.town_id] for m in _current_members(demo)}
    assert {name: town.country for name, town in members.items()} == {
        name: fact[0] for name, fact in FIGUR_1.items()
    }


def test_contact_years_are_the_survey_s(demo: Workspace) -> None:
    towns = _towns(demo)
    home = towns["Vänersborg"]
    assert home.is_home
    (home_member,) = [m for m in _current_members(demo) if m.town_id == home.id]
    found = {"Vänersborg": home_member.joined_year}
    for name in FIGUR_1:
        if name != "Vänersborg":
            found[name] = _twinning_with(demo, towns[name].id).contact_year
    assert found == {name: ApproxDate.of_year(fact[1]) for name, fact in FIGUR_1.items()}


def test_member_counts_of_2013_are_the_survey_s(demo: Workspace) -> None:
    counts = _counts_2013(demo)
    assert {name: c.count for name, c in counts.items()} == {
        name: fact[2] for name, fact in FIGUR_1.items()
    }


def test_the_judgement_dormant_wins_over_the_chain_meetings(demo: Workspace) -> None:
    from app.derived.status import statuses

    towns = _towns(demo)
    herning = _twinning_with(demo, towns["Herning"].id)
    found = statuses(demo.database, (date(2010, 1, 1), date(2013, 12, 31)), [herning.id])[
        herning.id
    ]
    # A chain meeting every year: the associations', so active at the civil level only.
    assert (found.derived, found.civil) == ("dormant", "active")
    assert found.effective == "dormant"


def test_eidi_has_a_recorded_unknown_count_and_the_total_is_1135(demo: Workspace) -> None:
    from app.formatting import format_total

    counts = _counts_2013(demo)
    assert counts["Eiði"].id is not None and counts["Eiði"].count is None
    values = [c.count for c in counts.values()]
    assert sum(v for v in values if v is not None) == 1135
    assert values.count(None) == 1
    assert format_total(values) == "1,135 (unknown for 1)"


def test_names_as_the_survey_spells_them_are_kept(demo: Workspace) -> None:
    towns = _towns(demo)
    assert "Siglufjördur" in towns["Siglufjörður"].alternative_names
    assert "Eidi" in towns["Eiði"].alternative_names
    assert towns["Husby"].region == "Sydslesvig"
    assert "Husby (dansk)" in towns["Husby"].alternative_names
    assert towns["15 landkommuner"].kind == "region"
    assert towns["Arsuk"].kind == "village"


def test_every_town_has_coordinates_near_where_it_is(demo: Workspace) -> None:
    towns = _towns(demo)
    assert all(t.latitude is not None and t.longitude is not None for t in towns.values())
    home = towns["Vänersborg"]
    assert abs(home.latitude - 58.38) < 0.2 and abs(home.longitude - 12.32) < 0.2
    # Nordic places lie north of 54° N; Greenland and Iceland west of Greenwich.
    assert all(towns[name].latitude > 54 for name in FIGUR_1)
    assert towns["Arsuk"].longitude < -40 and towns["Siglufjörður"].longitude < -10
    assert towns["Omaruru"].latitude < 0


def test_arsuk_and_husby_joined_formally_in_1989(demo: Workspace) -> None:
    towns = _towns(demo)
    for name, contact in (("Arsuk", 1987), ("Husby", 1988)):
        twinning = _twinning_with(demo, towns[name].id)
        assert twinning.contact_year == ApproxDate.of_year(contact)
        # The survey gives the year of the formal start and no day: none is invented.
        assert twinning.start_date == ApproxDate.of_year(1989)


def test_utajarvi_was_a_member_from_1948_until_1976(demo: Workspace) -> None:
    utajarvi = _towns(demo)["Utajärvi"]
    (member,) = [m for m in demo.get_many("network_member") if m.town_id == utajarvi.id]
    assert (member.joined_year, member.left_year) == (
        ApproxDate.of_year(1948),
        ApproxDate.of_year(1976),
    )
    twinning = _twinning_with(demo, utajarvi.id)
    assert twinning.status == "ended"
    assert twinning.end_date == ApproxDate.of_year(1976)
    assert twinning.end_reason


def test_municipal_cooperation_is_recorded_as_dormant_with_the_reason(demo: Workspace) -> None:
    towns = _towns(demo)
    for name in FIGUR_1:
        if name == "Vänersborg":
            continue
        twinning = _twinning_with(demo, towns[name].id)
        assert twinning.status == "dormant"
        assert twinning.status_override == "dormant"
        assert "vilande" in (twinning.status_override_reason or "")


def test_meetings_2007_to_2013_and_the_2014_seminar(demo: Workspace) -> None:
    names = {t.id: t.name for t in demo.get_many("town")}
    meetings = {m.year: m for m in demo.get_many("meeting")}
    assert {year: names[meetings[year].host_town_id] for year in range(2007, 2014)} == {
        2007: "Kangasala",
        2008: "Husby",
        2009: "Herning",
        2010: "Siglufjörður",
        2011: "Holmestrand",
        2012: "Vänersborg",
        2013: "15 landkommuner",
    }
    assert all(meetings[year].kind == "meeting" for year in range(2007, 2014))
    seminar = meetings[2014]
    assert seminar.kind == "seminar"
    assert names[seminar.host_town_id] == "Husby"
    assert (seminar.start_date, seminar.end_date) == (date(2014, 9, 19), date(2014, 9, 21))
    assert _chain(demo).cadence_years == 1


def test_grants_in_danish_kronor_and_one_unknown_amount(demo: Workspace) -> None:
    branch_town = {
        o.id: o.town_id for o in demo.get_many("organisation") if o.kind == "local_branch"
    }
    names = {t.id: t.name for t in demo.get_many("town")}
    grants = {names[branch_town[g.organisation_id]]: g for g in demo.get_many("grant")}
    assert (grants["Herning"].amount, grants["Herning"].currency) == (Decimal(16800), "DKK")
    assert (grants["Husby"].amount, grants["Husby"].currency) == (Decimal(35000), "DKK")
    assert grants["Kangasala"].amount is None
    assert {g.year for g in grants.values()} == {2014}
    assert names[grants["Herning"].payer_town_id] == "Herning"
    rates = {(r.currency, r.year) for r in demo.get_many("exchange_rate")}
    assert {("DKK", 2013), ("DKK", 2014)} <= rates


def test_holmestrand_agreement_is_dormant_without_dates(demo: Workspace) -> None:
    holmestrand = _towns(demo)["Holmestrand"]
    (agreement,) = [a for a in demo.get_many("agreement") if holmestrand.id in a.town_ids]
    assert agreement.status == "dormant"
    assert (agreement.signed_date, agreement.valid_from, agreement.valid_to) == (None, None, None)


def test_partnerships_with_lich_and_omaruru(demo: Workspace) -> None:
    towns = _towns(demo)
    lich = _twinning_with(demo, towns["Lich"].id)
    assert (towns["Lich"].country, lich.kind) == ("DE", "partner_town")
    assert lich.contact_year == lich.start_date == ApproxDate.of_year(2010)
    omaruru = _twinning_with(demo, towns["Omaruru"].id)
    assert (towns["Omaruru"].country, omaruru.kind) == ("NA", "municipal_partnership")
    # "De senaste åren", written in 2014: about the early 2010s, no more.
    assert omaruru.contact_year == ApproxDate.of_decade(2010, "early", approximate=True)


def test_the_school_exchange_is_a_request_not_an_event(demo: Workspace) -> None:
    school = {o.name: o.id for o in demo.get_many("organisation")}["Blåsutskolan"]
    (request,) = [a for a in demo.get_many("activity") if school in a.organisation_ids]
    assert request.kind == "school_exchange"
    assert _towns(demo)["Kangasala"].id in request.town_ids
    assert request.start_date is None


def test_music_corps_trips_with_the_working_committee_s_support(demo: Workspace) -> None:
    corps = {o.name: o.id for o in demo.get_many("organisation")}["Vargöns musikkår"]
    trips = [a for a in demo.get_many("activity") if corps in a.organisation_ids]
    assert sorted(a.start_date for a in trips) == [date(2002, 5, 17), date(2014, 5, 17)]
    supporting = [
        d
        for d in demo.get_many("decision")
        if any(ref.kind == "activity" and ref.id in {a.id for a in trips} for ref in d.concerns)
    ]
    assert {d.body for d in supporting} == {"working_committee"}
    assert len(supporting) == 2


def test_the_local_branch_of_vanersborg(demo: Workspace) -> None:
    (branch,) = [
        o for o in demo.get_many("organisation") if o.name == "Föreningen Norden Vänersborg"
    ]
    assert branch.founded == ApproxDate.of_day(date(1945, 4, 19))
    counts = {
        c.year.year: c.count
        for c in demo.get_many("member_count")
        if c.organisation_id == branch.id and c.year is not None
    }
    assert counts[2013] == 100 and counts[2014] == 100


def test_policy_document_with_its_revision(demo: Workspace) -> None:
    (policy,) = demo.get_many("policy")
    assert (policy.title, policy.doc_type) == ("Policy för vänortssamarbete", "policy")
    assert (policy.owner, policy.responsible_officer) == ("KF presidium", "Kanslichef")
    assert (policy.decided_by, policy.decided_on, policy.section) == (
        "council",
        ApproxDate.of_day(date(2008, 6, 18)),
        "94",
    )
    assert policy.registry_no == "KS 2007/607"
    # "Bör revideras senast 2028": the year, not an invented 2028-12-31.
    assert policy.revise_by == ApproxDate.of_year(2028)
    (revision,) = demo.get_many("policy_revision")
    assert revision.document_id == policy.id
    assert (revision.revised_on.year, revision.section, revision.registry_no) == (
        2024,
        "40",
        "KS 2023/329",
    )
    assert "Redaktionella ändringar" in (revision.description or "")


def test_terms_of_office(demo: Workspace) -> None:
    terms = {(t.start_date, t.end_date) for t in demo.get_many("term")}
    assert (date(2022, 10, 15), date(2026, 10, 14)) in terms
    assert (date(2026, 10, 15), date(2030, 10, 14)) in terms


def test_settings_name_the_municipality_in_swedish(demo: Workspace) -> None:
    settings = demo.settings()
    assert settings.name == "Vänersborgs kommun"
    assert settings.language == "sv"
    assert settings.letterhead
    assert [t.name for t in demo.get_many("town") if t.is_home] == ["Vänersborg"]


def test_people_are_marked_as_invented(demo: Workspace) -> None:
    people = demo.get_many("person")
    assert {p.role for p in people} >= {"Ordförande", "Internationell samordnare"}
    assert all("Fiktiv" in (p.notes or "") for p in people)
    assert all((p.email or "").endswith("@example.org") for p in people)


# ---------------------------------------------------------------- writing the file


def test_write_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    from app.demo import write_demo
    from db.errors import AlreadyExists

    target = tmp_path / "mine.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(AlreadyExists):
        write_demo(target)
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite3"]


def test_a_failure_halfway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.demo
    from app.services import store
    from app.services.records import Town
    from db.session import Database

    def half_then_fail(db: Database) -> None:
        store.save(db, Town(name="Vänersborg", country="SE", is_home=True))
        raise RuntimeError("disk full")

    monkeypatch.setattr(app.demo, "build", half_then_fail)
    with pytest.raises(RuntimeError):
        app.demo.write_demo(tmp_path / "demo.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_a_file_appearing_meanwhile_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.demo
    from db.errors import AlreadyExists

    target = tmp_path / "demo.sqlite3"

    def someone_else_writes(db: object) -> None:
        target.write_bytes(b"theirs")

    monkeypatch.setattr(app.demo, "build", someone_else_writes)
    with pytest.raises(AlreadyExists):
        app.demo.write_demo(target)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite3"]


def test_the_demo_file_is_complete_without_its_journal(tmp_path: Path) -> None:
    from app.demo import write_demo
    from db.backup import integrity_problems

    target = tmp_path / "demo.sqlite3"
    write_demo(target)
    # Everything is in the one file: no -wal beside it, no temporary file left.
    assert [p.name for p in tmp_path.iterdir()] == ["demo.sqlite3"]
    assert integrity_problems(target) == []
