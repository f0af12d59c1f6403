"""The checked-in database of the first schema (revision 0001) upgrading with its data intact.

The checked-in file is read back through the services, never through the 0001
tables, so these tests keep checking the data after any later migration.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from app.dates import ApproxDate
from app.messages import refusal_message
from app.register import open_register
from app.search.everywhere import search
from app.services import records as r
from app.services.listing import Filters, ListQuery
from app.services.records import RecordRef
from app.workspace import Workspace
from db import models as m
from db.errors import UndatedRecords
from db.migrate import current_revision, head_revision

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "schema_0001.sqlite3"


# ------------------------------------------------------------ the checked-in database


def test_the_checked_in_database_is_one_self_contained_file() -> None:
    assert FIXTURE.exists()
    header = FIXTURE.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL
    for suffix in ("-wal", "-shm", "-journal"):
        assert not FIXTURE.with_name(FIXTURE.name + suffix).exists()
    connection = sqlite3.connect(f"file:{FIXTURE}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    finally:
        connection.close()


def _open_copy(folder: Path) -> Workspace:
    copy = folder / "vanersborg.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        return Workspace(open_register(copy))


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The 0001 database, copied and opened (and so upgraded) by this version; read only."""
    workspace = _open_copy(tmp_path_factory.mktemp("fixture"))
    yield workspace
    workspace.close()


def test_the_checked_in_database_upgrades_to_the_newest_revision(upgraded: Workspace) -> None:
    with upgraded.database.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    assert upgraded.path is not None
    from db.backup import integrity_problems

    assert integrity_problems(upgraded.path) == []


# Records of each kind the 0001 file holds (see tests/data/make_schema_0001.py).
EXPECTED_COUNTS = {
    "town": 12,
    "twinning": 11,
    "network": 1,
    "network_member": 10,
    "meeting": 8,
    "organisation": 11,
    "member_count": 9,
    "person": 1,
    "agreement": 1,
    "agreement_action": 1,
    "decision": 3,
    "trip": 1,
    "activity": 2,
    "grant": 3,
    "exchange_rate": 2,
    "policy": 1,
    "policy_revision": 1,
    "term": 1,
    "evaluation": 1,
    # Added by revision 0005: the 0001 file has none, and upgrading ships none into it.
    "reference_fact": 0,
}


@pytest.mark.parametrize(("kind", "count"), sorted(EXPECTED_COUNTS.items()))
def test_every_kind_keeps_its_records(upgraded: Workspace, kind: str, count: int) -> None:
    assert len(upgraded.get_many(kind)) == count
    assert upgraded.page(kind).total == count


def test_every_record_kind_is_in_the_fixture() -> None:
    from app.services.kinds import KINDS

    assert set(KINDS) == set(EXPECTED_COUNTS)


def _by_name(workspace: Workspace) -> dict[str, object]:
    return {t.name: t for t in workspace.get_many("town")}


def test_towns_keep_their_diacritics_and_other_names(upgraded: Workspace) -> None:
    towns = _by_name(upgraded)
    assert {"Vänersborg", "Siglufjörður", "Eiði", "Utajärvi", "Ålands landskommuner"} <= set(towns)
    home = towns["Vänersborg"]
    assert home.is_home and home.country == "SE"  # type: ignore[attr-defined]
    assert home.latitude == pytest.approx(58.38)  # type: ignore[attr-defined]
    assert towns["Siglufjörður"].alternative_names == (  # type: ignore[attr-defined]
        "Siglufjördur",
        "Siglufjordur",
    )
    assert towns["Husby"].region == "Sydslesvig"  # type: ignore[attr-defined]
    assert towns["Ålands landskommuner"].country == "AX"  # type: ignore[attr-defined]
    found = upgraded.page("town", _query("siglufjörður")).records
    assert [t.name for t in found] == ["Siglufjörður"]


def _query(text: str) -> ListQuery:
    return ListQuery(Filters(search=text))


def test_twinnings_keep_their_pairs_years_and_status(upgraded: Workspace) -> None:
    towns = _by_name(upgraded)
    home = towns["Vänersborg"].id  # type: ignore[attr-defined]
    names = {t.id: t.name for t in towns.values()}  # type: ignore[attr-defined]
    pairs = {}
    for twinning in upgraded.get_many("twinning"):
        assert home in (twinning.town_a_id, twinning.town_b_id)
        assert twinning.town_a_id < twinning.town_b_id
        partner = twinning.town_b_id if twinning.town_a_id == home else twinning.town_a_id
        pairs[names[partner]] = twinning
    assert pairs["Herning"].contact_year == ApproxDate.of_year(1946)
    assert pairs["Herning"].areas == ("culture", "school")
    assert pairs["Husby"].contact_year == ApproxDate.of_year(1988)
    assert pairs["Utajärvi"].status == "ended"
    assert pairs["Utajärvi"].end_date == ApproxDate.of_day(date(1976, 12, 31))
    assert pairs["Lich"].kind == "partner_town"
    assert pairs["Lich"].start_date == ApproxDate.of_day(date(2010, 3, 24))
    assert pairs["Omaruru"].status == "planned"
    current = upgraded.table("twinning", Filters(show_ended=False))
    assert len(current.ids) == 10


