"""Helpers for driving the main window as a user: typing, answering dialogs, demo data.

``qtbot.keyClicks`` aborts the process on any non-ASCII character (PLATFORM.md),
so such characters go in as key events that carry the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from demo_register import demo_copy  # noqa: F401 (the window tests take their demo from here)
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
    QWizard,
)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key; "Malmö" works as well as "Nuuk"."""
    ascii_run = ""
    for ch in text:
        if ord(ch) < 128:
            ascii_run += ch
            continue
        if ascii_run:
            qtbot.keyClicks(widget, ascii_run)
            ascii_run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
    if ascii_run:
        qtbot.keyClicks(widget, ascii_run)


# The waits for a dialog still looking, each a one-item list: [True] while it looks.
_LOOKING: list[list[bool]] = []


def stop_looking_for_dialogs() -> None:
    """End every wait for a dialog (a test is over).

    A wait whose dialog never opened would otherwise go on polling into the next
    tests and take a message box meant for another wait there.
    """
    for looking in _LOOKING:
        looking[0] = False
    _LOOKING.clear()


def when_dialog_opens(
    act: Callable[[QDialog], None],
    *,
    of_type: type[QDialog] = QDialog,
    seen: list[str] | None = None,
) -> None:
    """Once a modal dialog of ``of_type`` is up (a user's eyes on it), call ``act`` with it.

    Polls from the event loop, which keeps running inside the dialog's exec(),
    until the dialog comes or the test ends (:func:`stop_looking_for_dialogs`).
    """
    looking = [True]
    _LOOKING.append(looking)

    def look() -> None:
        if not looking[0]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, of_type) or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        looking[0] = False
        if seen is not None:
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        try:
            act(dialog)
        except BaseException:
            # A failed check inside a modal dialog would leave it open and the test
            # waiting for ever: close it, so the test fails with the reason instead.
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
            raise

    QTimer.singleShot(0, look)


def answer_message_box(button: QMessageBox.StandardButton, seen: list[str] | None = None) -> None:
    """Click ``button`` in the next message box, as the user would."""

    def click(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        target = dialog.button(button)
        assert target is not None, f"the message box has no {button} button"
        target.click()

    when_dialog_opens(click, of_type=QMessageBox, seen=seen)


def click_button_named(text: str, seen: list[str] | None = None) -> None:
    """Click the button labelled ``text`` in the next message box."""

    def click(dialog: QDialog) -> None:
        for candidate in dialog.findChildren(QAbstractButton):
            if candidate.text().replace("&", "") == text:
                candidate.click()
                return
        raise AssertionError(f"no button {text!r} in the dialog")

    when_dialog_opens(click, of_type=QMessageBox, seen=seen)


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Each test starts and ends with the English interface and no Qt translators left over.

    Opening a database applies its language (Swedish in the demo); the lead's
    conftest resets app.i18n, this resets Qt's translators too. Test modules
    import it to use it.
    """
    from ui.translations import apply_language

    apply_language("en")
    yield
    apply_language("en")


def list_read(page: Any, timeout_ms: int = 10000) -> Any:
    """Wait until ``page``'s list shows its latest read (the reads run on a worker); the page.

    For helpers without a qtbot at hand: the event loop runs meanwhile, so the
    answer arrives; a read that never comes fails the test after ``timeout_ms``.
    """
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while page.is_reading():
        if deadline.hasExpired():
            raise AssertionError(f"the list of {page.kind} was not read within {timeout_ms} ms")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return page


def record_shown(qtbot: Any, form: Any) -> Any:
    """Wait until the record chosen for ``form`` has come from the window's database worker.

    Choosing a record in a list reads it on the worker; until its answer is
    shown the form takes no typing. Returns the record the form shows then.
    """
    qtbot.waitUntil(lambda: not form.is_loading())
    return form.current_record()


def settle(qtbot: Any, window: Any) -> None:
    """Wait until the window's database worker has answered everything asked of it.

    The lists and counts are read off the GUI thread; a test that looks at them
    right after an action waits here first, as a user's eyes would.
    """
    qtbot.waitUntil(lambda: window.db_worker.pending() == 0)


def write_done(qtbot: Any, window: Any) -> None:
    """Wait until every save, delete or restore handed to the window's worker has come back.

    Writes run on the database worker; the form stays read-only until its save
    is back, and the lists and counts follow it.
    """
    qtbot.waitUntil(lambda: window.db_worker.pending_writes() == 0)


def keeps_ticking(qtbot: Any, parent: Any) -> None:
    """A 10 ms timer in ``parent`` ticks five times: the GUI thread is free to answer."""
    ticks: list[int] = []
    timer = QTimer(parent)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    timer.stop()


def forward_button(wizard: QWizard) -> QAbstractButton:
    """The button that takes the wizard on: Commit on a commit page, Next elsewhere."""
    which = (
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    return wizard.button(which)


def go_forward(qtbot: Any, wizard: QWizard) -> None:
    """Click the wizard's forward button as the user would; it must be enabled."""
    button = forward_button(wizard)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def activate(qtbot: Any, window: Any) -> None:
    """Give ``window`` the focus and wait until it has it.

    Without a window manager nobody gives the window back its focus after a dialog.
    """
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def shown_window(qtbot: Any, workspace: Any, *, active: bool = True) -> Any:
    """A main window on ``workspace``, shown and, unless ``active`` is False, given the focus.

    pytest-qt closes it after the test; the test closes the workspace.
    """
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if active:
        activate(qtbot, window)
    return window


def close_cleanly(window: Any) -> None:
    """Revert every form with unsaved changes in ``window``, so that closing it does not ask.

    A test that leaves changes unsaved on purpose says so itself.
    """
    from ui.lists.list_page import RecordListPage

    for page in window.pages.values():
        if isinstance(page, RecordListPage) and page.form.is_dirty():
            page.form.revert()


def shown_list(qtbot: Any, window: Any, kind: str) -> Any:
    """Show ``kind``'s page and wait until its list has been read."""
    page = window.show_page(kind)
    settle(qtbot, window)
    return page
