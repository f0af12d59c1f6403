"""The page of one twin town: everything about it and its twinnings in one view.

A header with the town's name, its country (and region) and its twinnings;
each twinning's status at both levels with its one-sentence ground (her
judgement first); the timeline the mapping report draws; compact lists of
agreements, trips and activities, organisations and people, decisions,
attached files and the dated history, whose rows open the record; and the town's fact sheet as
PDF or Word. The data comes from :mod:`app.towns.dossier`, read on the
window's database worker (on a server every statement is a round trip: the
page says it is reading meanwhile, and only the last town asked for is
shown); the timeline, slower, is drawn when it arrives from a worker thread.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.document import Cancelled
from app.services.errors import RecordNotFound, ServiceError
from app.towns import linked
from app.towns.dossier import TownDossier, town_dossier
from app.towns.fact_sheet import fact_sheet_file_name, write_town_fact_sheet
from app.towns.standing import TownStanding, judgement_sentence, status_heading, town_standing
from app.workspace import Workspace
from ui.background import BackgroundWork
from ui.page_work import PageWork
from ui.pages import Page
from ui.town_page.record_lists import RecordList
from ui.town_page.timeline_view import TimelineView

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


def ask_fact_sheet_path(parent: QWidget, suggested: str, suffix: str) -> str:
    """The file the fact sheet goes to, chosen in the system's save dialog ("" on Cancel)."""
    # A function, not a method: the context is named, so lupdate and Qt agree on it.
    pdf = QCoreApplication.translate("FactSheetFile", "PDF files (*.pdf)")
    word = QCoreApplication.translate("FactSheetFile", "Word documents (*.docx)")
    title = QCoreApplication.translate("FactSheetFile", "Save the fact sheet as")
    pattern = pdf if suffix == ".pdf" else word
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    if chosen and Path(chosen).suffix.lower() != suffix:
        chosen += suffix
    return chosen


