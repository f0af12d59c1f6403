"""Edits the user let go of with Discard, kept so that Undo can bring them back.

The form reads what differs from the record as loaded; a field whose text
cannot be read as a value yet (a half-typed date) is kept as its text, so
nothing the user typed is lost.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.forms.widgets import FieldEditor, InvalidInput


@dataclasses.dataclass(frozen=True)
class DiscardedEdits:
    """What was discarded from one record's form (``record_id`` None: a new record)."""

    kind: str
    record_id: int | None
    title: str
    values: dict[str, Any]  # field -> the value typed
    texts: dict[str, str]  # field -> text that was not yet a valid value


def typed_line(editor: FieldEditor) -> QLineEdit | None:
    """The line the user types into for ``editor``, if it has one."""
    widget = editor.focus_widget()
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def read_edits(editors: dict[str, FieldEditor], base: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The fields whose editors differ from ``base``: their values, and texts not yet valid."""
    values: dict[str, Any] = {}
    texts: dict[str, str] = {}
    for name, editor in editors.items():
        try:
            value = editor.value()
        except InvalidInput:
            line = typed_line(editor)
            if line is not None:
                texts[name] = line.text()
            continue
        stored = getattr(base, name)
        if editor.spec.type == "tags" and set(value or ()) == set(stored or ()):
            continue  # the boxes list the tags in their own order; the same tags are no edit
        if value != stored:
            values[name] = value
    return values, texts


def put_back(editors: dict[str, FieldEditor], edits: DiscardedEdits) -> FieldEditor | None:
    """Show ``edits`` in the editors again; returns the first one changed, in the form's order."""
    first: FieldEditor | None = None
    for name, editor in editors.items():
        if name in edits.values:
            editor.set_value(edits.values[name])
        elif name in edits.texts and (line := typed_line(editor)) is not None:
            line.setText(edits.texts[name])
        else:
            continue
        if first is None:
            first = editor
    return first
