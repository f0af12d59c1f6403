"""The term review's writes (evaluate, the council's verdict, an end) go to the database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register notes the thread of every statement
(StatementThreads); each test does what the coordinator does in the term
review, with real clicks and keys, and checks that nothing was asked of the
register on the window's thread, that the register holds what she chose and
that the sheet shows it. The worker can be held at a gate (``_hold``), so
"while the write is on its way" is a state the test looks at.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import (
    answer_message_box,
    english_interface,
    settle,
    shown_window,
    type_text,
    when_dialog_opens,
    write_done,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from test_select_on_worker import StatementThreads, _hold

from app.dates import ApproxDate
from app.services.records import Decision, TermOfOffice, Town, Twinning
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.navigation import TERM_REVIEW
from ui.todo import TermEvaluationView
from ui.todo.dialogs import EndTwinningDialog
from ui.todo.term_view import MUNICIPAL, RECOMMENDATION, VERDICT
from ui.todo.verdict_dialog import VerdictDialog

__all__ = ["english_interface"]  # autouse: English interface

TWINNING = "Vänersborg – Nuuk"


@dataclasses.dataclass
class Register:
    """The ids of what the register holds: one twinning in one term, two council decisions."""

    twinning: int
    first_decision: int
    second_decision: int


@pytest.fixture
def register(workspace: Workspace) -> Register:
    for name, country in (("Vänersborg", "SE"), ("Nuuk", "GL")):
        workspace.save(Town(name=name, country=country))
    towns = {label: record_id for record_id, label in workspace.labels("town").items()}
    twinning = workspace.save(
        Twinning(
            town_a_id=towns["Vänersborg"],
            town_b_id=towns["Nuuk"],
            status="active",
            start_date=ApproxDate.of_day(date(1990, 5, 1)),
        )
    )
    workspace.save(
        TermOfOffice(
            start_year=2022,
            end_year=2026,
            start_date=date(2022, 10, 15),
            end_date=date(2026, 10, 14),
        )
    )
    first = workspace.save(
        Decision(body="council", title="Avslut vänort Nuuk", decided_on=date(2026, 9, 21))
    )
    second = workspace.save(
        Decision(body="council", title="Fortsatt vänort Nuuk", decided_on=date(2026, 9, 22))
    )
    assert twinning.id is not None and first.id is not None and second.id is not None
    return Register(twinning.id, first.id, second.id)


def _term_review(qtbot: Any, window: MainWindow) -> TermEvaluationView:
    """Show the term review with its one twinning chosen, as read on the worker."""
    window.navigation.select(TERM_REVIEW)
    view = window.current_page()
    assert isinstance(view, TermEvaluationView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    settle(qtbot, window)
    assert view.model.rows[0].twinning == TWINNING
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(view.model.index(0, 0)).center(),
    )
    assert view.current_row() == 0
    return view


def _cell(view: TermEvaluationView, column: int) -> str:
    return str(view.model.index(0, column).data() or "")


def _choose(qtbot: Any, combo: Any, text: str) -> None:
    """Pick ``text`` in ``combo`` with the arrow keys, as she would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _ok(dialog: Any) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_evaluate_creates_the_evaluation_on_the_worker_and_the_sheet_shows_it(
    qtbot: Any, workspace: Workspace, register: Register
) -> None:
    """ "Evaluate…" creates the twinning's evaluation of the term and opens it; the sheet says
    it is begun, and not one statement ran on the GUI thread."""
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        view = _term_review(qtbot, window)
        assert _cell(view, RECOMMENDATION) == ""
        with qtbot.waitSignal(view.open_record, timeout=10000) as opened:
            qtbot.mouseClick(view.evaluate_button, Qt.MouseButton.LeftButton)
        write_done(qtbot, window)
        settle(qtbot, window)
        assert _cell(view, RECOMMENDATION) == "evaluation begun"
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    (evaluation,) = workspace.get_many("evaluation")
    assert evaluation.twinning_id == register.twinning
    assert opened.args == ["evaluation", evaluation.id]
    window.close()


def test_a_verdict_to_end_confirmed_is_written_on_the_worker(
    qtbot: Any, workspace: Workspace, register: Register
) -> None:
    """The council's verdict "end", given in its decision and confirmed, is recorded and ends
    the twinning on the decision's date; the sheet shows both, nothing on the GUI thread."""
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    confirmations: list[str] = []

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, VerdictDialog)
        _choose(qtbot, dialog.verdict_combo, "end")
        _choose(qtbot, dialog.decision_combo, "Avslut vänort Nuuk")
        answer_message_box(QMessageBox.StandardButton.Yes, confirmations)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    statements = StatementThreads(workspace)
    try:
        view = _term_review(qtbot, window)
        when_dialog_opens(answer, of_type=VerdictDialog)
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _cell(view, VERDICT) == "end", timeout=10000)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert len(confirmations) == 1 and TWINNING in confirmations[0]
    (evaluation,) = workspace.get_many("evaluation")
    assert (evaluation.verdict, evaluation.decision_id) == ("end", register.first_decision)
    ended = workspace.get("twinning", register.twinning)
    assert (ended.status, ended.end_date, ended.end_decision_id) == (
        "ended",
        ApproxDate.of_day(date(2026, 9, 21)),
        register.first_decision,
    )
    assert _cell(view, MUNICIPAL) == "ended"
    assert not view.end_button.isEnabled()  # an ended twinning cannot be ended again
    window.close()


