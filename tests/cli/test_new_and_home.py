"""``vanort new`` marks the home town and states the rules; ``vanort check`` reports both."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.__main__ import main
from app.workspace import Workspace


def _one_sentence(text: str) -> str:
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def run(*arguments: str) -> int:
    return main(["--language", "en", *arguments])


def test_new_marks_the_home_town_read_from_the_municipalitys_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run("new", str(target), "--municipality", "Exempelby kommun") == 0
    out = capsys.readouterr().out
    assert "Home municipality: Exempelby (Sweden)." in out
    # Trip approval by the executive board is every municipality's rule; the others wait.
    assert out.splitlines()[-2:] == [
        "The municipality's own rules:",
        "  Trips to twin towns are approved by the municipal executive board.",
    ]
    workspace = Workspace.open(target)
    try:
        (home,) = workspace.home_towns()
        assert (home.name, home.country) == ("Exempelby", "SE")
        assert workspace.settings().name == "Exempelby kommun"
        rules = workspace.settings().rules
        assert (rules.trip_approval, rules.trip_approval_body) == (True, "executive_board")
        assert not (rules.report_back or rules.yearly_council_report or rules.evaluate_each_term)
    finally:
        workspace.close()


def test_new_switches_trip_approval_off_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite3"
    status = run("new", str(target), "--municipality", "Exempelby kommun", "--no-trip-approval")
    assert status == 0
    out = capsys.readouterr().out
    assert "Only the universal reminders are on" in out
    assert "approved by" not in out
    workspace = Workspace.open(target)
    try:
        assert not workspace.settings().rules.trip_approval
    finally:
        workspace.close()


def test_new_explains_the_trip_approval_option_in_its_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("new", "--help") == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--no-trip-approval" in text
    assert "Trips need no approving decision" in text
    assert "trip approval by the executive board is on" in text


def test_new_takes_the_country_the_home_town_and_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "m.sqlite3"
    status = run(
        "new", str(target), "--municipality", "Mariehamns stad", "--home-town", "Mariehamn",
        "--country", "AX", "--trips-approved-by", "KS", "--report-back-to", "kommunstyrelsen",
        "--report-back-above", "5000", "--yearly-report-to", "KF", "--yearly-report-by", "02-15",
    )  # fmt: skip
    assert status == 0
    out = capsys.readouterr().out
    assert "Home municipality: Mariehamn (Åland Islands)." in out
    assert "  Trips to twin towns are approved by the municipal executive board." in out
    assert (
        "  Exchanges and trips are reported every year to the municipal council by 15 February."
        in out
    )
    workspace = Workspace.open(target)
    try:
        rules = workspace.settings().rules
        assert (rules.trip_approval, rules.report_back, rules.yearly_council_report) == (
            True,
            True,
            True,
        )
        assert rules.report_back_threshold_sek == 5000
        assert (rules.yearly_report_month, rules.yearly_report_day) == (2, 15)
        assert not rules.evaluate_each_term
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--country", "Atlantis"), "Atlantis is not a country code or name this program knows."),
        (("--trips-approved-by", "styrgruppen"), "styrgruppen is not a body this program knows"),
        (("--yearly-report-to", "KF", "--yearly-report-by", "31 mars"), "is not a day of the year"),
        (
            ("--trips-approved-by", "KS", "--no-trip-approval"),
            "Give either --trips-approved-by or --no-trip-approval, not both.",
        ),
    ],
)
def test_new_refuses_bad_options_in_one_sentence_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run("new", str(target), "--municipality", "Exempelby kommun", *arguments) == 1
    assert message in _one_sentence(capsys.readouterr().err)
    assert not target.exists()


def test_new_without_any_name_for_the_home_town_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run("new", str(target)) == 1
    assert "--municipality" in _one_sentence(capsys.readouterr().err)
    assert not target.exists()


def test_check_says_when_no_home_town_is_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite3"
    Workspace.create(target, "Utan hem").close()  # as databases made before this version
    assert run("check", "--database", str(target)) == 0
    out = capsys.readouterr().out
    assert "Home municipality: none is marked, so the rules on trips to twin towns" in out
    assert out.splitlines()[-2:] == [
        "The municipality's own rules:",
        "  Trips to twin towns are approved by the municipal executive board.",
    ]


def test_check_says_when_none_of_the_municipalitys_rules_is_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run("new", str(target), "--municipality", "Exempelby kommun", "--no-trip-approval") == 0
    capsys.readouterr()
    assert run("check", "--database", str(target)) == 0
    out = capsys.readouterr().out
    assert "The municipality's own rules: none (universal reminders only)." in out
    assert "approved by" not in out


def test_check_names_the_home_town_and_the_rules_of_the_demo(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", "--database", str(demo_file)) == 0
    out = capsys.readouterr().out
    assert "Home municipality: Vänersborg" in out
    assert "  Trips to twin towns are approved by the municipal executive board." in out
    assert "  The twinnings are evaluated every term of office." in out


def test_trips_imported_as_made_without_approval_are_listed_by_todo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The acceptance: new, an import of twinnings and of made trips, then the to-do list."""
    database = str(tmp_path / "x.sqlite3")
    assert run("new", database, "--municipality", "Exempelby kommun",
               "--trips-approved-by", "kommunstyrelsen") == 0  # fmt: skip
    twinnings = tmp_path / "vanorter.csv"
    twinnings.write_text("Kommun;Vänort;Land\nExempelby;Imatra;FI\nExempelby;Herning;DK\n")
    trips = tmp_path / "resor.csv"
    trips.write_text(
        "Titel;Resmål;Från;Till;Status\n"
        "Resa till Imatra;Imatra;2024-05-02;2024-05-04;genomförd\n"
        "Resa till Herning;Herning;2025-09-10;2025-09-12;återrapporterad\n"
    )
    assert run("import", str(twinnings), "--database", database, "--kind", "twinnings") == 0
    assert run("import", str(trips), "--database", database, "--kind", "trips") == 0
    capsys.readouterr()
    assert run("todo", "--database", database, "--date", "2026-01-10") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2024-05-02  overdue   Trip: Resa till Imatra - made without the approval of the "
        "municipal executive board",
        "2025-09-10  overdue   Trip: Resa till Herning - made without the approval of the "
        "municipal executive board",
    ]
    workspace = Workspace.open(database)
    try:
        assert [t.name for t in workspace.home_towns()] == ["Exempelby"]  # matched, not added
    finally:
        workspace.close()


