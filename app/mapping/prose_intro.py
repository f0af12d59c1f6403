"""Drafted prose of the opening sections: Uppdrag, Metod och avgränsning, Våra vänorter; the signature.

Each function returns the section's paragraphs as plain strings, written the
way the Vänersborg survey writes them. What the coordinator has written
herself is used instead and never rewritten (the callers check that first);
what only she can say and has not said yet is returned as a placeholder, and
only in a draft.
"""

from __future__ import annotations

from app.derived.status_wording import with_days
from app.i18n import translate
from app.mapping.content import Commission, Scope
from app.mapping.data import MappingData
from app.mapping.drafts import placeholder
from app.mapping.wording import (
    all_chains,
    clause,
    in_area,
    joined,
    number,
    sentence,
    twin_towns,
)
from app.reports.cell_text import counted, fill

MAX_NAMED = 8
"""Towns named one by one in a sentence; beyond this they are counted."""


def commission_paragraphs(c: Commission, data: MappingData, *, draft: bool) -> list[str]:
    """Uppdrag: who commissioned the mapping, when, ahead of what, and why."""
    recipient = clause(c.author_title) or clause(data.author_role or "")
    recipient = recipient[:1].lower() + recipient[1:] if recipient else ""
    author = clause(c.author)
    if recipient and author:
        # A title before the name needs no article ("internationell samordnare Erik
        # Sandberg"); the title alone would ("den internationella samordnaren").
        recipient = fill(translate("Mapping", "%1 %2", "title and name"), recipient, author)
    if not recipient:
        recipient = translate("Mapping", "the undersigned")
    by, occasion, purpose = clause(c.commissioned_by), clause(c.occasion), clause(c.purpose)
    if not (by or occasion or purpose):
        return [placeholder("commission")] if draft else []
    paragraph: list[str] = []
    if by and occasion:
        paragraph.append(
            sentence(
                translate(
                    "Mapping",
                    "Ahead of %1, %2 has commissioned %3 to map the municipality's twinnings.",
                ),
                occasion,
                by,
                recipient,
            )
        )
    elif by:
        paragraph.append(
            sentence(
                translate("Mapping", "%1 has commissioned %2 to map the municipality's twinnings."),
                by,
                recipient,
            )
        )
    elif occasion:
        paragraph.append(
            sentence(
                translate("Mapping", "The municipality's twinnings have been mapped ahead of %1."),
                occasion,
            )
        )
    if c.commissioned_on is not None:
        paragraph.append(
            fill(
                translate("Mapping", "The commission was given on %1."),
                c.commissioned_on.isoformat(),
            )
        )
    if purpose:
        paragraph.append(sentence(translate("Mapping", "The purpose has been %1."), purpose))
    paragraphs = [" ".join(paragraph)]
    if draft:
        for key, value in (
            ("commissioned_by", by),
            ("occasion", occasion),
            ("purpose", purpose),
        ):
            if not value:
                paragraphs.append(placeholder(key))
    return paragraphs


def method_paragraphs(scope: Scope, data: MappingData) -> list[str]:
    """Metod: what the mapping rests on; her own account of the method comes first when given."""
    paragraphs: list[str] = []
    if scope.method.strip():
        paragraphs.append(scope.method.strip())
    counts = dict(data.source_counts)
    parts = [
        counted(
            counts.get("decision", 0),
            translate("Mapping", "%1 decision"),
            translate("Mapping", "%1 decisions"),
        ),
        counted(
            counts.get("document", 0),
            translate("Mapping", "%1 governing document"),
            translate("Mapping", "%1 governing documents"),
        ),
        counted(
            counts.get("agreement", 0),
            translate("Mapping", "%1 agreement"),
            translate("Mapping", "%1 agreements"),
        ),
        counted(
            counts.get("attachment", 0),
            translate("Mapping", "%1 attached document"),
            translate("Mapping", "%1 attached documents"),
        ),
    ]
    keys = ("decision", "document", "agreement", "attachment")
    shown = [p for p, key in zip(parts, keys, strict=True) if counts.get(key, 0)]
    if shown:
        text = fill(
            translate(
                "Mapping",
                "The mapping rests on the municipality's register of twin towns and on %1 "
                "from the municipality's records.",
            ),
            joined(shown),
        )
    else:
        text = translate(
            "Mapping", "The mapping rests on the municipality's register of twin towns."
        )
    if scope.sources_consulted.strip():
        paragraphs.append(text)
        paragraphs.append(scope.sources_consulted.strip())
        paragraphs.append(
            translate("Mapping", "A full list of sources is given at the end of the report.")
        )
    else:
        paragraphs.append(
            text
            + " "
            + translate("Mapping", "A full list of sources is given at the end of the report.")
        )
    return paragraphs


