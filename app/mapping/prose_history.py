"""Drafted prose of Historik and of the sections on the associations that carry the twinnings.

The history is told a paragraph per decade, as the survey does ("Under
70-talet ..."): who formed a network, who joined and who left, when and why
as far as the register knows. Each association gets a section of its own:
when it was founded, what it does (in the coordinator's words from the
register) and its members over the years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from app import vocabulary
from app.i18n import translate
from app.mapping.data import AssociationFacts, HistoryEvent
from app.mapping.wording import is_chain, joined, number, own_sentence, town_in_area, when
from app.reports.cell_text import fill


def history_paragraphs(events: Sequence[HistoryEvent], home: str) -> list[str]:
    """One paragraph per decade, oldest first; [] when the register holds no dated step."""
    by_decade: dict[int, list[HistoryEvent]] = defaultdict(list)
    for event in events:
        by_decade[event.year // 10 * 10].append(event)
    paragraphs = []
    named: set[str] = set()
    for decade in sorted(by_decade):
        sentences = _decade_sentences(by_decade[decade], home, named)
        if sentences:
            paragraphs.append(" ".join(sentences))
    return paragraphs


_LISTED = frozenset({"joined", "left", "first_contact"})
"""Steps told with all their towns in one sentence."""


def _decade_sentences(events: list[HistoryEvent], home: str, named: set[str]) -> list[str]:
    """The decade's steps, those of one year and kind told in one sentence."""
    groups: dict[tuple[int, str, str | None], list[HistoryEvent]] = {}
    for event in events:
        groups.setdefault((event.year, event.kind, event.network), []).append(event)
    founded_years = {(e.year, e.network) for e in events if e.kind == "founded"}
    sentences: list[str] = []
    for (year, kind, network), items in groups.items():
        if kind == "joined" and (year, network) in founded_years:
            continue  # told with the founding
        towns = [_town(e, named) for e in items if e.town] if kind in _LISTED else []
        net = _network(network, named)
        if kind == "founded":
            founders = [
                _town(e, named)
                for e in events
                if e.kind == "joined" and e.year == year and e.network == network
            ]
            if founders:
                sentences.append(
                    fill(
                        translate("Mapping", "In %1 %2 formed %3."),
                        str(year),
                        joined(founders),
                        net,
                    )
                )
            else:
                sentences.append(fill(translate("Mapping", "In %1 %2 was formed."), str(year), net))
        elif kind == "joined":
            sentences.append(
                fill(translate("Mapping", "In %1 %2 joined %3."), str(year), joined(towns), net)
            )
        elif kind == "left":
            sentences.append(
                fill(translate("Mapping", "In %1 %2 left %3."), str(year), joined(towns), net)
            )
            sentences += [own_sentence(e.reason) for e in items if e.reason]
        elif kind == "first_contact":
            sentences.append(
                fill(
                    translate("Mapping", "In %1 the first contact with %2 was made."),
                    str(year),
                    joined(towns),
                )
            )
        elif kind == "twinned":
            sentences += [_twinned(e, home, named) for e in items]
        elif kind == "ended":
            for e in items:
                sentences.append(
                    fill(
                        translate("Mapping", "In %1 the twinning with %2 ended."),
                        str(year),
                        _town(e, named),
                    )
                )
                if e.reason:
                    sentences.append(own_sentence(e.reason))
    return sentences


def _twinned(event: HistoryEvent, home: str, named: set[str]) -> str:
    exact = event.day is not None and (event.day.month, event.day.day) != (1, 1)
    year = when(event.day, event.year)
    if event.written:
        # Known only roughly: said as known, the sentence beginning with it.
        template = (
            translate("Mapping", "%1 %2 became a twin town of %3.")
            if event.twinning_kind in (None, "twin_town")
            else translate("Mapping", "%1 the twinning with %2 began, as a %3.")
        )
        second = (
            home
            if event.twinning_kind in (None, "twin_town")
            else vocabulary.label(event.twinning_kind)
        )
        text = fill(template, event.written, _town(event, named), second)
        return text[:1].upper() + text[1:]
    if event.twinning_kind in (None, "twin_town"):
        template = (
            translate("Mapping", "On %1 %2 became a twin town of %3.")
            if exact
            else translate("Mapping", "In %1 %2 became a twin town of %3.")
        )
        return fill(template, year, _town(event, named), home)
    template = (
        translate("Mapping", "On %1 the twinning with %2 began, as a %3.")
        if exact
        else translate("Mapping", "In %1 the twinning with %2 began, as a %3.")
    )
    return fill(template, year, _town(event, named), vocabulary.label(event.twinning_kind))


def _town(event: HistoryEvent, named: set[str]) -> str:
    """ "Holmestrand i Norge" the first time the history names it, "Holmestrand" after that."""
    key = "town:" + event.town
    if key in named:
        return event.town
    named.add(key)
    return town_in_area(event.town, event.area, event.area_code)


def _network(name: str | None, named: set[str]) -> str:
    """The network's full name the first time, "the network" (a chain: "the chain") after."""
    if not name:
        return translate("Mapping", "the network")
    if name in named:
        if is_chain(name):
            return translate("Mapping", "the chain")
        return translate("Mapping", "the network")
    named.add(name)
    return name


# ---------------------------------------------------------------- associations


def association_paragraphs(association: AssociationFacts) -> list[str]:
    """The section on one association: founding, purpose and programme, members over the years."""
    first: list[str] = []
    if association.national:
        if association.founded is not None:
            first.append(
                fill(
                    translate("Mapping", "%1 was founded in %2."),
                    association.name,
                    when(association.founded),
                )
            )
    else:
        where = association.town or ""
        if association.parent and where:
            first.append(
                fill(
                    translate("Mapping", "%1 is the local branch of %2 in %3."),
                    association.name,
                    association.parent,
                    where,
                )
            )
        if association.founded is not None:
            first.append(
                fill(
                    translate("Mapping", "The branch was founded on %1.")
                    if (association.founded.month, association.founded.day) != (1, 1)
                    else translate("Mapping", "The branch was founded in %1."),
                    when(association.founded),
                )
            )
    members = _members_sentence(association)
    if members:
        first.append(members)
    paragraphs = []
    if first:
        paragraphs.append(" ".join(first))
    if association.description:
        paragraphs.append(association.description)
    return paragraphs


def _members_sentence(association: AssociationFacts) -> str:
    known = [(year, count) for year, count in association.member_counts if count is not None]
    if not known:
        return ""
    subject = (
        translate("Mapping", "The association")
        if association.national
        else translate("Mapping", "The branch")
    )
    if len(known) == 1:
        year, count = known[0]
        return fill(
            translate("Mapping", "%1 had %2 members in %3."), subject, number(count), str(year)
        )
    (first_year, first_count), (last_year, last_count) = known[0], known[-1]
    if first_count == last_count:
        return fill(
            translate("Mapping", "%1 had %2 members both in %3 and in %4."),
            subject,
            number(last_count),
            str(first_year),
            str(last_year),
        )
    template = (
        translate("Mapping", "Membership grew from %1 in %2 to %3 in %4.")
        if last_count > first_count
        else translate("Mapping", "Membership fell from %1 in %2 to %3 in %4.")
    )
    return fill(template, number(first_count), str(first_year), number(last_count), str(last_year))
