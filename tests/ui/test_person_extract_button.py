"""The person's form writes the extract of everything held about them, from one button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from form_helpers import english_interface
from helpers import click_button_named
from pypdf import PdfReader
from PySide6.QtCore import Qt
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