def test_a_new_database_asks_for_the_approval_of_imported_trips_made_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The acceptance as a user runs it: new (nothing else), an import of made trips, todo.

    The trips' towns are in no twinning yet (the twinnings are entered later), so
    the approval rule, on in every new database, asks about each of them.
    """
    database = str(tmp_path / "x.sqlite3")
    assert main(["new", database, "--municipality", "Exempelby kommun"]) == 0
    trips = tmp_path / "resor.csv"
    trips.write_text(
        "Titel;Resmål;Land;Från;Till;Status\n"
        "Vänortsbesök i Lich;Lich;DE;2025-05-12;2025-05-14;genomförd\n"
        "Studieresa till Herning;Herning;DK;2025-09-10;2025-09-12;genomförd\n",
        encoding="utf-8",
    )
    assert main(["import", str(trips), "--database", database, "--kind", "trips"]) == 0
    capsys.readouterr()
    assert main(["todo", "--database", database]) == 0
    lines = capsys.readouterr().out.splitlines()
    unapproved = [line for line in lines if "genomförd utan godkännande" in line]
    assert unapproved == [
        "2025-05-12  försenad  Resa: Vänortsbesök i Lich – genomförd utan godkännande av "
        "kommunstyrelsen",
        "2025-09-10  försenad  Resa: Studieresa till Herning – genomförd utan godkännande av "
        "kommunstyrelsen",
    ]
    workspace = Workspace.open(database)
    try:
        towns = workspace.labels("town")
        assert sorted(towns.values()) == ["Exempelby", "Herning", "Lich"]
    finally:
        workspace.close()


def test_import_offers_the_one_town_of_a_twinnings_file_and_marks_it_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "gammal.sqlite3"
    Workspace.create(database, "Exempelby kommun").close()  # no home town marked
    twinnings = tmp_path / "vanorter.csv"
    twinnings.write_text("Kommun;Vänort;Land\nExempelby;Imatra;FI\nExempelby;Herning;DK\n")
    arguments = ["import", str(twinnings), "--database", str(database), "--kind", "twinnings"]
    assert run(*arguments) == 0
    assert (
        "Every row names Exempelby in the column Kommun: if it is the municipality's own town, "
        "mark it as the home municipality with --mark-home or in its form."
    ) in capsys.readouterr().out
    workspace = Workspace.open(database)
    try:
        assert workspace.home_towns() == []
    finally:
        workspace.close()
    assert run(*arguments, "--mark-home") == 0
    assert "Exempelby is now marked as the home municipality." in capsys.readouterr().out
    workspace = Workspace.open(database)
    try:
        assert [t.name for t in workspace.home_towns()] == ["Exempelby"]
    finally:
        workspace.close()
    # Once marked, the offer is not repeated.
    assert run(*arguments) == 0
    assert "home municipality" not in capsys.readouterr().out
