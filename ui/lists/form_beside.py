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

from PySide6.QtCore import QTimer
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

    def make_soon(self) -> None:
        """Make the form on the event loop's next turn (after what is painted now)."""
        if self._form is None:
            QTimer.singleShot(0, self._splitter, self.form)
