"""The appendix's fact sheets: the register's own sheets, brief, with what the mapping adds.

One builder makes every fact sheet (:func:`app.reports.builders.fact_sheets.town_fact_sheets`),
so the register and the mapping report never disagree about a town. The
mapping asks for brief sheets, several to a page, and adds per town what only
it knows: the status at each level, the members in the report's year, the
meetings hosted and the grants in the period, and the coordinates when she
asks for them.
"""

from __future__ import annotations

from app import vocabulary
from app.i18n import translate
from app.mapping.data import FactSheetFacts, LevelStatus, TownFacts, TownGroup
from app.mapping.reader import RegisterReader
from app.reports.builders.fact_sheets import town_fact_sheets
from app.reports.builders.register_reading import read_coordinates
from app.reports.cell_text import fill
from app.reports.document import UNKNOWN, Amount, CellValue
from db.session import Database


def mapping_order(reader: RegisterReader, groups: list[TownGroup]) -> list[int]:
    """The twin towns of the tables in their order, the home town aside."""
    order = [tid for g in groups for tid in g.town_ids if tid not in reader.homes]
    return list(dict.fromkeys(order))


def mapping_facts(
    reader: RegisterReader,
    towns: list[TownFacts],
    groups: list[TownGroup],
    levels: dict[int, LevelStatus],
) -> dict[int, list[tuple[str, CellValue]]]:
    """What the mapping adds to each town's sheet (read inside the reader's session)."""
    if not reader.content.appendix.fact_sheets:
        return {}
    by_id = {t.town_id: t for t in towns}
    coordinates = read_coordinates(reader.session, mapping_order(reader, groups))
    extra: dict[int, list[tuple[str, CellValue]]] = {}
    for town_id in mapping_order(reader, groups):
        town = by_id.get(town_id)
        if town is None:
            continue
        facts: list[tuple[str, CellValue]] = []
        level = levels.get(town.twinning_id or -1)
        if level is not None:
            # The ground of each status is in the analysis; the sheet only names it.
            facts.append(
                (
                    translate("Mapping", "Status"),
                    fill(
                        translate("Mapping", "%1 at the municipal level, %2 at the civil level"),
                        vocabulary.label(level.municipal),
                        vocabulary.label(level.civil),
                    ),
                )
            )
        if town.has_branch:
            facts.append(
                (
                    fill(translate("Mapping", "Members %1"), str(reader.table_year)),
                    town.members if town.members is not None else UNKNOWN,
                )
            )
        hosted = [str(mt.year) for mt in reader.meetings if mt.host == town.name]
        if hosted:
            facts.append((translate("Mapping", "Hosted meetings"), ", ".join(hosted)))
        for grant in reader.grants:
            if grant.town == town.name or grant.payer == town.name:
                facts.append(
                    (
                        fill(translate("Mapping", "Grant %1"), str(grant.year)),
                        Amount(grant.amount, grant.currency)
                        if grant.amount is not None
                        else UNKNOWN,
                    )
                )
        # A board seldom needs coordinates; they are printed only when she asks.
        if reader.content.appendix.coordinates and town_id in coordinates:
            lat, lon = coordinates[town_id]
            facts.append((translate("Mapping", "Coordinates"), f"{lat:.4f}, {lon:.4f}"))
        extra[town_id] = facts
    return extra


def mapping_fact_sheets(
    db: Database,
    order: list[int],
    extra: dict[int, list[tuple[str, CellValue]]],
) -> list[FactSheetFacts]:
    """The brief sheets of the towns in ``order`` (outside any open session)."""
    if not extra:
        return []
    wanted = [town_id for town_id in order if town_id in extra]
    return [
        FactSheetFacts(town_id, sheet.title, tuple(sheet.facts))
        for town_id, sheet in town_fact_sheets(db, wanted, extra=extra, brief=True)
    ]
