"""The dialog of a report: what it is about, the format, contact details, the file; or Print.

One dialog serves every report: the report chosen at the top decides which
of year, term, trip and meeting are asked for. Create builds the report on a
worker thread (:class:`ui.background.BackgroundWork`) and opens the file in
the system's viewer; in print mode the PDF is made in a temporary folder and printed (see
:mod:`ui.reports.viewer`).
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.failures import FileInUse, explain_failure, file_in_use_message
from app.reports.builders import REPORTS, ReportOptions, default_file_name
from app.reports.builders.choices import Choice, ReportChoices, report_choices
from app.reports.document import Cancelled
from app.reports.files import free_name_beside
from app.reports.output import check_target, export_report
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui import qt_settings
from ui.background import BackgroundWork
from ui.dialogs.error_dialog import ErrorDialog
from ui.reports import viewer
from ui.sentence_label import sentence_label

log = logging.getLogger("vanort.ui")

FOLDER_KEY = "reports/folder"
FORMATS = (("pdf", ".pdf"), ("xlsx", ".xlsx"), ("docx", ".docx"))


def _day(text: str) -> date | None:
    """A date written as 2026-11-22; None when empty or not such a date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def default_folder() -> Path:
    """Where reports are saved: the folder used last, else Documents, else the home folder."""
    remembered = qt_settings.settings().value(FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class ReportDialog(QDialog):
    """Choose what a report covers and where it goes, then make it (or print it)."""

    def __init__(
        self,
        workspace: Workspace,
        report: str = "register",
        parent: QWidget | None = None,
        *,
        print_mode: bool = False,
        today: date | None = None,
        choices: ReportChoices | None = None,
    ) -> None:
        """``choices``: what the register offers, as the window's worker read it (read here
        without it)."""
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.workspace = workspace
        self.print_mode = print_mode
        self.today = today or date.today()
        self.job: BackgroundWork | None = None
        self.written: Path | None = None
        self._file_edited = False
        self.choices: ReportChoices = (
            choices if choices is not None else report_choices(workspace.database)
        )
        self.setWindowTitle(self.tr("Print a report") if print_mode else self.tr("Make a report"))
        self._build()
        index = self.report_field.findData(report)
        self.report_field.setCurrentIndex(max(index, 0))
        self._report_changed()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        form = QFormLayout()
        self.report_field = QComboBox(self)
        self.report_field.setObjectName("report")
        for kind in REPORTS.values():
            self.report_field.addItem(kind.display_title(), kind.name)
        form.addRow(self.tr("Report"), self.report_field)

        year_row = QWidget(self)
        year_layout = QHBoxLayout(year_row)
        year_layout.setContentsMargins(0, 0, 0, 0)
        self.year_field = QSpinBox(year_row)
        self.year_field.setObjectName("year")
        self.year_field.setRange(1900, 2200)
        latest = [y for y in self.choices.years if y <= self.today.year]
        self.year_field.setValue(latest[0] if latest else self.today.year - 1)
        self.all_years_field = QCheckBox(self.tr("All years"), year_row)
        self.all_years_field.setObjectName("all_years")
        self.all_years_field.setChecked(True)
        year_layout.addWidget(self.year_field)
        year_layout.addWidget(self.all_years_field)
        year_layout.addStretch(1)
        self.year_row = year_row
        form.addRow(self.tr("Year"), year_row)

        self.term_field = self._picker(
            "term", self.choices.terms, self.choices.default_term(self.today)
        )
        form.addRow(self.tr("Term of office"), self.term_field)
        self.trip_field = self._picker("trip", self.choices.trips, None)
        form.addRow(self.tr("Trip"), self.trip_field)
        self.meeting_field = self._picker(
            "meeting", self.choices.meetings, self.choices.default_meeting()
        )
        form.addRow(self.tr("Network meeting"), self.meeting_field)

        # The decision register's period; either end may be left open.
        self.from_field = QLineEdit(self)
        self.from_field.setObjectName("date_from")
        self.from_field.setPlaceholderText(self.tr("from, e.g. 2026-01-01"))
        self.to_field = QLineEdit(self)
        self.to_field.setObjectName("date_to")
        self.to_field.setPlaceholderText(self.tr("to, e.g. 2026-12-31"))
        period_row = self._side_by_side((self.from_field, 0), (QLabel("–"), 0), (self.to_field, 0))
        self.period_row = period_row
        form.addRow(self.tr("Period"), period_row)

        self.registry_field = QLineEdit(self)
        self.registry_field.setObjectName("registry_no")
        self.registry_field.setPlaceholderText(self.tr("e.g. KS 2026/123"))
        form.addRow(self.tr("Registry number"), self.registry_field)

        self.format_field = QComboBox(self)
        self.format_field.setObjectName("format")
        self.format_field.addItem(self.tr("PDF (to print)"), "pdf")
        self.format_field.addItem(self.tr("Excel workbook"), "xlsx")
        self.format_field.addItem(self.tr("Word document (to edit)"), "docx")
        form.addRow(self.tr("Format"), self.format_field)

        self.contacts_field = QCheckBox(self.tr("Include e-mail addresses and phone numbers"), self)
        self.contacts_field.setObjectName("include_contacts")
        self.contacts_field.setToolTip(
            self.tr(
                "Contact details are personal data. Leave them out of papers that are "
                "handed out or published."
            )
        )
        form.addRow(self.tr("Contact details"), self.contacts_field)

        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("file")
        self.file_field.textEdited.connect(self._file_was_edited)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        file_row = self._side_by_side((self.file_field, 1), (browse, 0))
        form.addRow(self.tr("File"), file_row)
        self.form = form

        self.message = sentence_label("", self, name="message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(
            self.tr("Print…") if self.print_mode else self.tr("Create"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go_button.setObjectName("go")
        self.go_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.print_mode:
            note = sentence_label(self._print_note(), self, name="print_note")
            layout.addWidget(note)
            form.setRowVisible(self.format_field, False)
            form.setRowVisible(file_row, False)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.report_field.currentIndexChanged.connect(self._report_changed)
        self.format_field.currentIndexChanged.connect(self._refresh_file_name)
        self.year_field.valueChanged.connect(self._refresh_file_name)
        self.all_years_field.toggled.connect(self._years_toggled)
        for picker in (self.term_field, self.trip_field, self.meeting_field):
            picker.currentIndexChanged.connect(self._refresh_file_name)
        for day in (self.from_field, self.to_field):
            day.editingFinished.connect(self._refresh_file_name)
        self.setMinimumWidth(520)

    def _side_by_side(self, *parts: tuple[QWidget, int]) -> QWidget:
        """One row of the form holding ``parts`` (each with its stretch), shown or hidden as one."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in parts:
            layout.addWidget(widget, stretch)
        return row

    def _picker(self, name: str, choices: tuple[Choice, ...], default: int | None) -> QComboBox:
        picker = QComboBox(self)
        picker.setObjectName(name)
        for choice in choices:
            picker.addItem(choice.label, choice.value)
        if default is not None:
            picker.setCurrentIndex(max(picker.findData(default), 0))
        return picker

    def _print_note(self) -> str:
        return self.tr(
            "Vänort makes the report as a PDF and prints it through the print dialog, where you "
            "choose the printer, the pages and the number of copies."
        )

    # ------------------------------------------------------------ state

    def report_name(self) -> str:
        """The report chosen."""
        return str(self.report_field.currentData())

    def file_format(self) -> str:
        """The file format chosen ("pdf" when printing)."""
        return "pdf" if self.print_mode else str(self.format_field.currentData())

    def options(self) -> ReportOptions:
        """The choices made, as the report builders take them."""
        kind = REPORTS[self.report_name()]
        year: int | None = None
        if kind.needs == "year" and not (kind.year_optional and self.all_years_field.isChecked()):
            year = self.year_field.value()
        record_id: int | None = None
        if kind.needs == "trip":
            record_id = self.trip_field.currentData()
        elif kind.needs == "meeting":
            record_id = self.meeting_field.currentData()
        period = kind.needs == "period"
        return ReportOptions(
            year=year,
            term=self.term_field.currentData() if kind.needs == "term" else None,
            record_id=record_id,
            include_contacts=self.contacts_field.isChecked(),
            registry_no=self.registry_field.text().strip(),
            today=self.today,
            date_from=_day(self.from_field.text()) if period else None,
            date_to=_day(self.to_field.text()) if period else None,
        )

    def period_problem(self) -> str:
        """One sentence when a date of the period cannot be read, else ""."""
        if REPORTS[self.report_name()].needs != "period":
            return ""
        for field, text in (
            (self.from_field, self.tr("Write the first day of the period as 2026-01-01.")),
            (self.to_field, self.tr("Write the last day of the period as 2026-12-31.")),
        ):
            if field.text().strip() and _day(field.text()) is None:
                field.setFocus()
                return text
        return ""

    def _report_changed(self) -> None:
        kind = REPORTS[self.report_name()]
        self.form.setRowVisible(self.year_row, kind.needs == "year")
        self.all_years_field.setVisible(kind.year_optional)
        self.year_field.setEnabled(not (kind.year_optional and self.all_years_field.isChecked()))
        self.form.setRowVisible(self.term_field, kind.needs == "term")
        self.form.setRowVisible(self.trip_field, kind.needs == "trip")
        self.form.setRowVisible(self.meeting_field, kind.needs == "meeting")
        self.form.setRowVisible(self.period_row, kind.needs == "period")
        missing = {
            "term": (self.term_field, self.tr("The register holds no term of office.")),
            "trip": (self.trip_field, self.tr("The register holds no trip.")),
            "meeting": (self.meeting_field, self.tr("The register holds no network meeting.")),
        }.get(kind.needs or "")
        if missing is not None and missing[0].count() == 0:
            self.message.setText(missing[1])
            self.go_button.setEnabled(False)
        else:
            self.message.clear()
            self.go_button.setEnabled(True)
        self._refresh_file_name()

    def _years_toggled(self) -> None:
        self._report_changed()

    def _file_was_edited(self) -> None:
        self._file_edited = True

    def suggested_path(self) -> Path:
        """The default file: the report's name and today's date in the last-used folder."""
        suffix = dict(FORMATS)[self.file_format()]
        folder = default_folder()
        current = self.file_field.text().strip()
        if current:
            folder = Path(current).parent
        return folder / default_file_name(self.report_name(), self.options(), suffix, self.today)

    def _refresh_file_name(self) -> None:
        if self.print_mode:
            return
        if self._file_edited:
            # The user's own name stays; only its ending follows the format.
            current = Path(self.file_field.text().strip())
            suffix = dict(FORMATS)[self.file_format()]
            if current.name and current.suffix.lower() != suffix:
                self.file_field.setText(str(current.with_suffix(suffix)))
            return
        self.file_field.setText(str(self.suggested_path()))

    def browse(self) -> None:
        """Choose the file with the system's save dialog."""
        suffix = dict(FORMATS)[self.file_format()]
        pattern = {
            ".pdf": self.tr("PDF files (*.pdf)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".docx": self.tr("Word documents (*.docx)"),
        }[suffix]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.file_field.text(), pattern
        )
        if chosen:
            if Path(chosen).suffix.lower() != suffix:
                chosen += suffix
            self.file_field.setText(chosen)
            self._file_edited = True

    # ------------------------------------------------------------ making it

    def target(self) -> Path:
        """Where the report goes: the chosen file, or a temporary PDF to print."""
        if self.print_mode:
            folder = Path(tempfile.mkdtemp(prefix="vanort-print-"))
            return folder / default_file_name(
                self.report_name(), self.options(), ".pdf", self.today
            )
        return Path(self.file_field.text().strip())

    def start(self) -> None:
        """Check the choices, then make the report on a worker thread."""
        if self.job is not None and self.job.is_running():
            return
        if not self.print_mode and not self.file_field.text().strip():
            self.message.setText(self.tr("Choose the file to write."))
            return
        problem = self.period_problem()
        if problem:
            self.message.setText(problem)
            return
        target = self.target()
        try:
            check_target(target)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        report, options, workspace = self.report_name(), self.options(), self.workspace

        def work(progress: Any, is_cancelled: Any) -> Path:
            return export_report(
                workspace.database,
                report,
                target,
                options,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        title = REPORTS[report].display_title()
        self.job = BackgroundWork(self, title, work, name="report_progress")
        self.job.done.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.go_button.setEnabled(False)
        self.job.start()

    def _finished(self, written: Path) -> None:
        self.go_button.setEnabled(True)
        self.written = written
        if self.print_mode:
            from ui.printing import print_pdf

            # The printing outlives this dialog, which closes now: it belongs to the window.
            print_pdf(self.parentWidget() or self, written)
        else:
            qt_settings.settings().setValue(FOLDER_KEY, str(written.parent))
            if not viewer.open_file(written):
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("The report is saved as %1, but no program opened it.").replace(
                        "%1", str(written)
                    ),
                )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.go_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.message.setText(self.tr("Cancelled; no file was written."))
            return
        if isinstance(error, ServiceError):
            self.message.setText(str(error))
            return
        if isinstance(error, FileInUse):
            self._offer_another_name(error.path)
            return
        failure = explain_failure(error)
        if failure is not None:
            self.message.setText(failure)
            return
        log.error("the report could not be made", exc_info=error)
        ErrorDialog(paths.log_file(), self).open()

    def _offer_another_name(self, in_use: Path) -> None:
        # An earlier export still open in Excel or Word: Windows will not let it
        # be replaced. A free name beside it is filled in, ready to write.
        other = free_name_beside(in_use)
        self.file_field.setText(str(other))
        self._file_edited = True
        self.file_field.setFocus()
        offer = self.tr("The name %1 is free and filled in; press %2 to write the report there.")
        self.message.setText(
            file_in_use_message(in_use)
            + " "
            + offer.replace("%1", other.name).replace("%2", self.go_button.text())
        )

    def reject(self) -> None:
        """Close; a report being made is stopped first."""
        if self.job is not None and self.job.is_running():
            self.job.wait()
        super().reject()
