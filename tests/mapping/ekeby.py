"""A second municipality for the drafting tests, unlike Vänersborg in every way that matters.

Ekeby has a single twin town (Nuuk, on Greenland) with a municipal agreement,
an ended twinning (Põltsamaa in Estonia, ended 2009 with its reason), no
network and no association; its contacts are the municipality's own (a school
exchange and a trip) and a choir's. The term 2018–2022 was evaluated.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.services.records import (
    Activity,
    Agreement,
    Decision,
    Evaluation,
    Person,
    RecordRef,
    TermOfOffice,
    Town,
    Trip,
    Twinning,
)
from app.workspace import Workspace

TODAY = date(2024, 6, 30)


def _id(ws: Workspace, record: object) -> int:
    saved = ws.save(record)
    assert saved.id is not None
    return int(saved.id)


def build_ekeby(path: Path) -> Workspace:
    """Ekeby's register, open; the caller closes it."""
    ws = Workspace.create(path, municipality="Ekeby kommun")
    ekeby = _id(ws, Town(name="Ekeby", country="SE", is_home=True))
    nuuk = _id(
        ws, Town(name="Nuuk", country="GL", kind="city", latitude=64.1814, longitude=-51.6941)
    )
    poltsamaa = _id(ws, Town(name="Põltsamaa", country="EE"))
    nuuk_twin = _id(
        ws,
        Twinning(
            town_a_id=ekeby,
            town_b_id=nuuk,
            kind="twin_town",
            contact_year=1995,
            start_date=date(1996, 6, 12),
            status="active",
        ),
    )
    _id(
        ws,
        Twinning(
            town_a_id=ekeby,
            town_b_id=poltsamaa,
            kind="friendship_town",
            contact_year=1991,
            start_date=date(1992, 1, 1),
            end_date=date(2009, 6, 30),
            end_reason="Põltsamaa slogs samman med grannkommunerna och avslutade samarbetet",
            status="ended",
        ),
    )
    _id(
        ws,
        Agreement(
            title="Vänortsavtal Ekeby–Nuuk",
            kind="twinning_agreement",
            signed_date=date(1996, 6, 12),
            status="active",
            town_ids=(ekeby, nuuk),
        ),
    )
    _id(
        ws,
        Decision(
            body="council",
            decided_on=date(1996, 5, 20),
            section="45",
            registry_no="KF 1996/12",
            title="Vänortsavtal med Nuuk",
            outcome="Avtalet godkänns.",
            concerns=(RecordRef("twinning", nuuk_twin),),
        ),
    )
    _id(
        ws,
        Activity(
            title="Elevutbyte med gymnasiet i Nuuk",
            start_date=date(2021, 5, 10),
            kind="school_exchange",
            area="school",
            municipality_took_part=True,
            town_ids=(nuuk,),
        ),
    )
    _id(
        ws,
        Activity(
            title="Ekeby kammarkör sjunger i Nuuk",
            start_date=date(2022, 8, 15),
            kind="culture",
            area="music",
            town_ids=(nuuk,),
        ),
    )
    approval = _id(
        ws,
        Decision(
            body="executive_board",
            decided_on=date(2023, 2, 1),
            section="12",
            registry_no="KS 2023/8",
            title="Tjänsteresa till Nuuk",
            outcome="Resan godkänns.",
        ),
    )
    _id(
        ws,
        Trip(
            title="Tjänsteresa till Nuuk om klimatsamarbete",
            start_date=date(2023, 3, 6),
            end_date=date(2023, 3, 9),
            purpose="Förbereda ett gemensamt klimatprojekt.",
            actual_cost=Decimal("8500"),
            approval_decision_id=approval,
            status="done",
            town_ids=(nuuk,),
        ),
    )
    term = _id(
        ws,
        TermOfOffice(
            start_year=2018,
            end_year=2022,
            start_date=date(2018, 10, 15),
            end_date=date(2022, 10, 14),
        ),
    )
    _id(
        ws,
        Evaluation(
            term_id=term,
            twinning_id=nuuk_twin,
            benefit="Utbytet har gett eleverna kunskap om klimatfrågor i Arktis",
            recommendation="develop",
        ),
    )
    _id(ws, Person(name="Sara Lind", role="Kanslichef"))
    return ws
