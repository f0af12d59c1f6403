"""At 1280×720 every form fits its width: no sideways scrolling, every Add button in view.

And the window, its splitters and a list's columns come back as the user left them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (  # noqa: F401 (autouse fixture)
    close_cleanly,
    demo_copy,
    english_interface,
    list_read,
    type_text,
)
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.kinds import KINDS
from app.workspace import Workspace
from ui.forms.record_form import RecordForm
from ui.lists.column_widths import fitted_widths
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow

SCREEN = (1280, 720)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """Opens main windows on one copy of the demo at 1280×720; closes them afterwards."""
    database = demo_copy(tmp_path)
    opened: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(Workspace.open(database))
        qtbot.addWidget(window, before_close_func=close_cleanly)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        close_cleanly(window)
        window.close()
        window.workspace.close()


def _at_1280(qtbot: Any, window: MainWindow) -> None:
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.size().width() == SCREEN[0])


def _visible_in(widget: QWidget, area: QWidget) -> bool:
    """True when ``widget`` lies wholly inside ``area``'s rectangle, left to right."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    shown = QRect(top_left, widget.size())
    return shown.left() >= 0 and shown.right() <= area.width()


def _add_buttons(form: RecordForm) -> list[QPushButton]:
    return [
        b
        for b in form.details.findChildren(QPushButton)
        if b.text().replace("&", "") in ("Add", "Lägg till")
    ]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_form_fits_1280_by_720_without_sideways_scrolling(
    qtbot: Any, open_window: Any, kind: str
) -> None:
    """Each kind's form beside its list: no horizontal scroll bar, its Add buttons in view."""
    window = open_window()
    _at_1280(qtbot, window)
    page = window.show_page(kind)
    if not isinstance(page, RecordListPage):
        pytest.skip(f"{kind} has no list page")
    list_read(page)
    page.select_first()
    form = page.form
    area = form.scroll_area
    bar = area.horizontalScrollBar()

    # Layouts settle from the event loop; a bar still shown after that is a real one.
    def fits() -> bool:
        width = area.viewport().width()
        return width > 0 and not bar.isVisible() and form.details.width() <= width

    qtbot.waitUntil(fits, timeout=3000)
    for button in _add_buttons(form):
        assert _visible_in(button, area.viewport()), f"{kind}: {button.text()} is cut off"


def test_the_twinning_form_wraps_to_one_column_and_back(qtbot: Any, open_window: Any) -> None:
    """Dragging the form narrow puts its pairs one to a line; wide again, they pair up."""
    window = open_window()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    page = window.show_page("twinning")
    assert isinstance(page, RecordListPage)
    list_read(page)
    page.select_first()
    form = page.form
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 900, 900])
    qtbot.waitUntil(lambda: not form.is_narrow())
    start = form.editor("start_date")
    end = form.editor("end_date")
    assert start.y() == end.y()  # side by side
    page.splitter.setSizes([total - 360, 360])
    qtbot.waitUntil(form.is_narrow)
    qtbot.waitUntil(lambda: end.y() > start.y())
    assert not form.scroll_area.horizontalScrollBar().isVisible()
    # The fields keep working as before: type a date into the one now under the other.
    end.focus_widget().setFocus()
    qtbot.waitUntil(end.focus_widget().hasFocus)
    type_text(qtbot, end.focus_widget(), "1990")
    assert form.is_dirty()
    page.splitter.setSizes([total - 900, 900])
    qtbot.waitUntil(lambda: not form.is_narrow())
    qtbot.waitUntil(lambda: start.y() == end.y())


