"""Qt translators for the interface language: ours and Qt's own standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app import i18n
from app.resource_paths import translations_dir

_installed: list[QTranslator] = []


def apply_language(language: str) -> str:
    """Use ``language`` ("sv" or "en") for every text from now on; returns the one chosen.

    Both the Qt translators (for ``tr()`` in ui/) and app.i18n (for the
    services' messages, field labels and kind names) switch together, so a
    window never mixes two languages. Without a compiled catalogue the English
    source text shows, which is still readable.
    """
    i18n.set_language(language)
    chosen = i18n.current_language()
    app = QCoreApplication.instance()
    if app is None:
        return chosen
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = translations_dir() / f"vanort_{chosen}.qm"
    candidates = [(str(ours.parent), ours.stem)]
    # English is the source language: its catalogue holds only the plural forms
    # ("1 row", "3 rows" for "%n row(s)"), and Qt's own buttons need none.
    if chosen != "en":
        candidates.append(
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{chosen}")
        )
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen


def installed_catalogues() -> list[str]:
    """The files of the translators in use (for the About dialog and tests)."""
    return [t.filePath() for t in _installed]
