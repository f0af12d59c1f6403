"""``vanort --self-test``: prove that this installation is complete, without touching the user.

A built package can look fine and still lack a font, a migration script, a Qt
plugin or a translation; each of those only shows when that part is used. The
self-test uses every one of them once, the way the program does:

1. works in a new temporary folder (``VANORT_HOME`` points there, so the
   user's databases, settings, backups and logs are never touched);
2. finds the shipped resources (fonts with their licences, maps, country
   data, translations);
3. creates a database, which applies the Alembic migrations from their
   script files;
4. writes the Vänersborg demo register;
5. builds the register report (vänortsregister) of the demo, renders it as
   PDF and as Excel and reads both back;
6. runs SQLite's integrity and foreign-key checks on the demo file;
7. starts the program's window on the demo through the same launcher as
   ``vanort`` and checks that it shows on the screen, in Swedish, with Qt's
   own Swedish catalogue loaded, then closes it.

The window step loads the real platform plugin (qwindows on Windows, xcb or
wayland on Linux), because a missing or broken one is exactly what would
otherwise show up only on the coordinator's screen. Without a screen (a Linux
build machine) it runs under Xvfb; ``--offscreen`` uses Qt's offscreen
platform instead, and only when asked for.

Each step prints one line, ``OK`` or ``FAIL``, with what it found; the exit
status is 0 only when every step passed. The lines are English on purpose:
they are read by whoever builds or supports the installation, and the same
words on every machine make two reports easy to compare.

app/ must not import Qt widgets or ui/ (the layer rule), so the window step
goes through :func:`app.cli.window.open_window`, the launcher's one sanctioned
way in, and watches the window with QtCore alone.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.reports import ReportDocument

SELF_TEST_OPTION = "--self-test"
OFFSCREEN_OPTION = "--offscreen"
"""With ``--self-test``: open the window on Qt's offscreen platform instead of the screen."""

# Qt platforms that show nothing on a screen: a window there proves no platform plugin.
SCREENLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc"})

REPORT_FILE_NAME = "vanort-self-test.txt"
"""Where the report goes when there is no console (a windowed Windows build): the temp folder."""

WINDOW_TIMEOUT_SECONDS = 60.0
"""How long the window may take to appear before the step fails."""

# Files the program loads at run time; a missing one means an incomplete package.
REQUIRED_RESOURCES = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DroidSansFallback.ttf",
    "fonts/LICENSE-DejaVu.txt",
    "fonts/LICENSE-DroidSansFallback.txt",
    "maps/country_outlines.json",
    "data/countries.csv",
    "translations/vanort_sv.ts",
    "translations/vanort_sv.qm",
)

# Known Swedish translations: (context, English, Swedish). Ours come from
# vanort_sv.qm, Qt's standard button text from Qt's own qtbase_sv.qm.
OUR_SWEDISH = ("MainWindow", "&File", "&Arkiv")
QT_SWEDISH = ("QPlatformTheme", "Cancel", "Avbryt")
SERVICE_SWEDISH = ("Reports", "Twin town register", "Vänortsregister")

# A town of the demo that every report of it must name.
DEMO_TOWN = "Herning"
# Text only the CJK fallback font can draw, so the PDF must embed it.
CJK_SAMPLE = "Esashi 江差町"

_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b")
_COUNT = re.compile(rb"/Count\s+(\d+)")
_BASE_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9_.-]+)")


class StepFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class SelfTest:
    """The report: one line per step as it runs, and whether all went well."""

    out: TextIO
    results: list[tuple[str, bool]] = field(default_factory=list)

    def line(self, text: str) -> None:
        """Print one line of the report at once (a hang later must not hide it)."""
        try:
            print(text, file=self.out, flush=True)
        except UnicodeEncodeError:  # a console in a narrow code page
            print(text.encode("ascii", "backslashreplace").decode("ascii"), file=self.out)

    def step(self, name: str, check: Callable[[], str]) -> bool:
        """Run ``check``; it returns what it found or raises. Prints OK or FAIL."""
        try:
            found = check()
        except Exception as error:
            self.record(name, False, _reason(error))
            for text in traceback.format_exception(error):
                for piece in text.rstrip("\n").splitlines():
                    self.line(f"       {piece}")
            return False
        self.record(name, True, found)
        return True

    def record(self, name: str, ok: bool, detail: str) -> None:
        """Note the outcome of a step and print its line."""
        self.results.append((name, ok))
        self.line(f"{'OK  ' if ok else 'FAIL'} {name}: {detail}")

    @property
    def passed(self) -> bool:
        """True when steps ran and none failed."""
        return bool(self.results) and all(ok for _name, ok in self.results)


def _reason(error: BaseException) -> str:
    # One line; the traceback under it has the rest (an SQL error runs to many).
    text = str(error).strip().split("\n", 1)[0]
    if isinstance(error, StepFailed):
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run_self_test(out: TextIO | None = None, *, offscreen: bool = False) -> int:
    """Run every step, print the report to ``out`` (default: standard output); 0 if all passed.

    The window opens on the real screen unless ``offscreen`` asks for Qt's
    offscreen platform.
    """
    with _report_stream(out) as stream:
        test = SelfTest(stream)
        test.line("Vänort self-test")
        with _isolated(offscreen=offscreen) as folder:
            test.record("Temporary folder", True, f"{folder}, VANORT_HOME inside it")
            _run_steps(test, folder, offscreen=offscreen)
        failed = sum(1 for _name, ok in test.results if not ok)
        if test.passed:
            test.line(f"Self-test passed: all {len(test.results)} steps OK.")
            return 0
        test.line(f"Self-test FAILED: {failed} of {len(test.results)} steps failed.")
        return 1


@contextlib.contextmanager
def _report_stream(out: TextIO | None) -> Iterator[TextIO]:
    if out is not None:
        yield out
        return
    if sys.stdout is not None:
        if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
            # Caught in a file (the Windows build script does): UTF-8, not the
            # ANSI code page Windows would pick, so every name survives.
            sys.stdout.reconfigure(encoding="utf-8", errors="replace")
        yield sys.stdout
        return
    # A windowed build on Windows has no standard output at all.
    with open(Path(tempfile.gettempdir()) / REPORT_FILE_NAME, "w", encoding="utf-8") as file:
        yield file


@contextlib.contextmanager
def _isolated(*, offscreen: bool) -> Iterator[Path]:
    """A temporary VANORT_HOME and the Qt platform to test, undone afterwards."""
    saved = {name: os.environ.get(name) for name in ("VANORT_HOME", "QT_QPA_PLATFORM")}
    # Windows keeps a closed SQLite file locked for a moment at times; an
    # undeletable temporary file must not fail a test that passed.
    with tempfile.TemporaryDirectory(
        prefix="vanort-self-test-", ignore_cleanup_errors=True
    ) as name:
        folder = Path(name)
        os.environ["VANORT_HOME"] = str(folder / "home")
        # Before any Qt import. Asked for, the offscreen platform; otherwise
        # the real one, even when the environment names a screenless one.
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        elif os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in SCREENLESS_PLATFORMS:
            del os.environ["QT_QPA_PLATFORM"]
        from app.logging_setup import flush_logging, setup_logging

        setup_logging()  # records go to the temporary folder too
        try:
            yield folder
        finally:
            flush_logging()
            for variable, value in saved.items():
                if value is None:
                    os.environ.pop(variable, None)
                else:
                    os.environ[variable] = value
            setup_logging()  # the log file follows VANORT_HOME back


