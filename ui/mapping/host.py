"""What the pages of the mapping wizard need of the wizard that holds them.

Named here, below both, so the wizard can import its pages without the pages
importing the wizard (ui.mapping.wizard.MappingWizard has all of it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from app.mapping import MappingData, SavedReport
    from app.workspace import Workspace
    from ui.mapping.opening import Opening


class MappingHost(Protocol):
    """The wizard as its pages see it: the report, its data, saving and the output."""

    @property
    def workspace(self) -> Workspace:
        """The register the report is written from."""

    @property
    def opening(self) -> Opening:
        """What the pages list (twinnings, networks, facts, attachments), read at opening."""

    @property
    def report(self) -> SavedReport:
        """The report as last saved."""

    @property
    def read_only(self) -> bool:
        """True for a final report, shown and not edited."""

    def data(self) -> MappingData:
        """The register's figures for the report's scope and period."""

    def figures_ready(self) -> bool:
        """True when :meth:`data` answers for the content as it stands without a read."""

    def when_figures(self, then: Callable[[], None]) -> None:
        """Read the figures for the content as it stands (on the worker), then call ``then``."""

    def read_register(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run the read ``work`` on the window's worker (here without one); ``show`` its answer."""

    def content_changed(self) -> None:
        """A page's fields changed: the wizard saves soon after."""

    def save_now(self) -> bool:
        """Save what the pages hold now; False when it could not be saved."""

    def finalise(self, then: Callable[[], None] | None = None) -> bool:
        """Mark the report final, then call ``then``; False when it was refused."""

    def export(self, target: Path, *, on_done: Callable[[Path], None] | None = None) -> None:
        """Write the report to ``target`` off the GUI thread; ``on_done`` gets the file."""
