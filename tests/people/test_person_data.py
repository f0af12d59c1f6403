"""A person's extract holds everything about them; disposal leaves no trace of them but the act."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.services import attachments as att
from app.services.records import Decision, Person, RecordRef, Town, Trip
from app.workspace import Workspace
from db import models as m

EMAIL = "anna.berg@herning.dk"
PHONE = "+45 96 28 28 28"


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A register where Anna Berg is a person, a linked traveller, named in free text and logged."""
    path = tmp_path / "register.sqlite3"
    workspace = Workspace.create(path, municipality="Vänersborg")
    try:
        herning = workspace.save(Town(name="Herning", country="DK", notes="Kontakt: Anna Berg."))
        anna = workspace.save(
            Person(name="Anna Berg", email=EMAIL, phone="+45 1", role="ordförande")
        )
        anna = workspace.save(dataclasses.replace(anna, phone=PHONE))
        per = workspace.save(Person(name="Per Ek"))
        trip = workspace.save(
            Trip(
                title="Vänortsmöte i Herning",
                town_ids=(herning.id,),
                traveller_ids=(anna.id,),
                travellers="Anna Berg och Per Ek",
            )
        )
        decision = workspace.save(
            Decision(
                title="Gallring av personuppgifter",
                decided_on=date(2026, 11, 30),
                registry_no="KS 2026/12",
                section="§ 4",
            )
        )
        scan = tmp_path / "Anna Berg inbjudan.txt"
        scan.write_text("inbjudan", encoding="utf-8")
        att.add_attachment(workspace.database, RecordRef("person", anna.id), scan, "Inbjudan")
        att.add_attachment(workspace.database, RecordRef("trip", trip.id), scan, "Från Anna Berg")
        ids = {"anna": anna.id, "per": per.id, "trip": trip.id, "decision": decision.id,
               "herning": herning.id}  # fmt: skip
    finally:
        workspace.close()
    return path, ids


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_extract_holds_the_record_the_links_the_mentions_and_the_log(
    register: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = register
    out = tmp_path / "utdrag.pdf"
    args = ["--language", "en", "person", "extract", "--database", str(path)]
    assert main([*args, "--person", "anna berg", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"The extract about Anna Berg is written to {out}" in said
    text = " ".join(_pdf_text(out).split())
    for expected in (
        "Anna Berg", EMAIL, PHONE, "ordförande",  # the record
        "Vänortsmöte i Herning",  # linked as a traveller
        "Anna Berg och Per Ek", "Kontakt: Anna Berg.",  # named in free text
        "+45 1",  # the old phone number, in the change log
        "Anna Berg inbjudan.txt",  # a file on the person's record
        "This report contains personal data: everything the register holds about Anna Berg.",
    ):  # fmt: skip
        assert expected in text, expected
    book = tmp_path / "utdrag.xlsx"
    assert main([*args, "--person", str(_ids["anna"]), "--out", str(book)]) == 0
    cells = [
        str(c) for ws in openpyxl.load_workbook(book).worksheets
        for row in ws.iter_rows(values_only=True) for c in row if c is not None
    ]  # fmt: skip
    assert EMAIL in cells and "Vänortsmöte i Herning" in cells


def test_an_ambiguous_or_unknown_name_is_one_sentence(
    register: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ids = register
    args = ["--language", "en", "person", "extract", "--database", str(path)]
    assert main([*args, "--person", "Eva Lund", "--out", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.strip() == (
        "No person in the register is called or numbered Eva Lund."
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_dry_run_lists_and_changes_nothing(
    register: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = register
    before = path.read_bytes()
    args = ["--language", "en", "person", "dispose", "--database", str(path), "--person"]
    assert (
        main([*args, "Anna Berg", "--decision", str(ids["decision"]), "--free-text", "--dry-run"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Disposing of Anna Berg would remove:" in out
    assert "  links from other records: 1" in out
    assert "  mentions in free text: 2" in out
    assert "  attached files removed: 1" in out
    workspace = Workspace.open(path)
    try:
        assert workspace.get("person", ids["anna"]).email == EMAIL
    finally:
        workspace.close()
    del before


def _everything_in(path: Path) -> str:
    """Every value of every table, as text: where a trace of the person could hide."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        values = []
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                values.extend(str(v) for v in row if v is not None)
        return "\n".join(values)
    finally:
        connection.close()


def test_disposal_by_decision_leaves_only_the_act_itself(
    register: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = register
    args = ["--language", "en", "person", "dispose", "--database", str(path), "--person"]
    assert main([*args, "Anna Berg", "--decision", str(ids["decision"]), "--free-text"]) == 0
    assert "Personal data disposed of by decision KS 2026/12 § 4." in capsys.readouterr().out
    everything = _everything_in(path)
    for trace in ("Anna", EMAIL, PHONE, "+45 1", "ordförande"):
        assert trace not in everything, trace
    workspace = Workspace.open(path)
    try:
        trip = workspace.get("trip", ids["trip"])
        assert trip.traveller_ids == ()
        assert trip.travellers == "[personal data disposed of] och Per Ek"
        assert workspace.get("person", ids["per"]).name == "Per Ek"
        with workspace.database.reading() as session:
            acts = session.query(m.ChangeLogEntry).filter_by(action="dispose").all()
            assert [(a.target_kind, a.summary) for a in acts] == [
                ("person", "Personal data disposed of by decision KS 2026/12 § 4.")
            ]
            about = session.query(m.ChangeLogEntry).filter_by(
                target_kind="person", target_id=ids["anna"]
            )
            assert all(json.dumps(e.changes or {}) == "{}" for e in about)
    finally:
        workspace.close()
    folder = path.with_name(path.stem + "-bilagor")
    assert [p.name for p in folder.iterdir() if "Anna" in p.name] == []


def test_disposal_by_rule_waits_for_the_persons_date(
    register: tuple[Path, dict[str, int]],
) -> None:
    from app.people.disposal import DisposalRefused, dispose

    path, ids = register
    workspace = Workspace.open(path)
    try:
        anna = workspace.get("person", ids["anna"])
        workspace.save(dataclasses.replace(anna, dispose_after=date(2027, 1, 1)))
        with pytest.raises(DisposalRefused) as caught:
            dispose(workspace.database, ids["anna"], today=date(2026, 12, 6))
        assert str(caught.value) == (
            "The person's data may not be disposed of by rule before its date (2027-01-01); "
            "name a decision instead."
        )
        plan = dispose(workspace.database, ids["anna"], today=date(2027, 1, 2))
        assert plan.grounds == "Personal data disposed of by rule (to be kept until 2027-01-01)."
        assert workspace.get_many("person")[0].name == "Per Ek"
    finally:
        workspace.close()
