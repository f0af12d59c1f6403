"""The person's form writes the extract of everything held about them, from one button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from form_helpers import english_interface
from helpers import click_button_named
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from app.services import records as r
from app.workspace import Workspace
from ui.forms import RecordForm

__all__ = ["english_interface"]


def test_the_extract_button_writes_the_persons_extract(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    anna = workspace.save(r.Person(name="Anna Berg", email="anna.berg@herning.dk"))
    town = workspace.save(r.Town(name="Herning", country="DK", notes="Kontakt: Anna Berg."))
    form = RecordForm(workspace, "person")
    qtbot.addWidget(form)
    form.show()
    assert not form.person_bar.isVisible()  # nothing stored is shown yet
    form.load(anna.id)
    assert form.person_bar.isVisible()
    target = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    said: list[str] = []
    click_button_named("OK", said)
    qtbot.mouseClick(form.person_bar.extract_button, Qt.MouseButton.LeftButton)
    assert said and said[0].startswith(f"The extract is saved as {target}.")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "anna.berg@herning.dk" in text and "Kontakt: Anna Berg." in " ".join(text.split())
    town_form = RecordForm(workspace, "town")
    qtbot.addWidget(town_form)
    town_form.show()
    town_form.load(town.id)
    assert not town_form.person_bar.isVisible()


def test_the_dispose_button_disposes_by_the_chosen_decision(
    qtbot: Any, workspace: Workspace
) -> None:
    """The dialog lists what goes; a refusal stays in the dialog; then the person is gone."""
    from datetime import date

    from helpers import when_dialog_opens

    from ui.forms.disposal_dialog import DisposalDialog

    anna = workspace.save(r.Person(name="Anna Berg", email="anna.berg@herning.dk"))
    workspace.save(r.Town(name="Herning", country="DK", notes="Kontakt: Anna Berg."))
    workspace.save(
        r.Decision(title="Gallring", decided_on=date(2026, 11, 30), registry_no="KS 2026/12")
    )
    form = RecordForm(workspace, "person")
    qtbot.addWidget(form)
    form.show()
    form.load(anna.id)
    seen: list[str] = []

    def tick(box: Any) -> None:
        # On the box itself: a wide row's middle is outside what a click toggles.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))

    def choose(dialog: Any) -> None:
        assert isinstance(dialog, DisposalDialog)
        # By her own date first: none is set, so the dialog says why not and stays open.
        tick(dialog.by_rule)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.error_label.text())
        assert dialog.isVisible()
        tick(dialog.by_decision)
        tick(dialog.free_text)
        seen.append(dialog.plan_label.text())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(choose, of_type=DisposalDialog)
    with qtbot.waitSignal(form.record_disposed) as disposed:
        qtbot.mouseClick(form.person_bar.dispose_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("The person's data may not be disposed of by rule before its date")
    assert "mentions in free text: 1" in seen[1]
    assert disposed.args == ["Personal data disposed of by decision KS 2026/12."]
    assert workspace.get_many("person") == []
    assert workspace.get_many("town")[0].notes == "Kontakt: [personal data disposed of]."
