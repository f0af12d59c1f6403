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
    """Emits ``arrived`` with the notices of colleagues' committed changes.

    The listener's connection is made by :func:`watch` on the window's database
    worker (a login across a network is half a second): notices are heard from
    the moment :meth:`listen` is given it.
    """

    arrived = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._closed = False

    def listen(self, listener: ChangeListener | None) -> None:
        """Hear ``listener``'s notices from now on (closed at once when this was closed)."""
        if listener is None:
            return
        if self._closed:
            listener.close()  # the window moved on while the connection was made
            return
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        if self._listener is None or self._notifier is None:
            return
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
        self._closed = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()


def watch(workspace: Any, parent: QObject, worker: Any) -> ColleagueChanges | None:
    """Listen for colleagues' changes in ``workspace``; None for a file.

    The listener connects on ``worker`` (the window's database worker), never on
    the GUI thread; a failed listen is logged and the window works without it.
    """
    if workspace.path is not None:
        return None  # a file has no colleagues' notices
    watcher = ColleagueChanges(parent)

    def failed(error: BaseException) -> None:  # listening is a comfort, not a need
        log.warning("cannot listen for colleagues' changes: %s", error)

    worker.run_read(workspace.colleague_listener, watcher.listen, failed, owner=watcher)
    return watcher


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
