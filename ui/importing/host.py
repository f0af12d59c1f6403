"""What the pages of the import wizard need of the wizard that holds them.

Named here, below both, so the wizard can import its pages without the pages
importing the wizard (ui.importing.wizard.ImportWizard has all of it). The
pages hand each other the file, the kind, the columns and the plan through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from app.importing.columns import ColumnChoice
    from app.importing.fields import ImportKind
    from app.importing.importer import (
        FileContext,
        ImportOptions,
        ImportSummary,
        ParsedFile,
        Plan,
    )
    from app.importing.sources import TableSource
    from app.workspace import Workspace
    from ui.background import BackgroundWork
    from ui.db_worker import DatabaseWorker


class _ChosenOptions(Protocol):
    def options(self) -> ImportOptions:
        """The merges and skips chosen on the preview page."""


class ImportHost(Protocol):
    """The wizard as its pages see it: what was chosen so far, and a way to run work."""

    source: TableSource | None
    file_context: FileContext | None  # read with the file: columns chosen last time, home towns
    kind: ImportKind
    chosen_columns: ColumnChoice
    fixed: dict[str, str]
    country_answers: dict[str, str]
    parsed: ParsedFile | None
    plan: Plan | None
    summary: ImportSummary | None
    worker: DatabaseWorker | None  # the window's database worker; None: work here and now

    @property
    def workspace(self) -> Workspace:
        """The register the rows go into."""

    @property
    def task(self) -> BackgroundWork | None:
        """The work running now, if any."""

    @property
    def preview_page(self) -> _ChosenOptions:
        """The preview page, whose choices the import follows."""

    @property
    def imported(self) -> SignalInstance:
        """Emitted with the ImportSummary of a finished import."""

    def run_in_background(
        self,
        title: str,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> BackgroundWork:
        """Run ``work(progress, cancelled)`` on a worker thread behind a progress dialog."""
