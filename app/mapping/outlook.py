"""Omvärldsperspektiv drafted from the reference facts the coordinator ticks, with sources.

Each fact of a known topic (how many municipalities answered a survey, how
many Nordic twin towns they had, the shares of active and dormant twinnings,
twinnings in Europe) is put into a whole sentence of its own around its
figure, so a corrected figure corrects the sentence. Any other fact, or one
without a figure, is quoted as the coordinator wrote it. The facts of one
national survey make one paragraph opened by who made the survey and when;
the European facts make another. Every source used is returned for
Källförteckning, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from app.formatting import group_digits, number_style
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.mapping.content import Outlook
from app.reports.cell_text import fill
from app.services import store
from app.services.records import ReferenceFact
from db.session import Database

# Topics whose facts come from a national survey of municipalities, in reading order.
SURVEY_TOPICS = (
    "survey_respondents",
    "municipalities_with_nordic_twins",
    "nordic_twin_towns",
    "nordic_twin_towns_decrease",
    "share_active",
    "share_dormant",
    "share_sporadic",
)
EUROPE_TOPICS = ("european_twinnings", "eu_programme")

# Whole sentences around a figure: (one, many). %1 is the figure as printed.
_SENTENCES: dict[str, tuple[str, str]] = {
    "survey_respondents": (
        QT_TRANSLATE_NOOP("Mapping", "One municipality answered the survey."),
        QT_TRANSLATE_NOOP("Mapping", "%1 municipalities answered the survey."),
    ),
    "municipalities_with_nordic_twins": (
        QT_TRANSLATE_NOOP("Mapping", "One of them had one or more Nordic twin towns."),
        QT_TRANSLATE_NOOP("Mapping", "%1 of them had one or more Nordic twin towns."),
    ),
    "nordic_twin_towns": (
        QT_TRANSLATE_NOOP("Mapping", "Together they had one Nordic twin town."),
        QT_TRANSLATE_NOOP("Mapping", "Together they had %1 Nordic twin towns."),
    ),
    "nordic_twin_towns_decrease": (
        QT_TRANSLATE_NOOP("Mapping", "That was one twin town fewer than in the previous survey."),
        QT_TRANSLATE_NOOP("Mapping", "That was %1 twin towns fewer than in the previous survey."),
    ),
    "share_active": (
        QT_TRANSLATE_NOOP(
            "Mapping",
            "%1 % described their twinnings as active, with regular contact and joint projects.",
        ),
        QT_TRANSLATE_NOOP(
            "Mapping",
            "%1 % described their twinnings as active, with regular contact and joint projects.",
        ),
    ),
    "share_sporadic": (
        QT_TRANSLATE_NOOP("Mapping", "%1 % had sporadic contact with their twin towns."),
        QT_TRANSLATE_NOOP("Mapping", "%1 % had sporadic contact with their twin towns."),
    ),
    "share_dormant": (
        QT_TRANSLATE_NOOP("Mapping", "%1 % said that their twinnings were dormant."),
        QT_TRANSLATE_NOOP("Mapping", "%1 % said that their twinnings were dormant."),
    ),
    "european_twinnings": (
        QT_TRANSLATE_NOOP(
            "Mapping", "More than one twinning links towns and municipalities across Europe."
        ),
        QT_TRANSLATE_NOOP(
            "Mapping", "More than %1 twinnings link towns and municipalities across Europe."
        ),
    ),
}


@dataclass(frozen=True)
class OutlookSource:
    """Where a fact comes from, as Källförteckning lists it."""

    title: str
    publisher: str | None = None
    url: str | None = None
    year: int | None = None

    def citation(self) -> str:
        """ "Sveriges Kommuner och Landsting (SKL): Enkät om … (2011)", as the register's lines."""
        if self.publisher and self.year:
            text = fill(
                translate("Mapping", "%1: %2 (%3)"), self.publisher, self.title, str(self.year)
            )
        elif self.publisher:
            text = fill(translate("Mapping", "%1: %2"), self.publisher, self.title)
        elif self.year:
            text = fill(translate("Mapping", "%1 (%2)"), self.title, str(self.year))
        else:
            text = self.title
        return fill(translate("Mapping", "%1, %2"), text, self.url) if self.url else text


@dataclass(frozen=True)
class OutlookDraft:
    """The drafted section: paragraphs of prose and the sources they rest on."""

    paragraphs: tuple[str, ...]
    sources: tuple[OutlookSource, ...]

    @property
    def text(self) -> str:
        """The paragraphs as one text, a blank line between them (the section's text field)."""
        return "\n\n".join(self.paragraphs)

    @property
    def source_lines(self) -> tuple[str, ...]:
        """One citation a line, as the mapping report's list of sources takes them."""
        return tuple(source.citation() for source in self.sources)


