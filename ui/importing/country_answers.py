"""The preview's list of countries the file writes in a way no list reads, each with an answer box.

The coordinator writes the country for each spelling once (a code or any name:
"EE", "Estland"); the rows are then read again with her answers, and the
answers are remembered in the register when the import is written.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.i18n import current_language
from app.importing.country_spellings import UnreadCountry
from app.places.countries import country_name, resolve_country


class CountryAnswers(QWidget):
    """One row per unread spelling: "“Estniska SSR” (3 rows)" and a box for its country."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("country_answers")
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self._verdicts: dict[str, QLabel] = {}
        # Answers typed for spellings that are now read (kept if they come back).
        self._typed: dict[str, str] = {}

    def show_unread(self, unread: list[UnreadCountry]) -> None:
        """List ``unread``; an answer already typed for a spelling stays in its box."""
        for written, edit in self.edits.items():
            self._typed[written] = edit.text()
        while self._form.rowCount():
            self._form.removeRow(0)
        self.edits, self._verdicts = {}, {}
        for number, country in enumerate(unread):
            if country.rows == 1:
                label = self.tr("“%1” (1 row)").replace("%1", country.written)
            else:
                label = (
                    self.tr("“%1” (%2 rows)")
                    .replace("%1", country.written)
                    .replace("%2", str(country.rows))
                )
            edit = QLineEdit(self._typed.get(country.written, ""), self)
            edit.setObjectName(f"country_answer_{number}")
            edit.setPlaceholderText(self.tr("country code or name, for example EE or Estland"))
            verdict = QLabel(self)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(verdict, 1)
            self._form.addRow(label, row)
            self.edits[country.written] = edit
            self._verdicts[country.written] = verdict
            edit.textChanged.connect(self._edited)
        self._edited()
        self.setVisible(bool(unread))

    def answers(self) -> dict[str, str]:
        """{spelling as the file writes it: country code} for every box that names a country."""
        found: dict[str, str] = {}
        for written, edit in self.edits.items():
            code = resolve_country(edit.text()) if edit.text().strip() else None
            if code is not None:
                found[written] = code
        return found

    def _edited(self) -> None:
        language = current_language()
        for written, edit in self.edits.items():
            text = edit.text().strip()
            code = resolve_country(text) if text else None
            if not text:
                verdict = ""
            elif code is None:
                verdict = self.tr("not a country this program knows")
            else:
                verdict = f"→ {country_name(code, language)}"
            self._verdicts[written].setText(verdict)
        self.changed.emit()
