"""The term evaluation page: status per level with her judgement first, the rule, and the verdict."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from shared_registers import Register

from app.dates import ApproxDate
from app.services import records as r
from app.workspace import Workspace
from ui.todo import TermEvaluationView
from ui.todo.term_view import CIVIL, FLAG, MUNICIPAL, VERDICT
from ui.todo.verdict_dialog import VerdictDialog

AFTER = date(2026, 12, 1)


def _row(view: TermEvaluationView, name: str) -> int:
    return next(i for i, row in enumerate(view.model.rows) if row.twinning == name)


def _shown_view(qtbot: QtBot, workspace: Workspace) -> TermEvaluationView:
    """The term evaluation page, shown, as it looks after the term has ended."""
    view = TermEvaluationView(workspace, today=lambda: AFTER)
    qtbot.addWidget(view)
    view.show()
    return view


def _view_with_an_end_decision(
    qtbot: QtBot, workspace: Workspace, register: Register
) -> tuple[TermEvaluationView, int]:
    """The 2022 term's page, and the council's decision of 2026 to end Bad Honnef's twinning."""
    register.term(2022)
    decision = register.decision("council", "Avslut vänort Bad Honnef", date(2026, 9, 21))
    return _shown_view(qtbot, workspace), decision


def test_the_page_shows_both_levels_her_judgement_first_and_the_rule(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    imatra = workspace.get("twinning", ludvika["imatra_twinning"])
    workspace.save(
        dataclasses.replace(
            imatra, status_override="active", status_override_reason="Brevväxling varje år"
        )
    )
    register.save(
        r.Activity(title="Konsert", start_date=date(2024, 5, 2), town_ids=(ludvika["imatra"],))
    )
    view = _shown_view(qtbot, workspace)
    assert view.term_id() == term
    model = view.model
    row = _row(view, "Ludvika – Imatra")
    # Her "active" first, the computed municipal "dormant" beside it; the concert was civil.
    assert model.index(row, MUNICIPAL).data() == "active (computed: dormant)"
    assert model.index(row, CIVIL).data() == "sporadic"
    assert "1 contact at the civil level" in model.index(row, CIVIL).data(
        Qt.ItemDataRole.ToolTipRole
    )
    honnef = _row(view, "Ludvika – Bad Honnef")
    assert model.index(honnef, FLAG).data() == "end"
    assert "no contact recorded at any level" in model.index(honnef, FLAG).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "2022-10-15 – 2026-10-14" in view.rule.text()


def test_a_verdict_to_end_confirmed_ends_the_twinning_on_the_decision_s_date(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    view, decision = _view_with_an_end_decision(qtbot, workspace, register)
    honnef = _row(view, "Ludvika – Bad Honnef")
    view.table.selectRow(honnef)
    asked: list[str] = []
    view.ask_verdict = lambda entry: ("end", decision)
    view.confirm_end = lambda entry: asked.append(entry.twinning) or True
    with qtbot.waitSignal(view.records_changed, timeout=2000):
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ludvika – Bad Honnef"]
    ended = workspace.get("twinning", ludvika["bad_honnef_twinning"])
    assert (ended.status, ended.end_date, ended.end_decision_id) == (
        "ended",
        ApproxDate.of_day(date(2026, 9, 21)),
        decision,
    )
    honnef = _row(view, "Ludvika – Bad Honnef")
    assert view.model.index(honnef, VERDICT).data() == "end"


def test_a_verdict_to_end_not_confirmed_is_recorded_and_ends_nothing(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    view, decision = _view_with_an_end_decision(qtbot, workspace, register)
    view.table.selectRow(_row(view, "Ludvika – Bad Honnef"))
    view.ask_verdict = lambda entry: ("end", decision)
    view.confirm_end = lambda entry: False
    with qtbot.waitSignal(view.records_changed, timeout=2000):
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
    assert workspace.get("twinning", ludvika["bad_honnef_twinning"]).status == "active"
    (evaluation,) = workspace.get_many("evaluation")
    assert (evaluation.verdict, evaluation.decision_id) == ("end", decision)


def test_the_verdict_dialog_asks_for_the_decision_before_it_closes(qtbot: QtBot) -> None:
    dialog = VerdictDialog("Ludvika – Imatra", {7: "KF 2026-09-20 § 12 Fortsatt vänort"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.verdict_combo.setFocus()
    qtbot.keyClick(dialog.verdict_combo, Qt.Key.Key_Down)  # continue -> end
    assert dialog.verdict() == "end"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "decision" in dialog.error_label.text()
    dialog.decision_combo.setFocus()
    qtbot.keyClick(dialog.decision_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert (dialog.verdict(), dialog.decision_id()) == ("end", 7)