def _run_steps(test: SelfTest, folder: Path, *, offscreen: bool) -> None:
    from app import i18n

    language = i18n.current_language()
    i18n.set_language("sv")
    try:
        test.step("Shipped resources", _check_resources)
        test.step("PDF speed-ups (_rl_accel)", _check_rl_accel)
        test.step("Swedish messages (vanort_sv.ts)", _check_service_swedish)
        test.step("New database, migrations applied", lambda: _check_new_database(folder))
        demo = folder / "demo.sqlite3"
        if not test.step("Demo data written", lambda: _write_demo(demo)):
            test.record("Reports and window", False, "skipped: there is no demo database")
            return
        document: list[ReportDocument] = []
        test.step("Register report built from the demo", lambda: _build_document(demo, document))
        if document:
            pdf, xlsx = folder / "self-test.pdf", folder / "self-test.xlsx"
            test.step("PDF report", lambda: _check_pdf(document[0], pdf))
            test.step("Excel report", lambda: _check_xlsx(document[0], xlsx))
            docx = folder / "self-test.docx"
            test.step("Word report", lambda: _check_docx(document[0], docx))
        test.step("Integrity check", lambda: _check_integrity(demo))
        _check_window(test, demo, offscreen=offscreen)
    finally:
        i18n.set_language(language)


# --- the steps ------------------------------------------------------------------------------


def _check_resources() -> str:
    from app.resource_paths import resources_dir

    root = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if missing:
        raise StepFailed(f"missing in {root}: {', '.join(missing)}")
    return f"{len(REQUIRED_RESOURCES)} files in {root}"


def _check_rl_accel() -> str:
    from reportlab.lib import rl_accel

    # reportlab quietly falls back to pure Python when _rl_accel is missing.
    fallbacks = sorted(getattr(rl_accel, "_py_funcs", {}))
    if fallbacks:
        raise StepFailed(f"pure-Python fallbacks in use for {', '.join(fallbacks)}")
    return f"{len(getattr(rl_accel, '_c_funcs', {}))} functions from the C extension"


def _check_service_swedish() -> str:
    from app.i18n import translate

    context, english, swedish = SERVICE_SWEDISH
    found = translate(context, english)
    if found != swedish:
        raise StepFailed(f"{english!r} came out as {found!r}, expected {swedish!r}")
    return f"{english!r} -> {found!r}"


def _check_new_database(folder: Path) -> str:
    from app.workspace import Workspace
    from db.migrate import known_revisions
    from db.schema import inspect_sqlite_file

    path = folder / "new.sqlite3"
    Workspace.create(path, municipality="Självtestkommun").close()
    state = inspect_sqlite_file(path)
    if state.revision is None or state.needs_upgrade:
        raise StepFailed(f"schema revision {state.revision}, expected {state.head}")
    count = len(known_revisions())
    return f"revision {state.revision} (head), {count} migration script(s)"


def _write_demo(path: Path) -> str:
    from app.demo import write_demo
    from app.services import records as r
    from app.workspace import Workspace

    write_demo(path)
    workspace = Workspace.open(path)
    try:
        names = {town.name for town in workspace.get_many(r.Town)}
        twinnings = len(workspace.get_many(r.Twinning))
    finally:
        workspace.close()
    if DEMO_TOWN not in names:
        raise StepFailed(f"the demo has no town {DEMO_TOWN}")
    return f"{len(names)} towns, {twinnings} twinnings"


def _build_document(path: Path, found: list[ReportDocument]) -> str:
    import dataclasses

    from app.reports import Paragraph
    from app.reports.builders.register import build_register
    from app.workspace import Workspace

    workspace = Workspace.open(path)
    try:
        document = build_register(workspace.database)
    finally:
        workspace.close()
    # One line only the fallback font can draw, so the PDF must embed that font too.
    document = dataclasses.replace(document, body=[*document.body, Paragraph(CJK_SAMPLE)])
    found.append(document)
    return f"{document.title!r}, {len(document.body)} parts"


