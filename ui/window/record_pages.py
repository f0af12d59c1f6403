"""Telling a record kind's list page from the other pages, without loading the list code.

The window starts on its overview; the list pages' code (filters, table, form
wiring) is loaded with the first list shown. Until then no page can be one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.lists.list_page import RecordListPage

_LIST_PAGE_MODULE = "ui.lists.list_page"


def as_record_page(page: object) -> RecordListPage | None:
    """``page`` when it is a record kind's list page (with its form), else None."""
    module = sys.modules.get(_LIST_PAGE_MODULE)
    if module is None:
        return None  # never loaded: no list page was made yet
    record_page: type[RecordListPage] = module.RecordListPage
    return page if isinstance(page, record_page) else None
