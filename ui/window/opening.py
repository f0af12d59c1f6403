"""Opening a register without freezing the screen: the round trips run on a thread of their own.

Opening a register on a server connects, logs in and checks the schema: across
a network that is a second or more of waiting. Asked on the GUI thread, every
window of the program froze meanwhile (nothing repainted, a timer did not
fire). Here the opening runs on a thread and the event loop keeps turning, as
under a modal dialog: windows repaint and timers fire, while clicks and keys
wait until the register is open (the caller continues with its result, so
nothing else may start in between). A refusal comes back as the exception it
was, on the GUI thread, for the caller's sentence and retry.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

from ui.dialogs.busy import wait_cursor

T = TypeVar("T")


class _Finished(QObject):
    """Lives on the GUI thread; the opening thread's signal reaches it queued."""

    done = Signal()


def open_answering(open_register: Callable[[], T]) -> T:
    """``open_register()`` run on a thread while the event loop turns; its result, or its error.

    The wait cursor shows meanwhile; user input waits until the opening is over.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []
    finished = _Finished()
    loop = QEventLoop()
    # Queued: an opening that ends before the loop begins still ends the loop.
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append(open_register())
        except BaseException as error:  # handed to the GUI thread, raised there
            failure.append(error)
        finally:
            finished.done.emit()

    thread = threading.Thread(target=run, name="vanort-open", daemon=True)
    with wait_cursor():
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]
