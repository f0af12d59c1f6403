"""Drafted prose of Avtal, Aktiviteter, Analys och slutsatser and Rekommendationer.

The sentences say what the tables show and no more: an agreement's sentence
follows its row, a meeting's host and place are those of the register, a
status is given with its ground. The coordinator's own text for a section is
shown after (Avtal, Aktiviteter) or instead of (Analys, Rekommendationer) the
drafted one by the caller.
"""

from __future__ import annotations

from collections import defaultdict

from app import vocabulary
from app.formatting import format_amount
from app.i18n import translate
from app.mapping.data import ActivityFacts, AgreementFacts, MappingData, MeetingFacts
from app.mapping.wording import (
    at_place,
    joined,
    number,
    own_sentence,
    sentence,
    when,
)
from app.reports.cell_text import counted, fill

EARLIER_MEETINGS = 7
"""Earlier meetings named after the latest one."""
RECENT_YEARS = 10
"""How far back before the latest meeting the earlier ones are named."""


# ---------------------------------------------------------------- agreements


def agreement_paragraphs(data: MappingData) -> list[str]:
    """One sentence per agreement, in the table's order, and the towns with none."""
    home = data.home_name or translate("Mapping", "the municipality")
    town_names = {t.name for t in data.towns}
    homes = {t.name for t in data.towns if t.is_home}
    sentences: list[str] = []
    with_own: set[str] = set()
    for agreement in data.agreements:
        if agreement.between_twins:
            for partner in agreement.between_twins:
                sentences.append(_municipal_agreement(agreement, partner))
        else:
            towns = [p for p in agreement.parties if p in town_names and p not in homes]
            others = [p for p in agreement.parties if p not in towns and p not in homes]
            if towns and others:
                with_own.update(towns)
                sentences.append(_local_agreement(agreement, joined(towns), joined(others)))
            else:
                sentences.append(_other_agreement(agreement))
    without = list(data.twins_without_agreement)
    first: list[str] = []
    if without and not any(a.between_twins for a in data.agreements):
        first.append(
            fill(
                translate("Mapping", "No agreement between %1 and its twin towns is recorded."),
                home,
            )
        )
    elif without:
        first.append(
            fill(
                translate("Mapping", "No agreement between %1 and %2 is recorded.")
                if len(without) == 1
                else translate("Mapping", "No agreement between %1 and any of %2 is recorded."),
                home,
                joined(without),
            )
        )
    if not data.agreements and not without:
        first.append(translate("Mapping", "No agreements with the twin towns are recorded."))
    paragraphs = []
    if first:
        paragraphs.append(" ".join(first))
    if sentences:
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _municipal_agreement(agreement: AgreementFacts, partner: str) -> str:
    templates = {
        "active": translate("Mapping", "The municipality has an agreement with %1 in force: %2."),
        "dormant": translate("Mapping", "The municipality's agreement with %1 is dormant: %2."),
        "draft": translate("Mapping", "An agreement with %1 is being prepared: %2."),
    }
    template = templates.get(
        agreement.status,
        translate("Mapping", "The municipality's agreement with %1 is no longer in force: %2."),
    )
    return fill(template, partner, agreement.title)


def _local_agreement(agreement: AgreementFacts, towns: str, others: str) -> str:
    templates = {
        "active": translate("Mapping", "%1 has an agreement with %2 that is in force."),
        "dormant": translate(
            "Mapping", "%1 has an agreement with %2, but it is dormant at present."
        ),
        "draft": translate("Mapping", "%1 and %2 are preparing an agreement."),
    }
    template = templates.get(
        agreement.status,
        translate("Mapping", "%1 had an agreement with %2 that is no longer in force."),
    )
    return fill(template, towns, others)


def _other_agreement(agreement: AgreementFacts) -> str:
    templates = {
        "active": translate("Mapping", "%1 have an agreement that is in force: %2."),
        "dormant": translate("Mapping", "%1 have an agreement that is dormant at present: %2."),
        "draft": translate("Mapping", "%1 are preparing an agreement: %2."),
    }
    template = templates.get(
        agreement.status,
        translate("Mapping", "%1 had an agreement that is no longer in force: %2."),
    )
    return sentence(template, joined(agreement.parties), agreement.title)


# ---------------------------------------------------------------- activities


