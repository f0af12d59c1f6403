"""The row of filters above a list: drop-downs, a period in years, show or hide ended ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.i18n import current_language
from app.money import CURRENCIES
from app.places.countries import all_countries
from app.places.folding import swedish_sort_key
from app.services.fields import YEAR_MAX, YEAR_MIN, FieldSpec
from app.services.kinds import spec_for
from app.services.list_shapes import HEAD_ROWS, Filters, Table
from app.vocabulary import label as choice_label
from app.workspace import Workspace
from ui.lists.filters import filters_for, sql_period

MAX_COMBO_WIDTH = 200


class FilterBar(QWidget):
    """Filters fitting one kind; ``changed`` fires whenever the user alters one."""

    changed = Signal()

    def __init__(self, workspace: Workspace, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._kind = kind
        self._spec = spec_for(kind)
        self._definition = filters_for(kind)
        self._combos: dict[str, QComboBox] = {}
        self._country_codes: set[str] = set()
        # Names of the records a reference filter offers, read on the window's worker with
        # the list (see ref_labels_reader); empty until the first list has come.
        self._ref_labels: dict[str, dict[int, str]] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for name in self._definition.choices:
            field = self._spec.field(name)
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{name}")
            # As wide as the longest choice, within reason: a network's name can be long.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(MAX_COMBO_WIDTH)
            combo.setToolTip(field.display_label())
            combo.setAccessibleName(field.display_label())
            self._combos[name] = combo
            self._fill(field, combo)
            combo.currentIndexChanged.connect(self._emit)
            layout.addWidget(combo)
        self.first_year: QLineEdit | None = None
        self.last_year: QLineEdit | None = None
        if self._definition.period is not None:
            layout.addWidget(QLabel(self.tr("Years"), self))
            self.first_year = self._year_field(self.tr("from"))
            self.last_year = self._year_field(self.tr("to"))
            layout.addWidget(self.first_year)
            layout.addWidget(QLabel("–", self))
            layout.addWidget(self.last_year)
        self.show_ended_box: QCheckBox | None = None
        if self._definition.has_ended(kind):
            self.show_ended_box = QCheckBox(self.tr("Show ended"), self)
            self.show_ended_box.setObjectName("show_ended")
            self.show_ended_box.setChecked(True)
            self.show_ended_box.setToolTip(
                self.tr("Ended ones are shown in grey; untick to hide them.")
            )
            self.show_ended_box.toggled.connect(self._emit)
            layout.addWidget(self.show_ended_box)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.clear_button.setVisible(self.has_filters())

    # ------------------------------------------------------------ building

    def _year_field(self, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setValidator(QIntValidator(YEAR_MIN, YEAR_MAX, field))
        field.setMaxLength(4)
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("00000") + 16)
        field.textChanged.connect(self._year_edited)
        return field

    def _fill(self, field: FieldSpec, combo: QComboBox) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("%1: all").replace("%1", field.display_label()), None)
        for value, text in self._options(field):
            combo.addItem(text, value)
        position = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)

    def _options(self, field: FieldSpec) -> list[tuple[Any, str]]:
        if field.type in ("choice", "tags"):
            return [(code, choice_label(code)) for code in field.choices]
        if field.type == "currency":
            return [(code, code) for code in CURRENCIES]
        if field.type == "country":
            language = current_language()
            return [
                (c.code, c.name(language)) for c in all_countries() if c.code in self._country_codes
            ]
        if field.type == "ref" and field.ref_kind:
            labels = self._ref_labels.get(field.ref_kind, {})
            ordered = sorted(labels.items(), key=lambda item: swedish_sort_key(item[1]))
            return [(record_id, text or "?") for record_id, text in ordered]
        return []

    def ref_labels_reader(self) -> Callable[[], dict[str, dict[int, str]]]:
        """A plain function reading the names the reference filters offer, for the worker.

        It runs with the list's read, so the drop-downs never ask the register on
        the window's thread (on a server each question is a round trip).
        """
        workspace = self._workspace
        kinds = sorted(
            {
                field.ref_kind
                for field in (self._spec.field(name) for name in self._combos)
                if field.type == "ref" and field.ref_kind
            }
        )

        def read() -> dict[str, dict[int, str]]:
            return {kind: dict(workspace.labels(kind)) for kind in kinds}

        return read

    def update_options(
        self, table: Table, ref_labels: dict[str, dict[int, str]] | None = None
    ) -> None:
        """Refresh the drop-downs after the list was read again (new towns, networks ...).

        ``ref_labels`` are the names read by :meth:`ref_labels_reader` with the
        list; without them the reference filters keep what they offer.
        """
        if ref_labels is not None:
            self._ref_labels = ref_labels
        for name, combo in self._combos.items():
            field = self._spec.field(name)
            if field.type == "country":
                self._learn_countries(table, name)
            if field.type in ("country", "ref"):
                self._fill(field, combo)

    def _learn_countries(self, table: Table, name: str) -> None:
        # The list shows country names; the filter needs codes. Offer the countries
        # that occur, learnt while no country is chosen (else only one would occur).
        if self._combos[name].currentData() is not None:
            return
        column = next((i for i, f in enumerate(table.columns) if f.name == name), None)
        if column is None:
            return
        language = current_language()
        by_name = {c.name(language): c.code for c in all_countries()}
        shown = table.column_values(column)  # also the rows of a long list not read yet
        self._country_codes = {by_name.get(text, text) for text in shown}

    # ------------------------------------------------------------ reading

    def equals(self) -> dict[str, Any]:
        """The chosen value of each drop-down that is set."""
        return {
            name: combo.currentData()
            for name, combo in self._combos.items()
            if combo.currentData() is not None
        }

    def years(self) -> tuple[int | None, int | None]:
        """The from and to years typed (None where empty or not yet a whole year)."""
        return self._year_of(self.first_year), self._year_of(self.last_year)

    @staticmethod
    def _year_of(field: QLineEdit | None) -> int | None:
        if field is None:
            return None
        text = field.text().strip()
        if len(text) == 4 and text.isdigit() and YEAR_MIN <= int(text) <= YEAR_MAX:
            return int(text)
        return None

    def sql_filters(self) -> Filters:
        """What the services filter: the drop-downs and, for some kinds, the period.

        A long list is read first as its ids and first rows (``HEAD_ROWS``), the
        rest following on the worker (ui.lists.table_model).
        """
        period = self._definition.period
        first, last = self.years()
        if period is not None and period.in_sql and (first or last):
            return Filters(equals=self.equals(), period=sql_period(first, last), head=HEAD_ROWS)
        return Filters(equals=self.equals(), head=HEAD_ROWS)

    def show_ended(self) -> bool:
        """True when ended records are shown."""
        return self.show_ended_box.isChecked() if self.show_ended_box else True

    def presets(self) -> dict[str, Any]:
        """Values for a new record: a list narrowed to one network gives a member of it."""
        return {
            name: value
            for name, value in self.equals().items()
            if self._spec.field(name).type in ("ref", "choice", "country", "currency")
        }

    def has_filters(self) -> bool:
        """True when anything narrows the list beyond the search."""
        first, last = self.years()
        return (
            bool(self.equals()) or first is not None or last is not None or not (self.show_ended())
        )

    def combo(self, name: str) -> QComboBox:
        """The drop-down of field ``name`` (for tests and screenshots)."""
        return self._combos[name]

    # ------------------------------------------------------------ changing

    def set_show_ended(self, show: bool) -> None:
        """Tick or untick "Show ended"."""
        if self.show_ended_box is not None:
            self.show_ended_box.setChecked(show)

    def clear(self) -> None:
        """Take every filter away, so the whole list shows."""
        self.blockSignals(True)
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        for field in (self.first_year, self.last_year):
            if field is not None:
                field.clear()
        if self.show_ended_box is not None:
            self.show_ended_box.setChecked(True)
        self.blockSignals(False)
        self._emit()

    def _year_edited(self, text: str) -> None:
        # Only a whole year (or nothing) changes the list; "20" is still being typed.
        if not text or len(text) == 4:
            self._emit()

    def _emit(self) -> None:
        self.clear_button.setVisible(self.has_filters())
        self.changed.emit()
