"""What the demo's lists cannot say: the settings, the links between its papers, the terms.

A decision's links to what it concerns, the proposal a council decision took
up and the policy's revision are references the import does not read; they
are set here, by the names and registry numbers the lists give, through the
services as a form would.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from app.demo.facts import LETTERHEAD, MUNICIPALITY
from app.services import store
from app.services.conversion import row_id
from app.services.records import Decision, PolicyRevision, RecordRef, TermOfOffice
from app.services.settings import Settings, load_settings, save_settings
from db.session import Database

POLICY_TITLE = "Policy för vänortssamarbete"
CHAIN = "Den nordiska vänortskedjan"
OFFICE = "Kommunstyrelsens förvaltning"
MUSIC_CORPS = "Vargöns musikkår"
# A decision by (registry number, section) -> what it concerns: (kind, name or title).
CONCERNS: dict[tuple[str, str | None], tuple[tuple[str, str], ...]] = {
    ("KS 2002/112", "87"): (
        ("activity", "Vargöns musikkår vid Holmestrands nationaldagsfirande 2002"),
        ("organisation", MUSIC_CORPS),
    ),
    ("KS 2014/123", "62"): (
        ("activity", "Vargöns musikkår vid Holmestrands nationaldagsfirande 2014"),
        ("organisation", MUSIC_CORPS),
    ),
    ("KS 2014/187", None): (("network", CHAIN), ("organisation", OFFICE)),
    ("KS 2023/329", "52"): (("policy", POLICY_TITLE),),
    ("KS 2007/607", "94"): (("policy", POLICY_TITLE),),
    ("KS 2023/329", "40"): (("policy", POLICY_TITLE),),
}
# The council's revision of 2024 took up the board's proposal.
PROPOSALS = {("KS 2023/329", "40"): ("KS 2023/329", "52")}


def add_settings(db: Database) -> None:
    """The municipality's name, letterhead and language, and the rules its documents state."""
    # The demo's governing documents state these rules, so they are on here; a new
    # municipality's database starts with them off until its coordinator states them.
    settings = _with_rules(
        db,
        trip_approval=True,
        report_back=True,
        yearly_council_report=True,
        evaluate_each_term=True,
    )
    save_settings(
        db, dataclasses.replace(settings, name=MUNICIPALITY, letterhead=LETTERHEAD, language="sv")
    )


def _with_rules(db: Database, **rules: Any) -> Settings:
    """The register's settings with ``rules`` changed as given (not saved yet)."""
    current = load_settings(db)
    return dataclasses.replace(current, rules=dataclasses.replace(current.rules, **rules))


def _named(db: Database, kind: str) -> dict[str, int]:
    """The records of ``kind`` by their name or title, as the lists write them."""
    found: dict[str, int] = {}
    for record in store.get_many(db, kind):
        found[getattr(record, "name", None) or record.title] = record.id
    return found


def link_paperwork(db: Database) -> None:
    """Set the references between the imported lists, then add the policy's revision."""
    kinds = {kind for refs in CONCERNS.values() for kind, _name in refs}
    named = {kind: _named(db, kind) for kind in kinds}
    decisions: dict[tuple[str | None, str | None], Decision] = {
        (d.registry_no, d.section): d for d in store.get_many(db, Decision)
    }
    for key, refs in CONCERNS.items():
        concerns = tuple(RecordRef(kind, named[kind][name]) for kind, name in refs)
        decisions[key] = store.save(db, dataclasses.replace(decisions[key], concerns=concerns))
    for key, proposal in PROPOSALS.items():
        decisions[key] = store.save(
            db, dataclasses.replace(decisions[key], proposal_id=row_id(decisions[proposal]))
        )
    policy = named["policy"][POLICY_TITLE]
    store.save(
        db,
        PolicyRevision(
            document_id=policy,
            revised_on=date(2024, 4, 2),
            section="40",
            registry_no="KS 2023/329",
            description="Redaktionella ändringar; stycken som inte längre var aktuella togs bort.",
        ),
    )
    cite_policy(db, policy)


def cite_policy(db: Database, policy: int) -> None:
    """Let every rule of the municipality's own cite the policy that states it."""
    settings = _with_rules(
        db,
        trip_approval_source_id=policy,
        report_back_source_id=policy,
        yearly_report_source_id=policy,
        evaluation_source_id=policy,
    )
    save_settings(db, settings)


def add_terms(db: Database) -> None:
    """The Swedish terms of office: four years from 15 October of the election year."""
    for first in (2022, 2026):
        store.save(
            db,
            TermOfOffice(
                start_year=first,
                end_year=first + 4,
                start_date=date(first, 10, 15),
                end_date=date(first + 4, 10, 14),
            ),
        )
