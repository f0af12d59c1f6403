"""The decision register: `vanort export --report decisions`, proposals and distribution lists.

Expected values are the demo's decisions as written in resources/demo/beslut.csv
(sections, registry numbers and distribution lists), read back from the PDF
with pypdf and from the workbook with openpyxl.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from command_line import command_listed

from app.__main__ import main
from app.reports.builders import ReportError, ReportOptions, build_report, default_file_name
from app.reports.builders.decisions import build_decision_register
from app.reports.builders.trip import build_trip_report
from app.reports.document import FactSheet, Table, iter_blocks
from app.services.records import Decision, Person, RecordRef
from app.workspace import Workspace
from tests.reports.helpers import page_texts

TODAY = date(2026, 11, 22)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def export_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command as the runner finds it, whether or not the lead has listed it yet."""
    command_listed(monkeypatch, "app.cli.export")


@pytest.fixture
def database(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo register (the reports' conftest makes it once per module)."""
    copy = tmp_path / "register.sqlite3"
    shutil.copy(demo_template, copy)
    return copy


@pytest.fixture
def demo(database: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(database)
    yield workspace
    workspace.close()


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["--language", "en", "export", *arguments])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def _flat(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def _register(document_body: object) -> Table:
    tables = [b for b in iter_blocks(document_body) if isinstance(b, Table)]  # type: ignore[arg-type]
    (table,) = [t for t in tables if t.sheet_name == "Decisions"]
    return table


# ---------------------------------------------------------------- the command


def test_export_decisions_pdf_prints_section_registry_number_and_distribution(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The acceptance: § , registry number and "skickas till" of the demo's decisions."""
    target = tmp_path / "d.pdf"
    status, printed, err = _run(
        capsys, "--database", str(database), "--report", "decisions", "--out", str(target)
    )
    assert (status, err) == (0, "")
    assert str(target) in printed
    text = _flat(" ".join(page_texts(target)))
    assert "Decision register" in text
    for expected in ("§ 94", "KS 2007/607", "§ 87", "KS 2002/112", "§ 40", "KS 2023/329"):
        assert expected in text
    assert "Samtliga nämnder och bolag" in text
    assert "Vargöns musikkår; ekonomienheten" in text
    assert "Internationell samordnare" in text
    # Dates are never broken inside, however crowded the table ("2014-04-\n07").
    for day in ("2002-04-15", "2008-06-18", "2014-04-23", "2024-04-02"):
        assert day in text


def test_export_decisions_of_a_period_as_a_workbook(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--from and --to keep the decisions of 2014 only; dates stay dates in Excel."""
    target = tmp_path / "d.xlsx"
    status, _printed, err = _run(
        capsys, "--database", str(database), "--report", "decisions",
        "--from", "2014-01-01", "--to", "2014-12-31", "--out", str(target),
    )  # fmt: skip
    assert (status, err) == (0, "")
    workbook = openpyxl.load_workbook(target)
    try:
        sheet = workbook["Decisions"]
        header = [c.value for c in next(sheet.iter_rows(max_row=1))]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    finally:
        workbook.close()
    assert header[:4] == ["Date", "Body", "§", "Reg. no."]
    assert "Sent to" in header
    registry = [row[3] for row in rows if row[3]]
    assert registry == ["KS 2014/123", "KS 2014/187", "KS 2014/201", "KS 2014/201"]
    assert [row[0].date() for row in rows if row[0]] == [
        date(2014, 4, 7), date(2014, 4, 23), date(2014, 6, 10), date(2014, 11, 5),
    ]  # fmt: skip
    assert [row[2] for row in rows if row[0]] == ["§ 62", None, "§ 118", "§ 171"]


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (("--from", "2014-13-01"), "--from needs a date written as 2026-11-22, not '2014-13-01'."),
        (("--to", "igår"), "--to needs a date written as 2026-11-22, not 'igår'."),
        (
            ("--from", "2015-01-01", "--to", "2014-01-01"),
            "The period ends before it starts; check the two dates.",
        ),
    ],
)
def test_a_wrong_period_is_one_sentence(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    sentence: str,
) -> None:
    target = tmp_path / "d.pdf"
    status, _printed, err = _run(
        capsys, "--database", str(database), "--report", "decisions", *arguments,
        "--out", str(target),
    )  # fmt: skip
    assert status == 1
    assert err.strip().splitlines() == [sentence]
    assert not target.exists()


def test_the_report_is_in_the_catalogue_with_its_file_name() -> None:
    from app.reports.builders import REPORTS

    assert REPORTS["decisions"].display_title() == "Decision register"
    options = ReportOptions(date_from=date(2014, 1, 1), date_to=date(2014, 12, 31))
    assert default_file_name("decisions", options, ".pdf", TODAY) == (
        "Decision register 2014-01-01–2014-12-31 2026-11-22.pdf"
    )
    assert default_file_name("decisions", ReportOptions(), ".xlsx", TODAY) == (
        "Decision register 2026-11-22.xlsx"
    )


# ---------------------------------------------------------------- the document


def test_each_line_holds_body_section_matter_outcome_and_distribution(demo: Workspace) -> None:
    document = build_report(demo.database, "decisions", ReportOptions(today=TODAY))
    table = _register(document.body)
    by_registry = {(row[3], row[2]): row for row in table.rows}
    policy = by_registry[("KS 2007/607", "§ 94")]
    assert policy[0] == date(2008, 6, 18)
    assert policy[1] == "KF"
    assert policy[4] == (
        "Policy för vänortssamarbete\nConcerns: Policy för vänortssamarbete (governing document)"
    )
    assert policy[5] == "Antagen."
    assert policy[6] == "Samtliga nämnder och bolag"
    commission = by_registry[("KS 2014/187", None)]
    assert commission[1] == "Styrgruppen för internationellt arbete"  # the body's own name
    assert commission[4].endswith(
        "Concerns: Den nordiska vänortskedjan (network); "
        "Kommunstyrelsens förvaltning (organisation)"
    )
    assert [row[0] for row in table.rows] == sorted(row[0] for row in table.rows)


def test_a_proposal_and_the_decision_that_took_it_up_name_each_other(demo: Workspace) -> None:
    """The board's proposal (KS § 52) and the council's decision on it (KF § 40), both kept."""
    document = build_decision_register(demo.database, today=TODAY)
    rows = {row[2]: row for row in _register(document.body).rows if row[3] == "KS 2023/329"}
    assert set(rows) == {"§ 52", "§ 40"}
    assert rows["§ 52"][5] == (
        "Kommunstyrelsen föreslår kommunfullmäktige att anta den reviderade policyn.\n"
        "Proposal, decided by KF 2024-04-02 § 40."
    )
    assert rows["§ 40"][5] == ("Antagen.\nDecided on a proposal from KS 2024-03-06 § 52.")
    intro = _flat(" ".join(str(getattr(b, "text", "")) for b in iter_blocks(document.body)))
    # No period chosen: the register is all of it, and the proposal went on to KF.
    assert "The register holds 7 decisions. " in intro
    assert "in the period" not in intro
    assert "Besides, 1 proposal was passed on to another body for decision." in intro


def test_a_proposal_nobody_has_decided_says_so(demo: Workspace) -> None:
    demo.save(
        Decision(
            title="Förslag om nytt vänortsavtal med Lich",
            body="working_committee",
            decided_on=date(2025, 2, 3),
            section="12",
            registry_no="KS 2025/40",
            is_proposal=True,
            distribution="Kommunstyrelsen",
        )
    )
    document = build_decision_register(demo.database, date(2025, 1, 1), None, today=TODAY)
    (row,) = _register(document.body).rows
    assert row[1:4] == ["KSAU", "§ 12", "KS 2025/40"]
    assert row[5] == "Proposal, not yet decided."
    assert row[6] == "Kommunstyrelsen"
    assert document.subtitle == "Decisions from 2025-01-01"


def test_people_a_decision_concerns_are_named_only_with_contacts(demo: Workspace) -> None:
    person = demo.save(Person(name="Karin Exempel", role="Ordförande"))
    demo.save(
        Decision(
            title="Utsedd kontaktperson",
            body="executive_board",
            decided_on=date(2025, 5, 5),
            concerns=(RecordRef("person", person.id),),
        )
    )
    without = build_decision_register(demo.database, date(2025, 1, 1), None, today=TODAY)
    assert _register(without.body).rows[0][4] == "Utsedd kontaktperson"
    assert not without.personal_data.contains_personal_data
    named = build_decision_register(demo.database, date(2025, 1, 1), None, include_contacts=True)
    assert "Karin Exempel (person)" in str(_register(named.body).rows[0][4])
    assert named.personal_data.contains_personal_data


def test_an_empty_period_says_no_decision_is_recorded(demo: Workspace) -> None:
    document = build_decision_register(demo.database, date(1900, 1, 1), date(1900, 12, 31))
    assert not [b for b in iter_blocks(document.body) if isinstance(b, Table)]
    texts = [getattr(b, "text", "") for b in iter_blocks(document.body)]
    assert "No decision is recorded in the period." in texts
    with pytest.raises(ReportError, match="ends before it starts"):
        build_report(
            demo.database,
            "decisions",
            ReportOptions(date_from=date(2015, 1, 1), date_to=date(2014, 1, 1)),
        )


# ---------------------------------------------------------------- distribution lists elsewhere


def test_the_trip_report_prints_the_approval_s_distribution_list(demo: Workspace) -> None:
    """Wherever a decision is shown in full, its "sent to" list is printed with it."""
    (trip,) = demo.get_many("trip")
    approval = demo.get("decision", trip.approval_decision_id)
    demo.save(
        Decision(**{**approval.__dict__, "distribution": "Ekonomienheten; Föreningen Norden"})
    )
    document = build_trip_report(demo.database, trip.id, today=TODAY)
    facts = dict(
        fact for sheet in iter_blocks(document.body) if isinstance(sheet, FactSheet)
        for fact in sheet.facts
    )  # fmt: skip
    assert facts["Sent to: Approval"] == "Ekonomienheten; Föreningen Norden"


def test_the_register_in_swedish(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The board's own words: Beslutsregister, Dnr, Expedieras till, förslag and beslut linked."""
    target = tmp_path / "beslut.pdf"
    status = main(
        ["--language", "sv", "export", "--database", str(database), "--report", "decisions",
         "--out", str(target)]
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    text = _flat(" ".join(page_texts(target)))
    for expected in (
        "Beslutsregister",
        "Alla beslut i registret",
        "Registret innehåller 7 beslut.",
        "Dessutom lämnades 1 förslag vidare till ett annat organ för beslut.",
        "Dnr",
        "Expedieras till",
        "Förslag, beslutat av KF 2024-04-02 § 40.",
        "Beslutat efter förslag från KS 2024-03-06 § 52.",
        "KF: kommunfullmäktige, KS: kommunstyrelsen, KSAU: kommunstyrelsens arbetsutskott.",
    ):
        assert expected in text, expected
