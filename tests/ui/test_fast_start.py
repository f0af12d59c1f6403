"""The start: the window opens without the report libraries, and the day's backup follows it."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

from tests.ui.helpers import demo_copy

# Only a report or an export needs these; the start must not pay for them.
NOT_AT_START = (
    "alembic",  # a register that needs no upgrade opens without the migrations' library
    "reportlab",
    "openpyxl",
    "docx",
    "pypdfium2",
    "icalendar",
    "app.mapping",
    "ui.mapping.report_list",
    "ui.mapping.wizard",
    # The town page's own code comes with the first town page, not with the lists.
    "ui.town_page.page",
    "app.towns",
    # The start page is not a list: the lists' code comes with the first list.
    "ui.lists.list_page",
    "ui.lists.changelog_page",
    # The dialog of an unexpected error comes with the first such error.
    "ui.dialogs.error_dialog",
    # Opening the window parses no sub-command of the command line.
    "app.cli.export",
    "app.cli.import_cmd",
    "app.cli.server",
)

# The register's SQL code: the start page's reading thread loads it while the window
# paints; the window itself (the main thread) never waits for it before it shows.
LOADED_BY_THE_READER = ("sqlalchemy", "sqlalchemy.orm", "db.models", "app.services.store")
# Begun before Qt is loaded, on a thread of its own (app.early_check): the wait for the
# file's check is spent loading what the start page's reading needs first.
LOADED_AHEAD = ("sqlalchemy", "sqlalchemy.orm", "db.models")

# The program's own start (``vanort --database DB``), ended by a timer once the
# start page is filled; then the modules loaded are printed, one a line, and
# beforehand the thread each of the project's modules was first loaded on.
START_AND_LIST_MODULES = """
import gc
import sys
import threading
from PySide6.QtCore import QTimer
import ui.app as ui_app

class WhereLoaded:
    # Notes the thread each module is first looked for on; finds nothing itself.

    def find_spec(self, name, path=None, target=None):
        thread = threading.current_thread()
        print("LOADED", name, thread is threading.main_thread(), thread.name)
        return None

sys.meta_path.insert(0, WhereLoaded())

import ui.overview.page as overview_page

read_register = overview_page._read_register

def read_and_tell(workspace, today):
    # Whether the collector ran while the reading thread loaded and read (it should not).
    overview = read_register(workspace, today)
    print("READ_WHILE_COLLECTING", gc.isenabled(), flush=True)
    return overview

overview_page._read_register = read_and_tell

def poll():
    for widget in ui_app.QApplication.topLevelWidgets():
        pages = getattr(widget, "pages", None)
        page = pages.get("overview") if isinstance(pages, dict) else None
        if widget.isVisible() and page is not None and page.is_filled():
            ui_app.QApplication.quit()
            return
    QTimer.singleShot(10, poll)

ui_app.application()
QTimer.singleShot(0, poll)
from app.__main__ import main

status = main(["--database", sys.argv[1]])
print("STATUS", status)
print("COLLECTING", gc.isenabled(), gc.get_freeze_count() > 0)
for name in sorted(sys.modules):
    print("MODULE", name)
"""


def test_the_window_starts_without_the_report_libraries_and_backs_up_the_day(
    tmp_path: Path, vanort_home: Path
) -> None:
    """A fresh process, as the program starts: only the start page's modules are loaded."""
    database = demo_copy(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VANORT_HOME=str(vanort_home))
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", START_AND_LIST_MODULES, str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert "STATUS 0" in lines, done.stderr[-2000:]
    modules = [line.removeprefix("MODULE ") for line in lines if line.startswith("MODULE ")]
    assert "app.workspace" in modules  # the list is the real one
    loaded = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert loaded == []
    # The start page's reading code is loaded by its reader thread, while the window paints.
    on_main = {
        line.split()[1]: line.split()[2] == "True" for line in lines if line.startswith("LOADED ")
    }
    assert on_main["ui.overview.page"] is True
    assert on_main["app.overview.desk"] is False
    assert {name: on_main[name] for name in LOADED_BY_THE_READER} == dict.fromkeys(
        LOADED_BY_THE_READER, False
    )
    loaded_on = {line.split()[1]: line.split()[3] for line in lines if line.startswith("LOADED ")}
    assert {name: loaded_on[name] for name in LOADED_AHEAD} == dict.fromkeys(
        LOADED_AHEAD, "vanort-load"
    )
    # The collector, off for the start and while the start page is read, is on again once
    # it is filled, with the start's objects set aside.
    assert "READ_WHILE_COLLECTING False" in lines
    assert "COLLECTING True True" in lines
    # The day's backup was taken once the start page was filled, and finished before the end.
    from app.workspace import Workspace
    from app.workspace_files import list_backups

    workspace = Workspace.open_read_only(database)
    try:
        assert [b.reason for b in list_backups(workspace.database)] == ["daily"]
    finally:
        workspace.close()


