"""Agreements, governing documents, exchange rates and a trip's decisions, imported from
lists: parties and decisions are found by what the list calls them, and a bad row is one
sentence that keeps the whole file out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.dates import ApproxDate
from app.importing.importer import ImportRefused
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import check, do_import, problems_by_row, swedish_excel_csv


@pytest.fixture
def register(register: Workspace) -> Workspace:
    """The conftest's register of Vänersborg with Lich as partner town and two organisations."""
    workspace = register
    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    lich = workspace.save(r.Town(name="Lich", country="DE"))
    workspace.save(r.Twinning(town_a_id=home.id, town_b_id=lich.id, kind="partner_town"))
    workspace.save(r.Organisation(name="Föreningen Norden Vänersborg", town_id=home.id))
    workspace.save(r.Organisation(name="Kommunstyrelsens förvaltning", kind="department"))
    return workspace


def _ids(workspace: Workspace, kind: str) -> dict[str, int]:
    return {getattr(x, "name", None) or x.title: x.id for x in workspace.get_many(kind)}


def test_agreements_name_the_twinning_s_towns_and_their_organisations(
    register: Workspace, tmp_path: Path
) -> None:
    """The parties are the towns and organisations the cells name, several to a cell."""
    path = swedish_excel_csv(
        tmp_path / "avtal.csv",
        [
            "Titel;Typ;Status;Parter;Organisationer;Undertecknat;Prioriterade områden",
            # The parties of the twinning agreement in one cell, quoted for its ";".
            'Partnerstadsavtal Vänersborg–Lich;vänortsavtal;aktivt;"Vänersborg; Lich";;;kultur',
            "Överenskommelse om vänortsarbetet;överenskommelse;utkast;Vänersborg;"
            "Föreningen Norden Vänersborg;våren 2014;kultur, demokrati",
        ],
    )
    summary = do_import(register, path, "agreements")
    assert summary.counts["agreement"].created == 2
    towns, organisations = _ids(register, "town"), _ids(register, "organisation")
    found = {a.title: a for a in register.get_many("agreement")}
    lich = found["Partnerstadsavtal Vänersborg–Lich"]
    assert (lich.kind, lich.status) == ("twinning_agreement", "active")
    assert set(lich.town_ids) == {towns["Vänersborg"], towns["Lich"]}
    assert lich.priority_areas == ("culture",)
    draft = found["Överenskommelse om vänortsarbetet"]
    assert (draft.kind, draft.status) == ("understanding", "draft")
    assert draft.organisation_ids == (organisations["Föreningen Norden Vänersborg"],)
    assert draft.signed_date == ApproxDate.of_season(2014, "spring")
    assert draft.priority_areas == ("culture", "democracy")


def test_an_agreement_with_an_unknown_organisation_is_one_sentence(
    register: Workspace, tmp_path: Path
) -> None:
    """An organisation the register lacks is named; nothing of the file is written."""
    path = swedish_excel_csv(
        tmp_path / "avtal.csv",
        [
            "Titel;Parter;Organisationer",
            "Avtal A;Vänersborg;Föreningen Norden Vänersborg",
            "Avtal B;Lich;Lichs musikförening",
        ],
    )
    plan = check(register, path, "agreements")
    assert problems_by_row(plan) == {
        3: [
            (
                "Organisationer",
                "There is no organisation called “Lichs musikförening” in the register.",
            )
        ]
    }
    with pytest.raises(ImportRefused):
        do_import(register, path, "agreements")
    assert register.get_many("agreement") == []


POLICY_HEADINGS = "Titel;Typ;Ägare;Beslutad av;Beslutsdatum;Paragraf;Diarienummer;Revideras senast"


def test_governing_documents_are_read_back(register: Workspace, tmp_path: Path) -> None:
    """A policy with its owner, decision and revise-by year, and a set of guidelines."""
    path = swedish_excel_csv(
        tmp_path / "styrdokument.csv",
        [
            POLICY_HEADINGS,
            "Policy för vänortssamarbete;policy;KF presidium;kommunfullmäktige;2008-06-18;94;"
            "KS 2007/607;2028",
            "Riktlinjer för resor;riktlinjer;Kanslichef;;;;;",
        ],
    )
    summary = do_import(register, path, "policies")
    assert summary.counts["policy"].created == 2
    found = {p.title: p for p in register.get_many("policy")}
    policy = found["Policy för vänortssamarbete"]
    assert (policy.doc_type, policy.owner, policy.decided_by) == (
        "policy",
        "KF presidium",
        "council",
    )
    assert policy.decided_on == ApproxDate.of_day(date(2008, 6, 18))
    assert (policy.section, policy.registry_no) == ("94", "KS 2007/607")
    assert policy.revise_by == ApproxDate.of_year(2028)
    assert found["Riktlinjer för resor"].doc_type == "guidelines"