def test_ending_a_twinning_is_written_on_the_worker(
    qtbot: Any, workspace: Workspace, register: Register
) -> None:
    """ "End twinning…" with a reason typed and the decision chosen ends it: the register holds
    the reason and decision, the sheet shows it ended, nothing ran on the GUI thread."""
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, EndTwinningDialog)
        dialog.reason_edit.setFocus()
        type_text(qtbot, dialog.reason_edit, "Ingen kontakt på åtta år")
        _choose(qtbot, dialog.decision_combo, "Avslut vänort Nuuk")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    statements = StatementThreads(workspace)
    try:
        view = _term_review(qtbot, window)
        when_dialog_opens(answer, of_type=EndTwinningDialog)
        with qtbot.waitSignal(view.records_changed, timeout=10000):
            qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    # Ended today, after the term: in the term it was in force, and the sheet says it is ended.
    assert view.model.rows[0].stored_status == "ended"
    ended = workspace.get("twinning", register.twinning)
    assert (ended.status, ended.end_reason, ended.end_decision_id) == (
        "ended",
        "Ingen kontakt på åtta år",
        register.first_decision,
    )
    assert not view.end_button.isEnabled()
    window.close()


def test_a_second_click_while_the_verdict_is_on_its_way_writes_nothing_twice(
    qtbot: Any, workspace: Workspace, register: Register
) -> None:
    """While the verdict waits for the worker the buttons that write are off: clicking
    "Council's verdict…" again opens no second dialog, and the first verdict is what is kept."""
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    view = _term_review(qtbot, window)
    answered: list[str] = []
    choices = ("Fortsatt vänort Nuuk", "Avslut vänort Nuuk")

    def answer_each() -> None:
        # Every verdict dialog that opens is answered, the n-th with the n-th decision:
        # a second one (there should be none) would record another.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, VerdictDialog) and dialog.isVisible() and len(answered) < 2:
            choice = choices[len(answered)]
            answered.append(choice)
            _choose(qtbot, dialog.decision_combo, choice)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    poll = QTimer(window)
    poll.setInterval(10)
    poll.timeout.connect(answer_each)
    poll.start()
    gate = _hold(window)
    try:
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: answered != [])
        assert window.db_worker.pending_writes() == 1  # the verdict waits behind the gate
        for button in (view.verdict_button, view.evaluate_button, view.end_button):
            assert not button.isEnabled()
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        assert QApplication.activeModalWidget() is None
    finally:
        gate.set()
        write_done(qtbot, window)
        settle(qtbot, window)
        poll.stop()
    assert answered == ["Fortsatt vänort Nuuk"]
    (evaluation,) = workspace.get_many("evaluation")
    assert (evaluation.verdict, evaluation.decision_id) == ("continue", register.second_decision)
    assert _cell(view, VERDICT) == "continue"
    assert view.verdict_button.isEnabled()  # back once the verdict is written
    window.close()


def test_an_end_refused_says_why_and_asks_again_with_the_reason_kept(
    qtbot: Any, workspace: Workspace, register: Register
) -> None:
    """A colleague moves the twinning's formal start past today while she fills in the end: the
    end is refused with one sentence, and the dialog comes back with her reason still in it."""
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    later = date.today() + timedelta(days=400)
    warnings: list[str] = []
    asked_again: list[tuple[str, str]] = []

    def colleague_moves_the_start() -> None:
        # A colleague's own window, on a thread of its own: not the coordinator's GUI thread.
        stored = workspace.get("twinning", register.twinning)
        workspace.save(dataclasses.replace(stored, start_date=ApproxDate.of_day(later)))

    def again(dialog: Any) -> None:
        assert isinstance(dialog, EndTwinningDialog)
        asked_again.append((dialog.reason(), dialog.error_label.text()))
        dialog.reject()

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, EndTwinningDialog)
        dialog.reason_edit.setFocus()
        type_text(qtbot, dialog.reason_edit, "Ingen kontakt på åtta år")
        colleague = threading.Thread(target=colleague_moves_the_start)
        colleague.start()
        colleague.join()
        answer_message_box(QMessageBox.StandardButton.Ok, warnings)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        when_dialog_opens(again, of_type=EndTwinningDialog)

    statements = StatementThreads(workspace)
    try:
        view = _term_review(qtbot, window)
        when_dialog_opens(answer, of_type=EndTwinningDialog)
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: asked_again != [], timeout=10000)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert warnings == ["End date cannot be before Formal start."]
    assert asked_again == [("Ingen kontakt på åtta år", "End date cannot be before Formal start.")]
    kept = workspace.get("twinning", register.twinning)
    assert (kept.status, kept.end_reason, kept.start_date) == (
        "active",
        None,
        ApproxDate.of_day(later),
    )
    # The sheet was read again: starting after the term, the twinning is no longer in it.
    assert view.model.rowCount() == 0
    window.close()
