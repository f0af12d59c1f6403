"""Build tests/data/schema_0001.sqlite3: a register written by the first schema (revision 0001).

The file is checked in so that every later migration is tested on real data
(tests/db/test_upgrade_0001.py). It is made through the services, as the program
would write it, from the facts of the Vänersborg mapping survey (seeds/004):
the Nordic chain with its diacritics, the member counts of 2013 with Eidi's
unknown, the meetings, the grants in DKK, and so on.

Run it only while the newest revision is 0001 (it refuses otherwise):

    .venv/bin/python tests/data/make_schema_0001.py [OUTPUT]

The result is in rollback-journal mode with no -wal file: one self-contained file.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
OUTPUT = HERE / "schema_0001.sqlite3"


def build(path: Path) -> None:
    """Write the register to ``path`` (which must not exist)."""
    from app.rules import Rules
    from app.services import records as r
    from app.services.records import RecordRef
    from app.workspace import Workspace
    from db.migrate import head_revision

    if head_revision() != "0001":
        raise SystemExit(
            f"The newest schema is {head_revision()}, not 0001; this script only documents "
            "how the checked-in 0001 file was made."
        )

    ws = Workspace.create(path, municipality="Vänersborgs kommun")
    save = ws.save

    # -- towns: the chain of Figur 1, Utajärvi, and the later partners
    def town(name: str, country: str, **extra: object) -> r.Town:
        return save(r.Town(name=name, country=country, **extra))

    vanersborg = town(
        "Vänersborg",
        "SE",
        is_home=True,
        population=39_900,
        latitude=58.38,
        longitude=12.32,
        website="https://www.vanersborg.se",
    )
    herning = town("Herning", "DK", latitude=56.14, longitude=8.97)
    holmestrand = town("Holmestrand", "NO", latitude=59.49, longitude=10.31)
    siglufjordur = town(
        "Siglufjörður",
        "IS",
        kind="village",
        latitude=66.15,
        longitude=-18.91,
        alternative_names=("Siglufjördur", "Siglufjordur"),
    )
    kangasala = town("Kangasala", "FI", latitude=61.46, longitude=24.07)
    aland = town(
        "Ålands landskommuner",
        "AX",
        kind="region",
        notes="De 15 landkommunerna på Åland.",
        alternative_names=("15 landkommuner",),
    )
    eidi = town("Eiði", "FO", kind="village", alternative_names=("Eidi",))
    arsuk = town("Arsuk", "GL", kind="village", latitude=61.17, longitude=-48.45)
    husby = town(
        "Husby",
        "DE",
        region="Sydslesvig",
        kind="community",
        alternative_names=("Husby (dansk)",),
    )
    utajarvi = town("Utajärvi", "FI", latitude=64.76, longitude=26.42)
    lich = town("Lich", "DE", region="Hessen", kind="city")
    omaruru = town("Omaruru", "NA", latitude=-21.43, longitude=15.93)

    # -- decisions first: twinnings, trips and grants point at them
    save(
        r.Decision(
            body="council",
            decided_on=date(2010, 3, 24),
            section="§ 31",
            registry_no="KS 2009/412",
            title="Partnerstadsavtal med Lich",
            summary="Kommunfullmäktige godkänner ett partnerstadsavtal med Lich.",
            outcome="Bifall",
            distribution="Kommunstyrelsen; Föreningen Norden Vänersborg",
        )
    )
    trip_decision = save(
        r.Decision(
            body="executive_board",
            decided_on=date(2013, 5, 15),
            section="§ 94",
            registry_no="KS 2013/118",
            title="Deltagande i vänortsmötet på Åland 2013",
            outcome="Bifall",
        )
    )

    # -- twinnings, one written the "wrong" way round on purpose
    chain = [
        (herning, 1946),
        (holmestrand, 1947),
        (siglufjordur, 1949),
        (kangasala, 1977),
        (aland, 1977),
        (eidi, 1978),
        (arsuk, 1987),
        (husby, 1988),
    ]
    twinnings = {}
    for partner, year in chain:
        twinnings[partner.name] = save(
            r.Twinning(
                town_a_id=partner.id if partner is husby else vanersborg.id,
                town_b_id=vanersborg.id if partner is husby else partner.id,
                contact_year=year,
                areas=("culture", "school") if partner is herning else (),
            )
        )
    save(
        r.Twinning(
            town_a_id=vanersborg.id,
            town_b_id=utajarvi.id,
            contact_year=1948,
            status="ended",
            end_date=date(1976, 12, 31),
            end_reason="Utajärvi valde att gå ur samarbetet.",
        )
    )
    lich_twinning = save(
        r.Twinning(
            town_a_id=vanersborg.id,
            town_b_id=lich.id,
            kind="partner_town",
            contact_year=2010,
            start_date=date(2010, 3, 24),
            areas=("culture", "business"),
        )
    )
    save(
        r.Twinning(
            town_a_id=vanersborg.id,
            town_b_id=omaruru.id,
            kind="friendship_town",
            status="planned",
        )
    )

    # -- the network, its members and meetings
    network = save(r.Network(name="Vänortskedjan i Norden", cadence_years=1, founded_year=1946))
    order = [kangasala, husby, herning, siglufjordur, holmestrand, vanersborg, aland]
    joined = {vanersborg.id: 1946, **{p.id: y for p, y in chain}}
    for member in [vanersborg, *(p for p, _ in chain)]:
        save(
            r.NetworkMember(
                network_id=network.id,
                town_id=member.id,
                joined_year=joined[member.id],
                rotation_position=order.index(member) + 1 if member in order else None,
            )
        )
    save(
        r.NetworkMember(
            network_id=network.id,
            town_id=utajarvi.id,
            joined_year=1948,
            left_year=1976,
            notes="Fadderort sedan tidigare.",
        )
    )
    for year, host in zip(range(2007, 2014), order, strict=True):
        save(r.NetworkMeeting(network_id=network.id, year=year, host_town_id=host.id))
    save(
        r.NetworkMeeting(
            network_id=network.id,
            year=2014,
            host_town_id=husby.id,
            kind="seminar",
            place="Husby, Sydslesvig",
            start_date=date(2014, 9, 19),
            end_date=date(2014, 9, 21),
            participants="Styrelserna i lokalföreningarna",
        )
    )

    # -- Föreningen Norden and its branches with the members of 2013
    norden = save(r.Organisation(name="Föreningen Norden", kind="association"))
    counts: list[tuple[r.Town, int | None]] = [
        (vanersborg, 100),
        (herning, 230),
        (holmestrand, 100),
        (siglufjordur, 30),
        (kangasala, 70),
        (aland, 250),
        (eidi, None),  # uppgift saknas
        (arsuk, 15),
        (husby, 340),
    ]
    branches = {}
    for place, count in counts:
        branch = save(
            r.Organisation(
                name=f"Föreningen Norden {place.name}",
                kind="local_branch",
                town_id=place.id,
                parent_id=norden.id,
                email="vanersborg@norden.se" if place is vanersborg else None,
            )
        )
        branches[place.name] = branch
        save(
            r.MemberCount(
                organisation_id=branch.id,
                year=2013,
                count=count,
                note="Uppgift saknas" if count is None else None,
            )
        )
    school = save(r.Organisation(name="Blåsutskolan", kind="school", town_id=vanersborg.id))

    save(
        r.Person(
            name="Åsa Öberg",
            role="Ordförande",
            organisation_id=branches["Vänersborg"].id,
            email="asa.oberg@example.se",
            languages="svenska, danska",
            dispose_after=date(2030, 12, 31),
        )
    )

    # -- Holmestrand's dormant agreement, two parties, one action
    agreement = save(
        r.Agreement(
            title="Vänortsavtal Vänersborg–Holmestrand",
            kind="twinning_agreement",
            status="dormant",
            signed_date=date(1947, 6, 1),
            valid_from=date(1947, 6, 1),
            priority_areas=("culture", "school"),
            town_ids=(vanersborg.id, holmestrand.id),
        )
    )
    save(
        r.AgreementAction(
            agreement_id=agreement.id,
            title="Pröva om avtalet ska förnyas",
            due_date=date(2015, 6, 30),
            responsible="Kanslichef",
        )
    )
    save(
        r.Decision(
            body="council",
            decided_on=date(2010, 3, 24),
            section="§ 32",
            registry_no="KS 2009/412",
            title="Uppdrag om vänortsavtalen",
            concerns=(
                RecordRef("twinning", lich_twinning.id),
                RecordRef("agreement", agreement.id),
            ),
        )
    )

    # -- work: a trip with costs, activities
    save(
        r.Trip(
            title="Vänortsmötet på Åland 2013",
            start_date=date(2013, 8, 16),
            end_date=date(2013, 8, 18),
            travellers="Två förtroendevalda och föreningens ordförande",
            purpose="Delta i kedjans årliga vänortsmöte.",
            estimated_cost=Decimal("12500.50"),
            actual_cost=Decimal("11980.25"),
            currency="SEK",
            approval_decision_id=trip_decision.id,
            status="done",
            town_ids=(aland.id,),
        )
    )
    save(
        r.Activity(
            title="Önskan om skolutbyte med Kangasala",
            kind="school_exchange",
            area="school",
            start_date=date(2014, 3, 1),
            description="Blåsutskolan vill etablera kontakt med en skola i Kangasala.",
            town_ids=(vanersborg.id, kangasala.id),
            organisation_ids=(school.id,),
        )
    )
    save(
        r.Activity(
            title="Drillflickor vid Holmestrands nationaldagsfirande",
            kind="culture",
            area="music",
            start_date=date(2013, 5, 17),
            municipality_took_part=True,
            town_ids=(holmestrand.id,),
        )
    )

    # -- grants in DKK (and one of unknown size), with their rates
    save(
        r.Grant(
            organisation_id=branches["Herning"].id,
            payer_town_id=herning.id,
            year=2013,
            amount=Decimal("16800"),
            currency="DKK",
        )
    )
    save(
        r.Grant(
            organisation_id=branches["Husby"].id,
            payer_town_id=husby.id,
            year=2013,
            amount=Decimal("35000"),
            currency="DKK",
            report_due=date(2014, 3, 31),
        )
    )
    save(
        r.Grant(
            organisation_id=branches["Kangasala"].id,
            payer_town_id=kangasala.id,
            year=2013,
            amount=None,
            currency="EUR",
            notes="Okänd summa",
        )
    )
    save(r.ExchangeRate(currency="DKK", year=2013, rate_to_sek=Decimal("1.165400")))
    save(r.ExchangeRate(currency="EUR", year=2013, rate_to_sek=Decimal("8.649400")))

    # -- a governing document with one revision
    policy = save(
        r.PolicyDocument(
            title="Riktlinjer för vänortsarbete",
            doc_type="guidelines",
            owner="KF presidium",
            responsible_officer="Kanslichef",
            decided_by="council",
            decided_on=date(2011, 11, 23),
            section="§ 170",
            registry_no="KS 2011/301",
            revise_by=date(2015, 12, 31),
        )
    )
    save(
        r.PolicyRevision(
            document_id=policy.id,
            revised_on=date(2014, 2, 26),
            section="§ 12",
            registry_no="KS 2014/22",
            description="Lich och Omaruru tillagda.",
        )
    )

    # -- a term of office and an evaluation in it
    term = save(
        r.TermOfOffice(
            start_year=2022,
            end_year=2026,
            start_date=date(2022, 10, 15),
            end_date=date(2026, 10, 14),
        )
    )
    save(
        r.Evaluation(
            term_id=term.id,
            twinning_id=twinnings["Herning"].id,
            activity_summary="Årliga möten och skolutbyten.",
            benefit="Stor",
            recommendation="keep",
        )
    )
    # -- settings
    settings = ws.settings()
    ws.save_settings(
        dataclasses.replace(
            settings,
            name="Vänersborgs kommun",
            letterhead="Kommunstyrelsens förvaltning\nInternationellt arbete",
            language="sv",
            rules=Rules(report_back_threshold_sek=15_000),
        )
    )
    ws.close()


def self_contained(path: Path) -> None:
    """Switch to rollback-journal mode and compact, so the file stands alone."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        assert mode == "delete", mode
        # One page per table and index: small pages keep the checked-in file small.
        connection.execute("PRAGMA page_size=1024")
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists(), suffix


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    with tempfile.TemporaryDirectory() as scratch:
        # Nothing of the user's own profile is touched; the change log names a coordinator.
        os.environ["VANORT_HOME"] = scratch
        os.environ["VANORT_USER"] = "samordnare"
        building = Path(scratch) / target.name
        build(building)
        self_contained(building)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(building.read_bytes())
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
