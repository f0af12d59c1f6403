"""A table of the mapping's section 4 ("Våra vänorter"): towns, areas, contact years, members.

A network's table counts the members of each town's local branches in the
report's year and totals them with the unknown counts beside the sum, as the
Vänersborg survey does; the twin towns outside the networks get their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.i18n import translate
from app.mapping.data import TownFacts, TownGroup
from app.mapping.wording import all_chains
from app.reports.cell_text import fill
from app.reports.document import UNKNOWN, CellValue, Table, Total


def town_table(
    group: TownGroup,
    towns: list[TownFacts],
    year: int | None,
    network_names: Sequence[str] = (),
) -> Table:
    """One table of section 4: a network's towns, or the twin towns outside the networks.

    ``year`` is the year of the member counts, when the table has that column.
    """
    columns = [
        translate("Mapping", "Twin town"),
        translate("Mapping", "Country (or area)"),
        translate("Mapping", "Contact year"),
    ]
    if group.with_members:
        columns.append(
            fill(translate("Mapping", "Members %1"), str(year))
            if year
            else translate("Mapping", "Members")
        )
    rows: list[list[CellValue]] = []
    for town in towns:
        name = town.written_name
        if town.ended:
            name = fill(translate("Mapping", "%1 (ended)"), name)
        row: list[CellValue] = [
            name,
            town.area,
            town.contact_year if town.contact_year is not None else UNKNOWN,
        ]
        if group.with_members:
            row.append(town.members if town.members is not None else UNKNOWN)
        rows.append(row)
    total: list[CellValue] | None = None
    if group.with_members:
        total = [translate("Mapping", "Total"), None, None]
        # A number in the workbook with its unknowns counted beside it; when no
        # count is known the total reads "uppgift saknas", never 0.
        every_unknown = group.unknown and group.unknown == len(towns)
        total.append(Total(None if every_unknown else group.total, group.unknown))
    if group.network_id is not None:
        caption = fill(
            translate(
                "Mapping",
                "The towns of %1: country or area, contact year and the members of the "
                "local branches in %2.",
            ),
            group.name,
            str(year or "–"),
        )
        sheet = group.name
    else:
        caption = _outside_caption(network_names)
        sheet = translate("Mapping", "Other twin towns")
    return Table(columns=columns, rows=rows, caption=caption, total=total, sheet_name=sheet)


def _outside_caption(network_names: Sequence[str]) -> str:
    """ "Twin towns outside the chain." / "… the networks.": a chain is named as one."""
    if len(network_names) == 1:
        if all_chains(network_names):
            return translate("Mapping", "Twin towns outside the chain.")
        return translate("Mapping", "Twin towns outside the network.")
    if all_chains(network_names):
        return translate("Mapping", "Twin towns outside the chains.")
    return translate("Mapping", "Twin towns outside the networks.")