def test_the_twinnings_list_opens_on_the_earliest_contacts_by_an_index(
    upgraded: Workspace,
) -> None:
    """0014: the year of first contact is indexed; the list's first rows are still the earliest."""
    with upgraded.database.engine.connect() as connection:
        indexes = {
            index["name"]: index["column_names"]
            for index in inspect(connection).get_indexes("twinnings")
        }
    assert indexes["ix_twinnings_contact_year"] == ["contact_year"]
    every = upgraded.get_many("twinning")
    head = upgraded.table("twinning", Filters(head=3))
    read = {record_id for row, record_id in enumerate(head.ids) if row not in head.unread}
    assert len(every) > 3 and len(read) == 3
    # The rows read are those of the three earliest years, whatever their ids.
    years = {t.id: t.contact_year.earliest.year for t in every if t.contact_year is not None}
    assert sorted(years[i] for i in read) == sorted(years.values())[:3]


def test_the_chain_keeps_members_meetings_and_member_counts(upgraded: Workspace) -> None:
    towns = _by_name(upgraded)
    (network,) = upgraded.get_many("network")
    assert network.name == "Vänortskedjan i Norden"
    members = upgraded.get_many("network_member")
    utajarvi = next(m for m in members if m.town_id == towns["Utajärvi"].id)  # type: ignore[attr-defined]
    assert (utajarvi.joined_year, utajarvi.left_year) == (
        ApproxDate.of_year(1948),
        ApproxDate.of_year(1976),
    )
    meetings = {mt.year: mt for mt in upgraded.get_many("meeting")}
    assert sorted(meetings) == list(range(2007, 2015))
    assert meetings[2012].host_town_id == towns["Vänersborg"].id  # type: ignore[attr-defined]
    assert meetings[2013].host_town_id == towns["Ålands landskommuner"].id  # type: ignore[attr-defined]
    assert meetings[2014].kind == "seminar"
    assert (meetings[2014].start_date, meetings[2014].end_date) == (
        date(2014, 9, 19),
        date(2014, 9, 21),
    )
    counts = [c.count for c in upgraded.get_many("member_count")]
    known = [c for c in counts if c is not None]
    assert sum(known) == 1135
    assert counts.count(None) == 1


def test_organisations_people_and_agreements_are_intact(upgraded: Workspace) -> None:
    towns = _by_name(upgraded)
    organisations = {o.name: o for o in upgraded.get_many("organisation")}
    branch = organisations["Föreningen Norden Vänersborg"]
    assert branch.kind == "local_branch"
    assert branch.parent_id == organisations["Föreningen Norden"].id
    assert branch.email == "vanersborg@norden.se"
    (person,) = upgraded.get_many("person")
    assert person.name == "Åsa Öberg"
    assert person.organisation_id == branch.id
    assert person.dispose_after == date(2030, 12, 31)
    (agreement,) = upgraded.get_many("agreement")
    assert agreement.title == "Vänortsavtal Vänersborg–Holmestrand"
    assert agreement.status == "dormant"
    assert set(agreement.town_ids) == {
        towns["Vänersborg"].id,  # type: ignore[attr-defined]
        towns["Holmestrand"].id,  # type: ignore[attr-defined]
    }
    (action,) = upgraded.get_many("agreement_action")
    assert action.agreement_id == agreement.id and action.due_date == date(2015, 6, 30)
    assert agreement.signed_date == ApproxDate.of_day(date(1947, 6, 1))


def test_decisions_keep_their_links(upgraded: Workspace) -> None:
    decisions = {d.section: d for d in upgraded.get_many("decision")}
    assert set(decisions) == {"§ 31", "§ 32", "§ 94"}
    linked = decisions["§ 32"]
    (agreement,) = upgraded.get_many("agreement")
    assert RecordRef("agreement", agreement.id) in linked.concerns
    assert {ref.kind for ref in linked.concerns} == {"agreement", "twinning"}
    (trip,) = upgraded.get_many("trip")
    assert trip.approval_decision_id == decisions["§ 94"].id
    related = upgraded.page("decision", _related("agreement", agreement.id)).records
    assert [d.section for d in related] == ["§ 32"]


