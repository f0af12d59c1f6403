"""Fixtures of the window tests: the demo register, windows, dialogs and forms, closed cleanly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from form_helpers import MakeForm, form_maker, home_and_twin
from helpers import activate, close_cleanly, demo_copy, stop_looking_for_dialogs


@pytest.fixture(autouse=True)
def no_dialog_wait_outlives_its_test() -> Iterator[None]:
    """A test's waits for a dialog end with it, so none answers a later test's dialog."""
    yield
    stop_looking_for_dialogs()


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[Callable[[Any], Any]]:
    """Opens a main window on a workspace, shown and active; closes both afterwards."""
    from ui.main_window import MainWindow

    opened: list[MainWindow] = []

    def make(workspace: Any) -> MainWindow:
        window = MainWindow(workspace)
        # pytest-qt closes its widgets before fixtures end: revert first, or closing asks.
        qtbot.addWidget(window, before_close_func=close_cleanly)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        close_cleanly(window)
        window.close()
        window.workspace.close()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Any]:
    """The demo register, open on a fresh copy; closed afterwards."""
    from app.workspace import Workspace

    ws = Workspace.open(demo_copy(tmp_path))
    yield ws
    ws.close()


@pytest.fixture
def reports(qtbot: Any, demo: Any) -> Iterator[Any]:
    """The mapping reports dialog on the demo, shown; its wizard closed afterwards."""
    from ui.mapping import MappingReportsDialog

    dialog = MappingReportsDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.wizard is not None:
        dialog.wizard.close()


@pytest.fixture
def make_form(qtbot: Any, workspace: Any) -> MakeForm:
    """A maker of shown record forms on the test's empty register."""
    return form_maker(qtbot, workspace)


@pytest.fixture
def towns(workspace: Any) -> dict[str, Any]:
    """Vänersborg (home) and Põltsamaa twinned in the test's register."""
    return home_and_twin(workspace)
