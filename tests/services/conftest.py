"""Valid records of every kind, with whatever they refer to saved first."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.dates import ApproxDate
from app.services import records as r
from app.workspace import Workspace
from db.engine import make_engine
from db.session import Database


def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


@pytest.fixture(scope="session")
def empty_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new register made the ordinary way, copied for each test below."""
    path = tmp_path_factory.mktemp("template") / "register.sqlite3"
    Workspace.create(path, municipality="Testkommun").close()
    return path


@pytest.fixture
def workspace(empty_register: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty register in a file of its own (as tests/conftest.py's fixture gives),
    copied from one made once: running the migrations for each test is the slow part."""
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(empty_register, path)
    engine = make_engine(path)
    # The services are what is tested here, not the disk: skip the fsync of every
    # commit (tests/db checks that the program itself asks for synchronous=FULL).
    event.listen(engine, "connect", _no_fsync)
    ws = Workspace(Database(engine, path.resolve()))
    yield ws
    ws.close()


class Samples:
    """Makes a new, valid, unsaved record of any kind; the records it needs are saved.

    Every call gives values no earlier call gave, so unique constraints
    (a pair of towns, an organisation's year) never collide.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self._numbers = itertools.count(1)

    def saved(self, kind: str, **changes: Any) -> Any:
        return self.ws.save(self.new(kind, **changes))

    def new(self, kind: str, **changes: Any) -> Any:
        n = next(self._numbers)
        record = getattr(self, "_" + kind)(n)
        if changes:
            import dataclasses

            record = dataclasses.replace(record, **changes)
        return record

    def _town(self, n: int) -> r.Town:
        return r.Town(name=f"Kangasala {n}", country="FI", latitude=61.46, longitude=24.07)

    def _twinning(self, n: int) -> r.Twinning:
        home = self.saved("town", name=f"Vänersborg {n}", country="SE", is_home=True)
        partner = self.saved("town")
        return r.Twinning(
            town_a_id=home.id,
            town_b_id=partner.id,
            contact_year=ApproxDate.of_year(1977),
            notes="Skolbarnsutbyte",
        )

    def _network(self, n: int) -> r.Network:
        return r.Network(
            name=f"Vänortskedjan {n}", cadence_years=1, founded_year=ApproxDate.of_year(1946)
        )

    def _network_member(self, n: int) -> r.NetworkMember:
        return r.NetworkMember(
            network_id=self.saved("network").id,
            town_id=self.saved("town").id,
            joined_year=ApproxDate.of_year(1977),
            notes="Anslöt efter Utajärvi",
        )

    def _meeting(self, n: int) -> r.NetworkMeeting:
        return r.NetworkMeeting(
            network_id=self.saved("network").id,
            year=2013,
            host_town_id=self.saved("town").id,
            place="Mariehamn",
        )

    def _organisation(self, n: int) -> r.Organisation:
        return r.Organisation(name=f"Föreningen Norden {n}", kind="local_branch")

    def _member_count(self, n: int) -> r.MemberCount:
        return r.MemberCount(
            organisation_id=self.saved("organisation").id,
            year=ApproxDate.of_year(2013),
            count=230,
            note="Figur 1",
        )

    def _person(self, n: int) -> r.Person:
        return r.Person(name=f"Åsa Öberg {n}", email="asa@example.se")

    def _agreement(self, n: int) -> r.Agreement:
        return r.Agreement(
            title=f"Vänortsavtal {n}",
            status="dormant",
            valid_from=date(1947, 6, 1),
            town_ids=(self.saved("town").id, self.saved("town").id),
        )

    def _agreement_action(self, n: int) -> r.AgreementAction:
        return r.AgreementAction(
            agreement_id=self.saved("agreement").id,
            title="Förnya avtalet",
            due_date=date(2026, 6, 30),
        )

    def _decision(self, n: int) -> r.Decision:
        return r.Decision(
            body="executive_board",
            decided_on=ApproxDate.of_day(date(2013, 5, 15)),
            section=f"§ {n}",
            registry_no="KS 2013/118",
            title="Deltagande i vänortsmötet",
        )

    def _trip(self, n: int) -> r.Trip:
        return r.Trip(
            title=f"Vänortsmötet {n}",
            start_date=date(2013, 8, 16),
            end_date=date(2013, 8, 18),
            estimated_cost=Decimal("12500.50"),
            currency="SEK",
        )

    def _activity(self, n: int) -> r.Activity:
        return r.Activity(
            title=f"Skolutbyte {n}",
            kind="school_exchange",
            start_date=date(2014, 3, 1),
            organisation_ids=(self.saved("organisation").id,),
        )

    def _grant(self, n: int) -> r.Grant:
        return r.Grant(
            organisation_id=self.saved("organisation").id,
            year=2013,
            amount=Decimal("16800"),
            currency="DKK",
            notes="Bidrag från Herning",
        )

    def _exchange_rate(self, n: int) -> r.ExchangeRate:
        return r.ExchangeRate(currency="DKK", year=1900 + n, rate_to_sek=Decimal("1.1654"))

    def _reference_fact(self, n: int) -> r.ReferenceFact:
        return r.ReferenceFact(
            topic="share_active",
            text=f"{n} % av kommunerna hade ett aktivt vänortssamarbete.",
            figure=Decimal(n),
            unit="%",
            year=2011,
            source_title="Vänortsenkät",
            source_publisher="Sveriges Kommuner och Landsting",
        )

    def _policy(self, n: int) -> r.PolicyDocument:
        return r.PolicyDocument(title=f"Riktlinjer för vänortsarbete {n}", doc_type="guidelines")

    def _policy_revision(self, n: int) -> r.PolicyRevision:
        return r.PolicyRevision(
            document_id=self.saved("policy").id,
            revised_on=date(2014, 2, 26),
            description="Lich tillagt",
        )

    def _term(self, n: int) -> r.TermOfOffice:
        start = 1802 + 4 * n
        return r.TermOfOffice(
            start_year=start,
            end_year=start + 4,
            start_date=date(start, 10, 15),
            end_date=date(start + 4, 10, 14),
        )

    def _evaluation(self, n: int) -> r.Evaluation:
        return r.Evaluation(
            term_id=self.saved("term").id,
            twinning_id=self.saved("twinning").id,
            benefit="Stor nytta",
            recommendation="keep",
        )


@pytest.fixture
def samples(workspace: Workspace) -> Samples:
    return Samples(workspace)
