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
from app.workspace import Workspace

__all__ = ["MUNICIPALITY", "build"]


def build(workspace: Workspace) -> None:
    """Fill an empty register with the demo records: the lists, their links, the report."""
    add_settings(workspace)
    import_demo_lists(workspace)
    link_paperwork(workspace)
    add_terms(workspace)
    towns = {town.name: town.id for town in workspace.get_many("town")}
    home = towns["Vänersborg"]
    # The report names the twinnings by their partner, as the survey's table does.
    names = {town_id: name for name, town_id in towns.items()}
    twinning_ids = {
        names[t.town_b_id if t.town_a_id == home else t.town_a_id]: t.id
        for t in workspace.get_many("twinning")
    }
    add_mapping_report(workspace, twinning_ids, towns)