def test_list_columns_fit_with_names_whole(qtbot: Any, open_window: Any) -> None:
    """The twinning list at 1280×720: no column wider than needed, the home town not cut."""
    window = open_window()
    _at_1280(qtbot, window)
    page = window.show_page("twinning")
    assert isinstance(page, RecordListPage)
    list_read(page)
    table = page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    widths = [header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    # The last column stretches into what is left; the others fill no more than the list.
    assert sum(widths[:-1]) < table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    column = next(
        c
        for c in range(page.model.columnCount())
        if any(page.model.index(r, c).data() == "Vänersborg" for r in range(page.model.rowCount()))
    )
    needed = table.fontMetrics().horizontalAdvance("Vänersborg")
    assert header.sectionSize(column) > needed


def test_fitted_widths_give_contents_room_before_titles() -> None:
    """Short contents whole, the longest cut first; titles get only what is left over."""
    # Contents too wide: the two long ones are cut to a common width, the short kept.
    assert fitted_widths([100, 80, 300, 400], [60, 60, 60, 60], 600) == [100, 80, 210, 210]
    # Room enough: titles wider than their contents grow into what is left.
    assert fitted_widths([100, 60], [80, 160], 300) == [100, 160]
    # Room for part of the titles only: the smaller wish is met, the rest shared.
    assert fitted_widths([100, 60, 60], [80, 160, 200], 400) == [100, 150, 150]
    # An empty column keeps room for the start of its title and the sort arrow.
    assert fitted_widths([0, 200], [120, 50], 244) == [44, 200]
    # Too narrow for anything sensible: long names keep a least width, the list scrolls.
    assert fitted_widths([300, 300], [50, 50], 100) == [90, 90]


def test_splitters_and_columns_come_back_after_reopening(qtbot: Any, open_window: Any) -> None:
    """Drag the splitters, widen a column, close: reopened, all as she left them."""
    window = open_window()
    _at_1280(qtbot, window)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    list_read(page)
    window.splitter.setSizes([260, 1020])
    page.splitter.setSizes([600, 414])
    header = page.table.horizontalHeader()
    header.resizeSection(0, 170)
    main_sizes = window.splitter.sizes()
    page_sizes = page.splitter.sizes()
    assert window.close()

    again = open_window()
    _at_1280(qtbot, again)
    assert again.splitter.sizes() == main_sizes
    town_page = again.show_page("town")
    assert isinstance(town_page, RecordListPage)
    list_read(town_page)
    qtbot.waitUntil(lambda: town_page.splitter.sizes() == page_sizes)
    assert town_page.table.horizontalHeader().sectionSize(0) == 170


# The offscreen screen is 800×600 unless configured, and Qt keeps a restored window
# on its screen: the window's own size is checked on a screen of a laptop's size.
WINDOW_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.workspace import Workspace
from ui.app import application
from ui.main_window import MainWindow
app = application()
window = MainWindow(Workspace.open(Path(sys.argv[1])))
window.show()
QApplication.processEvents()
if sys.argv[2] == "resize":
    window.resize(1100, 650)
    QApplication.processEvents()
print(window.width(), window.height())
window.close()
window.workspace.close()
"""


def test_the_window_size_comes_back_after_reopening(tmp_path: Path, vanort_home: Path) -> None:
    """Make the window 1100×650 and close it: the next start opens it at 1100×650."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,'
        ' "logicalDpi": 96}]}'
    )
    database = demo_copy(tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "VANORT_HOME": str(vanort_home),
        "PYTHONPATH": str(ROOT),
    }

    def run(action: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", WINDOW_SCRIPT, str(database), action],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split()[-2] + "x" + done.stdout.split()[-1]

    first = run("keep")
    assert first != "1100x650"
    assert run("resize") == "1100x650"
    assert run("keep") == "1100x650"


def test_a_column_sized_by_hand_stays_when_the_list_is_resized(
    qtbot: Any, open_window: Any
) -> None:
    """Once she has sized a column, widening the list does not size it back."""
    window = open_window()
    _at_1280(qtbot, window)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    list_read(page)
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: page.table.viewport().width() > 300)
    header.resizeSection(0, 150)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 340, 340])
    qtbot.waitUntil(lambda: page.splitter.sizes()[1] <= 345)
    assert header.sectionSize(0) == 150


def test_a_long_heading_is_shown_whole_at_1280_by_720(qtbot: Any, open_window: Any) -> None:
    """The demo's trip "Planeringsseminarium för vänortskedjan i Husby (Sydslesvig)": its form's
    heading shows the whole title (on two lines if need be), not a title cut at the edge."""
    window = open_window()
    _at_1280(qtbot, window)
    page = window.show_page("trip")
    assert isinstance(page, RecordListPage)
    list_read(page)
    page.select_first()
    heading = page.form.heading
    qtbot.waitUntil(lambda: "Husby (Sydslesvig)" in heading.text())

    def whole() -> bool:
        needed = heading.fontMetrics().boundingRect(
            QRect(0, 0, heading.width(), 10_000), Qt.TextFlag.TextWordWrap, heading.text()
        )
        return needed.height() <= heading.height() and needed.width() <= heading.width()

    qtbot.waitUntil(whole, timeout=3000)