def test_decisions_become_ordinary_decisions_with_no_proposal(upgraded: Workspace) -> None:
    """Revision 0005 adds the proposal columns; every old decision stays a decision."""
    decisions = upgraded.get_many("decision")
    assert [d.is_proposal for d in decisions] == [False, False, False]
    assert [d.proposal_id for d in decisions] == [None, None, None]
    assert {d.distribution for d in decisions} != {None}  # the old lists were kept


def test_an_upgraded_database_links_a_proposal_and_its_decision(tmp_path: Path) -> None:
    """A proposal and the decision taking it up can be saved in the upgraded 0001 file."""
    workspace = _open_copy(tmp_path)
    try:
        old = {d.section: d for d in workspace.get_many("decision")}["§ 31"]
        proposal = workspace.save(replace(old, is_proposal=True))
        decided = workspace.save(
            r.Decision(
                title="Beslut efter förslaget",
                body="council",
                decided_on=date(2024, 3, 1),
                proposal_id=proposal.id,
            )
        )
        facts = workspace.save(
            r.ReferenceFact(text="Ett faktum.", source_title="En källa", figure=Decimal("54"))
        )
    finally:
        workspace.close()
    reopened = _open_copy_again(tmp_path)
    try:
        assert reopened.get("decision", decided.id).proposal_id == proposal.id
        assert reopened.get("decision", proposal.id).is_proposal is True
        assert reopened.get("reference_fact", facts.id).figure == Decimal("54")
    finally:
        reopened.close()


def _open_copy_again(folder: Path) -> Workspace:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        return Workspace(open_register(folder / "vanersborg.sqlite3"))


def _related(kind: str, record_id: int) -> ListQuery:
    return ListQuery(Filters(related=RecordRef(kind, record_id)))


def test_money_keeps_its_exact_amounts_and_currencies(upgraded: Workspace) -> None:
    (trip,) = upgraded.get_many("trip")
    assert trip.estimated_cost == Decimal("12500.50")
    assert trip.actual_cost == Decimal("11980.25")
    assert isinstance(trip.actual_cost, Decimal)
    grants = sorted(upgraded.get_many("grant"), key=lambda g: (g.currency, g.amount or 0))
    assert [(g.amount, g.currency) for g in grants] == [
        (Decimal("16800"), "DKK"),
        (Decimal("35000"), "DKK"),
        (None, "EUR"),
    ]
    rates = {(x.currency, x.year): x.rate_to_sek for x in upgraded.get_many("exchange_rate")}
    assert rates == {("DKK", 2013): Decimal("1.1654"), ("EUR", 2013): Decimal("8.6494")}


def test_decision_and_revision_dates_are_kept_and_now_required(upgraded: Workspace) -> None:
    """Revision 0013: the dates of the 0001 file (see make_schema_0001.py) are kept, never empty."""
    decided = {d.section: d.decided_on for d in upgraded.get_many("decision")}
    assert decided == {
        "§ 31": ApproxDate.of_day(date(2010, 3, 24)),
        "§ 32": ApproxDate.of_day(date(2010, 3, 24)),
        "§ 94": ApproxDate.of_day(date(2013, 5, 15)),
    }
    with upgraded.database.reading() as session:
        schema = inspect(session.connection())
        nullable = {
            (table, c["name"]): c["nullable"]
            for table in ("decisions", "policy_revisions")
            for c in schema.get_columns(table)
        }
    assert nullable[("decisions", "decided_on")] is False
    assert nullable[("policy_revisions", "revised_on")] is False


def test_decisions_rebuilt_by_0013_are_still_searched(tmp_path: Path) -> None:
    """The old decisions are found, and a decision saved or renamed after the upgrade too."""
    workspace = _open_copy(tmp_path)
    try:
        decisions = {d.section: d for d in workspace.get_many("decision")}
        found = search(workspace.database, "Partnerstadsavtal")
        assert [(hit.kind, hit.record_id) for g in found.groups for hit in g.hits] == [
            ("decision", decisions["§ 31"].id)
        ]
        workspace.save(replace(decisions["§ 94"], title="Deltagande i vänortsmötet i Mariehamn"))
        found = search(workspace.database, "Mariehamn")
        assert [(hit.kind, hit.record_id) for g in found.groups for hit in g.hits] == [
            ("decision", decisions["§ 94"].id)
        ]
        # The old title left the index with the rename.
        found = search(workspace.database, "vänortsmötet Åland")
        assert not [g for g in found.groups if g.kind == "decision"]
    finally:
        workspace.close()


