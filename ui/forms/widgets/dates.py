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
    QWidget,
    QWidgetAction,
)

from app.services.fields import FieldSpec
from ui.forms.widgets.base import FieldEditor, InvalidInput

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DateEditor(FieldEditor):
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
        return parse_date(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else "")

    def focus_widget(self) -> QWidget:
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
