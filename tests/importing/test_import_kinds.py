"""Every importable kind: towns, organisations, people, member counts, activities, trips,
decisions and grants, with references by name and the services' own checks."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.dates import ApproxDate
from app.importing.importer import ImportRefused
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import (
    check,
    do_import,
    problems_by_row,
    swedish_excel_csv,
    town_names,
)


@pytest.fixture
def chain(register: Workspace) -> dict[str, int]:
    """Vänersborg (home) twinned with Herning, and Lohja not twinned; a few organisations."""
    home = register.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    herning = register.save(r.Town(name="Herning", country="DK"))
    lohja = register.save(r.Town(name="Lohja", country="FI"))
    register.save(r.Twinning(town_a_id=home.id, town_b_id=herning.id, contact_year=1946))
    norden = register.save(r.Organisation(name="Föreningen Norden"))
    local = register.save(
        r.Organisation(
            name="Föreningen Norden Vänersborg", kind="local_branch", town_id=home.id,
            parent_id=norden.id,
        )
    )  # fmt: skip
    dansk = register.save(
        r.Organisation(name="Foreningen Norden", kind="local_branch", town_id=herning.id)
    )
    return {
        "home": home.id,
        "herning": herning.id,
        "lohja": lohja.id,
        "norden": norden.id,
        "local": local.id,
        "dansk": dansk.id,
    }


def test_towns_with_swedish_numbers_and_other_names(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(
        tmp_path / "orter.csv",
        [
            "Namn;Land;Region;Invånare;Latitud;Longitud;Andra namn;Typ",
            "Herning;Danmark;Midtjylland;89 000;56,14;8,97;Herning Kommune;kommun",
            "Lohja;Finland;Nyland;45 886;60,25;24,07;Lojo;",
            "Põltsamaa;Eesti;;;;;;",
            "Nuuk;Grönland;;18 800;;;Godthåb;stad",
        ],
    )
    summary = do_import(register, path, "towns")
    assert summary.counts["town"].created == 4
    towns = {t.name: t for t in register.get_many("town")}
    herning = towns["Herning"]
    assert (herning.country, herning.region, herning.population) == ("DK", "Midtjylland", 89000)
    assert (herning.latitude, herning.longitude) == (56.14, 8.97)
    assert herning.alternative_names == ("Herning Kommune",)
    assert herning.kind == "municipality"
    assert towns["Lohja"].alternative_names == ("Lojo",)
    assert towns["Põltsamaa"].country == "EE" and towns["Põltsamaa"].kind == "municipality"
    assert (towns["Nuuk"].country, towns["Nuuk"].kind) == ("GL", "city")


def test_a_towns_file_fills_blanks_merges_spellings_and_reports_contradictions(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "orter.csv",
        [
            "Namn;Land;Invånare;Region",
            "Herning Kommune;DK;89 000;Midtjylland",
            "Lohja;FI;45 886;",
            "Lohja;FI;45 886;",
            "Vänersborg;SE;39 000;",
        ],
    )
    plan = check(register, path, "towns", merge_all=True)
    assert [g.spellings for g in plan.groups] == [("Herning Kommune",)]
    # Row 4 repeats row 3 cell for cell: counted once and reported, not a problem.
    assert problems_by_row(plan) == {}
    assert plan.parsed.repeated_rows == [(4, 3)]
    register.save(r.Town(**{**vars(register.get("town", chain["home"])), "population": 40000}))
    plan = check(register, path, "towns", merge_all=True)
    assert problems_by_row(plan)[5] == [
        ("Invånare", "This twin town is already in the register with population 40000, not 39000.")
    ]
    summary = do_import(register, path, "towns", merge_all=True, skip_invalid=True)
    assert summary.counts["town"].created == 0
    assert summary.counts["town"].updated == 2
    assert summary.counts["town"].merged == 1
    herning = register.get("town", chain["herning"])
    assert (herning.population, herning.region) == (89000, "Midtjylland")
    assert herning.alternative_names == ("Herning Kommune",)
    assert register.get("town", chain["lohja"]).population == 45886


def test_organisations_with_towns_and_a_parent_in_the_same_file(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "foreningar.csv",
        [
            "Namn;Typ;Ort;Land;Del av;E-post",
            "Norden i Lohja;lokalavdelning;Lohja;Finland;Pohjola-Norden;",
            "Pohjola-Norden;förening;;;;info@pohjola-norden.fi",
            "Vänortsklubben;klubb;Nyby;Sverige;;klubben(at)nyby",
            "Skolan i Eiði;skola;Eiði;Färöarna;;",
        ],
    )
    plan = check(register, path, "organisations")
    assert problems_by_row(plan) == {4: [("E-post", "E-mail is not a valid e-mail address.")]}
    summary = do_import(register, path, "organisations", skip_invalid=True)
    assert summary.counts["organisation"].created == 3
    assert summary.counts["town"].created == 1  # Eiði; Nyby's row was skipped
    organisations = {o.name: o for o in register.get_many("organisation")}
    lohja_branch = organisations["Norden i Lohja"]
    assert lohja_branch.kind == "local_branch"
    assert lohja_branch.town_id == chain["lohja"]
    assert lohja_branch.parent_id == organisations["Pohjola-Norden"].id
    assert organisations["Pohjola-Norden"].email == "info@pohjola-norden.fi"
    assert "Nyby" not in town_names(register)
    # The gazetteer's other names for Eiði come with it (see tests/places/test_gazetteer.py).
    assert town_names(register)["Eiði"] == ("FO", ("Aji", "Eide", "Ejde"))


def test_people_are_linked_to_their_organisation_by_name_and_town(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "kontakter.csv",
        [
            "Namn;Roll;Organisation;Ort;E-post",
            "Anna Andersson;ordförande;Föreningen Norden Vänersborg;;anna@example.se",
            "Jens Jensen;formand;Foreningen Norden;Herning;",
            "Okänd Person;;Föreningen Saknas;;",
            "Märta Mört;;Föreningen Norden;Lohja;",
        ],
    )
    plan = check(register, path, "people")
    # "Föreningen Norden" and "Foreningen Norden" fold alike: the town tells them apart.
    assert problems_by_row(plan) == {
        4: [
            (
                "Organisation",
                "There is no organisation called “Föreningen Saknas” in the register.",
            )
        ],
        5: [
            (
                "Organisation",
                "There is no organisation called “Föreningen Norden” in Lohja in the register.",
            )
        ],
    }
    summary = do_import(register, path, "people", skip_invalid=True)
    assert summary.counts["person"].created == 2
    people = {p.name: p for p in register.get_many("person")}
    assert people["Anna Andersson"].organisation_id == chain["local"]
    assert people["Jens Jensen"].organisation_id == chain["dansk"]


def test_an_organisation_name_that_fits_several_needs_the_town(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "kontakter.csv", ["Namn;Organisation", "Jens Jensen;Foreningen Norden"]
    )
    plan = check(register, path, "people")
    assert problems_by_row(plan) == {
        2: [
            (
                "Organisation",
                "Several organisations are called “Foreningen Norden”; give the town to say which.",
            )
        ]
    }


def test_member_counts_by_organisation_and_town_with_unknown_counts(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "medlemmar.csv",
        [
            "Förening;Ort;Land;År;Medlemsantal",
            "Föreningen Norden;Vänersborg;Sverige;2013;1 135",
            "Föreningen Norden;Herning;Danmark;2013;",
            "Föreningen Norden Vänersborg;;;2014;2 001",
            "Föreningen Norden Vänersborg;;;2014;2 002",
            "Föreningen Norden Vänersborg;;;2015;12,5",
        ],
    )
    plan = check(register, path, "members")
    found = problems_by_row(plan)
    assert found[2] == [
        (
            "Förening",
            "There is no organisation called “Föreningen Norden” in Vänersborg in the register.",
        )
    ]
    assert found[5] == [("Förening", "A duplicate: the same member count is already in row 4.")]
    assert found[6] == [("Medlemsantal", "Members (empty: unknown): 12,5 is not a whole number.")]
    assert set(found) == {2, 5, 6}
    do_import(register, path, "members", skip_invalid=True)
    counts = {(c.organisation_id, c.year.year): c.count for c in register.get_many("member_count")}
    # An empty count is a recorded unknown, not zero.
    assert counts == {(chain["dansk"], 2013): None, (chain["local"], 2014): 2001}
    again = do_import(register, path, "members", skip_invalid=True)
    assert again.counts["member_count"].created == 0
    assert again.counts["member_count"].unchanged == 2


def test_activities_with_several_towns_and_organisations(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "aktiviteter.csv",
        [
            "Titel;Typ;Datum;Sista dag;Orter;Land;Organisationer;Kommunen deltog",
            'Vänortsmöte;officiellt möte;2014-06-12;2014-06-14;"Herning; Lohja";;'
            "Föreningen Norden Vänersborg;ja",
            "Skolresa;skolutbyte;2014-09-01;2014-08-30;Herning;;;nej",
            "Körfestival;kultur;2015-05-01;;Eiði;Färöarna;;x",
        ],
    )
    plan = check(register, path, "activities")
    assert problems_by_row(plan) == {
        3: [("Sista dag", "Last day cannot be before Date or first day.")]
    }
    summary = do_import(register, path, "activities", skip_invalid=True)
    assert summary.counts["activity"].created == 2
    activities = {a.title: a for a in register.get_many("activity")}
    meeting = activities["Vänortsmöte"]
    assert meeting.kind == "official_meeting"
    assert set(meeting.town_ids) == {chain["herning"], chain["lohja"]}
    assert meeting.organisation_ids == (chain["local"],)
    assert meeting.municipality_took_part is True
    festival = activities["Körfestival"]
    eidi = next(t for t in register.get_many("town") if t.name == "Eiði")
    assert festival.town_ids == (eidi.id,)
    assert festival.start_date == date(2015, 5, 1)


def test_trips_are_checked_by_the_municipalitys_rules(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    # This municipality's policy has trips to twin towns approved by the board.
    settings = register.settings()
    rules = dataclasses.replace(settings.rules, trip_approval=True)
    register.save_settings(dataclasses.replace(settings, rules=rules))
    path = swedish_excel_csv(
        tmp_path / "resor.csv",
        [
            "Titel;Resmål;Avresa;Hemkomst;Status;Beräknad kostnad;Valuta",
            "Vänortsmöte i Herning;Herning;2026-06-01;2026-06-03;planerad;10 000,50;kr",
            "Studiebesök;Lohja;2026-09-01;2026-09-02;genomförd;4 500;EUR",
            "Godkänd resa;Herning;2026-10-01;2026-10-02;godkänd;1 000;SEK",
            "Dyr resa;Lohja;2026-11-01;;planerad;1 000,005;SEK",
        ],
    )
    plan = check(register, path, "trips")
    found = problems_by_row(plan)
    # Approved without the approving body's decision: the trip rule says no (on the
    # decision field, which the file has no column for).
    assert found[4] == [
        (
            "",
            "A trip to a twin town needs the approving decision of the municipal executive "
            "board before it is approved.",
        )
    ]
    assert found[5] == [
        (
            "Beräknad kostnad",
            "Estimated cost: “1 000,005” has more than two decimals; write amounts as 10 000,50.",
        )
    ]
    assert set(found) == {4, 5}
    do_import(register, path, "trips", skip_invalid=True)
    trips = {t.title: t for t in register.get_many("trip")}
    assert trips["Vänortsmöte i Herning"].estimated_cost == Decimal("10000.50")
    assert trips["Vänortsmöte i Herning"].currency == "SEK"
    assert trips["Vänortsmöte i Herning"].town_ids == (chain["herning"],)
    assert (trips["Studiebesök"].status, trips["Studiebesök"].currency) == ("done", "EUR")


def test_decisions_by_body_label_and_registry_number(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(
        tmp_path / "beslut.csv",
        [
            "Organ;Datum;Paragraf;Diarienummer;Rubrik",
            "KS;2023-05-10;§ 94;KS 2023/329;Resa till Herning",
            "Kommunfullmäktige;2014-02-26;§ 12;KS 2013/500;Vänortspolicy",
            "KS;2023-05-10;§ 94;KS 2023/329;Resa till Herning (kopia)",
            ";2023-05-11;§ 95;;Utan organ",
        ],
    )
    plan = check(register, path, "decisions")
    found = problems_by_row(plan)
    assert found[4] == [("Diarienummer", "A duplicate: the same decision is already in row 2.")]
    assert found[5] == [("Organ", "Body is required.")]
    do_import(register, path, "decisions", skip_invalid=True)
    decisions = {d.registry_no: d for d in register.get_many("decision")}
    assert decisions["KS 2023/329"].body == "executive_board"
    assert decisions["KS 2023/329"].section == "§ 94"
    assert decisions["KS 2013/500"].body == "council"
    assert decisions["KS 2013/500"].decided_on == ApproxDate.of_day(date(2014, 2, 26))


def test_grants_in_other_currencies_with_a_paying_town(
    register: Workspace, chain: dict[str, int], tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "bidrag.csv",
        [
            "Mottagare;Ort;År;Belopp;Valuta;Betalas av;Betalarens land",
            "Foreningen Norden;Herning;2014;16 800;DKK;Herning;Danmark",
            "Föreningen Norden Vänersborg;;2014;10 000;kr;;",
            "Föreningen Norden Vänersborg;;2015;;SEK;;",
            "Föreningen Norden Vänersborg;;2016;5 000;Kronor i guld;;",
        ],
    )
    plan = check(register, path, "grants")
    assert problems_by_row(plan) == {
        5: [("Valuta", "Currency: “Kronor i guld” is not a currency this program knows.")]
    }
    with pytest.raises(ImportRefused):
        do_import(register, path, "grants")
    assert register.get_many("grant") == []
    do_import(register, path, "grants", skip_invalid=True)
    grants = {(g.organisation_id, g.year): g for g in register.get_many("grant")}
    dkk = grants[(chain["dansk"], 2014)]
    assert (dkk.amount, dkk.currency, dkk.payer_town_id) == (
        Decimal("16800"),
        "DKK",
        chain["herning"],
    )
    assert grants[(chain["local"], 2014)].currency == "SEK"
    assert grants[(chain["local"], 2015)].amount is None  # an unknown amount


def test_a_record_the_services_refuse_takes_its_children_with_it(
    register: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.errors import FieldError
    from app.services.kinds import KINDS, spec_for

    def no_secret_societies(_session: object, record: r.Organisation) -> list[FieldError]:
        if "hemlig" in record.name.lower():
            return [FieldError("name", "Secret societies are not kept here.")]
        return []

    strict = dataclasses.replace(spec_for("organisation"), validators=(no_secret_societies,))
    monkeypatch.setitem(KINDS, "organisation", strict)
    path = swedish_excel_csv(
        tmp_path / "foreningar.csv",
        ["Namn;Del av", "Hemliga sällskapet;", "Avdelning Ett;Hemliga sällskapet", "Öppna;"],
    )
    plan = check(register, path, "organisations")
    assert problems_by_row(plan) == {
        2: [("Namn", "Secret societies are not kept here.")],
        3: [("Del av", "The organisation it is part of is not imported, so neither is this.")],
    }
    do_import(register, path, "organisations", skip_invalid=True)
    assert [o.name for o in register.get_many("organisation")] == ["Öppna"]