def test_an_undated_decision_is_not_given_an_invented_date(tmp_path: Path) -> None:
    """A 0001 file with a decision emptied of its date by another program is refused as it was."""
    copy = tmp_path / "vanersborg.sqlite3"
    shutil.copyfile(FIXTURE, copy)
    connection = sqlite3.connect(copy)
    with connection:
        connection.execute("UPDATE decisions SET decided_on = NULL WHERE section = '§ 94'")
    connection.close()
    with pytest.MonkeyPatch.context() as patch, pytest.raises(UndatedRecords) as refused:
        patch.setenv("VANORT_HOME", str(tmp_path / "home"))
        open_register(copy)
    assert refusal_message(refused.value).startswith(f"{copy} holds decisions or revisions")
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
        rows = connection.execute("SELECT section, decided_on FROM decisions ORDER BY id")
        assert rows.fetchall() == [
            ("§ 31", "2010-03-24"),
            ("§ 94", None),
            ("§ 32", "2010-03-24"),
        ]
    finally:
        connection.close()


def test_policy_term_evaluation_and_settings_are_intact(upgraded: Workspace) -> None:
    (policy,) = upgraded.get_many("policy")
    assert policy.title == "Riktlinjer för vänortsarbete"
    assert policy.revise_by == ApproxDate.of_day(date(2015, 12, 31))
    assert policy.decided_on == ApproxDate.of_day(date(2011, 11, 23))
    (revision,) = upgraded.get_many("policy_revision")
    assert revision.document_id == policy.id and revision.revised_on == date(2014, 2, 26)
    (term,) = upgraded.get_many("term")
    assert (term.start_year, term.end_year, term.start_date) == (2022, 2026, date(2022, 10, 15))
    (evaluation,) = upgraded.get_many("evaluation")
    assert evaluation.term_id == term.id and evaluation.recommendation == "keep"
    # Revision 0003: the council's verdict, not recorded in an old evaluation; the rest kept.
    assert evaluation.verdict is None
    with upgraded.database.reading() as session:
        columns = {c["name"] for c in inspect(session.connection()).get_columns("evaluations")}
    assert "verdict" in columns
    settings = upgraded.settings()
    assert settings.name == "Vänersborgs kommun"
    assert settings.language == "sv"
    assert settings.letterhead is not None and "Internationellt arbete" in settings.letterhead
    assert settings.rules.report_back_threshold_sek == 15_000
    # Revision 0006 adds the Word template: none until the municipality chooses one.
    assert settings.word_template is None


def test_a_word_template_can_be_stored_after_the_upgrade(tmp_path: Path) -> None:
    """The column of revision 0006 holds the template's bytes beside the settings of 0001."""
    workspace = _open_copy(tmp_path)
    try:
        before = workspace.settings()
        workspace.save_settings(replace(before, word_template=b"PK\x03\x04 mall"))
        after = workspace.settings()
    finally:
        workspace.close()
    assert after.word_template == b"PK\x03\x04 mall"
    assert (after.name, after.letterhead, after.logo) == (
        before.name,
        before.letterhead,
        before.logo,
    )


def test_the_change_log_survives(upgraded: Workspace) -> None:
    with upgraded.database.reading() as session:
        total = session.scalar(select(func.count()).select_from(m.ChangeLogEntry))
        users = set(session.scalars(select(m.ChangeLogEntry.user)))
    # 80 records created and the settings saved once.
    assert total == 81
    assert users == {"samordnare"}


def test_the_change_logs_old_times_read_as_utc(upgraded: Workspace) -> None:
    """Times written before 0012 (naive UTC) come back unchanged, now timezone-aware."""
    from datetime import UTC, datetime

    with upgraded.database.reading() as session:
        times = list(session.scalars(select(m.ChangeLogEntry.at).order_by(m.ChangeLogEntry.id)))
    # The first and last entries of the checked-in file, as its text holds them.
    assert times[0] == datetime(2026, 11, 22, 19, 47, 24, 599234, tzinfo=UTC)
    assert times[-1] == datetime(2026, 11, 22, 19, 47, 24, 801261, tzinfo=UTC)


def test_the_upgraded_database_takes_new_records(tmp_path: Path) -> None:
    from app.services.records import Town

    workspace = _open_copy(tmp_path)
    try:
        saved = workspace.save(Town(name="Kangasalan kunta", country="FI"))
        assert workspace.get("town", saved.id).name == "Kangasalan kunta"
        assert len(workspace.get_many("town")) == EXPECTED_COUNTS["town"] + 1
    finally:
        workspace.close()
    assert FIXTURE.read_bytes()[18:20] == b"\x01\x01"  # the checked-in file was not touched


