"""What a record form shows: the fields of its kind, the heading, the banner and the panels.

The fields are laid out by ``ui.forms.details`` from the kind's field specs
and ``layout_hints``; the pickers among them read their lists of records when
the user comes to them (``ui.forms.widgets.record_names``). Beside the fields:
the heading with the record's label, the line of its reminders, the banner for
errors and notices, the linked records and the attachments. Everything shown
of a stored record is handed in as read on the database worker (a
``ui.forms.saving.ReadBack``), so showing it asks the database nothing;
loading and saving are the job of ``ui.forms.record_form.RecordForm``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import FieldError
from app.services.kinds import KindSpec, spec_for
from app.services.records import RecordRef
from ui.forms.attachments_panel import AttachmentsPanel
from ui.forms.details import build_details, wire_currency
from ui.forms.discarded_edits import DiscardedEdits, put_back, read_edits
from ui.forms.field_grid import WidthFitter
from ui.forms.field_row import BANNER_STYLE, FieldRow, place_errors, reveal
from ui.forms.layout_hints import LayoutHints, hints_for
from ui.forms.linked_panel import LinkedRecordsPanel
from ui.forms.person_data_bar import PersonDataBar
from ui.forms.place_suggestion import PlaceSuggestionLine
from ui.forms.reminder_line import ReminderLine
from ui.forms.widgets import EditorContext, FieldEditor

if TYPE_CHECKING:  # for the type checker only: importing a form loads no database code
    from app.workspace import Workspace
    from ui.forms.saving import ReadBack


class FormView(QWidget):
    """The widgets of one record of ``kind`` and what they show; no reading or writing."""

    dirty_changed = Signal(bool)
    open_record = Signal(str, int)
    # Beyond the shell's contract, for whoever wants it: the user asked for a new
    # record of a kind already linked to this one (kind, preset values for load()).
    new_linked_record = Signal(str, object)
    # A person's data was disposed of from the form: the record is gone, lists must know.
    record_disposed = Signal(str)

    def __init__(self, workspace: Workspace, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind
        self.spec: KindSpec = spec_for(kind)
        self.hints: LayoutHints = hints_for(kind)
        self.context = EditorContext(workspace, self.open_record.emit)
        self._record: Any = None  # as loaded or saved; None for a new record
        self._label = ""  # the record's label, read with it
        self._base: Any = self.spec.record()  # what the editors show after load/revert
        self._dirty = False
        self._loading = False
        self._missing = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long title (a trip's, a decision's) goes on to a second line rather than being
        # cut at the form's edge at 1280×720.
        self.heading.setWordWrap(True)
        legend = QLabel(self.tr("* required"), self)
        legend.setEnabled(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.reminder_line = ReminderLine(self)
        self.person_bar = PersonDataBar(workspace, self)
        self.person_bar.disposed.connect(self.record_disposed)

        self.details = QWidget()
        self.details.setObjectName("details")
        built = build_details(self.details, self.spec, self.hints, self.context, self._edited)
        self.rows: dict[str, FieldRow] = built.rows
        self.groups: dict[str, QGroupBox] = built.groups
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(self.details)
        self._width = WidthFitter(self.scroll_area, built.grids)

        self.linked = LinkedRecordsPanel(workspace, self)
        self.attachments = AttachmentsPanel(workspace, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll_area, self.tr("Details"))
        self.tabs.addTab(self.linked, self.tr("Linked records"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.person_bar, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(legend, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.reminder_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.linked.open_record.connect(self.open_record)
        self.linked.new_record.connect(self.new_linked_record)
        self.linked.counted.connect(lambda n: self._show_count(1, self.tr("Linked records"), n))
        self.attachments.changed.connect(lambda n: self._show_count(2, self.tr("Attachments"), n))
        # Puts the currency beside the amounts again (money kinds only).
        self._show_currency: Callable[[], None] | None = wire_currency(self.rows)
        # A town's name: the gazetteer offers its country, coordinates and population.
        self.place_suggestion = PlaceSuggestionLine(self) if kind == "town" else None
        first = next(iter(self.rows.values()), None)
        if first is not None:
            # The shell's "New" puts the cursor in the first field.
            self.setFocusProxy(first.editor.focus_widget())

    def is_narrow(self) -> bool:
        """True when the fields stand one to a line because the form is too narrow for two."""
        return self._width.narrow()

    def editor(self, name: str) -> FieldEditor:
        """The editor of field ``name`` (for the shell's focus handling and for tests)."""
        return self.rows[name].editor

    def is_dirty(self) -> bool:
        """True when the form holds edits not saved yet."""
        return self._dirty

    def revert(self) -> None:
        """Drop unsaved changes: the editors show the record as loaded or saved."""
        self._put_values(self._base)
        self._set_dirty(False)

    def restore_edits(self, edits: DiscardedEdits) -> None:
        """Put discarded edits back into the editors; the form is unsaved again."""
        first = put_back({name: row.editor for name, row in self.rows.items()}, edits)
        show_currency = self._show_currency
        if show_currency is not None:
            show_currency()
        self._set_dirty(True)
        if first is not None:
            self.tabs.setCurrentWidget(self.scroll_area)
            reveal(self.scroll_area, self.details, first)
            first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def holds(self, edits: DiscardedEdits) -> bool:
        """True when the form's unsaved edits are exactly ``edits`` (nothing typed since)."""
        if not self._dirty:
            return False
        now = self._unsaved_edits()
        return (now.values, now.texts) == (edits.values, edits.texts)

    def _unsaved_edits(self) -> DiscardedEdits:
        editors = {name: row.editor for name, row in self.rows.items()}
        values, texts = read_edits(editors, self._base)
        record_id = self._record.id if self._record is not None else None
        return DiscardedEdits(self.kind, record_id, self._title(), values, texts)

    def show_first_field(self) -> None:
        """Put the cursor in the form's first field, on the Details tab."""
        self.tabs.setCurrentWidget(self.scroll_area)
        first = next(iter(self.rows.values()), None)
        if first is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        reveal(self.scroll_area, self.details, first.editor)
        first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ showing

    def _title(self) -> str:
        singular = self.spec.display_singular()
        if self._record is None:
            return self.spec.display_new()
        # The label read with the record (on the worker): the title asks the database nothing.
        return f"{singular}: {self._label}" if self._label else singular

    def _put_values(self, record: Any) -> None:
        """Put ``record``'s values into the editors (no edit of the user's), errors cleared."""
        self._loading = True
        try:
            for name, row in self.rows.items():
                row.editor.refresh()
                row.editor.set_value(getattr(record, name))
            show_currency = self._show_currency
            if show_currency is not None:
                show_currency()
        finally:
            self._loading = False
        self._clear_errors()

    def _show_values(self, record: Any, back: ReadBack | None = None) -> None:
        """Show ``record`` and what goes with it; ``back`` holds what was read for it on the worker.

        Without ``back`` the record is a new one (or missing): nothing to read for it.
        """
        if back is not None:
            self.context.keep_names(back.names)  # the pickers show them without a read
        self._put_values(record)
        ref = RecordRef(self.kind, self._record.id) if self._record is not None else None
        self._label = back.label if back is not None else ""
        self.heading.setText(self._title())
        self.reminder_line.show_lines(back.reminders if back is not None else [])
        self.person_bar.show_for(self.kind, ref.id if ref else None)
        self.linked.set_record(ref, self._record)
        if back is not None and back.attachments is not None:
            self.attachments.show_files(ref, back.attachments)
        elif back is None or self.attachments.ref != ref:
            # A save of the same record leaves its attachments as they were.
            self.attachments.set_record(ref)
        self._set_dirty(False)

    def _show_missing(self, message: str) -> None:
        """The record was deleted elsewhere: say so and offer nothing to edit."""
        self._missing = True
        self._record = None
        self._base = self.spec.record()
        self._show_values(self._base)
        self.heading.setText(self.spec.display_singular())
        self.details.setEnabled(False)
        self._show_banner(message)

    def _show_count(self, tab: int, text: str, count: int) -> None:
        self.tabs.setTabText(tab, f"{text} ({count})" if count else text)

    def _edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------ errors and notices

    def field_error(self, name: str) -> str:
        """The error shown under field ``name`` ("" when none)."""
        row = self.rows[name]
        return row.error.text() if not row.error.isHidden() else ""

    def banner_text(self) -> str:
        """The text of the banner above the form ("" when hidden)."""
        return self.banner.text() if not self.banner.isHidden() else ""

    def show_notice(self, text: str) -> None:
        """Say something above the fields without touching what is typed (a colleague's save)."""
        self._show_banner(text)

    def _clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error(None)
        self.banner.setVisible(False)
        self.banner.clear()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _show_errors(self, errors: list[FieldError]) -> None:
        general, first = place_errors(self.rows, errors)
        if first is not None:
            general.insert(0, self.tr("Nothing was saved: correct the fields marked in red."))
        self._show_banner("\n".join(general))
        if first is not None:
            self.tabs.setCurrentWidget(self.scroll_area)
            reveal(self.scroll_area, self.details, first.editor)
            first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