def _label(name: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class TownPage(Page):
    """One twin town with its twinnings; Back (Alt+Left, Esc) returns where she came from."""

    back_requested = Signal()
    shown = Signal(int)  # the town's id, once its dossier is on the page
    not_found = Signal(int)  # the town asked for is gone (said in a message box)
    timeline_ready = Signal()  # the timeline is drawn (or known to be empty)
    fact_sheet_written = Signal(object)  # the Path written
    fact_sheet_failed = Signal(str)  # the sentence shown

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker; without one the town is read here."""
        super().__init__(parent)
        self.setObjectName("town_page")
        self.workspace = workspace
        self._reads = PageWork(self, worker, self._say, lambda: None)
        self._coming: int | None = None  # the town asked for, until its dossier is shown
        self._focus_when_shown = False
        self.dossier: TownDossier | None = None
        self.standing: TownStanding | None = None
        self._timeline_job: BackgroundWork | None = None
        self._sheet_job: BackgroundWork | None = None
        self._asked = 0  # which showing a timeline answer belongs to

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 0)
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.back_button.setObjectName("back")
        self.back_button.setToolTip(self.tr("Back to where you came from (Alt+Left, Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Fact sheet as &PDF…"), self)
        self.pdf_button.setObjectName("fact_sheet_pdf")
        self.pdf_button.clicked.connect(lambda: self.write_fact_sheet(".pdf"))
        self.word_button = QPushButton(self.tr("Fact sheet as &Word…"), self)
        self.word_button.setObjectName("fact_sheet_docx")
        self.word_button.clicked.connect(lambda: self.write_fact_sheet(".docx"))
        top.addWidget(self.pdf_button)
        top.addWidget(self.word_button)
        outer.addLayout(top)

        scroll = QScrollArea(self)
        scroll.setObjectName("town_page_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 6, 12, 12)
        self.title = _label("town_name", body, wrap=False)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.place = _label("town_place", body)
        layout.addWidget(self.place)
        self.message = _label("town_message", body)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        layout.addWidget(_heading(self.tr("Twinnings and status"), body))
        self.twinnings = _label("town_twinnings", body)
        self.twinnings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.twinnings)
        self.rule = _label("status_rule", body)
        self.rule.setEnabled(False)  # greyed: it explains, it is not her data
        layout.addWidget(self.rule)

        layout.addWidget(_heading(self.tr("Timeline"), body))
        self.timeline_view = TimelineView(body)
        layout.addWidget(self.timeline_view)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.lists: dict[str, RecordList] = {}
        groups = (
            (linked.AGREEMENTS, self.tr("&Agreements"), self.tr("No agreement with the town.")),
            (linked.WORK, self.tr("Trips and a&ctivities"), self.tr("No trip or activity.")),
            (
                linked.PEOPLE,
                self.tr("&Organisations and people"),
                self.tr("No organisation in the town."),
            ),
            (linked.DECISIONS, self.tr("&Decisions"), self.tr("No decision concerns the town.")),
            (linked.FILES, self.tr("Doc&uments and attachments"), self.tr("No attached file.")),
            (linked.HISTORY, self.tr("H&istory"), self.tr("No dated event is recorded.")),
        )
        for index, (group, title, empty) in enumerate(groups):
            box = QVBoxLayout()
            caption = QLabel(title, body)
            bold = caption.font()
            bold.setBold(True)
            caption.setFont(bold)
            records = RecordList(f"list_{group}", empty, body)
            caption.setBuddy(records)
            records.open_record.connect(self.open_record)
            box.addWidget(caption)
            box.addWidget(records)
            grid.addLayout(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            self.lists[group] = records
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # The platform's Back is Alt+Left on most; one shortcut per key, or both go quiet.
        backs = {QKeySequence("Alt+Left").toString()} | {
            keys.toString() for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
        }
        for keys in sorted(backs):
            back = QShortcut(QKeySequence(keys), self)
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.activated.connect(self.back_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        app = QCoreApplication.instance()
        if app is not None:
            # A worker still drawing the timeline must end before the program does.
            app.aboutToQuit.connect(self.stop)

    # ------------------------------------------------------------ showing a town
    # The town, its twinnings and its lists are read on the window's database
    # worker; their status and timeline (the status rule once per period) follow
    # from a worker thread of their own.

    def show_town(self, town_id: int, *, today: date | None = None) -> None:
        """Read the town and fill the page when it comes (``shown``); the page says it is
        reading meanwhile. A town gone meanwhile is said in a message box (``not_found``)."""
        self.dossier = None
        self.standing = None
        self._asked += 1  # a timeline still on its way is for a town no longer wanted
        self._show_reading()
        self._read(town_id, today)

    def _read(self, town_id: int, today: date | None) -> None:
        self._coming = town_id
        database = self.workspace.database
        self._reads.read(
            lambda: town_dossier(database, town_id),
            lambda found: self._arrived(found, today),
            lambda error: self._not_arrived(town_id, error),
        )

    def is_reading(self) -> bool:
        """True from asking for a town until its dossier is on the page (or known gone)."""
        return self._coming is not None

    def _show_reading(self) -> None:
        """Nothing of the town before: its name and lists are on their way."""
        self.title.setText(self.tr("Reading the town…"))
        self.place.setText("")
        self.message.setVisible(False)
        self.twinnings.setText("")
        self.rule.setVisible(False)
        for records in self.lists.values():
            records.show_records([], self.tr("Reading…"))
        for button in (self.pdf_button, self.word_button):
            button.setEnabled(False)
            button.setToolTip("")
        self.timeline_view.set_timeline(None, "")

    def _arrived(self, found: TownDossier, today: date | None) -> None:
        self._coming = None
        self.dossier = found
        self._fill(found)
        self._ask_standing(found, today)
        if self._focus_when_shown and self.isVisible():
            self.focus_list()
        self._focus_when_shown = False
        self.shown.emit(found.town_id)

    def _not_arrived(self, town_id: int, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._coming = None
        self._focus_when_shown = False
        if isinstance(error, RecordNotFound):
            self.title.setText("")
            self.not_found.emit(town_id)  # the window returns to the page she came from
            QMessageBox.information(self, self.tr("Twin town"), str(error))
            return
        self.title.setText(self.tr("The town could not be read."))
        # As if the read had failed on this thread: the window's exception hook finds
        # the sentence for it (a lost server) and logs the rest.
        sys.excepthook(type(error), error, error.__traceback__)

    def _fill(self, found: TownDossier) -> None:
        self.title.setText(found.name)
        place = found.place or self.tr("Country not recorded")
        if found.other_names:
            place = (
                self.tr("%1 · also written %2")
                .replace("%1", place)
                .replace("%2", ", ".join(found.other_names))
            )
        self.place.setText(place)
        self.message.setVisible(False)
        self.twinnings.setText(self._twinnings_html(found, None))
        self.rule.setVisible(False)
        for group, records in self.lists.items():
            if group == linked.HISTORY:
                records.show_records([], self.tr("Reading the history…"))
            else:
                records.show_records(found.of_group(group))
        for button in (self.pdf_button, self.word_button):
            button.setEnabled(found.has_fact_sheet)
            button.setToolTip(
                ""
                if found.has_fact_sheet
                else self.tr("The town is in no twinning, so it has no fact sheet.")
            )
        self.timeline_view.set_timeline(None, self.tr("Drawing the timeline…"))

    def _twinnings_html(self, found: TownDossier, standing: TownStanding | None) -> str:
        from html import escape

        if not found.twinnings:
            return escape(self.tr("The town is in no twinning in the register."))
        parts = []
        for twinning in found.twinnings:
            lines = [f"<b>{escape(twinning.sentence)}</b>"]
            line = standing.statuses.get(twinning.twinning_id) if standing else None
            if standing is None:
                lines.append(escape(self.tr("Working out the status…")))
            elif line is not None:
                # Her judgement first, then what the register's evidence says.
                judged = judgement_sentence(line)
                lines.append(escape(status_heading(line)))
                if judged:
                    lines.append(escape(judged))
                lines.append(escape(line.ground))
            parts.append("<br>".join(lines))
        return "<p>" + "</p><p>".join(parts) + "</p>"

    def _ask_standing(self, found: TownDossier, today: date | None) -> None:
        self._asked += 1
        asked, workspace = self._asked, self.workspace

        def work(_progress: Any, _is_cancelled: Any) -> Any:
            return town_standing(workspace.database, found, today=today)

        job = BackgroundWork(self, self.tr("Timeline"), work, dialog=False)
        job.done.connect(lambda standing: self._standing_arrived(asked, standing))
        job.failed.connect(lambda error: self._timeline_failed(asked, error))
        self._timeline_job = job
        # Started from the event loop, after the page has been painted: the worker's
        # Python would otherwise share the interpreter with the first paint and slow it.
        QTimer.singleShot(0, lambda: self._start_timeline(asked, job))

    def _start_timeline(self, asked: int, job: BackgroundWork) -> None:
        if asked == self._asked and job is self._timeline_job:
            job.start()
        else:
            job.deleteLater()  # she moved on to another town before it began

    def _standing_arrived(self, asked: int, standing: TownStanding) -> None:
        if asked != self._asked or self.dossier is None:
            return  # she has moved on to another town meanwhile
        self._timeline_job = None
        self.standing = standing
        self.twinnings.setText(self._twinnings_html(self.dossier, standing))
        self.rule.setText(standing.status_rule)
        self.rule.setVisible(bool(standing.status_rule))
        self.lists[linked.HISTORY].show_records(standing.history)
        self.timeline_view.set_timeline(
            standing.timeline,
            self.tr("No start is known for the town's twinnings, so there is no timeline."),
        )
        self.timeline_ready.emit()

    def _timeline_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._timeline_job = None
        if self.dossier is not None:
            self.twinnings.setText(self._twinnings_html(self.dossier, TownStanding()))
        self.lists[linked.HISTORY].show_records([])
        text = str(error) if isinstance(error, ServiceError) else ""
        self.timeline_view.set_timeline(
            None,
            text
            or self.tr(
                "The status and the timeline could not be worked out; the rest of the page is right."
            ),
        )
        self.timeline_ready.emit()

    def is_drawing_timeline(self) -> bool:
        """True from asking for the timeline until it has arrived (or failed)."""
        return self._timeline_job is not None

    # ------------------------------------------------------------ the fact sheet

    def write_fact_sheet(self, suffix: str) -> None:
        """Ask where, then write the town's fact sheet (.pdf or .docx) on a worker thread."""
        found = self.dossier
        if found is None or not found.has_fact_sheet:
            return
        if self._sheet_job is not None and self._sheet_job.is_running():
            return
        from ui.reports.dialog import default_folder

        suggested = default_folder() / (fact_sheet_file_name(found.name) + suffix)
        chosen = ask_fact_sheet_path(self, str(suggested), suffix)
        if not chosen:
            return
        workspace, town_id = self.workspace, found.town_id

        def work(_progress: Any, is_cancelled: Any) -> Path:
            return write_town_fact_sheet(
                workspace.database, town_id, chosen, is_cancelled=is_cancelled
            )

        job = BackgroundWork(
            self, self.tr("Writing the fact sheet…"), work, name="fact_sheet_progress"
        )
        job.done.connect(self._sheet_written)
        job.failed.connect(self._sheet_failed)
        self._sheet_job = job
        job.start()

    def _sheet_written(self, path: Path) -> None:
        from ui.reports import viewer

        self._sheet_job = None
        text = self.tr("The fact sheet is saved as %1.").replace("%1", str(path))
        if not viewer.open_file(path):
            text = self.tr("The fact sheet is saved as %1, but no program opened it.").replace(
                "%1", str(path)
            )
        self._say(text)
        self.fact_sheet_written.emit(path)

    def _sheet_failed(self, error: BaseException) -> None:
        self._sheet_job = None
        if isinstance(error, Cancelled):
            text = self.tr("Cancelled; no file was written.")
        elif isinstance(error, ServiceError):
            text = str(error)
        else:
            text = self.tr("The fact sheet could not be written; no file was left behind.")
        self._say(text)
        self.fact_sheet_failed.emit(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    # ------------------------------------------------------------ Page

    def focus_list(self) -> None:
        """The keyboard starts in the first list with something to open (once it has come)."""
        if self._coming is not None:
            self._focus_when_shown = True
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for records in self.lists.values():
            if records.records():
                records.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read the town again (records changed meanwhile); what is shown stays until it comes."""
        if self._coming is not None:
            self._read(self._coming, None)
        elif self.dossier is not None:
            self._read(self.dossier.town_id, None)

    def stop(self) -> None:
        """Wait for the work still running (the window closes or the page goes)."""
        for job in (self._timeline_job, self._sheet_job):
            if job is not None and job.is_running():
                job.wait()