def test_the_days_backup_is_taken_once_the_start_page_is_filled(qtbot: Any, tmp_path: Path) -> None:
    """The backup reads the whole file: it begins once the first view is filled, not before."""
    from app.workspace import Workspace
    from app.workspace_files import list_backups
    from ui.app import back_up_now, when_first_view_filled
    from ui.main_window import MainWindow
    from ui.navigation import OVERVIEW

    workspace = Workspace.open_in_window(demo_copy(tmp_path), daily_backup=False)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    try:
        assert list_backups(workspace.database) == []  # not on the start path
        window.show()
        start = window.pages[OVERVIEW]
        backups: list[threading.Thread] = []
        filled_when_begun: list[bool] = []

        def back_up() -> None:
            filled_when_begun.append(start.is_filled())
            back_up_now(workspace, backups)

        when_first_view_filled(window, back_up)
        qtbot.waitUntil(lambda: len(backups) == 1)
        backups[0].join()
        assert filled_when_begun == [True]
        assert [b.reason for b in list_backups(workspace.database)] == ["daily"]
    finally:
        window.close()
        workspace.close()


def test_a_backup_that_cannot_be_written_is_logged_in_one_sentence(
    qtbot: Any, tmp_path: Path, vanort_home: Path, caplog: Any
) -> None:
    from app import paths
    from app.workspace import Workspace
    from ui.app import back_up_now

    workspace = Workspace.open_in_window(demo_copy(tmp_path), daily_backup=False)
    # A file where the backups' folder should be: nothing can be written there.
    paths.backups_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.backups_dir().write_text("not a folder")
    try:
        backups: list[threading.Thread] = []
        with caplog.at_level(logging.WARNING):
            back_up_now(workspace, backups)
            assert len(backups) == 1
            backups[0].join()
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1
        assert warnings[0].startswith("no daily backup of ")
        assert "\n" not in warnings[0]
    finally:
        workspace.close()


