"""Fields chosen from fixed lists: vocabularies, currencies, countries, tags, yes/no."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QWidget

from app.i18n import current_language
from app.money import CURRENCIES
from app.places.countries import all_countries, resolve_country
from app.places.folding import fold, swedish_sort_key
from app.services.fields import FieldSpec
from app.vocabulary import label as choice_label
from ui.forms.widgets.base import FieldEditor, InvalidInput
from ui.forms.widgets.combo import Entry, SearchableCombo, make_entry


def _plain_layout(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class ChoiceEditor(FieldEditor):
    """choice and currency fields: a drop-down list of translated labels.

    An optional field gets an empty first entry; so does a required one that
    is still empty, so that nothing is chosen for the user by accident.
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(8 if spec.type == "currency" else 14)
        self._codes = CURRENCIES if spec.type == "currency" else spec.choices
        self._fill(with_blank=not spec.required)
        layout = _plain_layout(self)
        layout.addWidget(self.combo, 1 if spec.type != "currency" else 0)
        if spec.type == "currency":
            layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _index: self.changed.emit())

    def _fill(self, *, with_blank: bool) -> None:
        self.combo.clear()
        if with_blank:
            self.combo.addItem("", None)
        for code in self._codes:
            text = code if self.spec.type == "currency" else choice_label(code)
            self.combo.addItem(text, code)

    def value(self) -> Any:
        """The chosen code ("" for a required field with nothing chosen, else None)."""
        data = self.combo.currentData()
        if data is None:
            # The record keeps "" for a required code that is not chosen yet.
            return "" if self.spec.required else None
        return data

    def set_value(self, value: Any) -> None:
        """Choose the entry of ``value`` (the blank one for none)."""
        blank = not self.spec.required or value in (None, "")
        self._fill(with_blank=blank)
        index = self.combo.findData(value) if value not in (None, "") else 0
        if index < 0:
            # A stored code this version does not know: show it rather than hide it.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def current_code(self) -> str | None:
        """The chosen code, or None (the currency shown beside amounts)."""
        data = self.combo.currentData()
        return str(data) if data else None

    def focus_widget(self) -> QWidget:
        """The drop-down."""
        return self.combo


def country_entries(language: str | None = None) -> list[Entry]:
    """Every country and area as "Finland (FI)" in ``language``, found by any of its names."""
    language = language or current_language()
    swedish = language.startswith("sv")
    entries = [
        make_entry(f"{c.name(language)} ({c.code})", c.code, " ".join(c.names))
        for c in all_countries()
    ]
    if swedish:
        entries.sort(key=lambda e: swedish_sort_key(e.text))
    else:
        entries.sort(key=lambda e: fold(e.text))
    return entries


class CountryEditor(FieldEditor):
    """country fields: type part of any name ("est", "eesti", "aland") and pick."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = SearchableCombo(self)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self._language = ""
        self.refresh()
        _plain_layout(self).addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _index: self.changed.emit())
        self.combo.lineEdit().textEdited.connect(lambda _text: self.changed.emit())

    def refresh(self) -> None:
        """Put the country names in the interface's language again if it changed."""
        # The names follow the interface language, which can change while the program runs.
        language = current_language()
        if language != self._language:
            self._language = language
            self.combo.set_entries(country_entries(language), blank=True)

    def value(self) -> Any:
        """The code of the country chosen or typed; InvalidInput when the text names none."""
        text = self.combo.text()
        if not text:
            return None
        if self.combo.names_an_entry():
            return self.combo.chosen()
        # Typed without picking: any known name or code of one country will do.
        code = resolve_country(text)
        if code is None:
            raise InvalidInput(self.tr("Not a known country or area; choose one from the list."))
        return code

    def set_value(self, value: Any) -> None:
        """Choose the country of ``value``, or show the stored text as it is."""
        if not self.combo.select_data(value) and value:
            self.combo.setEditText(str(value))

    def focus_widget(self) -> QWidget:
        """The searchable country list."""
        return self.combo


class TagsEditor(FieldEditor):
    """tags fields: one check box per choice, in columns."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, columns: int = 3) -> None:
        super().__init__(spec, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        # Alphabetical in the shown language, with "other" last where people look for it.
        labelled = sorted(
            spec.choices,
            key=lambda code: (code == "other", swedish_sort_key(choice_label(code))),
        )
        for code in labelled:
            box = QCheckBox(choice_label(code), self)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
        self._grid = grid
        self._columns = 0
        self._wide_columns = columns
        self._place(columns)
        self._unknown: tuple[str, ...] = ()

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        boxes = list(self.boxes.values())
        for box in boxes:
            self._grid.removeWidget(box)
        rows = -(-len(boxes) // columns)
        for index, box in enumerate(boxes):
            # Fill column by column so the alphabetical order reads downwards.
            self._grid.addWidget(box, index % rows, index // rows)
        for column in range(max(columns, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit_narrow(self, narrow: bool) -> None:
        """Fewer columns of check boxes in a narrow form."""
        self._place(min(2, self._wide_columns) if narrow else self._wide_columns)

    def value(self) -> Any:
        """The ticked codes, followed by stored codes the field does not offer."""
        chosen = tuple(code for code in self.spec.choices if self.boxes[code].isChecked())
        return chosen + self._unknown

    def set_value(self, value: Any) -> None:
        """Tick the boxes of ``value``'s codes, keeping codes the field does not offer."""
        values = tuple(value or ())
        for code, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(code in values)
            box.blockSignals(blocked)
        # Codes this version has no box for are kept, not dropped on the next save.
        self._unknown = tuple(v for v in values if v not in self.boxes)

    def focus_widget(self) -> QWidget:
        """The first check box."""
        return next(iter(self.boxes.values()), self)

    def is_tall(self) -> bool:
        """True: the check boxes take several lines."""
        return True


class BoolEditor(FieldEditor):
    """bool fields: a check box carrying the field's own label."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(spec.display_label(), self)
        _plain_layout(self).addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> Any:
        """True when the box is ticked."""
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        """Tick the box for a true ``value``."""
        blocked = self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(blocked)

    def focus_widget(self) -> QWidget:
        """The check box."""
        return self.box

    def spans_label(self) -> bool:
        """True: the check box carries its own label."""
        return True
