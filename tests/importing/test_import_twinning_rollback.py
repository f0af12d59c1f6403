"""Importing twin towns never writes half a file: refusals, skipped rows, cancelling, failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.importing import importer
from app.importing.importer import (
    Cancelled,
    ImportOptions,
    ImportRefused,
    SourceError,
    open_table,
    run_import,
)
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import (
    do_import,
    parse,
    snapshot,
    swedish_excel_csv,
    town_names,
    twinning_pairs,
)
from tests.importing.twinning_support import (
    HEADINGS,
    home_town,
    opened_register,
)
from tests.importing.workbook_parts import (
    BuildWorkbook,
    billion_laughs,
    shared_strings_xml,
    sheet_xml,
)

# ---------------------------------------------------------------- never half a file


@pytest.fixture
def closed_register(tmp_path: Path) -> Path:
    """A register file with a few records, closed, so its bytes can be compared."""
    path = tmp_path / "register.sqlite3"
    workspace = Workspace.create(path, municipality="Vänersborg")
    try:
        home = home_town(workspace)
        lohja = workspace.save(r.Town(name="Lohja", country="FI"))
        workspace.save(r.Twinning(town_a_id=home.id, town_b_id=lohja.id, contact_year=1947))
    finally:
        workspace.close()
    return path


@pytest.fixture
def opened(closed_register: Path) -> Iterator[Workspace]:
    with opened_register(closed_register) as workspace:
        yield workspace


def _mixed_file(tmp_path: Path) -> Path:
    return swedish_excel_csv(
        tmp_path / "mixed.csv",
        [
            HEADINGS,
            "Vänersborg;SE;Herning;DK;1946",
            "Vänersborg;SE;Atlantis;Atlantis;1950",
            "Vänersborg;SE;Lich;DE;1961",
            # The pair of row 2 again, not cell for cell (Sverige): a duplicate, a problem.
            "Vänersborg;Sverige;Herning;DK;1946",
        ],
    )


def test_a_refused_import_leaves_the_database_byte_for_byte_unchanged(
    closed_register: Path, tmp_path: Path
) -> None:
    before = snapshot(closed_register)
    source = _mixed_file(tmp_path)
    with opened_register(closed_register) as workspace, pytest.raises(ImportRefused) as refused:
        do_import(workspace, source, "twinnings", merge_all=True)
    assert str(refused.value) == (
        "The file has 2 problems, so nothing was imported; fix them or choose to skip the "
        "rows with problems."
    )
    assert [p.row for p in refused.value.problems] == [3, 5]
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_skipping_rows_with_problems_imports_the_rest_and_writes_them_aside(
    closed_register: Path, tmp_path: Path, vanort_home: Path
) -> None:
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    with opened_register(closed_register) as workspace:
        summary = do_import(workspace, source, "twinnings", skip_invalid=True)
        assert twinning_pairs(workspace) == {
            frozenset(("Vänersborg", "Lohja")),
            frozenset(("Vänersborg", "Herning")),
            frozenset(("Vänersborg", "Lich")),
        }
    assert summary.rows_skipped == 2
    # In the program's own folder, not beside the source (a shared folder, a USB stick).
    assert summary.skipped_file == vanort_home / "data" / "skipped-rows" / "mixed-skipped.csv"
    assert not (tmp_path / "mixed-skipped.csv").exists()
    raw = summary.skipped_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel reads it as UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == [
        "The rows of mixed.csv that were not imported. They may hold personal data: delete "
        "this file when the rows are dealt with.",
        "Ort;Land;Vänort;Land;Kontaktår;Row;Problems",
        "Vänersborg;SE;Atlantis;Atlantis;1950;3;Land: Country of the partner: “Atlantis” is not "
        "a country or area this program knows.",
        "Vänersborg;Sverige;Herning;DK;1946;5;Vänort: A duplicate: the same twinning is already in "
        "row 2.",
    ]
    assert summary.lines()[-1] == f"Rows skipped: 2, written to {summary.skipped_file}."
    # The snapshot sees a committed import (so its equality elsewhere means something).
    after = snapshot(closed_register)
    assert after.file != before.file
    assert len(after.records["twinning"]) == len(before.records["twinning"]) + 2


def test_cancelling_mid_import_leaves_the_database_unchanged(
    closed_register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.importing import writer

    monkeypatch.setattr(writer, "BATCH", 1)  # a check between every two rows written
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    written: list[float | None] = []

    def progress(step: importer.ImportProgress) -> None:
        if step.stage == "writing":
            written.append(step.fraction)

    with opened_register(closed_register) as workspace:
        parsed = parse(workspace, source, "twinnings")
        with pytest.raises(Cancelled):
            run_import(
                workspace.database,
                parsed,
                ImportOptions(skip_invalid=True),
                progress=progress,
                cancelled=lambda: len(written) >= 2,  # after two rows have been written
            )
    assert len(written) == 2
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_a_failure_while_writing_rolls_everything_back(
    closed_register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "log_import", broken)  # the very last step
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    with opened_register(closed_register) as workspace, pytest.raises(RuntimeError):
        do_import(workspace, source, "twinnings", skip_invalid=True)
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_an_xml_bomb_workbook_is_refused_and_changes_nothing(
    closed_register: Path, build_workbook: BuildWorkbook
) -> None:
    before = snapshot(closed_register)
    bomb = build_workbook(
        "bomb.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=shared_strings_xml(["&lol9;"], prolog=billion_laughs()),
    )
    with opened_register(closed_register), pytest.raises(SourceError) as refused:
        open_table(bomb)
    assert "XML entity declarations" in refused.value.message
    assert snapshot(closed_register) == before


def test_skipped_rows_are_never_copied_from_a_file_changed_since_it_was_read(
    opened: Workspace, tmp_path: Path
) -> None:
    source = swedish_excel_csv(
        tmp_path / "changing.csv", [HEADINGS, "Vänersborg;SE;Lich;DE;1961", "Vänersborg;SE;;DK;"]
    )
    parsed = parse(opened, source, "twinnings")
    before = town_names(opened)
    source.write_bytes(source.read_bytes() + "Vänersborg;SE;Husby;DK;\r\n".encode("cp1252"))
    with pytest.raises(SourceError, match="has changed since it was opened"):
        run_import(opened.database, parsed, ImportOptions(skip_invalid=True))
    assert town_names(opened) == before
    assert not (tmp_path / "changing-skipped.csv").exists()


def test_a_trial_run_writes_nothing(closed_register: Path, tmp_path: Path) -> None:
    before = snapshot(closed_register)
    source = _mixed_file(tmp_path)
    with opened_register(closed_register) as workspace:
        summary = do_import(workspace, source, "twinnings", skip_invalid=True, dry_run=True)
    assert summary.dry_run
    assert summary.counts["twinning"].created == 2
    assert summary.lines()[0] == "Trial run: nothing was written."
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()
