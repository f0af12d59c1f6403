"""History dates typed in a form as a person writes them, with what was understood beside."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from form_helpers import english_interface, type_text

from app.dates import ApproxDate
from app.services import records as r
from app.workspace import Workspace
from ui.forms import RecordForm

__all__ = ["english_interface"]  # autouse: English interface, no Qt translator left over


@pytest.fixture
def twinning_form(qtbot: Any, workspace: Workspace) -> RecordForm:
    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    herning = workspace.save(r.Town(name="Herning", country="DK"))
    workspace.save(r.Twinning(town_a_id=home.id, town_b_id=herning.id))
    form = RecordForm(workspace, "twinning")
    qtbot.addWidget(form)
    form.resize(750, 700)
    form.show()
    (twinning,) = workspace.get_many("twinning")
    form.load(twinning.id)
    return form


def _line(form: RecordForm, name: str) -> Any:
    return form.editor(name).focus_widget()


def _understood(form: RecordForm, name: str) -> str:
    return str(form.editor(name).understood.text())


def test_a_decade_and_an_approximate_year_are_saved_as_written(
    qtbot: Any, twinning_form: RecordForm, workspace: Workspace
) -> None:
    form = twinning_form
    assert not form.editor("contact_year").understood.isVisible()  # nothing typed, nothing said
    type_text(qtbot, _line(form, "contact_year"), "late 1940s")
    qtbot.waitUntil(lambda: _understood(form, "contact_year") == "means 1947–1949")
    type_text(qtbot, _line(form, "start_date"), "ca 1949")
    qtbot.waitUntil(lambda: _understood(form, "start_date") == "approximately 1949")
    assert form.save(), form.banner_text()

    (stored,) = workspace.get_many("twinning")
    assert stored.contact_year == ApproxDate.of_decade(1940, "late")
    assert stored.start_date == ApproxDate.of_year(1949, approximate=True)
    # Opened again, the fields read as they were written, not as invented days.
    form.load(stored.id)
    assert _line(form, "contact_year").text() == "late 1940s"
    assert _line(form, "start_date").text() == "c. 1949"


def test_a_season_typed_with_swedish_letters(
    qtbot: Any, twinning_form: RecordForm, workspace: Workspace
) -> None:
    form = twinning_form
    type_text(qtbot, _line(form, "start_date"), "våren 2014")
    qtbot.waitUntil(lambda: _understood(form, "start_date") == "means 2014-03-01 – 2014-05-31")
    assert form.save(), form.banner_text()
    (stored,) = workspace.get_many("twinning")
    assert stored.start_date == ApproxDate.of_season(2014, "spring")


def test_text_that_is_no_date_is_explained_beside_the_field_and_nothing_is_saved(
    qtbot: Any, twinning_form: RecordForm, workspace: Workspace
) -> None:
    form = twinning_form
    before = workspace.get_many("twinning")
    type_text(qtbot, _line(form, "contact_year"), "22/11/2026")
    qtbot.waitUntil(
        lambda: "is not a date this program can read" in _understood(form, "contact_year")
    )
    assert not form.save()
    error = form.field_error("contact_year")
    assert error.startswith("“22/11/2026” is not a date this program can read")
    assert form.rows["contact_year"].error.isVisible()
    assert form.editor("contact_year").understood.isVisible()
    assert workspace.get_many("twinning") == before
    assert _line(form, "contact_year").text() == "22/11/2026"  # what was typed is kept


def test_an_end_wholly_before_the_start_is_refused_at_the_end(
    qtbot: Any, twinning_form: RecordForm, workspace: Workspace
) -> None:
    form = twinning_form
    type_text(qtbot, _line(form, "start_date"), "1970s")
    type_text(qtbot, _line(form, "end_date"), "1965")
    assert not form.save()
    assert form.field_error("end_date") == "End date cannot be before Formal start."
    # A year inside the decade can end it: the two overlap.
    line = _line(form, "end_date")
    line.selectAll()
    type_text(qtbot, line, "1976")
    assert form.save(), form.banner_text()
    (stored,) = workspace.get_many("twinning")
    assert stored.end_date == ApproxDate.of_year(1976)
    assert stored.start_date is not None and stored.start_date.earliest == date(1970, 1, 1)
