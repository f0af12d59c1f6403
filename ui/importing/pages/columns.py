"""Page 3 of the import wizard: which column fills which field, or one value for every row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.importing import importer
from app.importing.columns import ColumnChoice, check_column_choice_with, column_name
from app.importing.fields import ImportKind
from app.importing.importer import (
    ColumnChoiceError,
    SourceError,
)
from app.importing.rows import fixed_values
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.importing.host import ImportHost


# The column choice that means "one value, typed here, for every row".
SAME_ON_EVERY_ROW = -2


class ColumnsPage(QWizardPage):
    """Page 3: which column fills which field, or one value for every row."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard takes the page as its child in setPage
        self._wizard = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.origin_label = sentence_label("", self)
        self.suggest_button = QPushButton(self.tr("Suggest from the &headings"), self)
        self.suggest_button.setObjectName("suggest")
        self.error_label = sentence_label("", self, name="columns_error")
        self._form_host = QWidget(self)
        self._form = QFormLayout(self._form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        top = QHBoxLayout()
        top.addWidget(self.origin_label, 1)
        top.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        self.combos: dict[str, QComboBox] = {}
        self.fixed_edits: dict[str, QLineEdit] = {}
        self._town_optional = False
        self._problem: str | None = None
        self.suggest_button.clicked.connect(self._suggest)

    def initializePage(self) -> None:
        """Offer the columns of the file for the fields of the kind chosen."""
        wizard = self._wizard
        source = wizard.source
        assert source is not None
        kind = wizard.kind
        self.setSubTitle(
            self.tr("Choose a column for each field of %1; fields marked * are needed.").replace(
                "%1", kind.display_name().lower()
            )
        )
        context = wizard.file_context
        assert context is not None  # read with the file on the first page
        self._town_optional = kind.name == "twinnings" and context.home_towns == 1
        choice = importer.offered_columns(context.remembered, source, kind.name)
        self._build(kind, source.headers)
        self._apply(choice.columns)
        self.origin_label.setText(
            self.tr("The columns used last time for a file with the same headings.")
            if choice.remembered
            else self.tr("Suggested from the column headings.")
        )

    def _build(self, kind: ImportKind, headers: list[str]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.combos, self.fixed_edits = {}, {}
        for field in kind.fields:
            combo = QComboBox(self._form_host)
            combo.setObjectName(f"column_{field.name}")
            combo.addItem(self.tr("(not imported)"), -1)
            for index, heading in enumerate(headers):
                text = f"{column_name(index)}: {heading}" if heading else column_name(index)
                combo.addItem(text, index)
            combo.addItem(self.tr("(the same on every row)"), SAME_ON_EVERY_ROW)
            # The value for every row, typed when the file has no column for it.
            fixed = QLineEdit(self._form_host)
            fixed.setObjectName(f"fixed_{field.name}")
            fixed.setPlaceholderText(self.tr("the value for every row"))
            fixed.hide()
            combo.currentIndexChanged.connect(self._changed)
            fixed.textChanged.connect(self._changed)
            needed = field.required and not (field.name == "town" and self._town_optional)
            label = field.display_label() + (" *" if needed else "")
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(fixed, 1)
            self._form.addRow(label, row)
            self.combos[field.name] = combo
            self.fixed_edits[field.name] = fixed

    def _apply(self, columns: ColumnChoice) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            found = combo.findData(columns.get(name, -1))
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._changed()

    def _suggest(self) -> None:
        from app.importing.columns import suggest_columns

        source = self._wizard.source
        assert source is not None
        self._apply(suggest_columns(self._wizard.kind, source.headers))
        self.origin_label.setText(self.tr("Suggested from the column headings."))

    def fixed(self) -> dict[str, str]:
        """The fields given one value for every row, with the value as typed."""
        return {
            name: self.fixed_edits[name].text().strip()
            for name, combo in self.combos.items()
            if combo.currentData() == SAME_ON_EVERY_ROW
        }

    def chosen_columns(self) -> ColumnChoice:
        """The columns as chosen now."""
        chosen: ColumnChoice = {}
        for name, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                chosen[name] = index
        return chosen

    def _changed(self) -> None:
        wizard = self._wizard
        source = wizard.source
        self._problem = None
        fixed = self.fixed()
        for name, edit in self.fixed_edits.items():
            edit.setVisible(name in fixed)
        if source is not None:
            try:
                check_column_choice_with(
                    wizard.kind,
                    source.headers,
                    self.chosen_columns(),
                    town_optional=self._town_optional,
                    fixed=fixed,
                )
                self._problem = self._fixed_problem(fixed)
            except ColumnChoiceError as error:
                self._problem = error.message
        self.error_label.setText(self._problem or "")
        self.completeChanged.emit()

    def _fixed_problem(self, fixed: dict[str, str]) -> str | None:
        """Why a value for every row cannot be used (none typed, or not readable), or None."""
        kind = self._wizard.kind
        for name, text in fixed.items():
            if not text:
                return self.tr("Write the value of %1 for every row.").replace(
                    "%1", kind.field(name).display_label()
                )
        try:
            fixed_values(kind, fixed)
        except SourceError as error:
            return error.message
        return None

    def isComplete(self) -> bool:
        """Whether every column choice is sound, so Next may go on."""
        return bool(self.combos) and self._problem is None

    def validatePage(self) -> bool:
        """Keep the columns chosen, and read the rows again with them."""
        wizard = self._wizard
        wizard.chosen_columns = self.chosen_columns()
        wizard.fixed = self.fixed()
        # The file, its kind or its columns may have changed since the rows were read.
        wizard.parsed = None
        return True
