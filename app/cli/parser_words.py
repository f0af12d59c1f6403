"""argparse's own words ("unrecognized arguments", "the following arguments are required")
in the user's language.

argparse builds its messages with ``gettext`` under names of its own module (``_`` and
``ngettext``) at the moment it finds the mistake. While one of our parsers parses, those two
names point at :func:`parser_text` and :func:`parser_plural`, which look the English text up
in our catalogue; afterwards they are put back, so nothing else in the process is touched.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "ArgumentParser"

# Every message argparse can give a user of the command line (Python 3.11 to 3.13), listed
# so that pyside6-lupdate puts them in the catalogue. Messages only a programmer can cause
# (a badly declared option) stay in English.
MESSAGES = (
    QT_TRANSLATE_NOOP("ArgumentParser", "usage: "),
    QT_TRANSLATE_NOOP("ArgumentParser", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unexpected option string: %s"),
)


def parser_text(message: str) -> str:
    """argparse's ``message`` in the current language (unchanged if it is not listed)."""
    return translate(CONTEXT, message)


def parser_plural(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: the form for ``count``, in the current language."""
    return parser_text(singular if count == 1 else plural)


@contextmanager
def parser_speaks_our_language() -> Iterator[None]:
    """While inside, argparse's messages come from our catalogue."""
    module = vars(argparse)
    saved = module.get("_"), module.get("ngettext")
    module["_"], module["ngettext"] = parser_text, parser_plural
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
