"""Translation of the program's own messages without Qt.

The interface (ui/) uses Qt's translators over the compiled ``.qm`` files; the
services and the command line must speak Swedish too without loading Qt, so
they read the same ``vanort_<lang>.ts`` source here. Strings are marked with
``translate("Context", "English text")`` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET  # our own shipped file, never user input

from app.resource_paths import translations_dir

DEFAULT_LANGUAGE = "sv"
LANGUAGES = ("sv", "en")

_language = DEFAULT_LANGUAGE
# The language asked for on the command line or in VANORT_LANGUAGE: it governs the
# whole run, the window included, over the language stored in the database.
_run_language: str | None = None


def set_language(language: str) -> None:
    """Choose the language of messages ("sv" or "en"); unknown codes fall back to English."""
    global _language
    _language = language if language in LANGUAGES else "en"


def current_language() -> str:
    """The language messages are given in now."""
    return _language


def choose_for_run(language: str | None) -> None:
    """Let ``language`` (from --language or VANORT_LANGUAGE) govern this run; None lets the
    database's stored setting govern, as it does when neither is given."""
    global _run_language
    _run_language = language if language in LANGUAGES else None


def chosen_for_run() -> str | None:
    """The language asked for on the command line or in the environment, if any."""
    return _run_language


def language_for_window(stored: str) -> str:
    """The window's language: the one asked for this run, else the database's ``stored`` one."""
    return _run_language or stored


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"vanort_{language}.ts"
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalogue[(name, source)] = node.text
    return catalogue


def translate(context: str, text: str) -> str:
    """The message ``text`` of ``context`` in the current language (English if missing)."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)


def translate_in(language: str, context: str, text: str) -> str:
    """The message ``text`` of ``context`` in ``language``, whatever the current language
    (the importer reads labels the program wrote in either language)."""
    if language == "en":
        return text
    return _catalogue(language).get((context, text), text)


def reload_catalogues() -> None:
    """Forget loaded catalogues (after the .ts files changed, in tests)."""
    _catalogue.cache_clear()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
