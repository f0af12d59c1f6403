"""The acceptance of the status per level on the demo register (seeds/004, Vänersborg 2014).

The mapping report's status table shows the coordinator's "vilande" for the
Nordic twinnings at the municipal level and an active civil level; Lich, begun
in 2010, is not dormant; the term evaluation 2022-2026 suggests ending none of
the ten twinnings in force, since the demo holds no contact at all in that term.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from demo_register import demo_copy

from app.mapping.assemble import build_document
from app.mapping.drafts import new_content
from app.mapping.gather import gather
from app.reports.document import Table, iter_blocks
from app.workflow.terms import evaluation_sheet, nothing_recorded
from app.workspace import Workspace

NORDIC = (
    "Herning",
    "Holmestrand",
    "Siglufjörður",
    "Kangasala",
    "15 landkommuner",
    "Eiði",
    "Arsuk",
    "Husby",
)
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_copy(tmp_path_factory.mktemp("demo")))
    yield workspace
    workspace.close()


def test_the_mapping_status_table_shows_her_dormant_and_the_active_civil_level(
    demo: Workspace,
) -> None:
    content = new_content(demo.database, today=TODAY)
    data = gather(demo.database, content, today=TODAY)
    assert data.status_period == (date(2011, 1, 1), date(2014, 12, 31))
    document = build_document(content, data)
    (table,) = [
        block
        for block in iter_blocks(document.body)
        if isinstance(block, Table) and block.sheet_name == "Status"
    ]
    assert table.columns[:3] == ["Twin town", "Municipal level", "Civil level"]
    rows = {str(row[0]): row for row in table.rows}
    for town in NORDIC:
        municipal, civil = str(rows[town][1]), str(rows[town][2])
        assert municipal.startswith("dormant"), town
        assert civil == "active", town
    # Her judgement stands first; the computed status only where it differs (Husby's 2014 trip),
    # and her reason is printed once under the table, not on every line.
    assert str(rows["Herning"][1]) == "dormant"
    assert str(rows["Husby"][1]) == "dormant (computed: sporadic)"
    assert str(rows["Lich"][1]) == "new"
    assert "within the last five years" in data.status_rule


def test_the_term_evaluation_2022_2026_suggests_ending_none_of_the_ten(demo: Workspace) -> None:
    (term,) = [t.id for t in demo.get_many("term") if t.start_year == 2022]
    rows = evaluation_sheet(demo.database, term, TODAY)
    assert len(rows) == 10  # Utajärvi ended in 1976
    assert not any(row.suggest_ending for row in rows)
    assert nothing_recorded(rows)