def test_a_governing_document_of_an_unknown_type_is_one_sentence(
    register: Workspace, tmp_path: Path
) -> None:
    """A type that is none of the choices says which are."""
    path = swedish_excel_csv(
        tmp_path / "styrdokument.csv",
        [POLICY_HEADINGS, "Vänortsprogram;manifest;;;;;;"],
    )
    plan = check(register, path, "policies")
    ((row, [(column, message)]),) = problems_by_row(plan).items()
    assert (row, column) == (2, "Typ")
    assert message.startswith("Type: “manifest” is not one of the choices (")
    assert register.get_many("policy") == []


def test_exchange_rates_and_a_rate_that_is_not_a_number(
    register: Workspace, tmp_path: Path
) -> None:
    """Rates with a decimal comma are read; a word where the rate goes is one sentence."""
    good = swedish_excel_csv(
        tmp_path / "kurser.csv", ["Valuta;År;Kurs mot SEK", "DKK;2014;1,2183", "EUR;2014;9,0985"]
    )
    assert do_import(register, good, "exchange_rates").counts["exchange_rate"].created == 2
    rates = {(x.currency, x.year): x.rate_to_sek for x in register.get_many("exchange_rate")}
    assert rates == {("DKK", 2014): Decimal("1.2183"), ("EUR", 2014): Decimal("9.0985")}
    bad = swedish_excel_csv(tmp_path / "fel.csv", ["Valuta;År;Kurs mot SEK", "NOK;2014;okänd"])
    ((row, [(column, message)]),) = problems_by_row(check(register, bad, "exchange_rates")).items()
    assert (row, column) == (2, "Kurs mot SEK")
    assert message == "SEK per unit: “okänd” is not an amount."


def _decisions(register: Workspace) -> None:
    for section in ("118", "171"):
        register.save(
            r.Decision(
                title=f"Beslut § {section}",
                registry_no="KS 2014/201",
                section=section,
                decided_on=ApproxDate.of_day(date(2014, 6, 10)),
            )
        )


TRIP_HEADINGS = (
    "Titel;Resmål;Avresa;Status;Verklig kostnad;Beslut om godkännande;Beslut om återrapportering"
)


def test_a_trip_names_its_decisions_by_registry_number_and_section(
    register: Workspace, tmp_path: Path
) -> None:
    """ "KS 2014/201 § 118" finds the one decision of that number and section."""
    _decisions(register)
    path = swedish_excel_csv(
        tmp_path / "resor.csv",
        [
            TRIP_HEADINGS,
            "Seminarium i Lich;Lich;2014-09-19;återrapporterad;12 400;KS 2014/201 § 118;"
            "KS 2014/201 §171",
        ],
    )
    do_import(register, path, "trips")
    (trip,) = register.get_many("trip")
    decisions = {d.section: d.id for d in register.get_many("decision")}
    assert (trip.approval_decision_id, trip.report_back_decision_id) == (
        decisions["118"],
        decisions["171"],
    )
    assert trip.status == "reported"


def test_a_registry_number_of_several_decisions_asks_for_the_section(
    register: Workspace, tmp_path: Path
) -> None:
    """Without the section the number is ambiguous, and an unknown number is said so."""
    _decisions(register)
    path = swedish_excel_csv(
        tmp_path / "resor.csv",
        [
            "Titel;Resmål;Beslut om godkännande",
            "Resa A;Lich;KS 2014/201",
            "Resa B;Lich;KS 2099/1 § 1",
        ],
    )
    assert problems_by_row(check(register, path, "trips")) == {
        2: [
            (
                "Beslut om godkännande",
                "Several decisions have the registry number “KS 2014/201”; add the section, as "
                "in “KS 2014/201 § 118”.",
            )
        ],
        3: [
            (
                "Beslut om godkännande",
                "There is no decision “KS 2099/1 § 1” in the register; import the decisions first.",
            )
        ],
    }
