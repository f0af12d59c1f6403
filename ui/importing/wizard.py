"""The import wizard: file, kind of record, columns, preview, and the import itself.

Pages, in order:

1. the file, its sheet and heading row (and, for CSV, the detected character
   encoding and column separator, which the user may override);
2. what the rows are (towns, twinnings, organisations …);
3. which column fills which field (suggested from the headings, or the
   columns remembered for a file with the same headings), or one value for a
   field on every row (a list of Swedish towns with no country column);
4. the preview: every problem by row and column, each country the file writes
   in a way no list reads with a box for its country, the groups of similar
   town names with a check box each, and "skip the rows with problems";
5. the import, on a worker thread behind a progress dialog with Cancel, and
   its summary.

Reading and checking a large file, and the import, run off the GUI thread
(:mod:`ui.background`). ``imported`` is emitted with the summary after
a successful import, so the window can refresh its lists.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import paths
from app.errors import DatabaseRefused
from app.importing import importer
from app.importing.country_spellings import unread_countries
from app.importing.fields import IMPORT_KINDS, ImportKind
from app.importing.home_offer import HomeOffer, home_town_offer
from app.importing.importer import (
    Cancelled,
    ColumnMappingError,
    ImportOptions,
    ImportRefused,
    ImportSummary,
    ParsedFile,
    Plan,
    Problem,
    SourceError,
)
from app.importing.mapping import ColumnMapping, check_mapping_with, column_name
from app.importing.rows import fixed_values
from app.importing.sources import CSV_ENCODINGS, TableSource
from app.messages import refusal_message
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui.background import BackgroundWork, Progress
from ui.dialogs.busy import wait_cursor
from ui.importing.country_answers import CountryAnswers

_ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SOURCE, PAGE_KIND, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESULT = range(5)

# The column choice that means "one value, typed here, for every row".
SAME_ON_EVERY_ROW = -2


log = logging.getLogger("vanort.ui.importing")


def _error_text(error: BaseException) -> str:
    """What to tell the user about an error of the import, in one sentence.

    Refusals carry their own sentence; anything unexpected goes to the log file
    with its traceback, and the user is told where.
    """
    if isinstance(error, SourceError | ColumnMappingError):
        return error.message
    if isinstance(error, DatabaseRefused):
        return refusal_message(error)
    if isinstance(error, ServiceError):
        return str(error)
    log.error("import failed", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "ImportWizard", "Something unexpected went wrong; the details are in the log file %1."
    ).replace("%1", str(paths.log_file()))


class ProblemModel(QAbstractTableModel):
    """The preview's problems as a table: row, column, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self._problems[index.row()]
        if index.column() == 0:
            return "" if problem.row is None else str(problem.row)
        if index.column() == 1:
            return problem.column
        return problem.message

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]


