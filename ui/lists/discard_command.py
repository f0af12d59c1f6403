"""Discarding a form's edits as an undoable step: Ctrl+Z brings the edits back.

Esc (or moving on) with unsaved edits asks Save / Discard / Cancel; Discard
used to lose the typing for good. The edits are kept in this step instead,
and Undo shows the record again with them, unsaved, as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.lists.list_page import RecordListPage

# Brings the edits back into their form: "restored", "later" (the form is busy
# with other unsaved edits; try again) or "gone" (the record was deleted since).
BringBack = Callable[["DiscardCommand"], str]
DiscardAgain = Callable[["DiscardCommand"], None]


class DiscardCommand(QUndoCommand):
    """Edits already discarded; undo restores them into the form, redo discards them again."""

    def __init__(
        self, edits: Any, text: str, bring_back: BringBack, discard_again: DiscardAgain
    ) -> None:
        super().__init__(text)
        self.edits = edits  # the form's DiscardedEdits
        self._bring_back = bring_back
        self._discard_again = discard_again
        self._done_already = True  # the form discarded them before pushing this step
        self._restored = False

    def undo(self) -> None:
        """Bring the discarded edits back into the form."""
        outcome = self._bring_back(self)
        self._restored = outcome == "restored"
        if outcome == "gone":
            # Nothing to bring them back into: drop the step rather than offer it again.
            self.setObsolete(True)

    def redo(self) -> None:
        """Discard the edits again (nothing the first time: the form did it before the step)."""
        if self._done_already:
            self._done_already = False
            return
        if self._restored:
            # Only what Undo brought back is discarded again; later typing is not touched.
            self._restored = False
            self._discard_again(self)


def bring_back(page: RecordListPage, edits: Any) -> str:
    """Undo of a discard: show the record again on ``page`` with the edits let go of.

    Returns "restored", "later" (the form holds other unsaved edits, which
    must not be overwritten) or "gone" (the record was deleted since).
    """
    form = page.form
    if form.is_dirty():
        page.message.emit(
            QCoreApplication.translate(
                "RecordListPage",
                "The form has unsaved changes: save or discard them first,"
                " then Undo brings back the earlier ones.",
            )
        )
        return "later"
    if edits.record_id is None:
        if not form.shows(None):
            page.new_record()
    elif not form.shows(edits.record_id):
        if not page.select_record(edits.record_id):
            return "later"
        # The record is read on the window's worker (the window keeps painting meanwhile);
        # one deleted since shows as gone in the form, and the edits have nowhere to go.
        if not form.wait_for_load():
            return "gone"
    form.restore_edits(edits)
    return "restored"


def discard_again(page: RecordListPage, edits: Any) -> None:
    """Redo of a discard: drop the edits again if ``page``'s form still holds them."""
    if page.form.shows(edits.record_id) and page.form.holds(edits):
        page.form.revert()
