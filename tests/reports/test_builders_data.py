"""Shared data of the report builder tests (this module holds no tests of its own).

``board_material`` adds to the demo register what a year of work leaves
behind: trips in four currencies (one without an exchange rate, one without a
cost, one cancelled), decisions, grants, an evaluation, a hosted meeting's
participants and follow-up, a contact person with e-mail and phone, and a
town whose notes run to 40 000 characters. The expected sums are worked out
by hand in :data:`TRIPS_2014_SEK` and :data:`GRANTS_2014_SEK` from the rates
the demo holds (DKK 2014 1.2197, EUR 2014 9.0985; ISK has none).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.services.records import (
    Decision,
    Evaluation,
    Grant,
    Person,
    RecordRef,
    Town,
    Trip,
    Twinning,
)
from app.workspace import Workspace
from tests.reports.helpers import BELL, HOSTILE, long_note

TODAY = date(2026, 11, 22)

# Counted 2014 trip costs, by hand: the demo's own seminar trip to Husby, 12 400 kr actual;
# 11 500 DKK x 1.2197 = 14 026.55; 2 000 EUR (estimate, no actual) x 9.0985 = 18 197.00;
# 8 500 SEK. Missing: one without any cost, one in ISK (no rate). The cancelled trip's
# estimate of 30 000 kr is not counted; the 2013 trip of 99 999 kr belongs to another year.
TRIPS_2014_SEK = Decimal("12400") + Decimal("14026.55") + Decimal("18197.00") + Decimal("8500")
TRIPS_2014_UNKNOWN = 1
TRIPS_2014_NO_RATE = 1

# The demo's 2014 grants: 16 800 DKK and 35 000 DKK at 1.2197, one EUR grant of unknown amount.
GRANTS_2014_SEK = Decimal("20490.96") + Decimal("42689.50")
GRANTS_2014_UNKNOWN = 1
# Added here for 2013: 10 000 kr, and 5 000 NOK at the 2013 rate 1.1089 = 5 544.50.
GRANTS_2013_SEK = Decimal("10000") + Decimal("5544.50")

CONTACT_EMAIL = "kirsten.lund@example.dk"
CONTACT_PHONE = "+45 97 12 34 56"
ORGANISATION_EMAIL = "herning@norden.example.dk"


@dataclass(frozen=True)
class Material:
    """Ids of what board_material added."""

    trips: dict[str, int]
    hosted_meeting: int
    term_2022: int
    long_note_town: int
    herning_twinning: int


def _id_of(workspace: Workspace, kind: str, label: str) -> int:
    labels = workspace.labels(kind)
    matches = [record_id for record_id, text in labels.items() if text == label]
    assert len(matches) == 1, (kind, label, labels)
    return matches[0]


def board_material(workspace: Workspace) -> Material:
    """Add trips, decisions, grants, an evaluation, a hosted meeting's follow-up and contacts."""
    herning = _id_of(workspace, "town", "Herning")
    kangasala = _id_of(workspace, "town", "Kangasala")
    holmestrand = _id_of(workspace, "town", "Holmestrand")
    siglufjordur = _id_of(workspace, "town", "Siglufjörður")
    lich = _id_of(workspace, "town", "Lich")
    arsuk = _id_of(workspace, "town", "Arsuk")
    approval = workspace.save(
        Decision(
            body="executive_board",
            decided_on=date(2014, 3, 10),
            section="45",
            registry_no="KS 2014/100",
            title="Resor till vänorterna 2014",
            outcome="Resorna beviljas inom ram.",
        )
    )
    report_back = workspace.save(
        Decision(
            body="executive_board",
            decided_on=date(2014, 9, 1),
            section="88",
            registry_no="KS 2014/101",
            title="Återrapportering av studiebesöket i Herning",
            outcome="Återrapporteringen läggs till handlingarna.",
        )
    )
    trips = {
        "herning": workspace.save(
            Trip(
                title="Studiebesök i Herning",
                start_date=date(2014, 5, 12),
                end_date=date(2014, 5, 14),
                travellers="Anna Ek, Bo Lind",
                purpose="Lära av Hernings arbete med ungdomsråd.",
                goals="Ett förslag till ungdomsråd i Vänersborg.",
                results="Förslaget lämnas till kommunstyrelsen i oktober.",
                estimated_cost=Decimal("12000"),
                actual_cost=Decimal("11500"),
                currency="DKK",
                funding="Kommunstyrelsens internationella anslag.",
                approval_decision_id=approval.id,
                report_back_decision_id=report_back.id,
                status="reported",
                town_ids=(herning,),
            )
        ).id,
        "kangasala": workspace.save(
            Trip(
                title="Vänortsmöte i Kangasala",
                start_date=date(2014, 8, 20),
                estimated_cost=Decimal("2000"),
                currency="EUR",
                approval_decision_id=approval.id,
                status="done",
                town_ids=(kangasala,),
            )
        ).id,
        "siglufjordur": workspace.save(
            Trip(
                title="Kulturutbyte i Siglufjörður",
                start_date=date(2014, 6, 1),
                actual_cost=Decimal("150000"),
                currency="ISK",
                status="planned",
                town_ids=(siglufjordur,),
            )
        ).id,
        "lich": workspace.save(
            Trip(
                title="Planerad resa till Lich",
                start_date=date(2014, 10, 1),
                status="planned",
                town_ids=(lich,),
            )
        ).id,
        "arsuk": workspace.save(
            Trip(
                title="Inställd resa till Arsuk",
                start_date=date(2014, 11, 1),
                estimated_cost=Decimal("30000"),
                status="cancelled",
                town_ids=(arsuk,),
            )
        ).id,
        "holmestrand": workspace.save(
            Trip(
                title="Resa till Holmestrand",
                start_date=date(2014, 5, 16),
                actual_cost=Decimal("8500"),
                approval_decision_id=approval.id,
                status="done",
                town_ids=(holmestrand,),
            )
        ).id,
        "last_year": workspace.save(
            Trip(
                title="Resa året innan",
                start_date=date(2013, 6, 1),
                actual_cost=Decimal("99999"),
                approval_decision_id=approval.id,
                status="done",
                town_ids=(holmestrand,),
            )
        ).id,
    }
    branch = _id_of(workspace, "organisation", "Föreningen Norden Vänersborg")
    holmestrand_branch = _id_of(workspace, "organisation", "Foreningen Norden Holmestrand")
    workspace.save(Grant(organisation_id=branch, year=2013, amount=Decimal("10000")))
    workspace.save(
        Grant(
            organisation_id=holmestrand_branch,
            year=2013,
            amount=Decimal("5000"),
            currency="NOK",
            report_due=date(2014, 3, 31),
        )
    )
    herning_branch = _id_of(workspace, "organisation", "Foreningen Norden Herning")
    branch_record = workspace.get("organisation", herning_branch)
    workspace.save(dataclasses.replace(branch_record, email=ORGANISATION_EMAIL))
    person = workspace.save(
        Person(
            name="Kirsten Lund",
            role="Formand",
            organisation_id=herning_branch,
            email=CONTACT_EMAIL,
            phone=CONTACT_PHONE,
        )
    )
    home = _id_of(workspace, "town", "Vänersborg")
    twinning_id = next(
        t.id
        for t in workspace.get_many("twinning")
        if {t.town_a_id, t.town_b_id} == {home, herning}
    )
    twinning = workspace.get("twinning", twinning_id)
    workspace.save(dataclasses.replace(twinning, responsible_person_id=person.id))
    term = _id_of(workspace, "term", "2022 – 2026")
    keep = workspace.save(
        Decision(
            body="council",
            decided_on=date(2026, 6, 15),
            section="71",
            registry_no="KS 2026/55",
            title="Vänortsförbindelserna under mandatperioden",
            concerns=(RecordRef("twinning", twinning_id),),
        )
    )
    workspace.save(
        Evaluation(
            term_id=term,
            twinning_id=twinning_id,
            activity_summary="Föreningsmöten varje år; inga kommunala kontakter.",
            benefit="Stor nytta för föreningslivet.",
            recommendation="keep",
            decision_id=keep.id,
        )
    )
    meetings = workspace.get_many("meeting")
    hosted = next(meeting for meeting in meetings if meeting.host_town_id == home)
    workspace.save(
        dataclasses.replace(
            hosted,
            participants="Margareta Holm, Erik Sandberg och 40 gäster från kedjan",
            notes="Fredag: välkomstmiddag. Lördag: båttur på Vänern.",
            follow_up_report="Mötet samlade 42 deltagare. Nästa möte hålls på Åland.",
            follow_up_date=date(2012, 10, 1),
        )
    )
    long_town = workspace.save(Town(name="Långa anteckningars by", country="DK", notes=long_note()))
    workspace.save(Twinning(town_a_id=home, town_b_id=long_town.id, contact_year=2020))
    return Material(trips, hosted.id, term, long_town.id, twinning_id)


def hostile_towns(workspace: Workspace) -> dict[str, int]:
    """A twin town named by each hostile string, with notes holding it too."""
    home = _id_of(workspace, "town", "Vänersborg")
    made = {}
    for text in [*HOSTILE, BELL]:
        town = workspace.save(Town(name=text, country="SE", notes=f"Anteckning: {text} slut"))
        workspace.save(Twinning(town_a_id=home, town_b_id=town.id, contact_year=2001))
        made[text] = town.id
    return made
