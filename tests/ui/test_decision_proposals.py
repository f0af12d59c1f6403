"""Forms for a proposal and the decision that takes it up, and for reference facts.

Typed and clicked as the coordinator would; the linked-records tab of each form
shows the other record, so the link is seen from both sides.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from form_helpers import MakeForm, pick, type_text
from PySide6.QtCore import Qt

from app.services import records as r
from app.workspace import Workspace
from ui.forms import RecordForm


def _line(form: RecordForm, name: str) -> Any:
    return form.editor(name).focus_widget()


def _linked_labels(qtbot: Any, form: RecordForm) -> dict[str, list[str]]:
    form.tabs.setCurrentWidget(form.linked)
    tree = form.linked.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    return {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }


def test_a_decision_taking_up_a_proposal_is_linked_both_ways(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    proposal = workspace.save(
        r.Decision(
            title="Förslag om ny policy",
            body="working_committee",
            decided_on=date(2026, 2, 3),
            section="12",
            registry_no="KS 2026/7",
            is_proposal=True,
        )
    )
    decision = make_form("decision")
    type_text(qtbot, _line(decision, "title"), "Ny policy för vänortsarbetet")
    type_text(qtbot, _line(decision, "decided_on"), "2026-03-04")
    type_text(qtbot, _line(decision, "section"), "45")
    type_text(qtbot, _line(decision, "distribution"), "Samtliga nämnder och bolag")
    pick(qtbot, decision.editor("proposal_id").combo, "2026/7", "KS 2026/7 12 Förslag om ny policy")
    with qtbot.waitSignal(decision.saved):
        assert decision.save(), decision.banner_text()
    (stored,) = [d for d in workspace.get_many("decision") if not d.is_proposal]
    assert stored.proposal_id == proposal.id
    assert stored.distribution == "Samtliga nämnder och bolag"

    # The decision's form shows the proposal it took up ...
    assert _linked_labels(qtbot, decision) == {
        "Decisions (1)": ["KS 2026/7 12 Förslag om ny policy"]
    }
    # ... and the proposal's form shows the decision that took it up.
    opened = make_form("decision")
    opened.load(proposal.id)
    assert opened.editor("is_proposal").box.isChecked()
    assert _linked_labels(qtbot, opened) == {"Decisions (1)": ["45 Ny policy för vänortsarbetet"]}


def test_only_a_proposal_can_be_taken_up(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    """Choosing an ordinary decision as the proposal is refused with one sentence."""
    workspace.save(r.Decision(title="Vanligt beslut", decided_on=date(2026, 1, 1), section="3"))
    decision = make_form("decision")
    type_text(qtbot, _line(decision, "title"), "Beslut")
    type_text(qtbot, _line(decision, "decided_on"), "2026-03-04")
    pick(qtbot, decision.editor("proposal_id").combo, "Vanligt", "3 Vanligt beslut")
    assert not decision.save()
    assert decision.field_error("proposal_id") == (
        "The decision chosen as the proposal is not marked as a proposal."
    )
    assert len(workspace.get_many("decision")) == 1  # nothing saved, nothing lost
    assert _line(decision, "title").text() == "Beslut"


def test_a_reference_fact_is_corrected_in_its_form(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    """A new register ships the survey's figures; the coordinator corrects one in the form."""
    shipped = {f.topic: f for f in workspace.get_many("reference_fact")}
    respondents = shipped["survey_respondents"]
    assert respondents.figure == Decimal(256) and respondents.year == 2011
    fact = make_form("reference_fact")
    fact.load(respondents.id)
    figure = _line(fact, "figure")
    figure.selectAll()
    qtbot.keyClick(figure, Qt.Key.Key_Delete)
    type_text(qtbot, figure, "260")
    with qtbot.waitSignal(fact.saved):
        assert fact.save(), fact.banner_text()
    assert workspace.get("reference_fact", respondents.id).figure == Decimal(260)


def test_a_new_reference_fact_needs_its_source(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    fact = make_form("reference_fact")
    type_text(qtbot, _line(fact, "text"), "Sveriges kommuner har över 1 000 vänorter.")
    type_text(qtbot, _line(fact, "year"), "2020")
    assert not fact.save()
    assert fact.field_error("source_title") == "Source is required."
    type_text(qtbot, _line(fact, "source_title"), "Egen sammanställning")
    with qtbot.waitSignal(fact.saved):
        assert fact.save(), fact.banner_text()
    (saved,) = [f for f in workspace.get_many("reference_fact") if f.year == 2020]
    assert saved.source_title == "Egen sammanställning"
    assert saved.text == "Sveriges kommuner har över 1 000 vänorter."
