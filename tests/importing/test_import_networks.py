"""Networks (vänortskedjor), their member towns and their meetings, imported from lists:
a member or a meeting names its network, a meeting its host town, and the records read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from command_line import command_listed

from app.dates import ApproxDate
from app.importing.importer import ImportRefused
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import check, do_import, problems_by_row, swedish_excel_csv

CHAIN = "Den nordiska vänortskedjan"


@pytest.fixture
def register(register: Workspace) -> Workspace:
    """The conftest's new register of Vänersborg, with Herning and Holmestrand."""
    workspace = register
    workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    workspace.save(r.Town(name="Herning", country="DK"))
    workspace.save(r.Town(name="Holmestrand", country="NO"))
    return workspace


def _towns(workspace: Workspace) -> dict[str, int]:
    return {t.name: t.id for t in workspace.get_many("town") if t.id is not None}


def _chain_file(tmp_path: Path) -> Path:
    return swedish_excel_csv(
        tmp_path / "kedjor.csv",
        [
            "Namn;Möts vart n:e år;Grundad;Anteckningar",
            f"{CHAIN};1;1946;Nio orter från alla nordiska länder.",
            "Vänortskedjan Kinda;2;1940-talet;",
        ],
    )


def test_networks_are_read_back_with_their_cadence_and_founding(
    register: Workspace, tmp_path: Path
) -> None:
    """A list of chains becomes networks, the founding as precisely as written."""
    summary = do_import(register, _chain_file(tmp_path), "networks")
    assert summary.counts["network"].created == 2
    found = {n.name: n for n in register.get_many("network")}
    assert found[CHAIN].cadence_years == 1
    assert found[CHAIN].founded_year == ApproxDate.of_year(1946)
    assert found[CHAIN].notes == "Nio orter från alla nordiska länder."
    assert found["Vänortskedjan Kinda"].cadence_years == 2
    assert found["Vänortskedjan Kinda"].founded_year == ApproxDate.of_decade(1940)
    # The same list again changes nothing.
    again = do_import(register, _chain_file(tmp_path), "networks")
    assert (again.counts["network"].created, again.counts["network"].unchanged) == (0, 2)


def test_members_name_their_network_and_town(register: Workspace, tmp_path: Path) -> None:
    """Each member row finds the network by name and the town by name and country."""
    do_import(register, _chain_file(tmp_path), "networks")
    path = swedish_excel_csv(
        tmp_path / "medlemmar.csv",
        [
            "Vänortskedja;Ort;Land;Gick med;Lämnade;Plats i värdordningen;Anteckningar",
            f"{CHAIN};Vänersborg;Sverige;1946;;6;",
            f"{CHAIN};Herning;Danmark;1946;;3;",
            "den nordiska VÄNORTSKEDJAN;Holmestrand;Norge;1947;1976;;Lämnade kedjan 1976.",
        ],
    )
    summary = do_import(register, path, "network_members")
    assert summary.counts["network_member"].created == 3
    towns = _towns(register)
    (chain,) = [n.id for n in register.get_many("network") if n.name == CHAIN]
    members = {m.town_id: m for m in register.get_many("network_member")}
    assert {m.network_id for m in members.values()} == {chain}
    assert members[towns["Vänersborg"]].rotation_position == 6
    assert members[towns["Herning"]].joined_year == ApproxDate.of_year(1946)
    holmestrand = members[towns["Holmestrand"]]
    assert (holmestrand.left_year, holmestrand.notes) == (
        ApproxDate.of_year(1976),
        "Lämnade kedjan 1976.",
    )


