"""Colleagues' saves on a server reach the open window.

The workspace's listener has a connection of its own; a socket notifier wakes
the window when a notice arrives, so nothing polls and nothing blocks. Lists
showing a changed kind read again; a form showing the changed record reloads
it, or, while the user is typing in it, says who changed what and keeps the
typed text (a save then merges field by field, see app.services.merging).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from app.services.kinds import KINDS

if TYPE_CHECKING:  # a listener exists on a server only; a file's window never loads it
    from app.services.colleagues import ChangeListener, ChangeNotice

log = logging.getLogger(__name__)


class ColleagueChanges(QObject):
    """Emits ``arrived`` with the notices of colleagues' committed changes."""

    arrived = Signal(list)

    def __init__(self, listener: ChangeListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            notices = self._listener.take()
        except Exception as error:  # the server went away: stop listening, keep working
            log.warning("no more notices of colleagues' changes: %s", error)
            self._notifier.setEnabled(False)
            return
        if notices:
            self.arrived.emit(notices)

    def close(self) -> None:
        """Stop listening (the window moves to another database or closes)."""
        self._notifier.setEnabled(False)
        self._listener.close()


def watch(workspace: Any, parent: QObject) -> ColleagueChanges | None:
    """Listen for colleagues' changes in ``workspace``; None for a file or a failed listen."""
    try:
        listener = workspace.colleague_listener()
    except Exception as error:  # listening is a comfort: the window works without it
        log.warning("cannot listen for colleagues' changes: %s", error)
        return None
    return ColleagueChanges(listener, parent) if listener is not None else None


def notice_text(notice: ChangeNotice) -> str:
    """“Changed by NAME at HH:MM: field, field.” in the interface's language."""
    spec = KINDS.get(notice.kind)
    labels = [
        QCoreApplication.translate("Field", spec.field(name).label)
        if spec is not None and any(f.name == name for f in spec.fields)
        else name
        for name in notice.fields
    ]
    at = notice.at.astimezone().strftime("%H:%M")
    if notice.action == "delete":
        text = QCoreApplication.translate("Colleagues", "Deleted by %1 at %2.")
    elif labels:
        text = QCoreApplication.translate("Colleagues", "Changed by %1 at %2: %3.")
    else:
        text = QCoreApplication.translate("Colleagues", "Changed by %1 at %2.")
    return text.replace("%1", notice.user).replace("%2", at).replace("%3", ", ".join(labels))


def show_in_page(page: Any, notices: list[ChangeNotice], *, visible: bool) -> bool:
    """Bring a list page up to date with ``notices`` of its kind; False when none concern it.

    A page not on screen is only reported (the window reads it when shown).
    """
    mine = [n for n in notices if n.kind == page.kind]
    if not mine:
        return False
    form = page.form
    shown = form.current_record()
    for notice in mine:
        if shown is None or notice.record_id != shown.id:
            continue
        if form.is_dirty():
            form.show_notice(notice_text(notice))
        elif notice.action != "delete":
            form.load(shown.id)
            form.show_notice(notice_text(notice))
    if visible:
        page.reload()
    return True
