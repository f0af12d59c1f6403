"""A record's form says when its reminder appears on the to-do list."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from helpers import english_interface, type_text  # noqa: F401 (autouse fixture)

from app.services import records as r
from app.workspace import Workspace
from ui.forms.record_form import RecordForm


def make_form(qtbot: Any, workspace: Workspace, kind: str) -> RecordForm:
    form = RecordForm(workspace, kind)
    qtbot.addWidget(form)
    form.resize(750, 700)
    form.show()
    return form


def test_a_governing_document_typed_in_shows_when_its_reminder_appears(
    qtbot: Any, workspace: Workspace
) -> None:
    form = make_form(qtbot, workspace, "policy")
    assert not form.reminder_line.isVisible()  # a new record has no reminder yet
    revise_by = date.today() + timedelta(days=800)
    type_text(qtbot, form.editor("title").focus_widget(), "Riktlinjer")
    type_text(qtbot, form.editor("revise_by").focus_widget(), revise_by.isoformat())
    with qtbot.waitSignal(form.saved):
        assert form.save()
    # The default lead time of governing documents is 180 days.
    appears = (revise_by - timedelta(days=180)).isoformat()
    assert form.reminder_line.isVisible()
    assert form.reminder_line.text() == f"Reminder from {appears}: governing documents to revise"


def test_an_agreement_shows_each_reminder_and_one_already_listed(
    qtbot: Any, workspace: Workspace
) -> None:
    today = date.today()
    agreement = workspace.save(
        r.Agreement(
            title="Samarbetsavtal",
            review_date=today + timedelta(days=30),  # listed already (90 days of warning)
            valid_to=today + timedelta(days=400),
            lead_days=60,  # the agreement's own warning wins over the rule's
        )
    )
    form = make_form(qtbot, workspace, "agreement")
    form.load(agreement.id)
    assert form.reminder_line.text().splitlines() == [
        f"On the to-do list since {(today - timedelta(days=30)).isoformat()}: agreements to review",
        f"Reminder from {(today + timedelta(days=340)).isoformat()}: agreements ending",
    ]
    # A record without any reminder shows no line.
    plain = workspace.save(r.Agreement(title="Utan datum"))
    form.load(plain.id)
    assert not form.reminder_line.isVisible()
