"""The line under a form's heading that says when the record's reminders appear."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.todo.on_record import reminder_lines


class ReminderLine(QLabel):
    """Hidden unless the record shown has a reminder ("Reminder from 2027-07-05: …")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_line")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_for(self, workspace: Any, kind: str, record_id: int | None) -> None:
        """Show the reminders of the stored record ``record_id`` of ``kind`` (None: none)."""
        lines = (
            reminder_lines(workspace.database, kind, record_id, date.today())
            if record_id is not None
            else []
        )
        self.show_lines(lines)

    def show_lines(self, lines: list[str]) -> None:
        """Show reminder lines read elsewhere (on the database worker, with a save)."""
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
