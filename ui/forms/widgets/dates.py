"""A date field that can be empty: ISO text (2026-11-22) with a calendar beside it.

QDateEdit cannot hold "no date", and a register is full of dates nobody knows
yet, so the date is typed as text. Text that is not a real date (2026-02-30)
is reported as an error, never silently turned into another day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.dates import ApproxDate, DateNotUnderstood, parse_written
from app.services.fields import FieldSpec
from ui.forms.widgets.base import FieldEditor, InvalidInput
from ui.sentence_label import sentence_label

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DateEditor(FieldEditor):
    """date fields: a day written as 2026-11-22."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 16)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose the date in a calendar"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")

        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self.button)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(self.menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def _prepare_calendar(self) -> None:
        try:
            shown = self.value()
        except InvalidInput:
            shown = None
        day = shown or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, chosen: QDate) -> None:
        self.edit.setText(chosen.toString("yyyy-MM-dd"))
        self.menu.close()
        self.changed.emit()

    def value(self) -> Any:
        """The date typed, or None; InvalidInput when the text is no date."""
        return parse_date(self.edit.text())

    def set_value(self, value: Any) -> None:
        """Show ``value`` as 2026-11-22 (empty for none)."""
        self.edit.setText(value.isoformat() if isinstance(value, date) else "")

    def focus_widget(self) -> QWidget:
        """The date's line edit."""
        return self.edit


class KnownDateEditor(FieldEditor):
    """A history date as a person writes it: "1985", "1940-talet", "ca 1949", "våren 2014".

    One line to type in, and beside it what the program understood ("1947–1949"),
    or, when it cannot read the text, why, in one sentence, before anything is saved.
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("e.g. 1985, 1940s, c. 1949"))
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(
            self.edit.fontMetrics().horizontalAdvance("ca i slutet av 1940-talet") + 20
        )
        # Under the line, not beside it: a sentence saying why the text is no date
        # needs the width, and a form with two dates in one row has none to spare.
        self.understood = sentence_label("", self, name="understood")
        self.understood.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.understood.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._explain)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def _explain(self, text: str) -> None:
        try:
            value = parse_written(text)
        except DateNotUnderstood as error:
            explanation = str(error)
        else:
            explanation = "" if value is None else self.understood_text(value)
        self.understood.setText(explanation)
        self.understood.setVisible(bool(explanation))

    def understood_text(self, value: ApproxDate) -> str:
        """What the typed text was read as: the days it can mean ("1947–1949")."""
        first, last = value.earliest, value.latest
        if first == last:
            span = first.isoformat()
        elif (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
            span = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
        else:
            span = f"{first.isoformat()} – {last.isoformat()}"
        if value.approximate:
            return self.tr("approximately %1").replace("%1", span)
        return self.tr("means %1").replace("%1", span)

    def value(self) -> Any:
        """The date as written; InvalidInput when it cannot be read."""
        try:
            return parse_written(self.edit.text())
        except DateNotUnderstood as error:
            raise InvalidInput(str(error)) from error

    def set_value(self, value: Any) -> None:
        """Show ``value`` as a person writes it ("våren 2014")."""
        self.edit.setText(str(value) if isinstance(value, ApproxDate) else "")
        self.edit.setCursorPosition(0)

    def focus_widget(self) -> QWidget:
        """The date's line edit."""
        return self.edit


def parse_date(text: str) -> date | None:
    """ "2026-11-22" -> a date; "" -> None; anything else raises InvalidInput."""
    text = text.strip()
    if not text:
        return None
    message = QCoreApplication.translate("DateEditor", "Not a valid date; write it as 2026-11-22.")
    if not _ISO.match(text):
        raise InvalidInput(message)
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise InvalidInput(message) from error
