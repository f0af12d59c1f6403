"""The Details tab of a record form: one row per field of the kind, under group headings.

Fields come from ``KindSpec.fields`` in their order, under group headings
(``FieldSpec.group``); ``layout_hints`` says which groups sit side by side,
which short fields share a line and how tall long texts are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.fields import FieldSpec
from app.services.kinds import KindSpec
from ui.forms.field_grid import FieldGrid
from ui.forms.field_row import FieldRow
from ui.forms.layout_hints import LayoutHints, field_lines, grouped_fields
from ui.forms.widgets import EditorContext, create_editor
from ui.forms.widgets.choices import ChoiceEditor
from ui.forms.widgets.numbers import AmountEditor
from ui.forms.widgets.text import LongTextEditor


@dataclass
class Details:
    """What ``build_details`` made: the rows by field name, the group boxes and their grids."""

    rows: dict[str, FieldRow] = field(default_factory=dict)
    groups: dict[str, QGroupBox] = field(default_factory=dict)
    grids: list[FieldGrid] = field(default_factory=list)


def build_details(
    container: QWidget,
    spec: KindSpec,
    hints: LayoutHints,
    context: EditorContext,
    edited: Callable[[], None],
) -> Details:
    """Fill ``container`` with the fields of ``spec``; ``edited`` hears every user edit."""
    made = Details()

    def build_row(field_spec: FieldSpec, parent: QWidget) -> FieldRow:
        editor = create_editor(field_spec, context, parent)
        editor.setObjectName(f"field_{field_spec.name}")
        if isinstance(editor, LongTextEditor):
            editor.set_lines(hints.lines.get(field_spec.name, 3))
        editor.changed.connect(edited)
        row = FieldRow(field_spec, editor, parent)
        made.rows[field_spec.name] = row
        return row

    def build_group(group: str, names: list[str]) -> QGroupBox:
        box = QGroupBox(translate("Field", group) if group else "", container)
        box.setObjectName(f"group_{group}")
        made.groups[group] = box
        lines = [
            [build_row(spec.field(name), box) for name in line]
            for line in field_lines(spec, hints, names)
        ]
        grid = FieldGrid(QGridLayout(box), lines)
        grid.arrange(narrow=False)
        made.grids.append(grid)
        return box

    outer = QVBoxLayout(container)
    outer.setContentsMargins(0, 0, 4, 0)
    groups = grouped_fields(spec, hints)
    present = dict(groups)
    side_by_side = {g: row for row in hints.side_by_side for g in row}
    done: set[str] = set()
    for group, names in groups:
        if group in done:
            continue
        row_groups = [group]
        if group in side_by_side:
            row_groups = [g for g in side_by_side[group] if g in present]
        if len(row_groups) == 1:
            outer.addWidget(build_group(group, names))
        else:
            line = QHBoxLayout()
            for g in row_groups:
                line.addWidget(build_group(g, present[g]), 1, Qt.AlignmentFlag.AlignTop)
            outer.addLayout(line)
        done.update(row_groups)
    outer.addStretch(1)
    return made


def wire_currency(rows: dict[str, FieldRow]) -> Callable[[], None] | None:
    """Money fields show the record's currency beside the amount, kept up to date.

    Returns what puts the currency beside the amounts again (after a load), or
    None when the kind has no amounts in a currency of its own.
    """
    currency = next((r.editor for r in rows.values() if r.spec.type == "currency"), None)
    amounts = [r.editor for r in rows.values() if isinstance(r.editor, AmountEditor)]
    if not isinstance(currency, ChoiceEditor) or not amounts:
        return None
    chosen = currency

    def show(_index: int = 0) -> None:
        for editor in amounts:
            editor.set_currency(chosen.current_code())

    currency.combo.currentIndexChanged.connect(show)
    return show
