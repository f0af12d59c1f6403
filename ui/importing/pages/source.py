"""Page 1 of the import wizard: the file, its sheet and heading row, and for CSV its encoding."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from app.importing import importer
from app.importing.importer import (
    FileContext,
    SourceError,
)
from app.importing.sources import CSV_ENCODINGS, TableSource
from ui.dialogs.busy import wait_cursor
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.importing.host import ImportHost


class SourcePage(QWizardPage):
    """Page 1: the file, its sheet and heading row, and for CSV its encoding and separator."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard takes the page as its child in setPage
        self._wizard = wizard
        self._asked = 0  # the register's answer for the latest file opened is the one taken
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("An Excel workbook (.xlsx) or a CSV file, with the column headings in one row.")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("browse")
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheet")
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("header_row")
        self.header_spin.setRange(1, 10_000)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encoding")
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiter")
        self.status_label = sentence_label("", self, name="status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), path_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Headings in row:"), self.header_spin)
        form.addRow(self.tr("Character &encoding:"), self.encoding_combo)
        form.addRow(self.tr("Column &separator:"), self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self._filling = False
        self._fill_overrides()
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button.clicked.connect(self._browse)
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.currentIndexChanged.connect(self._reopen)
        self.header_spin.valueChanged.connect(self._reopen)
        self._show_kind(None)

    def _fill_overrides(self, detected: dict[str, str] | None = None) -> None:
        detected = detected or {}
        self._filling = True
        self.encoding_combo.clear()
        shown = _encoding_name(detected.get("encoding", ""))
        self.encoding_combo.addItem(
            self.tr("As detected (%1)").replace("%1", shown) if shown else self.tr("As detected"),
            "",
        )
        for encoding in CSV_ENCODINGS:
            self.encoding_combo.addItem(_encoding_name(encoding), encoding)
        self.delimiter_combo.clear()
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        found = names.get(detected.get("delimiter", ""), "")
        self.delimiter_combo.addItem(
            self.tr("As detected (%1)").replace("%1", found) if found else self.tr("As detected"),
            "",
        )
        for delimiter, name in names.items():
            self.delimiter_combo.addItem(name, delimiter)
        self._filling = False

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            os.path.dirname(self.path_edit.text()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _path_changed(self) -> None:
        # A new file: its own sheet, encoding and separator are detected afresh.
        self._filling = True
        self.sheet_combo.clear()
        self.header_spin.setValue(1)
        self._filling = False
        self._fill_overrides()
        self._reopen()

    def _reopen(self) -> None:
        if self._filling:
            return
        wizard = self._wizard
        wizard.source = None
        path = self.path_edit.text().strip()
        if not path or not os.path.isfile(path):
            self._show_kind(None)
            self.status_label.setText(
                self.tr("Choose a file.") if not path else self.tr("There is no such file.")
            )
            self.completeChanged.emit()
            return
        try:
            with wait_cursor():  # a large CSV file is read through once to detect its encoding
                source = importer.open_table(
                    path,
                    sheet=self.sheet_combo.currentText() or None,
                    header_row=self.header_spin.value(),
                    encoding=self.encoding_combo.currentData() or None,
                    delimiter=self.delimiter_combo.currentData() or None,
                )
        except SourceError as error:
            self._show_kind(None)
            self.status_label.setText(error.message)
            self.completeChanged.emit()
            return
        self._show_kind(source)
        if source.kind == "csv" and not self.encoding_combo.currentData():
            self._fill_overrides(source.detected)
        if source.kind == "xlsx" and self.sheet_combo.count() == 0:
            self._filling = True
            self.sheet_combo.addItems(source.sheets)
            self.sheet_combo.setCurrentText(source.sheet or "")
            self._filling = False
        if source.empty_message is not None:
            self.status_label.setText(source.empty_message)
        else:
            headings = ", ".join(h for h in source.headers if h)
            self.status_label.setText(self.tr("Column headings: %1").replace("%1", headings))
            self._ask_register(source)
        self.completeChanged.emit()

    def _ask_register(self, source: TableSource) -> None:
        """Read what the register knows of the file (the columns chosen last time ...) on the
        window's worker; the file counts as opened, and Next works, when it has come."""
        wizard = self._wizard
        self._asked += 1
        asked, db = self._asked, wizard.workspace.database

        def take(context: FileContext) -> None:
            if asked == self._asked:  # not another file or sheet chosen meanwhile
                wizard.file_context = context
                wizard.source = source
                self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            # The window's exception hook finds the sentence for it (a lost server ...).
            sys.excepthook(type(error), error, error.__traceback__)

        if wizard.worker is None:
            take(importer.file_context(db, source))
        else:
            wizard.worker.run_read(
                lambda: importer.file_context(db, source), take, failed, owner=self
            )

    def _show_kind(self, source: TableSource | None) -> None:
        is_csv = source is not None and source.kind == "csv"
        is_xlsx = source is not None and source.kind == "xlsx"
        self.encoding_combo.setEnabled(is_csv)
        self.delimiter_combo.setEnabled(is_csv)
        self.sheet_combo.setEnabled(is_xlsx)

    def isComplete(self) -> bool:
        """Whether a file has been opened and read."""
        return self._wizard.source is not None


def _encoding_name(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-16": "UTF-16",
        "cp1252": "Windows-1252",
        "iso-8859-1": "ISO-8859-1",
    }.get(encoding, encoding)
