"""Links to other records: one (a town), several (the towns of a trip), any kind
(what a decision concerns), and free lists of names (a town's other names)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.places.folding import swedish_sort_key
from app.services.fields import FieldSpec
from app.services.kinds import KINDS, spec_for
from app.services.records import RecordRef
from ui.forms.widgets.base import FieldEditor, InvalidInput
from ui.forms.widgets.record_combo import RecordCombo
from ui.forms.widgets.record_names import EditorContext

ID_ROLE = Qt.ItemDataRole.UserRole


def _open_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText("↗")
    button.setToolTip(QCoreApplication.translate("RefEditor", "Open the chosen record"))
    button.setAccessibleName(QCoreApplication.translate("RefEditor", "Open"))
    return button


class RefEditor(FieldEditor):
    """ref fields: a searchable list of records and a button that opens the chosen one."""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(spec, parent)
        assert spec.ref_kind is not None
        self.ref_kind = spec.ref_kind
        self.context = context
        self.combo = RecordCombo(
            context, self.ref_kind, self.tr("Type to search"), self, blank=not spec.required
        )
        self.open_button = _open_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.open_button)
        self.setFocusProxy(self.combo)
        self.open_button.clicked.connect(self._open)
        self.combo.activated.connect(lambda _index: self._edited())
        self.combo.lineEdit().textEdited.connect(lambda _text: self._edited())
        self.combo.currentIndexChanged.connect(lambda _index: self._update_button())

    def refresh(self) -> None:
        """Show the record names to choose from as last read."""
        self.combo.refresh()
        self._update_button()

    def _edited(self) -> None:
        self._update_button()
        self.changed.emit()

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.combo.chosen() is not None)

    def _open(self) -> None:
        chosen = self.combo.chosen()
        if chosen is not None:
            self.context.open_record(self.ref_kind, int(chosen))

    def value(self) -> Any:
        """The chosen record's id; InvalidInput when the text names none."""
        if not self.combo.names_an_entry():
            raise InvalidInput(self.tr("Choose one from the list."))
        return self.combo.chosen()

    def set_value(self, value: Any) -> None:
        """Choose the record ``value``."""
        self.combo.show_record(value)
        self._update_button()

    def focus_widget(self) -> QWidget:
        """The searchable record list."""
        return self.combo


class _ChosenList(QListWidget):
    """The list of chosen links; Delete removes, Enter opens."""

    def __init__(self, owner: _ListEditor) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.owner.remove_selected()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.owner.can_open:
            self.owner.open_current()
        else:
            super().keyPressEvent(event)


class _ListEditor(FieldEditor):
    """A picker row above a list of what is chosen, with Remove (and Open) beside it."""

    can_open = True

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, rows: int = 3):
        super().__init__(spec, parent)
        self.picker_row = QHBoxLayout()
        self.picker_row.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.list = _ChosenList(self)
        row_height = self.list.fontMetrics().height() + 4
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setVisible(self.can_open)

        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addLayout(self.picker_row, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.setColumnStretch(0, 1)

        self.add_button.clicked.connect(self.add_pending)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- to be provided by each list
    def pending_text(self) -> str:
        raise NotImplementedError

    def add_pending(self) -> None:
        raise NotImplementedError

    def open_item(self, item: QListWidgetItem) -> None:
        pass

    # -- shared behaviour
    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def append(self, text: str, data: Any) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == data:
                self.list.setCurrentRow(row)
                return
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, data)
        self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_item(item)

    def items_data(self) -> tuple[Any, ...]:
        return tuple(self.list.item(row).data(ID_ROLE) for row in range(self.list.count()))

    def check_nothing_pending(self) -> None:
        pending = self.pending_text()
        if pending:
            # Typed but never added: saving without it would lose it silently.
            raise InvalidInput(
                self.tr("“%1” is not added yet: press Add, or clear the field.").replace(
                    "%1", pending
                )
            )

    def replace_items(self, items: list[tuple[str, Any]]) -> None:
        self.list.clear()
        for text, data in items:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, data)
            self.list.addItem(item)
        self._update_buttons()

    def is_tall(self) -> bool:
        return True