def meeting_paragraph(
    meetings: tuple[MeetingFacts, ...], planned: tuple[MeetingFacts, ...] = ()
) -> str:
    """The network meetings: the latest with its place, the earlier ones after it, and seminars.

    The ``planned`` ones (after the report's day) follow in the present tense of
    what is coming ("Vänortsmötet 2015 hålls i Herning."), as the 2014 survey
    spoke of the September seminar: a reader of the section learns what the
    network has ahead of it, and nothing is told as held that was not.
    """
    sentences: list[str] = []
    for network in sorted({mt.network for mt in (*meetings, *planned)}):
        own = [mt for mt in meetings if mt.network == network]
        coming = [mt for mt in planned if mt.network == network]
        regular = [mt for mt in own if mt.kind != "seminar"]
        hosts = {mt.host for mt in (*regular, *coming) if mt.host and mt.kind != "seminar"}
        if len(hosts) > 1:
            sentences.append(
                fill(
                    translate(
                        "Mapping",
                        "The main event of %1 is its meeting, hosted by the member towns in turn.",
                    ),
                    network,
                )
            )
        if regular:
            latest = regular[-1]
            # The recent rotation, not a meeting decades before it.
            earlier = [mt for mt in reversed(regular[:-1]) if mt.year >= latest.year - RECENT_YEARS]
            place = latest.place or latest.host or ""
            shown = [
                fill("%1 (%2)", at_place(mt.place or mt.host or ""), str(mt.year))
                for mt in earlier[:EARLIER_MEETINGS]
                if mt.place or mt.host
            ]
            if place and shown:
                sentences.append(
                    fill(
                        translate("Mapping", "The meeting of %1 was held %2, and before that %3."),
                        str(latest.year),
                        at_place(place),
                        joined(shown),
                    )
                )
            elif place:
                sentences.append(
                    fill(
                        translate("Mapping", "The meeting of %1 was held %2."),
                        str(latest.year),
                        at_place(place),
                    )
                )
        for seminar in (mt for mt in own if mt.kind == "seminar"):
            sentences.append(_seminar(seminar))
        sentences += [_coming(mt) for mt in coming]
    return " ".join(sentences)


def _coming(mt: MeetingFacts) -> str:
    """A meeting after the report's day, told as coming."""
    place = at_place(mt.place or mt.host or "")
    if mt.kind != "seminar":
        if not place:
            return fill(translate("Mapping", "The meeting of %1 is planned."), str(mt.year))
        return fill(translate("Mapping", "The meeting of %1 will be held %2."), str(mt.year), place)
    if mt.start is not None and mt.end is not None and mt.end != mt.start:
        return fill(
            translate("Mapping", "From %1 to %2 %3 will hold a seminar %4."),
            mt.start.isoformat(),
            mt.end.isoformat(),
            mt.network,
            place,
        )
    return fill(
        translate("Mapping", "In %1 %2 will hold a seminar %3."),
        when(mt.start, mt.year),
        mt.network,
        place,
    )


def _seminar(mt: MeetingFacts) -> str:
    place = at_place(mt.place or mt.host or "")
    if mt.start is not None and mt.end is not None and mt.end != mt.start:
        text = fill(
            translate("Mapping", "From %1 to %2 %3 held a seminar %4."),
            mt.start.isoformat(),
            mt.end.isoformat(),
            mt.network,
            place,
        )
    else:
        text = fill(
            translate("Mapping", "In %1 %2 held a seminar %3."),
            when(mt.start, mt.year),
            mt.network,
            place,
        )
    return text