def _check_pdf(document: ReportDocument, path: Path) -> str:
    from app.reports import render_pdf

    render_pdf(document, path)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed("the file does not start with %PDF-")
    if not data.rstrip().endswith(b"%%EOF"):
        raise StepFailed("the file does not end with %%EOF (cut short?)")
    pages = len(_PAGE.findall(data))
    counts = _page_tree_counts(data)
    if pages == 0 or not counts or max(counts) != pages:
        raise StepFailed(f"{pages} page objects, page tree counts {counts}")
    fonts = {name.decode("ascii") for name in _BASE_FONT.findall(data)}
    for wanted in ("DejaVuSans", "DroidSansFallback"):
        if not any(wanted in font for font in fonts):
            raise StepFailed(f"font {wanted} is not embedded (fonts: {sorted(fonts)})")
    return f"{pages} pages, {len(data) // 1024} kB, fonts {', '.join(sorted(fonts))}"


def _page_tree_counts(data: bytes) -> list[int]:
    """The /Count of every page tree node: each is read inside its own object."""
    counts = []
    for node in _PAGE_TREE.finditer(data):
        start = data.rfind(b" obj", 0, node.start())
        end = data.find(b"endobj", node.end())
        found = _COUNT.search(data, max(start, 0), end if end >= 0 else len(data))
        if found:
            counts.append(int(found.group(1)))
    return counts


def _check_xlsx(document: ReportDocument, path: Path) -> str:
    from openpyxl import load_workbook

    from app.reports import render_xlsx

    render_xlsx(document, path)
    workbook = load_workbook(path, read_only=True)
    try:
        sheets = list(workbook.sheetnames)
        where = next(
            (
                sheet
                for sheet in sheets
                for row in workbook[sheet].iter_rows(values_only=True)
                if DEMO_TOWN in row
            ),
            None,
        )
    finally:
        workbook.close()
    if where is None:
        raise StepFailed(f"no cell holds {DEMO_TOWN} (sheets: {sheets})")
    return f"{len(sheets)} sheets, {DEMO_TOWN} on sheet {where!r}"


def _check_docx(document: ReportDocument, path: Path) -> str:
    # python-docx reads its own templates from files beside its code: a
    # package that lacks them (or the folders on the way) fails only here.
    import docx

    from app.reports import render_docx

    render_docx(document, path)
    written = docx.Document(str(path))
    texts = [paragraph.text for paragraph in written.paragraphs]
    texts += [cell.text for table in written.tables for row in table.rows for cell in row.cells]
    if not any(DEMO_TOWN in text for text in texts):
        raise StepFailed(f"no paragraph or table cell holds {DEMO_TOWN}")
    return (
        f"{len(written.paragraphs)} paragraphs, {len(written.tables)} tables, {DEMO_TOWN} in them"
    )


def _check_integrity(path: Path) -> str:
    from db.backup import integrity_problems

    problems = integrity_problems(path)
    if problems:
        raise StepFailed("; ".join(problems[:5]))
    return "integrity_check and foreign_key_check found nothing"


# --- the window -----------------------------------------------------------------------------


WINDOW_STEP = "Main window"


