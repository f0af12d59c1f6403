"""The town form's line under the name: what the gazetteer knows, used only when asked."""

from __future__ import annotations

from typing import Any

import pytest
from form_helpers import english_interface, pick, type_text
from PySide6.QtCore import Qt

from app.workspace import Workspace
from ui.forms import RecordForm

__all__ = ["english_interface"]  # autouse: English interface


@pytest.fixture
def form(qtbot: Any, workspace: Workspace) -> RecordForm:
    made = RecordForm(workspace, "town")
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    return made


def _line(form: RecordForm, name: str) -> Any:
    return form.editor(name).focus_widget()


def test_typing_a_town_offers_its_place_and_use_fills_the_empty_fields(
    qtbot: Any, form: RecordForm
) -> None:
    """Göteborg in Sweden: the line names it with coordinates; Use fills what is empty."""
    suggestion = form.place_suggestion
    assert suggestion is not None and not suggestion.isVisible()
    pick(qtbot, form.editor("country").combo, "swed", "Sweden (SE)")
    type_text(qtbot, _line(form, "population"), "500 000")  # the coordinator's own figure
    type_text(qtbot, _line(form, "name"), "Göteborg")
    qtbot.waitUntil(suggestion.isVisible, timeout=20_000)
    assert suggestion.label.text().startswith("Gothenburg, Sweden, 57.71° N 11.97° E")
    assert suggestion.isVisible()
    qtbot.mouseClick(suggestion.use_button, Qt.MouseButton.LeftButton)
    assert round(form.editor("latitude").value(), 2) == 57.71
    assert round(form.editor("longitude").value(), 2) == 11.97
    assert form.editor("population").value() == 500_000  # not replaced
    assert "Gothenburg" in form.editor("alternative_names").value()
    assert form.editor("country").value() == "SE"
    assert form.is_dirty()
    assert not suggestion.isVisible()


def test_no_line_for_a_name_the_gazetteer_does_not_know(qtbot: Any, form: RecordForm) -> None:
    """An unknown name, or a district, shows nothing; a known one then does."""
    suggestion = form.place_suggestion
    assert suggestion is not None
    pick(qtbot, form.editor("country").combo, "lithu", "Lithuania (LT)")
    type_text(qtbot, _line(form, "name"), "Vilnius District Municipality")
    looked_up = ("Vilnius District Municipality", "LT")
    qtbot.waitUntil(lambda: suggestion.answered == looked_up, timeout=20_000)
    assert not suggestion.isVisible()
    line = _line(form, "name")
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, "Vilnius")
    qtbot.waitUntil(suggestion.isVisible, timeout=20_000)
    assert suggestion.label.text().startswith("Vilnius, Lithuania")