def activity_lines(
    activities: tuple[ActivityFacts, ...],
    *,
    with_meetings: bool,
    planned: tuple[ActivityFacts, ...] = (),
) -> dict[str, tuple[str, list[str]]]:
    """The dated activities, the trips and the waiting ones: an introduction and a line each.

    The ``planned`` ones (starting after the report's day) get lists of their
    own, introduced as planned: leaving them out would hide a trip the board
    has already approved, and listing them with the done ones would tell them
    as made.
    """
    dated = [a for a in activities if a.start is not None and a.record_kind == "activity"]
    trips = [a for a in activities if a.start is not None and a.record_kind == "trip"]
    waiting = [a for a in activities if a.start is None]
    planned_activities = [a for a in planned if a.record_kind == "activity"]
    planned_trips = [a for a in planned if a.record_kind == "trip"]
    found: dict[str, tuple[str, list[str]]] = {}
    if dated:
        found["activities"] = (
            fill(
                translate("Mapping", "Besides the network's meetings, the register holds %1:")
                if with_meetings
                else translate("Mapping", "The register holds %1:"),
                counted(
                    len(dated),
                    translate("Mapping", "%1 activity with the twin towns"),
                    translate("Mapping", "%1 activities with the twin towns"),
                ),
            ),
            [_activity_line(a) for a in dated],
        )
    if trips:
        found["trips"] = (
            fill(
                translate("Mapping", "The municipality made %1:"),
                counted(
                    len(trips), translate("Mapping", "%1 trip"), translate("Mapping", "%1 trips")
                ),
            ),
            [_activity_line(a) for a in trips],
        )
    if planned_activities:
        found["planned_activities"] = (
            counted(
                len(planned_activities),
                translate("Mapping", "%1 activity with the twin towns is planned:"),
                translate("Mapping", "%1 activities with the twin towns are planned:"),
            ),
            [_activity_line(a) for a in planned_activities],
        )
    if planned_trips:
        found["planned_trips"] = (
            fill(
                translate("Mapping", "The municipality plans %1:"),
                counted(
                    len(planned_trips),
                    translate("Mapping", "%1 trip"),
                    translate("Mapping", "%1 trips"),
                ),
            ),
            [_activity_line(a) for a in planned_trips],
        )
    if waiting:
        found["waiting"] = (
            translate("Mapping", "Not yet carried out:"),
            [_waiting_line(a) for a in waiting],
        )
    return found


def _activity_line(activity: ActivityFacts) -> str:
    day = activity.start.isoformat() if activity.start else ""
    if activity.end is not None and activity.start is not None and activity.end != activity.start:
        day = fill(translate("Mapping", "%1 to %2"), day, activity.end.isoformat())
    if _names_its_towns(activity):
        return fill(translate("Mapping", "%1: %2."), day, activity.title)
    return fill(translate("Mapping", "%1: %2 (%3)."), day, activity.title, joined(activity.towns))


def _names_its_towns(activity: ActivityFacts) -> bool:
    """True when the title already names every town ("… i Husby"): "(Husby)" after it would
    only say it again."""
    title = activity.title.casefold()
    return all(town.casefold() in title for town in activity.towns)


def _waiting_line(activity: ActivityFacts) -> str:
    if _names_its_towns(activity):
        text = fill(translate("Mapping", "%1."), activity.title)
    else:
        text = fill(translate("Mapping", "%1 (%2)."), activity.title, joined(activity.towns))
    if activity.description:
        text += " " + own_sentence(activity.description)
    return text


def grant_paragraph(data: MappingData) -> str:
    """The grants per year: which associations got how much, in their own currency."""
    by_year: dict[int, list[str]] = defaultdict(list)
    for grant in data.grants:
        amount = (
            format_amount(grant.amount, grant.currency)
            if grant.amount is not None
            else translate("Mapping", "amount unknown")
        )
        by_year[grant.year].append(fill("%1 (%2)", grant.recipient, amount))
    sentences = []
    for year in sorted(by_year):
        names = by_year[year]
        template = (
            translate(
                "Mapping", "In %1 one association received a grant from its municipality: %3."
            )
            if len(names) == 1
            else translate(
                "Mapping", "In %1 %2 associations received grants from their municipalities: %3."
            )
        )
        sentences.append(fill(template, str(year), number(len(names)), joined(names)))
    return " ".join(sentences)


# ---------------------------------------------------------------- analysis