def scope_paragraphs(scope: Scope, data: MappingData) -> list[str]:
    """Avgränsning: what is in scope, what is not and why, following her choices."""
    homes = {t.town_id for t in data.towns if t.is_home}
    in_networks = [
        i for g in data.groups if g.network_id is not None for i in g.town_ids if i not in homes
    ]
    in_networks = list(dict.fromkeys(in_networks))
    others = [i for g in data.groups if g.network_id is None for i in g.town_ids if i not in homes]
    names = {t.town_id: t.name for t in data.towns}
    period = _period(data.period)
    covered: list[str] = []
    if len(data.network_names) == 1:
        covered.append(
            fill(
                translate("Mapping", "The mapping covers %1 and its %2."),
                data.network_names[0],
                twin_towns(len(in_networks)),
            )
        )
    elif data.network_names:
        covered.append(
            fill(
                translate("Mapping", "The mapping covers %1, with %2 in all."),
                joined(data.network_names),
                twin_towns(len(in_networks)),
            )
        )
    if others:
        listed = _towns_text([names.get(i, "") for i in others])
        if data.network_names:
            chains = all_chains(data.network_names)
            if len(data.network_names) > 1:
                template = (
                    translate("Mapping", "It also covers %1 outside the chains.")
                    if chains
                    else translate("Mapping", "It also covers %1 outside the networks.")
                )
            else:
                template = (
                    translate("Mapping", "It also covers %1 outside the chain.")
                    if chains
                    else translate("Mapping", "It also covers %1 outside the network.")
                )
            covered.append(fill(template, listed))
        else:
            covered.append(fill(translate("Mapping", "The mapping covers %1."), listed))
    if not covered:
        covered.append(translate("Mapping", "No twin towns are included in this mapping."))
    covered.append(fill(translate("Mapping", "It concerns the years %1."), period))
    covered.append(
        fill(
            translate(
                "Mapping",
                "The status of each twinning is judged from what the register holds for %1: "
                "meetings, activities, trips and decisions.",
            ),
            with_days(data.status_period, data.status_words),
        )
    )
    paragraphs = [" ".join(covered)]
    left: list[str] = []
    for network in data.left_out_networks:
        left.append(fill(translate("Mapping", "%1 is not part of this mapping."), network))
    if data.left_out_towns:
        left.append(
            fill(
                translate("Mapping", "The twinnings with %1 are not part of this mapping.")
                if len(data.left_out_towns) > 1
                else translate("Mapping", "The twinning with %1 is not part of this mapping."),
                _towns_text(list(data.left_out_towns), bare=True),
            )
        )
    for town, year in data.left_out_ended:
        if year is not None:
            left.append(
                fill(
                    translate(
                        "Mapping",
                        "The twinning with %1 ended in %2; it appears in the history only.",
                    ),
                    town,
                    str(year),
                )
            )
        else:
            left.append(
                fill(
                    translate(
                        "Mapping", "The twinning with %1 has ended; it appears in the history only."
                    ),
                    town,
                )
            )
    if scope.left_out.strip():
        left.append(scope.left_out.strip())
    if left:
        paragraphs.append(" ".join(left))
    return paragraphs


def towns_paragraph(data: MappingData) -> str:
    """Våra vänorter: which network the municipality belongs to, how big, how many members."""
    home = data.home_name or translate("Mapping", "The municipality")
    sentences: list[str] = []
    by_id = {t.town_id: t for t in data.towns}
    for group in data.groups:
        if group.network_id is None:
            continue
        towns = [by_id[i] for i in group.town_ids if i in by_id]
        areas = {t.area for t in towns if t.area}
        sentences.append(
            fill(
                translate("Mapping", "%1 belongs to %2, which joins %3 in %4."),
                home,
                group.name,
                counted(
                    len(towns), translate("Mapping", "%1 place"), translate("Mapping", "%1 places")
                ),
                counted(
                    len(areas),
                    translate("Mapping", "%1 country or area"),
                    translate("Mapping", "%1 countries and areas"),
                ),
            )
        )
        if group.with_members and data.member_year and (group.total or group.unknown):
            if group.unknown:
                sentences.append(
                    fill(
                        translate(
                            "Mapping",
                            "In %1 the local branches had %2 members together; the figure is "
                            "missing for %3.",
                        ),
                        str(data.member_year),
                        number(group.total),
                        counted(
                            group.unknown,
                            translate("Mapping", "%1 branch"),
                            translate("Mapping", "%1 branches"),
                        ),
                    )
                )
            else:
                sentences.append(
                    fill(
                        translate("Mapping", "In %1 the local branches had %2 members together."),
                        str(data.member_year),
                        number(group.total),
                    )
                )
    others = [g for g in data.groups if g.network_id is None]
    for group in others:
        towns = [by_id[i] for i in group.town_ids if i in by_id]
        listed = joined([f"{t.name} {in_area(t.area, t.area_code)}" if t.area else t.name
                         for t in towns[:MAX_NAMED]])  # fmt: skip
        if len(towns) > MAX_NAMED:
            listed = twin_towns(len(towns))
        if len(data.groups) <= 1:
            template = translate("Mapping", "%1 has twinnings with %2.")
        elif all_chains(data.network_names):
            template = translate("Mapping", "Besides the chain, %1 has twinnings with %2.")
        else:
            template = translate("Mapping", "Besides the network, %1 has twinnings with %2.")
        sentences.append(fill(template, home, listed))
    return " ".join(sentences)


def signature_lines(c: Commission, data: MappingData, *, draft: bool) -> list[str]:
    """The signature under the text: name and title, as the survey ends."""
    name = c.author.strip()
    title = c.author_title.strip() or (data.author_role or "")
    if not name:
        return [placeholder("signature")] if draft else []
    return [name, title] if title else [name]


def _towns_text(names: list[str], *, bare: bool = False) -> str:
    """ "vänorten Lich", "vänorterna Lich och Omaruru"; counted when there are many."""
    names = [n for n in names if n]
    if len(names) > MAX_NAMED:
        return twin_towns(len(names))
    if bare:
        return joined(names)
    if len(names) == 1:
        return fill(translate("Mapping", "the twin town %1"), names[0])
    return fill(translate("Mapping", "the twin towns %1"), joined(names))


def _period(period: tuple[int, int]) -> str:
    first, last = period
    return str(first) if first == last else f"{first}–{last}"
