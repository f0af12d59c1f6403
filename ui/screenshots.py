"""``python -m ui.screenshots [--size WxH] OUTDIR``: the window on every page and form, as PNG.

Builds the demo database in a temporary folder, shows the window in Swedish at
1280×720 (the smallest screen it must fit, as the window is looked at under
Xvfb; ``--size 1600x1000`` for another) and writes one picture per
page (the start page "Översikt" first, each record kind with its first record
in the form), one per form in its "new" state, the town pages of Holmestrand
and Lich, and the start page of a new database, which says what to add first.
Everything the program writes meanwhile goes to the temporary folder, so
the user's own settings and databases are never touched.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

SCREEN = (1280, 720)
"""The window's size in the pictures unless ``--size`` says otherwise."""
TOWN_PAGES = ("Holmestrand", "Lich")
"""Twin towns whose page is pictured: a long history with chain meetings, and a young one."""


def _settle() -> None:
    # Layouts and deferred resizes run from the event loop; a picture taken
    # before they ran would show half-built widgets.
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _show_town_page(window: Any, name: str) -> None:
    """Open the town page of ``name`` and wait (at most 30 s) until its timeline is drawn."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.town_page import TownPage

    (town_id,) = [t.id for t in window.workspace.get_many("town") if t.name == name]
    window.open_town_page(town_id)
    page = window.stack.currentWidget()
    assert isinstance(page, TownPage)
    if page.timeline_view.timeline() is None:
        loop = QEventLoop()
        page.timeline_ready.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
    _settle()


def _wait_filled(page: object, seconds: float = 60.0) -> None:
    # The start page reads on a worker thread; its picture waits for the sections.
    import time

    from PySide6.QtWidgets import QApplication

    filled = getattr(page, "is_filled", None)
    deadline = time.monotonic() + seconds
    while filled is not None and not filled() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def take(outdir: Path, language: str = "sv", size: tuple[int, int] = SCREEN) -> list[Path]:
    """Write the screenshots into ``outdir`` with the window at ``size``; the files written."""
    from app.demo import write_demo
    from app.services.kinds import KINDS
    from app.workspace import Workspace
    from ui.app import application
    from ui.lists.list_page import RecordListPage
    from ui.main_window import MainWindow
    from ui.navigation import ENTRIES
    from ui.translations import apply_language

    outdir.mkdir(parents=True, exist_ok=True)
    application()
    apply_language(language)
    with tempfile.TemporaryDirectory(prefix="vanort-screenshots-") as folder:
        database = Path(folder) / "demo.sqlite3"
        write_demo(database)
        workspace = Workspace.open(database)
        window = MainWindow(workspace)
        window.resize(*size)
        window.show()
        written: list[Path] = []
        try:
            for number, (key, _level) in enumerate(ENTRIES, start=1):
                page = window.show_page(key)
                _wait_filled(page)
                page.select_first()
                _settle()
                target = outdir / f"main-{number:02d}-{key}.png"
                window.grab().save(str(target))
                written.append(target)
            for kind in KINDS:
                page = window.show_page(kind)
                assert isinstance(page, RecordListPage)
                page.new_record()
                _settle()
                target = outdir / f"form-{kind}-new.png"
                page.form.grab().save(str(target))
                written.append(target)
            for name in TOWN_PAGES:
                target = outdir / f"town-{name.lower()}.png"
                _show_town_page(window, name)
                window.grab().save(str(target))
                written.append(target)
            written += _dialogs(window, outdir)
            written.append(_search_everywhere(window, outdir / "search-everywhere.png"))
        finally:
            window.close()
            workspace.close()
        written.append(_new_database_overview(Path(folder) / "ny.sqlite3", outdir, size))
    return written


def _new_database_overview(database: Path, outdir: Path, size: tuple[int, int]) -> Path:
    """The start page of a register just created: each section says what to add."""
    from app.workspace import Workspace
    from ui.main_window import MainWindow

    workspace = Workspace.create(database, municipality="Exempelby kommun")
    window = MainWindow(workspace)
    window.resize(*size)
    window.show()
    try:
        page = window.show_page("overview")
        _wait_filled(page)
        page.select_first()
        _settle()
        target = outdir / "overview-new-database.png"
        window.grab().save(str(target))
    finally:
        window.close()
        workspace.close()
    return target


def _dialogs(window: Any, outdir: Path) -> list[Path]:
    """The first start (whose register it is) and the handbook, as a new user meets them."""
    from ui.dialogs.first_start import FirstStartDialog

    first_start = FirstStartDialog(window)
    first_start.show()
    first_start.choose_new()
    _settle()
    targets = [outdir / "first-start.png", outdir / "handbook.png"]
    first_start.grab().save(str(targets[0]))
    first_start.close()
    window.show_handbook()
    _settle()
    window.handbook_window.grab().save(str(targets[1]))
    window.handbook_window.close()
    return targets


def _search_everywhere(window: Any, target: Path) -> Path:
    """Ctrl+K with "holm" typed, drawn over the window where it opens."""
    from PySide6.QtGui import QPainter

    from ui.search import open_search

    window.show_page("town")
    popup = open_search(window, window.workspace, window.open_record, worker=window.db_worker)
    popup.field.setText("holm")
    popup.run_search()
    if popup.is_searching():  # the answer comes from the window's database worker
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        popup.results_shown.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
    _settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(popup.pos() - window.pos(), popup.grab())
    painter.end()
    picture.save(str(target))
    popup.close()
    return target


def screen_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` as (1600, 1000); a size the window cannot take raises ValueError."""
    found = re.fullmatch(r"\s*(\d{3,5})\s*[x×]\s*(\d{3,5})\s*", text)
    if found is None:
        raise ValueError(f"{text!r} is no size such as 1280x720")
    from ui.main_window import MINIMUM_SIZE

    width, height = int(found.group(1)), int(found.group(2))
    if width < MINIMUM_SIZE[0] or height < MINIMUM_SIZE[1]:
        least = f"{MINIMUM_SIZE[0]}x{MINIMUM_SIZE[1]}"
        raise ValueError(f"{text!r} is smaller than the window's least size, {least}")
    return width, height


def main(argv: Sequence[str] | None = None) -> int:
    """The command: take the screenshots into the folder given, print what was written."""
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path, help="the folder the pictures are written to")
    parser.add_argument(
        "--size",
        default=f"{SCREEN[0]}x{SCREEN[1]}",
        help="the window's size, WIDTHxHEIGHT (default %(default)s)",
    )
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        size = screen_size(args.size)
    except ValueError as error:
        print(f"python -m ui.screenshots: {error}.", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="vanort-home-") as home:
        # Settings, logs and backups of this run stay in a throwaway folder.
        os.environ["VANORT_HOME"] = home
        for path in take(args.outdir, size=size):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
