"""The import wizard driven page by page, as the coordinator would use it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import forward_button, go_forward
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.importing import importer
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv, town_names, twinning_pairs
from ui.importing import ImportWizard
from ui.importing.wizard import PAGE_COLUMNS, PAGE_KIND, PAGE_PREVIEW, PAGE_RESULT, PAGE_SOURCE
from ui.translations import apply_language

LINES = [
    "Ort;Land;Vänort;Land;Kontaktår",
    "Vänersborg;Sverige;Herning Kommune;Danmark;1946",
    "Herning;Danmark;Lohja;Finland;1956",
    "Vänersborg;Sverige;Atlantis;Atlantis;1950",
    "Lohja;FI;Vänersborg;SE;1947",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    yield ws
    ws.close()


@pytest.fixture
def wizard(qtbot: QtBot, workspace: Workspace) -> Iterator[ImportWizard]:
    # The English catalogue holds the plural forms ("4 rows read."); a window
    # installs it at start, the wizard on its own does not.
    apply_language("en")
    shown = ImportWizard(workspace)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.task is not None and shown.task.is_running():
        shown.task.cancel()
        shown.task.wait()


def _can_go_on(wizard: ImportWizard) -> bool:
    return forward_button(wizard).isEnabled()


def _checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None and not page._busy, timeout=10_000)


def test_every_page_of_a_small_csv_import(
    qtbot: QtBot,
    wizard: ImportWizard,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vanort_home: Path,
) -> None:
    source = swedish_excel_csv(tmp_path / "vanorter.csv", LINES)
    skipped = vanort_home / "data" / "skipped-rows" / "vanorter-skipped.csv"
    asked: list[Any] = []

    def choose(*arguments: Any) -> tuple[str, str]:
        asked.append(arguments)
        return str(source), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    done: list[Any] = []
    wizard.imported.connect(done.append)

    # 1: the file, chosen through the file dialog, with what was detected.
    assert wizard.currentId() == PAGE_SOURCE
    page = wizard.source_page
    assert not _can_go_on(wizard)
    qtbot.mouseClick(page.browse_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and page.path_edit.text() == str(source)
    assert page.status_label.text() == "Column headings: Ort, Land, Vänort, Land, Kontaktår"
    assert page.encoding_combo.currentText() == "As detected (Windows-1252)"
    assert page.delimiter_combo.currentText() == "As detected (semicolon)"
    assert page.encoding_combo.isEnabled() and not page.sheet_combo.isEnabled()
    go_forward(qtbot, wizard)

    # 2: what the rows are.
    assert wizard.currentId() == PAGE_KIND
    kinds = wizard.kind_page.kind_list
    assert kinds.count() == 15
    assert kinds.currentItem().text() == "Twinnings"
    go_forward(qtbot, wizard)

    # 3: the columns, suggested from the headings.
    assert wizard.currentId() == PAGE_COLUMNS
    combos = wizard.columns_page.combos
    chosen = {name: combo.currentText() for name, combo in combos.items()}
    assert chosen["town"] == "A: Ort"
    assert chosen["town_country"] == "B: Land"
    assert chosen["partner"] == "C: Vänort"
    assert chosen["partner_country"] == "D: Land"
    assert chosen["year"] == "E: Kontaktår"
    assert chosen["notes"] == "(not imported)"
    combos["partner"].setCurrentIndex(0)  # the partner is needed: the page says so
    assert wizard.columns_page.error_label.text() == "Choose the column that holds Partner town."
    assert not _can_go_on(wizard)
    combos["partner"].setCurrentIndex(combos["partner"].findData(2))
    assert _can_go_on(wizard)
    go_forward(qtbot, wizard)

    # 4: the preview, checked off the GUI thread.
    assert wizard.currentId() == PAGE_PREVIEW
    _checked(qtbot, wizard)
    preview = wizard.preview_page
    model = preview.problem_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(3)] == [
        "4",
        "Land",
        "Country of the partner: “Atlantis” is not a country or area this program knows.",
    ]
    assert preview.summary_label.text().splitlines()[0] == "4 rows read."
    assert not _can_go_on(wizard)  # a problem, and its row not skipped yet
    groups = preview.group_list
    assert groups.count() == 1
    assert groups.item(0).text().splitlines() == [
        "“Herning Kommune”, “Herning” (Denmark) → one new town “Herning”",
        "Same country, and one name is the other plus “municipality”.",
    ]
    # Strong evidence: ticked, and the check already merged it.
    assert groups.item(0).checkState() == Qt.CheckState.Checked
    assert not preview.recheck_button.isEnabled()
    groups.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert preview.recheck_button.isEnabled()
    groups.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(preview.skip_box, Qt.MouseButton.LeftButton)
    assert preview.skip_box.isChecked()
    qtbot.mouseClick(preview.recheck_button, Qt.MouseButton.LeftButton)
    _checked(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.options.skip_invalid
    assert "Twin towns: 3 to be created, 1 to be merged" in preview.summary_label.text()
    assert not preview.recheck_button.isEnabled()
    assert _can_go_on(wizard)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"
    go_forward(qtbot, wizard)

    # 5: the import and its summary.
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)
    assert wizard.result_page.result_label.text().splitlines() == [
        "Twinnings: 3 created",
        "Twin towns: 3 created, 1 merged",
        "Similar town names: 1 of 1 groups merged.",
        f"Rows skipped: 1, written to {skipped}.",
    ]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert len(done) == 1 and done[0].counts["twinning"].created == 3
    assert town_names(workspace)["Herning"] == ("DK", ("Herning Kommune",))
    assert twinning_pairs(workspace) == {
        frozenset(("Vänersborg", "Herning")),
        frozenset(("Herning", "Lohja")),
        frozenset(("Lohja", "Vänersborg")),
    }
    assert skipped.exists() and not (tmp_path / "vanorter-skipped.csv").exists()


def test_a_typed_path_a_workbook_sheet_and_a_remembered_column_choice(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["Made by the association"])
    sheet = book.create_sheet("Pairs")
    sheet.append(["List of twin towns"])
    sheet.append(["Town", "Country", "Twin", "Twin country", "Since"])
    sheet.append(["Lich", "Germany", "Vanersborg", "Sweden", 1961])
    path = tmp_path / "pairs.xlsx"
    book.save(path)

    first = ImportWizard(workspace)
    qtbot.addWidget(first)
    first.show()
    page = first.source_page
    qtbot.keyClicks(page.path_edit, str(path))  # ASCII only: keyClicks aborts on others
    assert page.sheet_combo.isEnabled() and not page.encoding_combo.isEnabled()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Notes",
        "Pairs",
    ]
    page.sheet_combo.setCurrentText("Pairs")
    assert page.status_label.text() == "Column headings: List of twin towns"
    page.header_spin.setValue(2)
    assert page.status_label.text() == "Column headings: Town, Country, Twin, Twin country, Since"
    go_forward(qtbot, first)
    go_forward(qtbot, first)
    assert first.columns_page.origin_label.text() == "Suggested from the column headings."
    assert first.columns_page.combos["partner"].currentText() == "C: Twin"
    assert first.columns_page.combos["partner_country"].currentText() == "D: Twin country"
    go_forward(qtbot, first)
    _checked(qtbot, first)
    go_forward(qtbot, first)
    qtbot.waitUntil(lambda: first.result_page.done, timeout=10_000)
    assert twinning_pairs(workspace) == {frozenset(("Lich", "Vanersborg"))}

    # Another file with the same headings: the kind and the columns used are offered again.
    other = tmp_path / "more.csv"
    other.write_text("Town;Country;Twin;Twin country;Since\nLohja;FI;Lich;DE;1990\n")
    second = ImportWizard(workspace)
    qtbot.addWidget(second)
    second.show()
    second.kind_page.select("towns")
    second.source_page.path_edit.setText(str(other))
    go_forward(qtbot, second)
    assert second.kind_page.kind_list.currentItem().text() == "Twinnings"
    assert second.kind_page.hint.text() == (
        "Chosen as last time for a file with the same column headings."
    )
    go_forward(qtbot, second)
    assert second.columns_page.origin_label.text() == (
        "The columns used last time for a file with the same headings."
    )


def test_a_file_that_cannot_be_imported_is_explained_and_stops_the_wizard(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    page = wizard.source_page
    page.path_edit.setText(str(tmp_path / "missing.csv"))
    assert page.status_label.text() == "There is no such file."
    assert not _can_go_on(wizard)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Ort;Vänort\n")
    page.path_edit.setText(str(fake))
    assert page.status_label.text() == (
        "The file fake.xlsx is not an Excel workbook (.xlsx) or it is damaged."
    )
    assert not _can_go_on(wizard)
    broken = tmp_path / "broken.csv"
    broken.write_bytes("Ort;Vänort\r\nVänersborg;Lich\r\n".encode("cp1252"))
    page.path_edit.setText(str(broken))
    assert _can_go_on(wizard)
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("utf-8"))
    assert page.status_label.text() == (
        "The file broken.csv cannot be read as utf-8; choose another character encoding."
    )
    assert not _can_go_on(wizard)


def _held(
    monkeypatch: pytest.MonkeyPatch,
) -> threading.Event:
    """Make the import wait (on the worker thread) until it is told to stop."""
    real: Callable[..., Any] = importer.run_import
    started = threading.Event()

    def held(*arguments: Any, cancelled: Callable[[], bool], **options: Any) -> Any:
        def cancelled_when_told() -> bool:
            started.set()
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
            return cancelled()

        return real(*arguments, cancelled=cancelled_when_told, **options)

    monkeypatch.setattr(importer, "run_import", held)
    return started


def _to_import(qtbot: QtBot, wizard: ImportWizard, source: Path) -> None:
    wizard.source_page.path_edit.setText(str(source))
    go_forward(qtbot, wizard)
    go_forward(qtbot, wizard)
    go_forward(qtbot, wizard)
    _checked(qtbot, wizard)
    go_forward(qtbot, wizard)


def test_cancelling_the_import_leaves_the_register_as_it_was(
    qtbot: QtBot,
    wizard: ImportWizard,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    source = swedish_excel_csv(tmp_path / "ok.csv", ["Vänort;Land", "Herning;DK", "Lohja;FI"])
    started = _held(monkeypatch)
    _to_import(qtbot, wizard, source)
    task = wizard.task
    assert task is not None and task.dialog is not None
    qtbot.waitUntil(started.is_set, timeout=10_000)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.failure is not None, timeout=10_000)
    assert page.result_label.text() == "The import was cancelled; nothing was imported."
    assert not page.done
    assert [t.id for t in workspace.get_many("town")] == [home.id]
    assert workspace.get_many("twinning") == []


def test_closing_the_wizard_during_the_import_stops_it(
    qtbot: QtBot,
    wizard: ImportWizard,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = swedish_excel_csv(
        tmp_path / "ok.csv", ["Ort;Land;Vänort;Land", "Vänersborg;SE;Herning;DK"]
    )
    started = _held(monkeypatch)
    _to_import(qtbot, wizard, source)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    wizard.reject()
    assert not wizard.isVisible()
    assert workspace.get_many("town") == []
