"""Field editors: one widget class per kind of value, chosen by FieldSpec.type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.fields import FieldSpec
from ui.forms.widgets.base import FieldEditor, InvalidInput
from ui.forms.widgets.choices import BoolEditor, ChoiceEditor, CountryEditor, TagsEditor
from ui.forms.widgets.dates import DateEditor, KnownDateEditor
from ui.forms.widgets.numbers import AmountEditor, CoordinateEditor, WholeNumberEditor
from ui.forms.widgets.pickers import ConcernsEditor, NamesEditor, RefEditor, RefsEditor
from ui.forms.widgets.record_names import EditorContext
from ui.forms.widgets.text import LineEditor, LongTextEditor

__all__ = ["EditorContext", "FieldEditor", "InvalidInput", "create_editor"]


def create_editor(
    spec: FieldSpec, context: EditorContext, parent: QWidget | None = None
) -> FieldEditor:
    """The editor that fits ``spec.type``; unknown types get a one-line text field."""
    kind = spec.type
    if kind == "longtext":
        return LongTextEditor(spec, parent)
    if kind in ("int", "year"):
        return WholeNumberEditor(spec, parent)
    if kind in ("money", "decimal"):
        return AmountEditor(spec, parent)
    if kind in ("latitude", "longitude"):
        return CoordinateEditor(spec, parent)
    if kind == "date":
        return DateEditor(spec, parent)
    if kind in ("approx_date", "approx_year"):
        return KnownDateEditor(spec, parent)
    if kind in ("choice", "currency"):
        return ChoiceEditor(spec, parent)
    if kind == "country":
        return CountryEditor(spec, parent)
    if kind == "tags":
        return TagsEditor(spec, parent)
    if kind == "bool":
        return BoolEditor(spec, parent)
    if kind == "ref":
        return RefEditor(spec, context, parent)
    if kind == "refs":
        return RefsEditor(spec, context, parent)
    if kind == "concerns":
        return ConcernsEditor(spec, context, parent)
    if kind == "names":
        return NamesEditor(spec, parent)
    return LineEditor(spec, parent)
