"""The list table model: real rows, folded search, stable sort with empty values last."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
)
from PySide6.QtCore import Qt

from app.services.kinds import KINDS, spec_for
from app.services.records import Grant, Organisation, Town, Twinning
from app.workspace import Workspace
from ui.lists.changelog_model import ChangeLogModel
from ui.lists.filters import FILTERS, period_test
from ui.lists.table_model import ENDED_ROLE, ID_ROLE, RecordTableModel

NBSP = "\u00a0"


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    workspace = Workspace.open(demo_copy(tmp_path))
    yield workspace
    workspace.close()


def column_texts(model: RecordTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def towns(workspace: Any, *rows: tuple[str, int | None]) -> dict[str, int]:
    ids = {}
    for name, population in rows:
        ids[name] = workspace.save(Town(name=name, country="SE", population=population)).id
    return ids


def test_model_passes_the_model_tester_on_demo_lists(qtmodeltester: Any, demo: Any) -> None:
    """Every list of the demo, searched and sorted, is a well-behaved Qt model."""
    model = RecordTableModel()
    for kind in ("town", "twinning", "grant", "meeting", "decision"):
        model.set_table(demo.table(kind))
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.set_search("e")
        qtmodeltester.check(model)
        model.set_search("")


def test_search_ignores_case_and_accents(workspace: Any) -> None:
    """ "malmo" and "MALMÖ" both find Malmö, and not Malmberget for "malmo"."""
    towns(workspace, ("Malmö", None), ("Malmberget", None), ("Herning", None))
    model = RecordTableModel()
    model.set_table(workspace.table("town"))
    model.set_search("malmo")
    assert column_texts(model, 0) == ["Malmö"]
    model.set_search("MALMÖ")
    assert column_texts(model, 0) == ["Malmö"]
    model.set_search("malm")
    assert sorted(column_texts(model, 0)) == ["Malmberget", "Malmö"]
    model.set_search("malm her")  # every word must match
    assert column_texts(model, 0) == []


def test_sort_is_stable_with_empty_values_last_both_ways(workspace: Any) -> None:
    """Population sorts numerically; towns without one stay last and keep their order."""
    towns(
        workspace,
        ("Alpha", None),
        ("Bravo", 500),
        ("Charlie", 100),
        ("Delta", None),
        ("Echo", 500),
    )
    model = RecordTableModel()
    model.set_table(workspace.table("town"))
    population = model.column_of("population")
    assert population is not None
    model.sort(population, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 0) == ["Charlie", "Bravo", "Echo", "Alpha", "Delta"]
    model.sort(population, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 0) == ["Bravo", "Echo", "Charlie", "Alpha", "Delta"]


def test_text_sorts_in_swedish_order(workspace: Any) -> None:
    """Å, Ä and Ö come after Z, as in a Swedish dictionary."""
    towns(workspace, ("Örebro", None), ("Åbo", None), ("Zürich", None), ("Aarhus", None))
    model = RecordTableModel()
    model.set_table(workspace.table("town"))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 0) == ["Aarhus", "Zürich", "Åbo", "Örebro"]


def test_amounts_dates_and_numbers_read_the_language_s_way(workspace: Any) -> None:
    """10 000 SEK reads "10,000 SEK" in English, a DKK grant keeps its code, dates are ISO,
    numbers right."""
    org = workspace.save(Organisation(name="Föreningen Norden", kind="association"))
    workspace.save(
        Grant(
            organisation_id=org.id,
            year=2014,
            amount=Decimal("10000"),
            currency="SEK",
            report_due=date(2015, 3, 31),
        )
    )
    workspace.save(
        Grant(organisation_id=org.id, year=2013, amount=Decimal("16800"), currency="DKK")
    )
    workspace.save(Grant(organisation_id=org.id, year=2012, amount=None, currency="SEK"))
    model = RecordTableModel()
    model.set_table(workspace.table("grant"))
    amount, due, year = (model.column_of(n) for n in ("amount", "report_due", "year"))
    model.sort(year, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, amount) == [
        f"10,000{NBSP}SEK",
        f"16,800{NBSP}DKK",
        "unknown",
    ]
    assert column_texts(model, due) == ["2015-03-31", "", ""]
    assert column_texts(model, year) == ["2014", "2013", "2012"]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, amount).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right


def test_ended_rows_are_grey_or_hidden(workspace: Any) -> None:
    """An ended twinning is drawn in grey, and hidden when ended ones are not shown."""
    ids = towns(workspace, ("Vänersborg", None), ("Herning", None), ("Utajärvi", None))
    workspace.save(Twinning(town_a_id=ids["Vänersborg"], town_b_id=ids["Herning"], status="active"))
    ended = workspace.save(
        Twinning(
            town_a_id=ids["Vänersborg"],
            town_b_id=ids["Utajärvi"],
            status="ended",
            end_date=date(1976, 1, 1),
            start_date=date(1948, 1, 1),
        )
    )
    model = RecordTableModel()
    model.set_table(workspace.table("twinning"))
    row = model.row_of(ended.id)
    assert row is not None
    assert model.index(row, 0).data(ENDED_ROLE) is True
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    other = 1 - row
    assert model.index(other, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_show_ended(False)
    assert model.rowCount() == 1
    assert model.index(0, 0).data(ID_ROLE) != ended.id
    model.set_show_ended(True)
    assert model.rowCount() == 2


def test_period_filter_on_year_columns() -> None:
    """A span touches a period unless it ends before or starts after; no start: left out."""
    touches = period_test(0, 1, 2000, 2010)
    assert touches((1990, None))  # still going on
    assert touches((1990, 2000))
    assert not touches((1990, 1999))
    assert not touches((2011, None))
    assert not touches((None, 2005))
    single = period_test(0, None, 2013, None)
    assert single((date(2013, 5, 1),)) and not single((date(2012, 12, 31),))


def test_filter_definitions_name_real_fields() -> None:
    """Every kind has filters, naming its own fields; local periods use list columns."""
    assert set(FILTERS) == set(KINDS)
    for kind, definition in FILTERS.items():
        spec = spec_for(kind)
        for name in definition.choices:
            assert spec.field(name).type in ("choice", "ref", "country", "currency"), (kind, name)
        period = definition.period
        if period is None:
            continue
        names = [period.start] + ([period.end] if period.end else [])
        listed = {f.name for f in spec.list_fields}
        if period.in_sql:
            assert (period.start, period.end) == spec.date_ranges[0], kind
        else:
            assert set(names) <= listed, kind


def test_change_log_model_lists_newest_first(qtmodeltester: Any, workspace: Any) -> None:
    """The change log model shows a save and an update, newest first, and passes the tester."""
    from app.services.changelog import read_change_log

    town = workspace.save(Town(name="Nuuk", country="GL"))
    workspace.save(dataclasses.replace(town, name="Nuuk (Godthåb)"))
    model = ChangeLogModel()
    model.set_entries(read_change_log(workspace.database))
    qtmodeltester.check(model)
    actions = [model.index(r, 2).data() for r in range(model.rowCount())]
    records = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert records[:2] == ["Nuuk (Godthåb)", "Nuuk"]
    assert actions[:2] == ["changed", "created"]
    assert model.index(0, 5).data() == "Name"
    model.set_search("godthab")
    assert model.rowCount() == 1
    model.sort(4, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_typing_on_narrows_to_the_same_rows_as_a_fresh_search(demo: Any) -> None:
    """Each keystroke narrows from the rows shown; the result equals searching at once."""
    model = RecordTableModel()
    model.set_table(demo.table("organisation"))
    for typed in ("f", "fo", "for", "fore", "fore n", "fore no", "for", ""):
        model.set_search(typed)
        fresh = RecordTableModel()
        fresh.set_table(demo.table("organisation"))
        fresh.set_search(typed)
        assert model.shown_ids() == fresh.shown_ids(), typed
    assert model.rowCount() == model.total_rows()