def test_the_counts_beside_the_kinds_follow_the_start_page(qtbot: Any, tmp_path: Path) -> None:
    """Nothing counted holds back the start page; the counts come once it is filled."""
    from app.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.navigation import CHANGE_LOG, OVERVIEW

    workspace = Workspace.open(demo_copy(tmp_path))
    towns = len(workspace.get_many("town"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    try:
        window.show()
        start = window.pages[OVERVIEW]
        # Nothing is read beside the start page, not even the change log's count.
        counted_when_filled: list[object] = []
        start.filled.connect(
            lambda: counted_when_filled.append(
                (window.navigation.count_of("town"), window.navigation.count_of(CHANGE_LOG))
            )
        )
        qtbot.waitUntil(start.is_filled)
        assert counted_when_filled == [(None, None)]
        qtbot.waitUntil(lambda: window.navigation.count_of("town") == towns)
        assert window.current_key() == OVERVIEW
    finally:
        window.close()
        workspace.close()


# A fresh process: the interface's package loaded, then a module of the register that
# is not loaded yet; the source files read meanwhile (through linecache, as PySide6's
# feature scan reads them) are counted.
READS_AFTER_QT = """
import linecache
import sys

import ui  # noqa: F401

reads = []
read = linecache.updatecache

def counted(filename, *rest):
    reads.append(filename)
    return read(filename, *rest)

linecache.updatecache = counted
import app.overview  # noqa: F401

print("QT_LOADED", "PySide6.QtCore" in sys.modules)
print("SOURCES_READ", len(reads))
"""


def test_pyside_reads_no_source_file_of_the_modules_loaded_after_it() -> None:
    """PySide6's per-module feature scan is answered without reading ~450 files at start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", READS_AFTER_QT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert "QT_LOADED True" in lines, done.stderr[-2000:]
    assert "SOURCES_READ 0" in lines


def test_no_module_of_the_program_selects_a_pyside_feature() -> None:
    """The scan may be skipped only while no module opts into ``from __feature__ import``."""
    root = Path(__file__).resolve().parents[2]
    statement = re.compile(r"^\s*(from __feature__ import|import __feature__)", re.MULTILINE)
    selecting = [
        str(path.relative_to(root))
        for folder in ("app", "db", "ui")
        for path in (root / folder).rglob("*.py")
        if statement.search(path.read_text(encoding="utf-8"))
    ]
    assert selecting == []


class _Paints(QObject):
    """Notes, at each paint of a list, whether it had rows and whether the form was made."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.seen: list[tuple[bool, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append((self.page.model.rowCount() > 0, self.page.has_form()))
        return False


def test_a_list_is_painted_with_its_rows_before_its_form_is_made(
    qtbot: Any, tmp_path: Path
) -> None:
    """The form beside a list (a tenth of a second to make) waits for the list's first paint."""
    from app.workspace import Workspace
    from ui.main_window import MainWindow

    workspace = Workspace.open(demo_copy(tmp_path))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        page: Any = window.page("town")  # made, its list asked for; not shown yet
        paints = _Paints(page)
        page.table.viewport().installEventFilter(paints)
        window.show_page("town")
        qtbot.waitUntil(page.has_form)
        first_with_rows = next(made for rows, made in paints.seen if rows)
        assert first_with_rows is False
        assert page.form.isVisible()
    finally:
        window.close()
        workspace.close()


def test_the_todo_count_after_the_start_page_is_the_start_pages_own(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The start page was made from the day's to-do list: its count is shown, no rule asked again."""
    from datetime import date

    import app.todo
    from app.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.navigation import OVERVIEW, TODO

    workspace = Workspace.open(demo_copy(tmp_path))
    expected = len(app.todo.todo_items(workspace.database, date.today()))
    assert expected > 0
    asked: list[date] = []
    every_rule = app.todo.todo_items

    def counted_by_the_rules(database: Any, today: date) -> list[Any]:
        asked.append(today)
        return every_rule(database, today)

    monkeypatch.setattr(app.todo, "todo_items", counted_by_the_rules)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(window.pages[OVERVIEW].is_filled)
        # The first counts (the kinds, the change log) follow the filled page.
        qtbot.waitUntil(lambda: window.navigation.count_of("town") is not None)
        assert window.navigation.count_of(TODO) == expected
        assert not window.counts.todo_count_pending()
        assert asked == []
    finally:
        window.close()
        workspace.close()


def test_no_module_of_the_register_imports_names_from_its_own_package() -> None:
    """Two threads load the register's code at start (the window's, and the loading thread
    begun before it, app.early_check). A module that imports a name from a package it
    belongs to, while another thread runs that package's ``__init__``, could wait for a
    thread that waits for it; packages import their own modules, never the other way."""
    import ast

    root = Path(__file__).resolve().parents[2]
    packages = {
        ".".join(path.parent.relative_to(root).parts): path.parent
        for folder in ("app", "db")
        for path in (root / folder).rglob("__init__.py")
    }
    # The command line's runner is loaded before either thread begins.
    allowed = {("app.cli.runner", "app.cli")}
    found = []
    for folder in ("app", "db"):
        for path in (root / folder).rglob("*.py"):
            if path.name == "__init__.py":
                continue
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if not isinstance(node, ast.ImportFrom) or node.module not in packages:
                    continue
                if not name.startswith(node.module + ".") or (name, node.module) in allowed:
                    continue
                folder_of = packages[node.module]
                names = [
                    alias.name
                    for alias in node.names
                    if not (folder_of / f"{alias.name}.py").exists()
                    and not (folder_of / alias.name / "__init__.py").exists()
                ]
                if names:
                    found.append(f"{name}: from {node.module} import {', '.join(names)}")
    assert found == []
