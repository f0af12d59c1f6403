"""The demo register: Vänersborg's twin towns as its mapping of 2014 describes them.

The records are the lists in resources/demo/ (see :mod:`app.demo.facts` for
where their facts come from), imported as a coordinator imports hers; what a
list cannot say is set afterwards (:mod:`app.demo.paperwork_links`), and the
mapping report of 2014 is written last, from the register, as the
coordinator's was.
"""

from __future__ import annotations

from app.demo.facts import MUNICIPALITY
from app.demo.mapping_2014 import add_mapping_report
from app.demo.paperwork_links import add_settings, add_terms, link_paperwork
from app.demo.register_files import import_demo_lists
from app.services import store
from app.services.conversion import row_id
from app.services.records import Town, Twinning
from db.session import Database

__all__ = ["MUNICIPALITY", "build"]


def build(db: Database) -> None:
    """Fill an empty register with the demo records: the lists, their links, the report."""
    add_settings(db)
    import_demo_lists(db)
    link_paperwork(db)
    add_terms(db)
    towns = {town.name: row_id(town) for town in store.get_many(db, Town)}
    home = towns["Vänersborg"]
    # The report names the twinnings by their partner, as the survey's table does.
    names = {town_id: name for name, town_id in towns.items()}
    twinning_ids: dict[str, int] = {}
    for twinning in store.get_many(db, Twinning):
        partner = twinning.town_b_id if twinning.town_a_id == home else twinning.town_a_id
        if partner is not None:  # every twinning names both towns; the type allows a draft's gap
            twinning_ids[names[partner]] = row_id(twinning)
    add_mapping_report(db, twinning_ids, towns)
