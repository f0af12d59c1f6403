"""History dates in a list: shown as written, sorted by their first possible day, filtered
by every year they can mean."""

from __future__ import annotations

from typing import Any

from helpers import english_interface  # noqa: F401 (autouse fixture)
from PySide6.QtCore import Qt

from app.dates import ApproxDate
from app.services.records import Town, Twinning
from ui.lists.filters import period_test
from ui.lists.table_model import RecordTableModel


def _texts(model: RecordTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_contact_years_read_as_written_and_a_decade_sorts_at_its_start(workspace: Any) -> None:
    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True)).id
    for name, contact in (
        ("Kangasala", ApproxDate.of_year(1977)),
        ("Holmestrand", ApproxDate.of_year(1949, approximate=True)),
        ("Herning", ApproxDate.of_decade(1940)),
        ("Siglufjörður", ApproxDate.of_decade(1940, "late")),
    ):
        town = workspace.save(Town(name=name, country="DK")).id
        workspace.save(Twinning(town_a_id=home, town_b_id=town, contact_year=contact))
    model = RecordTableModel()
    model.set_table(workspace.table("twinning"))
    column = model.column_of("contact_year")
    assert column is not None
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert _texts(model, column) == ["1940s", "late 1940s", "c. 1949", "1977"]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _texts(model, column) == ["1977", "c. 1949", "late 1940s", "1940s"]
    model.set_search("late 1940")
    assert _texts(model, column) == ["late 1940s"]


def test_a_period_filter_takes_every_year_a_rough_date_can_mean() -> None:
    single = period_test(0, None, 1945, 1945)
    assert single((ApproxDate.of_decade(1940),))  # 1940-1949 holds 1945
    assert not single((ApproxDate.of_decade(1940, "late"),))  # 1947-1949 does not
    span = period_test(0, 1, 1976, None)
    assert span((ApproxDate.of_year(1948), ApproxDate.of_decade(1970)))
    assert not span((ApproxDate.of_year(1948), ApproxDate.of_decade(1970, "early")))


def test_the_change_log_shows_a_changed_date_as_written(qtbot: Any, workspace: Any) -> None:
    import dataclasses

    from ui.lists.changelog_page import ChangeLogPage

    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True)).id
    herning = workspace.save(Town(name="Herning", country="DK")).id
    twinning = workspace.save(
        Twinning(town_a_id=home, town_b_id=herning, contact_year=ApproxDate.of_decade(1940))
    )
    workspace.save(dataclasses.replace(twinning, contact_year=ApproxDate.of_decade(1940, "late")))
    page = ChangeLogPage(workspace)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(page.select_first)
    qtbot.waitUntil(lambda: "Contact year" in page.details.toPlainText())
    assert "Contact year: 1940s → late 1940s" in page.details.toPlainText()
