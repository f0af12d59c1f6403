"""To-do rule: mark the home municipality, without which the other rules cannot judge."""

from __future__ import annotations

from collections.abc import Iterator

from app.i18n import translate
from app.todo.items import TodoItem
from app.todo.reading import Reading


def home_town(r: Reading) -> Iterator[TodoItem | None]:
    """Asks for the home municipality while none is marked: the rules need it."""
    if r.homes:
        return
    yield r.item(
        "home_town:missing",
        "home_town",
        translate("Todo", "Mark the home municipality"),
        r.today,
        0,
        None,
        detail=translate(
            "Todo",
            "Open the municipality's own town under Twin towns and tick Home municipality: the "
            "rules on trips to twin towns, hosting and grants cannot be applied without it.",
        ),
    )
