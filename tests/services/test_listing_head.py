"""A long list read in two steps: every id with its first rows, then the whole table."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import records as r
from app.services.listing import Filters, Table
from app.workspace import Workspace

# Names whose order is the same in SQL and in Swedish (no letters past Z, one case).
TOWNS = [
    ("Alingsås", "SE"),
    ("Borås", "SE"),
    ("Celle", "DE"),
    ("Dalvík", "IS"),
    ("Eiði", "FO"),
    ("Falun", "SE"),
    ("Gävle", "SE"),
    ("Herning", "DK"),
    ("Ilulissat", "GL"),
    ("Jurmala", "LV"),
    ("Kuressaare", "EE"),
    ("Lich", "DE"),
]


@pytest.fixture
def towns(workspace: Workspace) -> dict[str, int]:
    """Twelve towns saved in an order unlike their names' (the ids do not follow the names)."""
    ids = {}
    for name, country in reversed(TOWNS):
        ids[name] = workspace.save(r.Town(name=name, country=country)).id
    return ids


def _by_id(table: Table) -> dict[int, tuple[Any, ...]]:
    return {
        record_id: values
        for row, (record_id, values) in enumerate(zip(table.ids, table.values, strict=True))
        if row not in table.unread
    }


def test_a_long_list_comes_as_every_id_with_its_first_rows(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """Every id is there at once; only the first rows in the list's order have their values."""
    whole = workspace.table("town")
    head = workspace.table("town", Filters(head=5))
    assert head.ids == whole.ids
    assert len(head.unread) == len(TOWNS) - 5
    # The five first by name (the town list's own order), not the first five saved.
    read = _by_id(head)
    assert set(read) == {towns[name] for name, _ in TOWNS[:5]}
    expected = _by_id(whole)
    assert all(read[record_id] == expected[record_id] for record_id in read)
    # Their search keys are there too; the unread rows' keys find nothing.
    assert sorted(key for key in head.search_keys if key) == sorted(
        whole.search_keys[whole.ids.index(record_id)] for record_id in read
    )
    assert head.rest is not None and whole.rest is None and not whole.unread


def test_the_rest_reads_the_whole_table(workspace: Workspace, towns: dict[str, int]) -> None:
    """``rest`` gives what a read without ``head`` gives."""
    head = workspace.table("town", Filters(head=5))
    assert head.rest is not None
    rest = head.rest()
    whole = workspace.table("town")
    assert (rest.ids, rest.values, rest.search_keys) == (
        whole.ids,
        whole.values,
        whole.search_keys,
    )
    assert rest.rest is None and not rest.unread


def test_the_countries_of_rows_not_read_yet_are_offered(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """The filter bar offers the countries of every row, also those not read yet."""
    head = workspace.table("town", Filters(head=2))
    whole = workspace.table("town")
    column = next(i for i, f in enumerate(whole.columns) if f.name == "country")
    assert head.column_values(column) == whole.column_values(column)
    assert len(whole.column_values(column)) == len({country for _, country in TOWNS})


def test_a_short_list_is_read_whole_at_once(workspace: Workspace, towns: dict[str, int]) -> None:
    """A list no longer than the head is one ordinary read."""
    table = workspace.table("town", Filters(head=len(TOWNS)))
    assert table.rest is None and not table.unread
    assert len(table.ids) == len(TOWNS)


def test_ended_records_are_known_before_their_rows_are_read(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """Greying and the "show ended" filter work on the rows not read yet."""
    home = towns["Alingsås"]
    for year, name in enumerate([n for n, _ in TOWNS[1:]], start=1950):
        status = "ended" if name in ("Herning", "Lich") else "active"
        workspace.save(
            r.Twinning(town_a_id=home, town_b_id=towns[name], contact_year=year, status=status)
        )
    head = workspace.table("twinning", Filters(head=3))
    whole = workspace.table("twinning")
    assert head.ended == whole.ended
    assert sum(head.ended) == 2
    # The ended ones began late: not among the three first by year of contact.
    assert all(not head.ended[row] for row in range(len(head.ids)) if row not in head.unread)


def test_a_filter_narrows_the_ids_and_the_first_rows_alike(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """Filters apply to both steps: only Swedish towns, the first two of them read."""
    head = workspace.table("town", Filters(equals={"country": "SE"}, head=2))
    swedish = {towns[name] for name, country in TOWNS if country == "SE"}
    assert set(head.ids) == swedish
    assert set(_by_id(head)) == {towns["Alingsås"], towns["Borås"]}


def _twinnings_from_alingsas(
    workspace: Workspace, towns: dict[str, int], years: dict[str, int | None]
) -> dict[str, int]:
    """Alingsås twinned with each town of ``years``, contacted that year (None: not known)."""
    home = towns["Alingsås"]
    return {
        name: workspace.save(
            r.Twinning(town_a_id=home, town_b_id=towns[name], contact_year=year)
        ).id
        for name, year in years.items()
    }


def test_the_first_rows_are_the_earliest_contacts_and_unknown_years_come_last(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """With fewer known years than the head holds, the rows without a year fill it, oldest first."""
    saved = _twinnings_from_alingsas(
        workspace,
        towns,
        {"Lich": None, "Celle": 1990, "Kuressaare": None, "Falun": 1955, "Jurmala": None},
    )
    head = workspace.table("twinning", Filters(head=4))
    assert len(head.ids) == 5 and len(head.unread) == 1
    # 1955 and 1990 first; then of the three without a year the two saved first.
    assert set(_by_id(head)) == {saved["Falun"], saved["Celle"], saved["Lich"], saved["Kuressaare"]}


def test_the_first_rows_by_year_skip_later_years(
    workspace: Workspace, towns: dict[str, int]
) -> None:
    """When the known years fill the head, neither later years nor unknown ones are read."""
    saved = _twinnings_from_alingsas(
        workspace,
        towns,
        {"Lich": None, "Celle": 1990, "Borås": 1961, "Falun": 1955, "Gävle": 1961},
    )
    head = workspace.table("twinning", Filters(head=3))
    assert set(_by_id(head)) == {saved["Falun"], saved["Borås"], saved["Gävle"]}
    rows = {record_id: row for row, record_id in enumerate(head.ids)}
    assert rows[saved["Lich"]] in head.unread and rows[saved["Celle"]] in head.unread
