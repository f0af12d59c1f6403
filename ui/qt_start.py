"""Loading PySide6 without its scan of every module imported after it.

PySide6 offers opt-in syntax (``from __feature__ import snake_case,
true_property``) chosen per module. To know which modules may switch, it reads
the whole source text of every module imported after Qt (``inspect.getsource``)
and looks for the word "PySide6": some 450 files at the program's start, about
0.1 s of the start's one second, for an answer nothing uses. Vänort selects no
feature anywhere (``tests/test_layers.py`` keeps it so), so every module is the
same to PySide6: here it is told so without reading them.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (puts PySide6's import hook and its feature module in place)

# PySide6's module for __feature__; its name has been the same since PySide6 6.0.
FEATURE_MODULE = "__feature__"


def _uses_no_feature(_module: ModuleType) -> bool:
    """Every module is left out of PySide6's feature switching (none selects a feature)."""
    return False


def skip_feature_scan() -> bool:
    """Answer PySide6's question about each new module without reading its source.

    Returns False (and changes nothing) when this PySide6 asks in another way.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    # A module marked "uses no PySide" is skipped when PySide6 switches features;
    # with no feature selected anywhere there is nothing to switch, so nothing changes.
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True
