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


@functools.cache  # parsed once for both readings below (a tenth of a second at start)
def _messages(language: str) -> list[tuple[str, ET.Element]]:
    """The finished messages of ``vanort_<language>.ts`` with their context's name."""
    path = translations_dir() / f"vanort_{language}.ts"
    if not path.exists():
        return []
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if message.findtext("source") is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found.append((name, message))
    return found


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """Plain messages: (context, English) → translation."""
    catalogue: dict[tuple[str, str], str] = {}
    for name, message in _messages(language):
        node = message.find("translation")
        if message.get("numerus") == "yes" or message.findtext("comment"):
            continue
        if node is not None and node.text:
            catalogue[(name, message.findtext("source") or "")] = node.text
    return catalogue


@functools.cache
def _forms(language: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Messages told apart by a comment, and plural messages with their numerus forms:
    (context, English, comment) → the forms (one for a message without plural)."""
    forms: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for name, message in _messages(language):
        node = message.find("translation")
        comment = message.findtext("comment") or ""
        if node is None or not (message.get("numerus") == "yes" or comment):
            continue
        if message.get("numerus") == "yes":
            found = tuple(f.text or "" for f in node.iter("numerusform"))
        else:
            found = (node.text,) if node.text else ()
        if found and all(found):
            forms[(name, message.findtext("source") or "", comment)] = found
    return forms


def load_catalogue(language: str) -> None:
    """Parse the messages of ``language`` now (the start does it on a thread, ahead of use)."""
    if language != "en":  # English is the source text: nothing to read
        _catalogue(language)
        _forms(language)


def plural_form(language: str, count: int) -> int:
    """Which numerus form ``count`` takes in ``language``.

    Swedish and English both have one form for exactly 1 and one for every other
    number ("1 rad", "0 rader", "2 rader"), as Qt counts them.
    """
    return 0 if abs(count) == 1 else 1


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """The message ``text`` of ``context`` in the current language (English if missing).

    As Qt's ``translate``: ``disambiguation`` tells apart two meanings of one English text
    ("merged" of one record, of several groups), and a count ``n`` (0 or more) picks the
    plural form and takes the place of %n: ``translate("Import", "%n row(s)", "", n)`` is
    "1 row", "3 rows", "3 rader". The English forms come from ``vanort_en.ts``.
    """
    return translate_in(_language, context, text, disambiguation, n)


def translate_in(
    language: str, context: str, text: str, disambiguation: str = "", n: int = -1
) -> str:
    """The message ``text`` of ``context`` in ``language``, whatever the current language
    (the importer reads labels the program wrote in either language)."""
    if n >= 0:
        forms = _forms(language).get((context, text, disambiguation))
        chosen = forms[min(plural_form(language, n), len(forms) - 1)] if forms else text
        return chosen.replace("%n", str(n))
    if language == "en":
        return text
    if disambiguation:
        found = _forms(language).get((context, text, disambiguation))
        return found[0] if found else text
    return _catalogue(language).get((context, text), text)


class Context:
    """A named context of messages, for counted sentences outside Qt's widgets.

    ``Import = Context("Import")`` then ``Import.tr("%n row(s)", "", count)`` reads as
    Qt's ``self.tr`` does, and ``pyside6-lupdate`` files it under "Import" with its
    numerus forms (it does not see a count given to a plain ``translate()`` call as one).
    Name the variable exactly as the context.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """The message ``text`` of this context in the current language; see translate()."""
        return translate(self.name, text, disambiguation, n)


def reload_catalogues() -> None:
    """Forget loaded catalogues (after the .ts files changed, in tests)."""
    _catalogue.cache_clear()
    _forms.cache_clear()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