def test_meetings_with_their_host_and_days(register: Workspace, tmp_path: Path) -> None:
    """A meeting names its network and its host; a seminar is a meeting of its own kind."""
    do_import(register, _chain_file(tmp_path), "networks")
    path = swedish_excel_csv(
        tmp_path / "moten.csv",
        [
            "Vänortskedja;År;Typ;Värd;Värdland;Plats;Första dag;Sista dag",
            f"{CHAIN};2012;möte;Herning;DK;Herning;;",
            f"{CHAIN};2013;;Holmestrand;NO;Holmestrand;;",
            f"{CHAIN};2014;seminarium;Herning;DK;Christianslyst;2014-09-19;2014-09-21",
        ],
    )
    summary = do_import(register, path, "meetings")
    assert summary.counts["meeting"].created == 3
    towns = _towns(register)
    meetings = {m.year: m for m in register.get_many("meeting")}
    assert {year: (m.host_town_id, m.kind) for year, m in meetings.items()} == {
        2012: (towns["Herning"], "meeting"),
        2013: (towns["Holmestrand"], "meeting"),
        2014: (towns["Herning"], "seminar"),
    }
    assert (meetings[2014].place, meetings[2014].start_date, meetings[2014].end_date) == (
        "Christianslyst",
        date(2014, 9, 19),
        date(2014, 9, 21),
    )


def test_a_meeting_of_an_unknown_network_is_one_sentence_and_nothing_is_written(
    register: Workspace, tmp_path: Path
) -> None:
    """A network not in the register is named in the sentence; the good row waits too."""
    do_import(register, _chain_file(tmp_path), "networks")
    path = swedish_excel_csv(
        tmp_path / "moten.csv",
        [
            "Vänortskedja;År;Värd;Värdland",
            f"{CHAIN};2012;Herning;DK",
            "Kedjan som inte finns;2013;Holmestrand;NO",
        ],
    )
    plan = check(register, path, "meetings")
    assert problems_by_row(plan) == {
        3: [
            (
                "Vänortskedja",
                "There is no network called “Kedjan som inte finns” in the register; import "
                "the networks first.",
            )
        ]
    }
    with pytest.raises(ImportRefused):
        do_import(register, path, "meetings")
    assert register.get_many("meeting") == []


def test_a_member_twice_in_the_list_is_a_duplicate(register: Workspace, tmp_path: Path) -> None:
    """The same town in the same network twice is one member, the second row a duplicate."""
    do_import(register, _chain_file(tmp_path), "networks")
    path = swedish_excel_csv(
        tmp_path / "medlemmar.csv",
        ["Vänortskedja;Ort;Land", f"{CHAIN};Herning;DK", f"{CHAIN};Herning;Danmark"],
    )
    plan = check(register, path, "network_members")
    ((row, [(_column, message)]),) = problems_by_row(plan).items()
    assert row == 3
    assert "row 2" in message


def test_the_command_line_imports_a_network_and_its_meetings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`vanort import FILE --kind networks`, then `--kind meetings`; a bad file is one sentence."""
    from app.__main__ import main

    command_listed(monkeypatch, "app.cli.import_cmd")
    database = tmp_path / "register.sqlite3"
    Workspace.create(database, municipality="Vänersborg").close()
    meetings = swedish_excel_csv(
        tmp_path / "moten.csv", ["Vänortskedja;År;Värd;Värdland", f"{CHAIN};2013;Mariehamn;AX"]
    )

    def run(path: Path, kind: str) -> tuple[int, str, str]:
        status = main(["--language", "en", "import", str(path), "--database", str(database),
                       "--kind", kind])  # fmt: skip
        out, err = capsys.readouterr()
        return status, out, err

    # Meetings before their network: refused with the row's one sentence, nothing written.
    status, out, err = run(meetings, "meetings")
    assert status != 0
    assert "Traceback" not in err
    assert "There is no network called “Den nordiska vänortskedjan” in the register" in out + err
    assert run(_chain_file(tmp_path), "networks")[:1] == (0,)
    status, out, err = run(meetings, "meetings")
    assert (status, err) == (0, "")
    assert "Network meetings: 1 created" in out
    workspace = Workspace.open(database)
    try:
        (meeting,) = workspace.get_many("meeting")
        hosts = {t.id: (t.name, t.country) for t in workspace.get_many("town")}
    finally:
        workspace.close()
    # The host was not in the register: the import adds it, as it adds a trip's destination.
    assert (meeting.year, hosts[meeting.host_town_id]) == (2013, ("Mariehamn", "AX"))
