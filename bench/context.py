"""What every measure shares: the data, a scratch folder, the run counts and the open window."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import adapters
from bench.generate import Dataset, copy_database

REPO = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 180


@dataclass
class Context:
    """What the measures share: the data, a scratch folder, run counts, the open window."""

    data: Dataset
    work: Path
    runs: int
    warmup: int = 1
    profile_dir: Path | None = None
    log: Callable[[str], None] = print
    peaks: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)
    # What a group of measures makes once per run (the office's server and proxy).
    shared: dict[str, Any] = field(default_factory=dict)
    closers: list[Callable[[], None]] = field(default_factory=list)
    _ui: UiSession | None = None
    _copies: dict[str, Path] = field(default_factory=dict)

    def copy_of(self, source: Path, name: str) -> Path:
        """A working copy of ``source`` made once per run (the cache stays untouched)."""
        if name not in self._copies:
            target = self.work / name
            copy_database(source, target)
            self._copies[name] = target
        return self._copies[name]

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        # An installed program starts from compiled bytecode; without it every start
        # would compile the project's modules again (this machine sets the variable).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["VANORT_HOME"] = str(self.work / "home")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        return env

    def ui(self) -> UiSession:
        if self._ui is None:
            self._ui = UiSession(self.copy_of(self.data.europe_db, "europe-ui.sqlite3"))
        return self._ui

    def close_window(self) -> None:
        """Close the open window on the Europe file (made again when a measure asks for it)."""
        if self._ui is not None:
            self._ui.close()
            self._ui = None

    def close(self) -> None:
        self.close_window()
        while self.closers:
            self.closers.pop()()

    def profile(self, name: str, work: Callable[[], Any]) -> None:
        """Run ``work`` once more under cProfile and keep the 30 most expensive calls."""
        if self.profile_dir is None:
            return
        profiler = cProfile.Profile()
        profiler.enable()
        try:
            work()
        finally:
            profiler.disable()
        save_profile(profiler, self.profile_dir / f"{name}.txt")


def save_profile(source: cProfile.Profile | str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    stats = pstats.Stats(source, stream=out)  # type: ignore[arg-type]
    stats.strip_dirs().sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    target.write_text(out.getvalue(), encoding="utf-8")


def application() -> Any:
    """The QApplication of the measures in this process, made as ``vanort`` makes it."""
    from PySide6.QtWidgets import QApplication

    from ui.app import application as program_application

    app = QApplication.instance()
    return app if app is not None else program_application()


class UiSession:
    """The program's main window on the Europe database, as ``vanort`` builds it."""

    def __init__(self, database: Path) -> None:
        from ui.main_window import MainWindow
        from ui.translations import apply_language

        self.app = application()
        self.workspace = adapters.open_workspace(database)
        apply_language(self.workspace.settings().language)
        self.window = MainWindow(self.workspace)
        self.window.show()
        self.page: Any = self.window.show_page("town")
        self.settle()

    def settle(self) -> None:
        from PySide6.QtCore import QEventLoop

        self.app.processEvents()
        # The window reads its lists and counts on its database worker: wait for the answers.
        worker = getattr(self.window, "db_worker", None)
        while worker is not None and worker.pending():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.close()
        self.workspace.close()
        self.window.deleteLater()
        self.settle()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # freed now


# ---------------------------------------------------------------- 1 and 9: start, memory


def scratch_folder() -> Path:
    """A fresh folder for one run of the benchmark (removed afterwards unless --keep)."""
    return Path(tempfile.mkdtemp(prefix="vanort-bench-"))