class RefsEditor(_ListEditor):
    """refs fields: the towns of a trip, the parties of an agreement."""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(spec, parent)
        assert spec.ref_kind is not None
        self.ref_kind = spec.ref_kind
        self.context = context
        self.combo = RecordCombo(context, self.ref_kind, self.tr("Type to search, then Add"), self)
        self.picker_row.addWidget(self.combo, 1)
        self.combo.lineEdit().returnPressed.connect(self.add_pending)
        self.setFocusProxy(self.combo)

    def refresh(self) -> None:
        """Show the record names to choose from as last read."""
        self.combo.refresh()
        self.combo.select_data(None)

    def pending_text(self) -> str:
        """What is typed but not added yet."""
        return self.combo.text()

    def add_pending(self) -> None:
        """Add the record the text names to the list."""
        chosen = self.combo.chosen()
        if chosen is None:
            return
        self.append(self.combo.text(), int(chosen))
        self.combo.select_data(None)

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the linked record of ``item``."""
        self.context.open_record(self.ref_kind, int(item.data(ID_ROLE)))

    def value(self) -> Any:
        """The ids of the chosen records; InvalidInput when something typed is not added."""
        self.check_nothing_pending()
        return tuple(int(v) for v in self.items_data())

    def set_value(self, value: Any) -> None:
        """List the records of the ids in ``value``."""
        ids = [int(i) for i in value or ()]
        labels = self.context.labels(self.ref_kind, ids)
        self.replace_items([(labels.get(i, "?"), i) for i in ids])
        self.combo.select_data(None)

    def focus_widget(self) -> QWidget:
        """The searchable record list."""
        return self.combo


# What decisions are usually about comes first in the list of kinds.
_COMMON_CONCERNS = ("trip", "agreement", "twinning", "grant", "activity", "town", "network")


def concern_kinds() -> list[str]:
    """Kinds a decision can concern: the usual ones first, then the rest by name."""
    rest = [k for k in KINDS if k not in (*_COMMON_CONCERNS, "decision", "exchange_rate")]
    rest.sort(key=lambda k: swedish_sort_key(spec_for(k).display_singular()))
    return [*_COMMON_CONCERNS, *rest]


class ConcernsEditor(_ListEditor):
    """A decision's links: first the kind of record, then the record."""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(spec, parent, rows=4)
        self.context = context
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(10)
        for kind in concern_kinds():
            self.kind_combo.addItem(spec_for(kind).display_singular(), kind)
        self.combo = RecordCombo(context, None, self.tr("Type to search, then Add"), self)
        self.picker_row.addWidget(self.kind_combo)
        self.picker_row.addWidget(self.combo, 1)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._fill_records())
        self.combo.lineEdit().returnPressed.connect(self.add_pending)
        self.setFocusProxy(self.kind_combo)

    def choose_kind(self, kind: str) -> None:
        """Offer the records of ``kind`` to choose from."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _fill_records(self) -> None:
        kind = self.kind_combo.currentData()
        if kind:
            self.combo.set_kind(str(kind))
            self.combo.select_data(None)

    def refresh(self) -> None:
        """Show the record names to choose from as last read."""
        self._fill_records()

    def _text(self, ref: RecordRef) -> str:
        label = self.context.labels(ref.kind, [ref.id]).get(ref.id, "?")
        return f"{spec_for(ref.kind).display_singular()}: {label}"

    def pending_text(self) -> str:
        """What is typed but not added yet."""
        return self.combo.text()

    def add_pending(self) -> None:
        """Add the record the text names, of the kind chosen, to the list."""
        kind, chosen = self.kind_combo.currentData(), self.combo.chosen()
        if not kind or chosen is None:
            return
        ref = RecordRef(str(kind), int(chosen))
        self.append(self._text(ref), ref)
        self.combo.select_data(None)

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the record of ``item``."""
        ref = item.data(ID_ROLE)
        self.context.open_record(ref.kind, ref.id)

    def value(self) -> Any:
        """The records the decision concerns; InvalidInput when something typed is not added."""
        self.check_nothing_pending()
        return tuple(self.items_data())

    def set_value(self, value: Any) -> None:
        """List the records in ``value``."""
        refs = list(value or ())
        for kind in {ref.kind for ref in refs}:  # one read per kind, not one per record
            self.context.labels(kind, [ref.id for ref in refs if ref.kind == kind])
        self.replace_items([(self._text(ref), ref) for ref in value or ()])
        self.combo.select_data(None)

    def focus_widget(self) -> QWidget:
        """The choice of kind, where the keyboard starts."""
        return self.kind_combo


class NamesEditor(_ListEditor):
    """names fields: free texts such as a town's names in other languages."""

    can_open = False

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(spec, parent, rows=2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name and press Add"))
        self.picker_row.addWidget(self.edit, 1)
        self.edit.returnPressed.connect(self.add_pending)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFocusProxy(self.edit)

    def pending_text(self) -> str:
        """What is typed but not added yet."""
        return self.edit.text().strip()

    def add_pending(self) -> None:
        """Add the typed name to the list."""
        text = self.pending_text()
        if text:
            self.append(text, text)
            self.edit.clear()

    def append(self, text: str, data: Any) -> None:
        """Add a name that can be corrected in place."""
        super().append(text, data)
        self._make_editable()

    def _make_editable(self) -> None:
        blocked = self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(blocked)

    def value(self) -> Any:
        """The names, each once; InvalidInput when something typed is not added."""
        self.check_nothing_pending()
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return tuple(dict.fromkeys(t for t in texts if t))

    def set_value(self, value: Any) -> None:
        """List the names in ``value``."""
        blocked = self.list.blockSignals(True)
        self.replace_items([(str(v), str(v)) for v in value or ()])
        self.list.blockSignals(blocked)
        self._make_editable()
        self.edit.clear()

    def focus_widget(self) -> QWidget:
        """The line where a name is typed."""
        return self.edit
