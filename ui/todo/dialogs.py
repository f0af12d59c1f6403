"""Small dialogs of the to-do and evaluation views: snoozing an item, ending a twinning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.sentence_label import sentence_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, shown: date, earliest: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")  # ISO, as everywhere in the program
    edit.setCalendarPopup(True)
    if earliest is not None:
        edit.setMinimumDate(_qdate(earliest))
    edit.setDate(_qdate(shown))
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def ok_cancel(dialog: QDialog, layout: QVBoxLayout, on_ok: Callable[[], None]) -> None:
    """OK and Cancel at the foot of ``dialog``; OK calls ``on_ok``, which accepts or says why not."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def error_line(dialog: QDialog, layout: QVBoxLayout) -> QLabel:
    """A line for what is missing, hidden until there is something to say."""
    label = sentence_label("", dialog, name="error")
    label.hide()
    layout.addWidget(label)
    return label


def decision_choice(
    dialog: QDialog, name: str, nothing_chosen: str, decisions: dict[int, str]
) -> QComboBox:
    """The decisions to choose from, by name, after ``nothing_chosen`` (which stands for None)."""
    combo = QComboBox(dialog)
    combo.setObjectName(name)
    combo.addItem(nothing_chosen, None)
    for decision_id, title in sorted(decisions.items(), key=lambda pair: pair[1].casefold()):
        combo.addItem(title, decision_id)
    return combo


class SnoozeDialog(QDialog):
    """Until when to hide the chosen items, and why."""

    def __init__(self, today: date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        layout = QVBoxLayout(self)
        if count > 1:
            layout.addWidget(QLabel(self.tr("Snooze %n item(s).", "", count), self))
        form = QFormLayout()
        self.until_edit = _date_edit(self, today + timedelta(days=7), today + timedelta(days=1))
        self.until_edit.setObjectName("snooze_until")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("snooze_reason")
        self.reason_edit.setPlaceholderText(self.tr("For example: waiting for the board's meeting"))
        form.addRow(self.tr("Show again on"), self.until_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        ok_cancel(self, layout, self.accept)

    def until(self) -> date:
        """The day the item is snoozed until."""
        return _day(self.until_edit)

    def reason(self) -> str:
        """Why the item is snoozed."""
        return self.reason_edit.text().strip()


class EndTwinningDialog(QDialog):
    """The date, the reason and the decision that end a twinning."""

    def __init__(
        self,
        twinning: str,
        decisions: dict[int, str],
        today: date,
        parent: QWidget | None = None,
        *,
        draft: tuple[date, str, int | None] | None = None,
    ) -> None:
        """``draft``: the date, reason and decision answered before (an end that was refused)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the twinning %1").replace("%1", twinning))
        layout = QVBoxLayout(self)
        note = sentence_label(
            self.tr(
                "The twinning is marked as ended; its activities, trips, agreements and "
                "evaluations are kept as its history."
            ),
            self,
        )
        layout.addWidget(note)
        form = QFormLayout()
        self.date_edit = _date_edit(self, today)
        self.date_edit.setObjectName("end_date")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("end_reason")
        self.reason_edit.setTabChangesFocus(True)
        self.decision_combo = decision_choice(
            self, "end_decision", self.tr("(no decision yet)"), decisions
        )
        if draft is not None:
            day, reason, decision_id = draft
            self.date_edit.setDate(_qdate(day))
            self.reason_edit.setPlainText(reason)
            self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(decision_id)))
        form.addRow(self.tr("End date"), self.date_edit)
        form.addRow(self.tr("Reason for ending"), self.reason_edit)
        form.addRow(self.tr("Decision to end"), self.decision_combo)
        layout.addLayout(form)
        self.error_label = error_line(self, layout)
        ok_cancel(self, layout, self._check)

    def _check(self) -> None:
        if not self.reason():
            self.show_error(self.tr("Write why the twinning ends."))
            self.reason_edit.setFocus()
            return
        self.accept()

    def show_error(self, text: str) -> None:
        """Show ``text`` in the dialog, keeping what was entered."""
        self.error_label.setText(text)
        self.error_label.show()

    def end_date(self) -> date:
        """The day the twinning ended."""
        return _day(self.date_edit)

    def reason(self) -> str:
        """Why the twinning ended."""
        return self.reason_edit.toPlainText().strip()

    def decision_id(self) -> int | None:
        """The decision that ended the twinning, or None."""
        value = self.decision_combo.currentData()
        return int(value) if value is not None else None
