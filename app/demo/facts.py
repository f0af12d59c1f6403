"""The fixed wording of the demo register; its records are the lists in resources/demo/.

Almost everything in those lists comes from the Vänersborg mapping of 2014
(seeds/004): the nine places of the Nordic chain with their contact years and
the 2013 member counts of their Föreningen Norden branches (Figur 1),
Utajärvi's membership 1948-1976, the annual meetings 2007-2013 and the 2014
seminar, the grants in Danish kronor, Holmestrand's dormant agreement, Lich
and Omaruru, the music corps' trips and the Blåsut school's request. The
governing document copies the data of Ludvika's policy (seeds/000), the terms
of office are the Swedish ones.

Details the sources do not give (registry numbers, dates of minor decisions,
the two people) are invented, modest, and marked as such in their notes. The
texts are the municipality's data, in Swedish, and therefore not translated.
"""

from __future__ import annotations

MUNICIPALITY = "Vänersborgs kommun"
LETTERHEAD = "Vänersborgs kommun · Kommunstyrelsens förvaltning · Internationellt arbete"
