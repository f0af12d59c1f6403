"""The facts of the demo register, taken from the source documents.

Almost everything here comes from the Vänersborg mapping of 2014
(seeds/004): the nine places of the Nordic chain with their contact years and
the 2013 member counts of their Föreningen Norden branches (Figur 1),
Utajärvi's membership 1948-1976, the annual meetings 2007-2013 and the 2014
seminar, the grants in Danish kronor, Holmestrand's dormant agreement, Lich
and Omaruru, the music corps' trips and the Blåsut school's request. The
governing document copies the data of Ludvika's policy (seeds/000), the terms
of office are the Swedish ones.

Where the survey gives only a year and a field needs a date, the date is 1
January of that year and the record's note says so. Details the sources do
not give (registry numbers, dates of minor decisions, the two people) are
invented, modest, and marked as such in their notes. The texts are the
municipality's data, in Swedish, and therefore not translated.
"""

from __future__ import annotations

from app.demo.builder_papers import DemoBuilder
from app.demo.facts import MUNICIPALITY
from app.demo.mapping_2014 import add_mapping_report
from app.workspace import Workspace

__all__ = ["MUNICIPALITY", "build"]


def build(workspace: Workspace) -> None:
    """Fill an empty register with the demo records, through the services."""
    builder = DemoBuilder(workspace)
    builder.add_settings()
    builder.add_places()
    builder.add_twinnings()
    builder.add_organisations()
    builder.add_member_counts()
    builder.add_network()
    builder.add_money()
    builder.add_agreements()
    builder.add_activities_and_decisions()
    builder.add_trips()
    builder.add_policy()
    builder.add_terms()
    builder.add_people()
    # Last: the report reads the whole register, as the coordinator's did in 2014.
    add_mapping_report(workspace, builder.twinning_ids, builder.towns)