def draft_outlook(facts: Sequence[ReferenceFact]) -> OutlookDraft:
    """The Omvärldsperspektiv prose from ``facts`` (the ones ticked), in their topics' order."""
    paragraphs: list[str] = []
    sources: list[OutlookSource] = []
    surveys: dict[OutlookSource, list[ReferenceFact]] = {}
    europe: list[ReferenceFact] = []
    others: list[ReferenceFact] = []
    for fact in facts:
        if fact.topic in SURVEY_TOPICS:
            surveys.setdefault(_source_of(fact), []).append(fact)
        elif fact.topic in EUROPE_TOPICS:
            europe.append(fact)
        else:
            others.append(fact)
    for source, group in surveys.items():
        group.sort(key=lambda f: SURVEY_TOPICS.index(f.topic or ""))
        sentences = [_survey_opening(source)] + [_sentence(f) for f in group]
        paragraphs.append(" ".join(sentences))
        sources.append(source)
    if europe:
        europe.sort(key=lambda f: (EUROPE_TOPICS.index(f.topic or ""), f.year or 0))
        paragraphs.append(" ".join(_sentence(f) for f in europe))
        sources.extend(_source_of(f) for f in europe)
    if others:
        paragraphs.append(" ".join(_sentence(f) for f in others))
        sources.extend(_source_of(f) for f in others)
    return OutlookDraft(tuple(paragraphs), tuple(dict.fromkeys(sources)))


def draft_outlook_from_register(
    db: Database, fact_ids: Sequence[int] | None = None
) -> OutlookDraft:
    """The draft from the register's reference facts: those of ``fact_ids``, or all of them."""
    facts: list[ReferenceFact] = store.get_many(db, "reference_fact", fact_ids)
    if fact_ids is not None:
        order = {fact_id: place for place, fact_id in enumerate(fact_ids)}
        facts.sort(key=lambda f: order.get(f.id or 0, len(order)))
    return draft_outlook(facts)


@dataclass(frozen=True)
class FactChoice:
    """A reference fact of the register as the wizard offers it to be ticked."""

    id: int
    text: str
    year: int | None
    source: str

    def label(self) -> str:
        """ "256 kommuner besvarade … (2011; SKL: Enkät om …)": text, year and source."""
        if self.year:
            return fill(translate("Mapping", "%1 (%2; %3)"), self.text, str(self.year), self.source)
        return fill(translate("Mapping", "%1 (%2)"), self.text, self.source)


def fact_choices(db: Database) -> list[FactChoice]:
    """Every reference fact of the register, oldest record first, to be ticked for the draft."""
    facts: list[ReferenceFact] = store.get_many(db, "reference_fact")
    return [
        # The year stands beside the text already: the source is named without it.
        FactChoice(
            fact.id or 0,
            " ".join(fact.text.split()),
            fact.year,
            replace(_source_of(fact), year=None).citation(),
        )
        for fact in facts
    ]


def outlook_edited(db: Database, outlook: Outlook) -> bool:
    """Whether her text differs from what the facts she had chosen would draft.

    An empty text, or the draft itself, is hers to replace without asking.
    """
    text = outlook.text.strip()
    if not text:
        return False
    return text != draft_outlook_from_register(db, outlook.fact_ids).text.strip()


def redraft_outlook(db: Database, outlook: Outlook, fact_ids: Sequence[int]) -> Outlook:
    """``outlook`` drafted anew from the facts of ``fact_ids``, its sources following them.

    A source line that cites a reference fact of the register is dropped unless a
    chosen fact still rests on it; the lines she wrote herself are kept after them.
    """
    draft = draft_outlook_from_register(db, fact_ids)
    cited = {_source_of(fact).citation() for fact in store.get_many(db, "reference_fact")}
    chosen = set(draft.source_lines)
    own = [
        line.strip()
        for line in outlook.sources.splitlines()
        if line.strip() and line.strip() not in cited and line.strip() not in chosen
    ]
    return replace(
        outlook,
        text=draft.text,
        sources="\n".join([*draft.source_lines, *own]),
        fact_ids=tuple(fact_ids),
    )


def _source_of(fact: ReferenceFact) -> OutlookSource:
    return OutlookSource(
        fact.source_title.strip(),
        (fact.source_publisher or "").strip() or None,
        (fact.source_url or "").strip() or None,
        fact.year,
    )


def _survey_opening(source: OutlookSource) -> str:
    """Who asked the municipalities, and when: the paragraph's first sentence."""
    if source.publisher and source.year:
        return fill(
            translate("Mapping", "In %1, %2 asked Sweden's municipalities about their twin towns."),
            str(source.year),
            source.publisher,
        )
    if source.year:
        return fill(
            translate("Mapping", "The survey %1 of %2 asked Sweden's municipalities about their "
                      "twin towns."),
            source.title,
            str(source.year),
        )  # fmt: skip
    return fill(
        translate("Mapping", "The survey %1 asked Sweden's municipalities about their twin towns."),
        source.title,
    )


def _sentence(fact: ReferenceFact) -> str:
    """The fact in a sentence of its own around its figure, or as the coordinator wrote it."""
    templates = _SENTENCES.get(fact.topic or "")
    if templates is None or fact.figure is None:
        text = " ".join(fact.text.split())
        return text if text.endswith((".", "!", "?")) else text + "."
    one, many = templates
    template = one if fact.figure == 1 else many
    return fill(translate("Mapping", template), _figure(fact.figure))


def _figure(value: Decimal) -> str:
    """ "20 000", "54", "12,5": Swedish digits, no trailing zeros."""
    if value == value.to_integral_value():
        return group_digits(int(value))
    whole, _, decimals = f"{value.normalize():f}".partition(".")
    return f"{group_digits(int(whole))}{number_style().decimal}{decimals}"