class ImportWizard(QWizard):
    """Import records from an Excel workbook or a CSV file into ``workspace``."""

    imported = Signal(object)  # the ImportSummary of a finished import

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.workspace = workspace
        self.source: TableSource | None = None
        self.kind: ImportKind = IMPORT_KINDS["twinnings"]
        self.mapping: ColumnMapping = {}
        # A value for a field on every row, and the countries she named for unread spellings.
        self.fixed: dict[str, str] = {}
        self.country_answers: dict[str, str] = {}
        self.parsed: ParsedFile | None = None
        self.plan: Plan | None = None
        self.summary: ImportSummary | None = None
        self.task: BackgroundWork | None = None
        self.source_page = SourcePage(self)
        self.kind_page = KindPage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_SOURCE, self.source_page)
        self.setPage(PAGE_KIND, self.kind_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.resize(760, 560)

    def run_in_background(
        self,
        title: str,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> BackgroundWork:
        """Run ``work(progress, cancelled)`` on a worker thread behind a progress dialog.

        ``progress`` takes the :class:`ImportProgress` steps of ``app.importing``.
        """

        def reported(progress: Progress, cancelled: Callable[[], bool]) -> Any:
            # The dialog wants a label and a fraction; the import speaks in stages.
            return work(lambda step: progress(step.text(), step.fraction), cancelled)

        task = BackgroundWork(self, title, reported)
        task.done.connect(on_done)
        task.failed.connect(on_failed)
        task.done.connect(self._forget_task)
        task.failed.connect(self._forget_task)
        self.task = task
        task.start()
        return task

    def _forget_task(self, _: object) -> None:
        self.task = None

    def reject(self) -> None:
        """Closing while something runs stops it first (the import rolls back)."""
        task = self.task
        if task is not None and task.is_running():
            task.cancel()
            task.wait()
        super().reject()


# ---------------------------------------------------------------- 1: the file


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
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
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
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
            wizard.source = source
            headings = ", ".join(h for h in source.headers if h)
            self.status_label.setText(self.tr("Column headings: %1").replace("%1", headings))
        self.completeChanged.emit()

    def _show_kind(self, source: TableSource | None) -> None:
        is_csv = source is not None and source.kind == "csv"
        is_xlsx = source is not None and source.kind == "xlsx"
        self.encoding_combo.setEnabled(is_csv)
        self.delimiter_combo.setEnabled(is_csv)
        self.sheet_combo.setEnabled(is_xlsx)

    def isComplete(self) -> bool:
        return self._wizard.source is not None


def _encoding_name(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-16": "UTF-16",
        "cp1252": "Windows-1252",
        "iso-8859-1": "ISO-8859-1",
    }.get(encoding, encoding)


# ---------------------------------------------------------------- 2: what the rows are


class KindPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("What do the rows hold?"))
        self.setSubTitle(self.tr("Each row of the file becomes one record of this kind."))
        self.kind_list = QListWidget(self)
        self.kind_list.setObjectName("kinds")
        for kind in IMPORT_KINDS.values():
            item = QListWidgetItem(kind.display_name(), self.kind_list)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_list)
        layout.addWidget(self.hint)
        self.kind_list.currentRowChanged.connect(self._changed)

    def initializePage(self) -> None:
        source = self._wizard.source
        remembered: str | None = None
        if source is not None:
            choice = importer.initial_mapping(self._wizard.workspace, source)
            if choice.remembered:
                remembered = choice.kind.name
        name = remembered or self._wizard.kind.name
        self.select(name)
        self.hint.setText(
            self.tr("Chosen as last time for a file with the same column headings.")
            if remembered
            else ""
        )

    def select(self, kind_name: str) -> None:
        """Choose the kind called ``kind_name`` ("twinnings")."""
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(Qt.ItemDataRole.UserRole) == kind_name:
                self.kind_list.setCurrentRow(row)
                return

    def _changed(self, row: int) -> None:
        if row >= 0:
            self._wizard.kind = IMPORT_KINDS[
                self.kind_list.item(row).data(Qt.ItemDataRole.UserRole)
            ]
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.kind_list.currentRow() >= 0


# ---------------------------------------------------------------- 3: the columns


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.origin_label = QLabel(self)
        self.origin_label.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("Suggest from the &headings"), self)
        self.suggest_button.setObjectName("suggest")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("mapping_error")
        self.error_label.setWordWrap(True)
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
        wizard = self._wizard
        source = wizard.source
        assert source is not None
        kind = wizard.kind
        self.setSubTitle(
            self.tr("Choose a column for each field of %1; fields marked * are needed.").replace(
                "%1", kind.display_name().lower()
            )
        )
        self._town_optional = (
            kind.name == "twinnings" and importer.home_town_count(wizard.workspace) == 1
        )
        choice = importer.initial_mapping(wizard.workspace, source, kind.name)
        self._build(kind, source.headers)
        self._apply(choice.mapping)
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

    def _apply(self, mapping: ColumnMapping) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            found = combo.findData(mapping.get(name, -1))
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._changed()

    def _suggest(self) -> None:
        from app.importing.mapping import suggest_mapping

        source = self._wizard.source
        assert source is not None
        self._apply(suggest_mapping(self._wizard.kind, source.headers))
        self.origin_label.setText(self.tr("Suggested from the column headings."))

    def fixed(self) -> dict[str, str]:
        """The fields given one value for every row, with the value as typed."""
        return {
            name: self.fixed_edits[name].text().strip()
            for name, combo in self.combos.items()
            if combo.currentData() == SAME_ON_EVERY_ROW
        }

    def mapping(self) -> ColumnMapping:
        """The columns as chosen now."""
        chosen: ColumnMapping = {}
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
                check_mapping_with(
                    wizard.kind,
                    source.headers,
                    self.mapping(),
                    town_optional=self._town_optional,
                    fixed=fixed,
                )
                self._problem = self._fixed_problem(fixed)
            except ColumnMappingError as error:
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
        return bool(self.combos) and self._problem is None

    def validatePage(self) -> bool:
        wizard = self._wizard
        wizard.mapping = self.mapping()
        wizard.fixed = self.fixed()
        # The file, its kind or its columns may have changed since the rows were read.
        wizard.parsed = None
        return True


