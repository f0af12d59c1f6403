"""``vanort todo``: one line per item, the calendar beside it, one sentence per error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from command_line import command_listed, detached_log  # noqa: F401 (autouse fixture)
from shared_registers import Register

from app.__main__ import main
from app.services import records as r
from app.workspace import Workspace


@pytest.fixture(autouse=True)
def todo_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The todo command registered (until the lead lists it in app.cli); the log is detached
    after each test by ``detached_log``."""
    command_listed(monkeypatch, "app.cli.todo")


@pytest.fixture
def database(workspace: Workspace, register: Register, ludvika: dict[str, int]) -> str:
    register.save(
        r.PolicyDocument(title="Policy för vänortssamarbete", revise_by=date(2028, 12, 31))
    )
    register.trip("Imatra", (ludvika["imatra"],), start_date=date(2028, 8, 20))
    assert workspace.path is not None
    return str(workspace.path)


def test_one_line_per_item(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["todo", "--database", database, "--date", "2028-08-01", "--language", "en"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "2028-03-31  overdue   Yearly report of exchanges and trips 2027 to the municipal "
        "council - due 2028-03-31",
        "2028-08-20  upcoming  Trip: Imatra - approval by the municipal executive board "
        "before departure on 2028-08-20",
        "2028-12-31  upcoming  Governing document: Policy för vänortssamarbete - revise by "
        "2028-12-31",
    ]


def test_the_calendar_is_written_beside_the_list(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "t.ics"
    argv = ["todo", "--database", database, "--ics", str(target), "--date", "2029-02-01"]
    assert main([*argv, "--language", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == len(lines) == 3  # overdue policy and trip, the yearly report 2028
    assert {str(e["SUMMARY"]) for e in events} == {line[22:] for line in lines}


def test_a_wrong_date_is_one_sentence(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["todo", "--database", database, "--date", "2028-02-30", "--language", "en"])
    out, err = capsys.readouterr()
    assert status != 0
    assert out == ""
    assert err == "2028-02-30 is not a date; write it as 2026-11-22.\n"


def test_a_missing_database_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    status = main(["todo", "--database", str(missing), "--language", "en"])
    err = capsys.readouterr().err
    assert status != 0
    assert err.count("\n") == 1 and str(missing) in err
    assert not missing.exists()


def test_an_unwritable_calendar_is_one_sentence_and_nothing_listed(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "t.ics"
    argv = ["todo", "--database", database, "--ics", str(target), "--language", "en"]
    status = main(argv)
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert err.startswith(f"Could not write the calendar {target}:")
    assert err.count("\n") == 1
