"""The mapping wizard's text blocks, kept in the open register and offered in every text box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.mapping.text_blocks import TextBlock, list_text_blocks, save_text_block
from app.workspace import Workspace
from ui.page_work import PageWork

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


class RegisterShelf:
    """The text blocks kept in the open register.

    With the window's worker the blocks read at opening are offered, and a block
    saved goes to the register on the worker (offered at once; a refusal is said
    in one sentence when it comes back). Without one, each call reads or writes.
    """

    def __init__(
        self,
        workspace: Workspace,
        blocks: list[TextBlock] | None = None,
        worker: DatabaseWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.workspace = workspace
        self._parent = parent
        self._blocks: list[TextBlock] | None = None
        self._work: PageWork | None = None
        if blocks is not None and worker is not None and parent is not None:
            self._blocks = list(blocks)
            self._work = PageWork(parent, worker, self._not_saved, lambda: None)

    def blocks(self) -> list[TextBlock]:
        """Every saved block, by name."""
        if self._blocks is None:
            return list_text_blocks(self.workspace.database)
        return list(self._blocks)

    def save(self, name: str, text: str) -> TextBlock:
        """Keep ``text`` under ``name``."""
        if self._blocks is None or self._work is None:
            return save_text_block(self.workspace.database, name, text)
        database = self.workspace.database
        kept = TextBlock(0, " ".join(name.split()), text)
        self._keep(kept)
        self._work.write(lambda: save_text_block(database, name, text), self._keep)
        return kept

    def _keep(self, block: TextBlock) -> None:
        assert self._blocks is not None
        self._blocks = sorted(
            [b for b in self._blocks if b.name != block.name] + [block], key=lambda b: b.name
        )

    def _not_saved(self, sentence: str) -> None:
        if self._blocks is not None:  # the block offered at once was not kept after all
            self._blocks = [b for b in self._blocks if b.id != 0]
        title = QCoreApplication.translate("RichTextBox", "Text blocks")
        QMessageBox.warning(self._parent, title, sentence)