# ---------------------------------------------------------------- 4: the preview


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Every row has been checked against the register."
            )
        )
        self.setCommitPage(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("preview_summary")
        self.summary_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problem_model = ProblemModel(self)
        self.problem_view = QTableView(self)
        self.problem_view.setObjectName("problems")
        self.problem_view.setModel(self.problem_model)
        self.problem_view.verticalHeader().hide()
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problem_view.setWordWrap(False)
        self.countries_label = QLabel(
            self.tr("Countries this program cannot read: say which country each one is."), self
        )
        self.countries_label.setWordWrap(True)
        self.country_answers = CountryAnswers(self)
        self.countries_label.hide()
        self.country_answers.hide()
        self.groups_label = QLabel(
            self.tr(
                "Towns that look alike (tick those to merge; those with strong evidence "
                "are ticked already):"
            ),
            self,
        )
        self.groups_label.setWordWrap(True)
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("merge_groups")
        self.merge_all = QCheckBox(self.tr("Merge &all of them"), self)
        self.merge_all.setObjectName("merge_all")
        self.skip_box = QCheckBox(
            self.tr("&Skip the rows with problems (they are saved in a file beside this one)"),
            self,
        )
        self.skip_box.setObjectName("skip_invalid")
        self.recheck_button = QPushButton(self.tr("&Check again with these choices"), self)
        self.recheck_button.setObjectName("recheck")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_view, 2)
        layout.addWidget(self.countries_label)
        layout.addWidget(self.country_answers)
        layout.addWidget(self.groups_label)
        layout.addWidget(self.group_list, 1)
        layout.addWidget(self.merge_all)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.recheck_button)
        self.merge_all.toggled.connect(self._merge_all)
        self.group_list.itemChanged.connect(self._choices_changed)
        self.skip_box.toggled.connect(self._choices_changed)
        self.country_answers.changed.connect(self._choices_changed)
        self.recheck_button.clicked.connect(self.check)
        self._checked_choices: ImportOptions | None = None
        self._busy = False
        self._generation = 0
        self.failure: str | None = None

    def initializePage(self) -> None:
        self._wizard.plan = None
        self.failure = None
        self.check()

    def options(self) -> ImportOptions:
        """The choices as they stand: merge groups ticked, and whether to skip bad rows."""
        chosen = frozenset(
            self.group_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.group_list.count())
            if self.group_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return ImportOptions(merge_groups=chosen, skip_invalid=self.skip_box.isChecked())

    def check(self) -> None:
        """Read the rows (once) and check them with the current choices, off the GUI thread."""
        wizard = self._wizard
        source, kind, mapping = wizard.source, wizard.kind, wizard.mapping
        assert source is not None
        # The first check merges the groups with strong evidence, as they are shown ticked.
        options = self.options() if wizard.plan is not None else ImportOptions(merge_strong=True)
        answers = self.country_answers.answers() if wizard.plan is not None else {}
        if answers != wizard.country_answers:
            # The rows are read again with her answers for the unread countries.
            wizard.country_answers = answers
            wizard.parsed = None
        parsed = wizard.parsed
        workspace = wizard.workspace
        fixed = dict(wizard.fixed)

        def work(progress: Any, cancelled: Any) -> tuple[ParsedFile, Plan]:
            nonlocal parsed
            if parsed is None:
                parsed = importer.read_file(
                    workspace, source, kind, mapping, fixed=fixed, country_answers=answers,
                    progress=progress, cancelled=cancelled,
                )  # fmt: skip
            plan = importer.preview(
                workspace, parsed, options, progress=progress, cancelled=cancelled
            )
            return parsed, plan

        self._busy = True
        self._generation += 1
        generation = self._generation
        self.summary_label.setText(self.tr("Checking the rows…"))
        self.completeChanged.emit()
        wizard.run_in_background(
            self.tr("Checking the file"),
            work,
            lambda result: self._checked(result, generation),
            lambda error: self._failed(error, generation),
        )

    def cleanupPage(self) -> None:
        """Going back stops a check still running; its result would be out of date."""
        self._generation += 1
        task = self._wizard.task
        if task is not None and task.is_running():
            task.cancel()
        self._busy = False

    def _checked(self, result: tuple[ParsedFile, Plan], generation: int) -> None:
        if generation != self._generation:
            return
        parsed, plan = result
        wizard = self._wizard
        first = wizard.plan is None
        wizard.parsed, wizard.plan = parsed, plan
        self._busy = False
        self.failure = None
        self._checked_choices = plan.options
        if first:
            self._show_groups(plan)
            # The ticks are the strong groups the check merged: nothing to check again.
            self._checked_choices = self.options()
        summary = importer.summary_of(plan, dry_run=True)
        lines = [
            self.tr("%n row(s) read.", "", plan.rows_total),
            *summary.lines()[1:],
        ]
        self.summary_label.setText("\n".join(lines))
        self.problem_model.set_problems(plan.problems)
        unread = unread_countries(plan.problems)
        self.country_answers.show_unread(unread)
        self.countries_label.setVisible(bool(unread))
        self.problems_label.setText(
            self.tr("Problems: %1").replace("%1", str(len(plan.problems)))
            if plan.problems
            else self.tr("No problems found.")
        )
        self.skip_box.setEnabled(bool(plan.problems))
        self._update_recheck()
        self.completeChanged.emit()

    def _show_groups(self, plan: Plan) -> None:
        self.group_list.blockSignals(True)
        self.group_list.clear()
        merged = {group.id for group in plan.accepted_groups()}
        for group in plan.groups:
            # The group, and on a second line why it may (or may not) be one place.
            text = f"{group.description()}\n{group.evidence.sentence()}"
            item = QListWidgetItem(text, self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = group.id in merged
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            rows = ", ".join(str(row) for row in group.rows)
            item.setToolTip(self.tr("Rows %1").replace("%1", rows))
        self.group_list.blockSignals(False)
        has_groups = bool(plan.groups)
        self.groups_label.setVisible(has_groups)
        self.group_list.setVisible(has_groups)
        self.merge_all.setVisible(has_groups)

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if isinstance(error, Cancelled):
            self.failure = self.tr("Checking was stopped; nothing was imported.")
        else:
            self.failure = _error_text(error)
        self.summary_label.setText(self.failure)
        self._update_recheck()
        self.completeChanged.emit()

    def _merge_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.group_list.blockSignals(True)
        for row in range(self.group_list.count()):
            self.group_list.item(row).setCheckState(state)
        self.group_list.blockSignals(False)
        self._choices_changed()

    def _choices_changed(self) -> None:
        self._update_recheck()
        self.completeChanged.emit()

    def _update_recheck(self) -> None:
        wizard = self._wizard
        stale = (
            wizard.plan is None
            or self.options() != self._checked_choices
            or self.country_answers.answers() != wizard.country_answers
        )
        self.recheck_button.setEnabled(not self._busy and stale)

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        if self._busy or plan is None or self.failure is not None:
            return False
        return not plan.problems or self.skip_box.isChecked()


# ---------------------------------------------------------------- 5: the import


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A twinnings file naming one town on every row offers it as the home municipality.
        self.home_button = QPushButton(self)
        self.home_button.setObjectName("mark_home")
        self.home_button.hide()
        self.home_button.clicked.connect(self._mark_home)
        self.home_label = QLabel(self)
        self.home_label.setObjectName("home_offer")
        self.home_label.setWordWrap(True)
        self.home_label.hide()
        self._home_offer: HomeOffer | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.home_label)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.done = False
        self.failure: str | None = None

    def initializePage(self) -> None:
        wizard = self._wizard
        parsed = wizard.parsed
        assert parsed is not None
        options = wizard.preview_page.options()
        workspace = wizard.workspace
        self.done = False
        self.failure = None
        self.result_label.setText(self.tr("Importing…"))

        def work(progress: Any, cancelled: Any) -> ImportSummary:
            return importer.run_import(
                workspace, parsed, options, progress=progress, cancelled=cancelled
            )

        wizard.run_in_background(self.tr("Importing"), work, self._finished, self._failed)

    def _finished(self, summary: ImportSummary) -> None:
        self.done = True
        self._wizard.summary = summary
        self.setSubTitle(self.tr("The import is done."))
        self.result_label.setText("\n".join(summary.lines()))
        self.completeChanged.emit()
        self._wizard.imported.emit(summary)
        self._offer_home()

    def _offer_home(self) -> None:
        parsed = self._wizard.parsed
        offer = None if parsed is None else home_town_offer(self._wizard.workspace, parsed)
        self._home_offer = offer
        self.home_button.setVisible(offer is not None)
        self.home_label.setVisible(offer is not None)
        if offer is None:
            return
        self.home_label.setText(
            self.tr("Every row names %1 in the column %2.")
            .replace("%1", offer.name)
            .replace("%2", offer.column)
        )
        self.home_button.setText(
            self.tr("Mark %1 as the home municipality").replace("%1", offer.name)
        )
        self.home_button.setEnabled(True)

    def _mark_home(self) -> None:
        offer = self._home_offer
        if offer is None:
            return
        try:
            home = self._wizard.workspace.mark_home_town(offer.name, offer.country)
        except ServiceError as error:
            self.home_label.setText(str(error))
            return
        self.home_button.setEnabled(False)
        self.home_label.setText(
            self.tr("%1 is now marked as the home municipality.").replace("%1", home.name)
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.failure = self.tr("The import was cancelled; nothing was imported.")
        elif isinstance(error, ImportRefused):
            self.failure = str(error)
        else:
            self.failure = self.tr("Nothing was imported: %1").replace("%1", _error_text(error))
        self.setSubTitle(self.tr("Nothing was imported."))
        self.result_label.setText(self.failure)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done or self.failure is not None
