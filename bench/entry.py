"""Child processes of the start and memory measures: the program, or a bare PySide6 window.

``python -m bench.entry app DB`` starts the program exactly as ``python -m app
--database DB`` does, with one addition: a timer that watches for the main
window with the twin-town list filled. The program opens on its start page,
so the timer goes on to the town page once the start page is up, as a user
would. ``python -m bench.entry overview DB`` stops at the start page
"Översikt" with its sections filled. ``python -m bench.entry floor DB`` is the
floor: a bare window with a table of the same town rows read with ``sqlite3``;
``python -m bench.entry orm DB`` the same bare window with the rows read
through SQLAlchemy's ORM and the register's models, the least any window
pays whose first view is read by the register's code.

Both print ``READY <time.time()>`` once the list is on screen and then quit;
on the way out they print ``PEAK_KIB <peak resident memory>``. The parent takes the
time before it starts the process, so the figure covers interpreter start,
imports, opening the database and the first paint.

This module imports nothing at its top beyond the standard library, so the
floor pays for no more than the bare libraries.
"""

from __future__ import annotations

import resource
import sys
import time
from typing import Any

POLL_MS = 2


def _report_ready() -> None:
    print(f"READY {time.time():.6f}", flush=True)


def peak_kib() -> int:
    """This process's peak resident memory in KiB.

    Linux keeps ``ru_maxrss`` across exec, so a child forked from a big parent
    (the benchmark, holding the Europe database) would report the parent's
    size; ``VmHWM`` belongs to the process's own memory map since its exec.
    Elsewhere ``ru_maxrss`` is all there is.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


def _report_peak() -> None:
    print(f"PEAK_KIB {peak_kib()}", flush=True)


def _town_list_shown(app: Any) -> bool:
    """True when a visible main window shows its town page with rows in the list."""
    for widget in app.topLevelWidgets():
        pages = getattr(widget, "pages", None)
        if not widget.isVisible() or not isinstance(pages, dict):
            continue
        page = pages.get("town")
        if page is None or not page.isVisible():
            continue
        if page.model.rowCount() > 0:
            return True
    return False


def _main_window(app: Any) -> Any:
    """The visible main window, or None before it is shown."""
    for widget in app.topLevelWidgets():
        if widget.isVisible() and isinstance(getattr(widget, "pages", None), dict):
            return widget
    return None


def overview_shown(app: Any) -> bool:
    """True when the visible main window shows its start page with every section filled."""
    window = _main_window(app)
    page = window.pages.get("overview") if window is not None else None
    if page is None or not page.isVisible():
        return False
    tree = page.tree
    sections = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return bool(sections) and all(section.childCount() > 0 for section in sections)


def _to_town_list(app: Any) -> bool:
    """The town list shown; from the start page the town page is chosen, as a user would."""
    if _town_list_shown(app):
        return True
    window = _main_window(app)
    if window is not None and overview_shown(app):
        window.navigation.select("town")
    return False


def run_program(database: str, ready: str = "town") -> int:
    """The program's own start (``app.__main__.main``), watched by a timer.

    ``ready`` is "town" (the town list shown) or "overview" (the start page filled).
    """
    # ui.app is what ``vanort`` imports to open its window; importing it here
    # first only moves that import earlier, so the hook can be put in place.
    from PySide6.QtCore import QTimer

    import ui.app as ui_app

    make_application = ui_app.application

    def application() -> Any:
        app = make_application()

        shown = overview_shown if ready == "overview" else _to_town_list

        def poll() -> None:
            if shown(app):
                app.processEvents()  # the first paint of the window and its list
                _report_ready()
                app.quit()
                return
            QTimer.singleShot(POLL_MS, poll)

        QTimer.singleShot(0, poll)
        return app

    ui_app.application = application  # type: ignore[assignment]
    from app.__main__ import main

    status = main(["--database", database])
    _report_peak()
    return status


def _rows_with_sqlite(database: str) -> list[Any]:
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = connection.execute(
        "SELECT name, kind, country, region, population FROM towns ORDER BY name"
    ).fetchall()
    connection.close()
    return rows


def _rows_with_models(database: str) -> list[Any]:
    """The floor's rows read as the register reads: an engine, a session, the Town model."""
    from pathlib import Path

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from db import models as m
    from db.engine import sqlite_engine

    engine = sqlite_engine(Path(database), read_only=True)
    with Session(engine) as session:
        towns = session.scalars(select(m.Town).order_by(m.Town.name))
        rows = [(t.name, t.kind, t.country, t.region, t.population) for t in towns]
    engine.dispose()
    return rows


def run_floor(database: str, *, through_models: bool = False) -> int:
    """A bare window: a QTableView on a QAbstractTableModel of the town rows.

    The rows are read with sqlite3, or with ``through_models`` by SQLAlchemy's
    ORM and the register's models (the ORM floor).
    """
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    rows = _rows_with_models(database) if through_models else _rows_with_sqlite(database)

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = rows[index.row()][index.column()]
            return "" if value is None else str(value)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    model = Model(view)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()

    def poll() -> None:
        if window.isVisible() and model.rowCount() > 0:
            app.processEvents()
            _report_ready()
            app.quit()
            return
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    status = app.exec()
    _report_peak()
    return int(status)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("app", "overview", "floor", "orm"):
        print("usage: python -m bench.entry app|overview|floor|orm DATABASE", file=sys.stderr)
        return 2
    mode, database = argv
    if mode in ("floor", "orm"):
        return run_floor(database, through_models=mode == "orm")
    return run_program(database, "overview" if mode == "overview" else "town")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
