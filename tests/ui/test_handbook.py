"""Help ▸ Handbook (F1): the Swedish guide opens in the program and its contents lead to chapters."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from helpers import demo_copy, english_interface, shown_window  # noqa: F401 (autouse fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.handbook import chapters, handbook_file
from app.workspace import Workspace
from ui.dialogs.handbook import HandbookWindow
from ui.translations import apply_language

# What the coordinator must be able to look up, in the words of the Swedish handbook.
SWEDISH_CHAPTERS = [
    "Att komma igång",
    "Lägga in en vänort",
    "Registrera en resa",
    "Skriva kartläggningen",
    "Importera en lista",
    "Säkerhetskopiera och återställa",
    "Om något går fel",
]


def test_f1_opens_the_swedish_handbook_and_the_contents_lead_to_each_chapter(
    qtbot: Any, tmp_path: Path
) -> None:
    """F1 in the demo (Swedish): the handbook with its chapters; arrowing down shows each."""
    apply_language("sv")
    window = shown_window(qtbot, Workspace.open(demo_copy(tmp_path)))
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        handbook = window.findChild(HandbookWindow)
        assert handbook is not None
        qtbot.waitUntil(handbook.isVisible)
        assert "Handbok" in handbook.windowTitle()
        contents = handbook.contents
        titles = [contents.item(row).text() for row in range(contents.count())]
        assert titles == SWEDISH_CHAPTERS
        handbook.activateWindow()
        contents.setFocus()
        qtbot.waitUntil(contents.hasFocus)
        bar = handbook.text.verticalScrollBar()
        qtbot.keyClick(contents, Qt.Key.Key_Home)
        positions = []
        for title in SWEDISH_CHAPTERS[1:]:
            qtbot.keyClick(contents, Qt.Key.Key_Down)
            assert contents.currentItem().text() == title
            block = handbook.chapter_block(title)
            assert block is not None
            # The chapter's heading is at the top of the text, or as far down as it scrolls.
            top = handbook.text.document().documentLayout().blockBoundingRect(block).top()
            qtbot.waitUntil(lambda top=top: bar.value() == min(int(top), bar.maximum()))
            positions.append(bar.value())
        assert positions == sorted(positions) and positions[0] > 0
        qtbot.keyClick(handbook, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not handbook.isVisible())
    finally:
        window.close()
        window.workspace.close()
    QApplication.processEvents()


def test_both_handbooks_have_the_same_chapters_and_are_shipped() -> None:
    """The English handbook covers what the Swedish one does; the package carries both."""
    swedish = handbook_file("sv")
    english = handbook_file("en")
    assert swedish.name == "handbok.sv.md" and english.name == "handbook.en.md"
    assert chapters(swedish.read_text(encoding="utf-8")) == SWEDISH_CHAPTERS
    assert len(chapters(english.read_text(encoding="utf-8"))) == len(SWEDISH_CHAPTERS)
    # A language with no handbook of its own gets the Swedish one.
    assert handbook_file("fi") == swedish
    datas_file = Path(__file__).resolve().parents[2] / "packaging" / "datas.py"
    spec = importlib.util.spec_from_file_location("vanort_datas_for_handbook", datas_file)
    assert spec is not None and spec.loader is not None
    datas = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(datas)
    files = datas.shipped_paths()
    assert "resources/handbook/handbok.sv.md" in files
    assert "resources/handbook/handbook.en.md" in files
