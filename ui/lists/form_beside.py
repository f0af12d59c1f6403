"""The form beside a list: an empty place in the splitter until the form is made.

A kind's form holds a few dozen editors; made with the page it would keep the
list from showing for tens of milliseconds (a quarter of the twinnings page's
first show). The place keeps the form's room, minimum width and share of the
splitter's stretch, so the splitter's sizes (restored or dragged) stay as they
are when the form takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:  # the forms are a package of their own, imported when a form is made
    from ui.forms.record_form import RecordForm

# The form's own wishes (a long title) must not squeeze the navigation away; past this
# width its contents scroll or elide.
FORM_MINIMUM_WIDTH = 320


class FormBeside:
    """Makes the form with ``make`` when first asked for, in the place kept for it."""

    def __init__(self, splitter: QSplitter, stretch: int, make: Callable[[], RecordForm]) -> None:
        self._splitter = splitter
        self._stretch = stretch
        self._make = make
        self._form: RecordForm | None = None
        self._place = QWidget(splitter)
        self._place.setMinimumWidth(FORM_MINIMUM_WIDTH)
        splitter.addWidget(self._place)
        splitter.setStretchFactor(splitter.indexOf(self._place), stretch)

    def form(self) -> RecordForm:
        """The form, made now if it was not yet."""
        if self._form is None:
            form = self._make()
            form.setMinimumWidth(FORM_MINIMUM_WIDTH)
            index = self._splitter.indexOf(self._place)
            self._splitter.replaceWidget(index, form)
            # The stretch belongs to the widget, not to the splitter's slot.
            self._splitter.setStretchFactor(index, self._stretch)
            self._place.deleteLater()
            self._form = form
        return self._form

    def made(self) -> RecordForm | None:
        """The form if it is made, else None."""
        return self._form

    def make_soon(self, after_painting: QWidget | None = None) -> None:
        """Make the form once ``after_painting`` (the list) is painted, else on the next turn.

        A zero timer alone may fire before the list's first paint, which would then
        wait for the form's hundred milliseconds; a widget not on screen is never
        painted, so for it the next turn is taken.
        """
        if self._form is not None:
            return
        if after_painting is None or not after_painting.isVisible():
            QTimer.singleShot(0, self._splitter, self.form)
            return
        after_painting.installEventFilter(_AfterPaint(after_painting, self._made_after_paint))

    def _made_after_paint(self) -> None:
        if self._form is None:
            QTimer.singleShot(0, self._splitter, self.form)


class _AfterPaint(QObject):
    """Calls ``then`` once, when the widget it watches begins its first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint: ``then`` (which waits for the next turn), and stop watching."""
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            then()
            self.deleteLater()
        return False