def _check_window(test: SelfTest, database: Path, *, offscreen: bool) -> None:
    """Start the window on ``database`` the way ``vanort`` does, check it, then close it."""
    if not offscreen:
        missing = _no_screen()
        if missing:
            test.record(WINDOW_STEP, False, missing)
            return
    try:
        from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    except Exception as error:
        test.record("Qt", False, _reason(error))
        return

    class Watcher(QObject):
        """Waits in the event loop for the main window, checks it and quits.

        It is made before the launcher creates the application; the event posted
        to it arrives once the launcher's event loop runs.
        """

        def __init__(self) -> None:
            super().__init__()
            self.deadline = time.monotonic() + WINDOW_TIMEOUT_SECONDS
            self.timer: QTimer | None = None
            self.done = False

        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                self.timer = QTimer(self)
                self.timer.timeout.connect(self.poll)
                self.timer.start(50)
                return True
            return super().event(event)

        def poll(self) -> None:
            app: Any = QCoreApplication.instance()
            window = _main_window(app)
            if window is None or not _exposed(window):
                # On a real screen the window manager maps it a moment after show().
                if time.monotonic() > self.deadline:
                    self.give_up(app)
                return
            if self.timer is not None:
                self.timer.stop()
            self.done = True
            test.step(WINDOW_STEP, lambda: _window_facts(app, window, offscreen=offscreen))
            test.step("Qt translations (Swedish)", _check_qt_swedish)
            window.close()
            app.quit()

        def give_up(self, app: Any) -> None:
            if not self.done:
                self.done = True
                shown = [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()]
                test.record(
                    WINDOW_STEP,
                    False,
                    f"not shown within {WINDOW_TIMEOUT_SECONDS:.0f} s (visible: {shown})",
                )
            # A modal dialog (a refusal, the first-start dialog) holds its own
            # loop; closing every window lets the launcher return.
            app.closeAllWindows()
            app.quit()
            if time.monotonic() > self.deadline + WINDOW_TIMEOUT_SECONDS:
                test.line("FAIL The window did not close; stopping.")
                os._exit(1)

    watcher = Watcher()
    QCoreApplication.postEvent(watcher, QEvent(QEvent.Type.User))
    status: int | None = None

    def launch() -> str:
        nonlocal status
        import argparse

        from app.cli.window import open_window

        status = open_window(argparse.Namespace(database=str(database)))
        if status != 0:
            raise StepFailed(f"it returned {status}")
        return "returned 0 after the window closed"

    test.step("Launcher (vanort without a command)", launch)
    if not watcher.done:
        test.record(WINDOW_STEP, False, "the event loop never ran")


def _main_window(app: Any) -> Any:
    # app/ may not import QtWidgets; the object the launcher made is a
    # QApplication all the same, and its widgets answer through it.
    if app is None or not hasattr(app, "topLevelWidgets"):
        return None
    for widget in app.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.isVisible():
            return widget
    return None


def _no_screen() -> str | None:
    """Why no window can be shown here, or None. Qt would abort the process instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        f"run it under Xvfb (xvfb-run -a vanort-cli {SELF_TEST_OPTION}) or add "
        f"{OFFSCREEN_OPTION} to test without the platform plugin"
    )


def _exposed(window: Any) -> bool:
    handle = window.windowHandle()
    return handle is not None and bool(handle.isExposed())


def _window_facts(app: Any, window: Any, *, offscreen: bool) -> str:
    platform = str(app.platformName())
    if offscreen and platform != "offscreen":
        raise StepFailed(f"Qt platform {platform!r}, expected offscreen")
    if not offscreen and platform in SCREENLESS_PLATFORMS:
        raise StepFailed(f"Qt platform {platform!r} shows nothing on a screen")
    title = str(window.windowTitle())
    if "Vänort" not in title:
        raise StepFailed(f"window title {title!r} does not name Vänort")
    if window.grab().isNull():
        raise StepFailed("the window could not be drawn")
    menus = [str(action.text()) for action in window.menuBar().actions()]
    if OUR_SWEDISH[2] not in menus:
        raise StepFailed(f"menus {menus}, expected {OUR_SWEDISH[2]!r} among them")
    size = window.size()
    return (
        f"shown on the {platform} platform, {size.width()}x{size.height()}, "
        f"{title!r}, menus {', '.join(menus)}"
    )


def _check_qt_swedish() -> str:
    from PySide6.QtCore import QCoreApplication

    found = []
    for context, english, swedish in (OUR_SWEDISH, QT_SWEDISH):
        text = QCoreApplication.translate(context, english)
        if text != swedish:
            raise StepFailed(f"{context} {english!r} came out as {text!r}, expected {swedish!r}")
        found.append(f"{english!r} -> {text!r}")
    return ", ".join(found)