def level_sentences(data: MappingData) -> list[str]:
    """How the twinnings stand at the two levels, one sentence per combination found."""
    both = {
        "active": translate("Mapping", "The cooperation with %1 is active at both levels."),
        "new": translate("Mapping", "The cooperation with %1 is newly started at both levels."),
        "sporadic": translate("Mapping", "The cooperation with %1 is sporadic at both levels."),
        "dormant": translate("Mapping", "The cooperation with %1 is dormant at both levels."),
        "ended": translate("Mapping", "The cooperation with %1 has ended."),
    }
    # The status as a predicate of "the cooperation" (Swedish: neuter "aktivt", "vilande").
    predicate = {
        "active": translate("MappingPredicate", "active", "predicate of the neuter samarbetet"),
        "new": translate("MappingPredicate", "newly started"),
        "sporadic": translate("MappingPredicate", "sporadic", "predicate of the neuter samarbetet"),
        "dormant": translate("MappingPredicate", "dormant", "predicate of the neuter samarbetet"),
        "ended": translate("MappingPredicate", "ended", "predicate of the neuter samarbetet"),
    }
    order = ("active", "new", "sporadic", "dormant", "ended")
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in data.levels:
        pairs[(row.municipal, row.civil)].append(row.town)
    sentences = []
    for (municipal, civil), towns in sorted(
        pairs.items(), key=lambda item: (order.index(item[0][1]) if item[0][1] in order else 9,
                                         order.index(item[0][0]) if item[0][0] in order else 9)
    ):  # fmt: skip
        who = (
            fill(translate("Mapping", "all %1 twin towns"), number(len(towns)))
            if len(towns) == len(data.levels) and len(towns) > 2
            else joined(towns)
        )
        if municipal == civil and municipal in both:
            sentences.append(fill(both[municipal], who))
        else:
            sentences.append(
                fill(
                    translate(
                        "Mapping",
                        "The cooperation with %1 is %2 at the municipal level and %3 at the "
                        "civil level.",
                    ),
                    who,
                    predicate.get(municipal, vocabulary.label(municipal)),
                    predicate.get(civil, vocabulary.label(civil)),
                )
            )
    living = ("active", "sporadic")
    quiet = ("dormant", "ended")
    alive = [row for row in data.levels if row.civil in living]
    if alive and all(row.municipal in quiet for row in data.levels):
        # The conclusion the survey draws, with its reason in the sentences above.
        sentences.append(
            translate(
                "Mapping",
                "The twinnings are thus carried by the associations, not by the municipality.",
            )
        )
    elif alive and all(row.municipal in quiet for row in alive):
        # Newer partnerships of the municipality's own beside a chain its associations keep.
        sentences.append(
            translate(
                "Mapping",
                "Where the twinnings are alive, they are thus carried by the associations, "
                "not by the municipality.",
            )
        )
    return sentences


def status_label(status: str) -> str:
    """A status as a table cell."""
    return vocabulary.label(status)


def contacts_text(municipal: int, civil: int) -> str:
    """The ground of a derived status: the contacts counted at each level.

    "inga kommunala kontakter, 4 civila": a count of none in words, each level with
    its own grammar.
    """
    # Two counts side by side in a table cell, separated by a comma in either language.
    return ", ".join(
        (
            counted(
                municipal,
                translate("Mapping", "1 municipal contact"),
                translate("Mapping", "%1 municipal contacts"),
                translate("Mapping", "no municipal contacts"),
            ),
            counted(
                civil,
                translate("Mapping", "1 civil"),
                translate("Mapping", "%1 civil"),
                translate("Mapping", "no civil"),
            ),
        )
    )


# ---------------------------------------------------------------- recommendations


def drafted_recommendations(data: MappingData) -> tuple[str, list[tuple[str, str]]]:
    """Headed paragraphs from the term evaluations: keep, develop, end, each with its reasons.

    Returns the introduction (which terms were evaluated) and the (heading,
    text) pairs; ("", []) when no evaluation recommends anything.
    """
    headings = {
        "keep": (
            translate("Mapping", "Keep the twinning with %1"),
            translate("Mapping", "Keep the twinnings with %1"),
        ),
        "develop": (
            translate("Mapping", "Develop the twinning with %1"),
            translate("Mapping", "Develop the twinnings with %1"),
        ),
        "end": (
            translate("Mapping", "Consider ending the twinning with %1"),
            translate("Mapping", "Consider ending the twinnings with %1"),
        ),
    }
    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for evaluation in data.evaluations:
        reasons = " ".join(own_sentence(t) for t in (evaluation.benefit, evaluation.notes) if t)
        by_kind[evaluation.recommendation].append((evaluation.town, reasons))
    items = []
    for kind in ("develop", "keep", "end"):
        found = by_kind.get(kind, [])
        if not found:
            continue
        one, many = headings[kind]
        heading = fill(one if len(found) == 1 else many, joined([t for t, _r in found]))
        # The same reasons given for several towns are written once, naming them all.
        towns_by_reason: dict[str, list[str]] = {}
        for town, reasons in found:
            if reasons:
                towns_by_reason.setdefault(reasons, []).append(town)
        text = [
            fill(translate("Mapping", "%1: %2"), joined(towns), reasons)
            for reasons, towns in towns_by_reason.items()
        ]
        items.append((heading, "\n".join(text)))
    if not items:
        return "", []
    terms = sorted({e.term for e in data.evaluations})
    intro = fill(
        translate(
            "Mapping",
            "The recommendations follow the evaluations of the twinnings for the term %1.",
        )
        if len(terms) == 1
        else translate(
            "Mapping",
            "The recommendations follow the evaluations of the twinnings for the terms %1.",
        ),
        joined(terms),
    )
    return intro, items