# ------------------------------------------------------------ revision 0002: dates as known


def test_old_history_dates_keep_the_precision_they_always_had(upgraded: Workspace) -> None:
    """A year column is a year and a date column a day: nothing gains or loses precision."""
    network = upgraded.get_many("network")[0]
    assert network.founded_year == ApproxDate.of_year(1946)
    years = {c.year for c in upgraded.get_many("member_count")}
    assert years == {ApproxDate.of_year(2013)}
    decisions = sorted(d.decided_on for d in upgraded.get_many("decision"))
    assert decisions == [
        ApproxDate.of_day(date(2010, 3, 24)),
        ApproxDate.of_day(date(2010, 3, 24)),
        ApproxDate.of_day(date(2013, 5, 15)),
    ]
    with upgraded.database.reading() as session:
        companions = session.execute(
            select(m.Twinning.contact_year_edtf, m.Twinning.start_date_edtf)
        ).all()
    assert companions and all(row == (None, None) for row in companions)


def test_an_upgraded_database_takes_approximate_dates(tmp_path: Path) -> None:
    """After the upgrade a contact year can be a decade; SQL still sorts by its first day."""
    workspace = _open_copy(tmp_path)
    try:
        towns = _by_name(workspace)
        herning = next(
            t
            for t in workspace.get_many("twinning")
            if towns["Herning"].id in (t.town_a_id, t.town_b_id)  # type: ignore[attr-defined]
        )
        decade = ApproxDate.of_decade(1940, "late")
        saved = workspace.save(
            dataclasses.replace(herning, contact_year=decade, start_date=ApproxDate.of_year(1949))
        )
        assert workspace.get("twinning", saved.id).contact_year == decade
        with workspace.database.reading() as session:
            row = session.get(m.Twinning, saved.id)
            assert row is not None
            assert (row.contact_year, row.contact_year_edtf) == (1947, "1947/1949")
            assert (row.start_date, row.start_date_edtf) == (date(1949, 1, 1), "1949")
            first = session.scalars(
                select(m.Twinning.id)
                .where(m.Twinning.contact_year.is_not(None))
                .order_by(m.Twinning.contact_year, m.Twinning.id)
            ).first()
        assert first == saved.id  # 1947 is now the earliest contact year in the register
    finally:
        workspace.close()


def test_the_upgraded_database_keeps_text_blocks_and_its_mapping_reports(tmp_path: Path) -> None:
    """0008: the new table of text blocks is there and empty; saved blocks read back whole."""
    from app.mapping import list_reports
    from app.mapping.text_blocks import list_text_blocks, save_text_block

    workspace = _open_copy(tmp_path)
    try:
        reports_before = list_reports(workspace.database)
        assert list_text_blocks(workspace.database) == []
        text = "Enligt **SKR** har 131 kommuner nordiska vänorter.\n\n- Åland\n> Citat"
        save_text_block(workspace.database, "Omvärld", text)
        assert [(b.name, b.text) for b in list_text_blocks(workspace.database)] == [
            ("Omvärld", text)
        ]
        assert list_reports(workspace.database) == reports_before
    finally:
        workspace.close()


def test_the_upgraded_database_remembers_country_spellings(tmp_path: Path) -> None:
    """0011: the table of country spellings is there and empty, and keeps an answer given."""
    from app.importing.country_spellings import remember_spellings, remembered_spellings

    workspace = _open_copy(tmp_path)
    try:
        assert remembered_spellings(workspace.database) == {}
        with workspace.database.transaction() as session:
            remember_spellings(session, {"Estniska SSR": "EE"})
        assert remembered_spellings(workspace.database) == {"estniska ssr": "EE"}
        assert len(workspace.get_many("town")) == EXPECTED_COUNTS["town"]
    finally:
        workspace.close()


# ------------------------------------------------------------ revision 0010: search everywhere


def test_the_upgraded_database_is_searchable_everywhere(upgraded: Workspace) -> None:
    """0010 fills the search index from the records the file already held."""
    from app.search import search

    found = {
        g.kind: [h.record_id for h in g.hits]
        for g in search(upgraded.database, "siglufjordur").groups
    }
    assert found["town"] == [_by_name(upgraded)["Siglufjörður"].id]  # type: ignore[attr-defined]
    agreements = [
        g for g in search(upgraded.database, "holmestrand").groups if g.kind == "agreement"
    ]
    assert [h.label for g in agreements for h in g.hits] == ["Vänortsavtal Vänersborg–Holmestrand"]
