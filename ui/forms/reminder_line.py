"""The line under a form's heading that says when the record's reminders appear."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ReminderLine(QLabel):
    """Hidden unless the record shown has a reminder ("Reminder from 2027-07-05: …").

    The lines are read with the record on the database worker
    (``ui.forms.saving``), so showing them asks the database nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_line")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_lines(self, lines: list[str]) -> None:
        """Show reminder lines read with the record (on the database worker)."""
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
