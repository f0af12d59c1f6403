"""A text box for her formatted prose: bold, italic, bullet lists and quotations.

The text is kept as she types it, with a few marks (``**bold**``, ``*italic*``,
"- " bullets, "> " quotations; see :mod:`app.reports.rich_text`), so it reads
back the same in the PDF and in Word and never carries hidden markup. The
buttons and Ctrl+B / Ctrl+I put the marks around the selection or in front of
the selected lines, so she need not remember them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from app.mapping.text_blocks import TextBlock
from app.services.errors import ServiceError


class TextBlockShelf(Protocol):
    """Where the saved text blocks are kept (the open register)."""

    def blocks(self) -> Sequence[TextBlock]:
        """Every saved block, by name."""
        ...

    def save(self, name: str, text: str) -> TextBlock:
        """Keep ``text`` under ``name`` (replacing a block of that name)."""
        ...


class RichTextEdit(QPlainTextEdit):
    """The editing area: plain text with marks; Ctrl+B and Ctrl+I mark the selection."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+B and Ctrl+I mark the selection bold or italic."""
        if event.matches(QKeySequence.StandardKey.Bold):
            self.wrap_selection("**")
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.wrap_selection("*")
            return
        super().keyPressEvent(event)

    def wrap_selection(self, mark: str) -> None:
        """Put ``mark`` on both sides of the selection (or of an empty spot, cursor between)."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        chosen = cursor.selectedText()
        # A selection's trailing space stays outside the marks, or they would not close.
        stripped = chosen.rstrip()
        trailing = chosen[len(stripped) :]
        cursor.insertText(f"{mark}{stripped}{mark}{trailing}")
        if not chosen:
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(mark)
            )
            self.setTextCursor(cursor)

    def prefix_lines(self, prefix: str) -> None:
        """Start each selected line (or the current one) with ``prefix``, or take it away."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        blocks = [document.findBlockByNumber(n) for n in range(first, last + 1)]
        # All lines already marked: the button takes the mark away again.
        remove = all(block.text().startswith(prefix) for block in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
                )
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        cursor.endEditBlock()


class RichTextBox(RichTextEdit):
    """The editing area with its buttons (Bold, Italic, List, Quotation) in a strip above the text.

    The strip sits in the box's own top margin, so the box is one widget: a
    label's buddy, a form row and a test's key events all reach the text.
    """

    def __init__(self, name: str, placeholder: str, *, lines: int = 5) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.strip = QWidget(self)
        self.strip.setObjectName(f"{name}_tools")
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(2)
        self.bold_button = self._button(self.tr("B"), self.tr("Bold (Ctrl+B): **text**"), "bold")
        self.italic_button = self._button(
            self.tr("I"), self.tr("Italic (Ctrl+I): *text*"), "italic"
        )
        self.bullet_button = self._button(
            self.tr("• List"), self.tr('A bulleted list: each line starts with "- "'), "bullets"
        )
        self.quote_button = self._button(
            self.tr("“ Quotation"), self.tr('A quotation: each line starts with "> "'), "quote"
        )
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        self.bold_button.clicked.connect(self.mark_bold)
        self.italic_button.clicked.connect(self.mark_italic)
        self.bullet_button.clicked.connect(self.mark_bullets)
        self.quote_button.clicked.connect(self.mark_quotation)
        self.insert_block_button = self._button(
            self.tr("Insert text block…"), self.tr("Insert a text block saved earlier"), "insert"
        )
        self.save_block_button = self._button(
            self.tr("Save as text block…"),
            self.tr("Keep the selected text (or all of it) for later reports"),
            "save_block",
        )
        self.insert_block_button.clicked.connect(self.insert_block)
        self.save_block_button.clicked.connect(self.save_block)
        for button in (self.bold_button, self.italic_button, self.bullet_button, self.quote_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.insert_block_button)
        row.addWidget(self.save_block_button)
        self.shelf: TextBlockShelf | None = None
        self.insert_block_button.setVisible(False)
        self.save_block_button.setVisible(False)
        self._strip_height = self.strip.sizeHint().height()
        self.setViewportMargins(0, self._strip_height, 0, 0)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12 + self._strip_height)

    def _button(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton(self.strip)
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(f"{self.objectName()}_{name}")
        button.setProperty("edits", True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from text box to text box
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the formatting strip along the top of the box."""
        super().resizeEvent(event)
        frame = self.frameWidth()
        self.strip.setGeometry(frame, frame, self.width() - 2 * frame, self._strip_height)

    def mark_bold(self) -> None:
        """Bold: ``**`` around the selection."""
        self.wrap_selection("**")
        self.setFocus()

    def mark_italic(self) -> None:
        """Italic: ``*`` around the selection."""
        self.wrap_selection("*")
        self.setFocus()

    def mark_bullets(self) -> None:
        """The selected lines as a bulleted list (again: back to plain lines)."""
        self.prefix_lines("- ")
        self.setFocus()

    def mark_quotation(self) -> None:
        """The selected lines as a quotation (again: back to plain lines)."""
        self.prefix_lines("> ")
        self.setFocus()

    # ------------------------------------------------------------ text blocks

    def set_shelf(self, shelf: TextBlockShelf | None) -> None:
        """Where text blocks are kept; the two block buttons show only with one."""
        self.shelf = shelf
        self.insert_block_button.setVisible(shelf is not None)
        self.save_block_button.setVisible(shelf is not None)

    def insert_block(self) -> None:
        """Choose a saved block and insert its text where the cursor stands."""
        if self.shelf is None or self.isReadOnly():
            return
        try:
            blocks = list(self.shelf.blocks())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Text blocks"), str(error))
            return
        if not blocks:
            QMessageBox.information(
                self,
                self.tr("Text blocks"),
                self.tr("No text blocks are saved yet. Select a text and save it as a block."),
            )
            return
        names = [block.name for block in blocks]
        name, chosen = QInputDialog.getItem(
            self, self.tr("Insert text block"), self.tr("&Text block:"), names, 0, False
        )
        if not chosen:
            return
        block = blocks[names.index(name)]
        self.textCursor().insertText(block.text)
        self.setFocus()

    def save_block(self) -> None:
        """Keep the selected text (or the whole text) as a block under a name she gives."""
        if self.shelf is None:
            return
        text = self.textCursor().selectedText().replace("\u2029", "\n") or self.toPlainText()
        if not text.strip():
            QMessageBox.information(
                self, self.tr("Text blocks"), self.tr("Write or select the text to save first.")
            )
            return
        suggestion = " ".join(text.replace("*", "").split()[:5])
        name, chosen = QInputDialog.getText(
            self, self.tr("Save as text block"), self.tr("&Name of the block:"), text=suggestion
        )
        if not chosen:
            return
        existing = {block.name for block in self.shelf.blocks()}
        if " ".join(name.split()) in existing:
            answer = QMessageBox.question(
                self,
                self.tr("Save as text block"),
                self.tr("A block named %1 exists. Replace its text?").replace("%1", name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.shelf.save(name, text)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Text blocks"), str(error))
