"""Help ▸ Handbook (F1): the offline guide, with its chapters listed beside the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.handbook import chapters, handbook_file
from app.i18n import current_language


class HandbookWindow(QDialog):
    """The handbook: contents on the left, the chosen chapter at the top of the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handbook")
        self.setWindowTitle(self.tr("Handbook – Vänort"))
        # A window of its own beside the program, not a dialog that blocks it.
        self.setModal(False)
        self.resize(900, 620)

        self.contents = QListWidget(self)
        self.contents.setObjectName("handbook_contents")
        contents_label = QLabel(self.tr("&Contents"), self)
        contents_label.setBuddy(self.contents)
        self.text = QTextBrowser(self)
        self.text.setObjectName("handbook_text")
        self.text.setOpenExternalLinks(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(contents_label)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 670])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.contents.currentRowChanged.connect(self._show_chapter)
        self.load()

    def load(self) -> None:
        """Read the handbook in the interface's language (again, after a change of language)."""
        path = handbook_file(current_language())
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError:
            markdown = self.tr("The handbook could not be found; it should be in %1.").replace(
                "%1", str(path)
            )
        self.text.setMarkdown(markdown)
        self.contents.clear()
        self.contents.addItems(chapters(markdown))

    def chapter_block(self, title: str) -> QTextBlock | None:
        """The heading block of the chapter ``title`` in the text, or None."""
        block = self.text.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text().strip() == title:
                return block
            block = block.next()
        return None

    def _show_chapter(self, row: int) -> None:
        item = self.contents.item(row)
        block = self.chapter_block(item.text()) if item is not None else None
        if block is None:
            return
        top = self.text.document().documentLayout().blockBoundingRect(block).top()
        self.text.verticalScrollBar().setValue(int(top))
