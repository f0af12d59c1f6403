"""The demo's mapping report: the 2014 survey as its coordinator would have written it in Vänort.

It is saved through the mapping service like any report she starts in the
wizard, so a fresh demo prints a whole report instead of a draft full of
"[Skriv här: ...]". The commission, the scope and the order of the
recommendations follow the survey (seeds/004); the wording is our own. The
registry number and the date of the commission are those of the invented
commission decision in :mod:`app.demo.vanersborg` (its summary says so); the
report's date and its author are invented too (the author is the demo's
fictional coordinator, never the survey's real one).

It stays a draft: the coordinator of the demo can still change it in the
wizard, or mark it final, which nothing stands in the way of.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.i18n import current_language, set_language
from app.mapping.content import (
    Commission,
    History,
    MappingContent,
    Outlook,
    Recommendation,
    Recommendations,
    Scope,
    TwinTowns,
)
from app.mapping.drafts import new_content
from app.mapping.outlook import draft_outlook_from_register
from app.mapping.prose_history import history_paragraphs
from app.mapping.service import create_report
from app.mapping.story_facts import home_name, register_history
from app.services import store
from app.services.records import ReferenceFact
from app.services.settings import load_settings
from db.session import Database

REPORT_DATE = date(2014, 8, 29)
"""Invented: shortly before the chain's planning seminar of September 2014."""
COMMISSIONED_ON = date(2014, 4, 23)
"""The date of the (invented) commission decision KS 2014/187."""
REGISTRY_NO = "KS 2014/187"
"""Invented, as the commission decision's summary in the register says."""
AUTHOR = "Erik Sandberg"
"""The demo's fictional international coordinator (see the people of the demo)."""
AUTHOR_TITLE = "Internationell samordnare"
TITLE = "Kartläggning av Vänersborgs vänortsförbindelser"
SURVEY_TITLE = "Kartläggning av vänortsförbindelser"
"""The survey as the shipped reference facts cite it (app/reference_facts.py)."""
FIRST_YEAR, LAST_YEAR = 1946, 2014
"""The survey tells the chain's story from its start in 1946 to 2014."""
LEFT_OUT_TOWNS = ("Lich", "Omaruru")
"""The survey keeps to the Nordic chain; Lich is to be raised separately later."""

COMMISSION = Commission(
    commissioned_by="Styrgruppen för internationellt arbete",
    commissioned_on=COMMISSIONED_ON,
    occasion="vänortskedjans planeringsseminarium i Husby i Sydslesvig den 19–21 september 2014",
    purpose="att ge en samlad bild av de avtal som finns och att belysa läget för kommunens "
    "deltagande i vänortskedjan och hur det kan se ut framöver",
    author=AUTHOR,
    author_title=AUTHOR_TITLE,
    title=TITLE,
    report_date=REPORT_DATE,
    registry_no=REGISTRY_NO,
)

METHOD = (
    "Kartläggningen bygger på både skriftliga och muntliga källor om historiken, läget i dag "
    "och hur andra kommuner arbetar med sina vänorter. Utöver kommunens diarieförda handlingar "
    "har Föreningen Norden Vänersborgs egen dokumentation och samtal med föreningens ordförande "
    "varit de viktigaste källorna."
)

LEFT_OUT = (
    "Kartläggningen håller sig till den nordiska vänortskedjan. Lich i Tyskland, som kommunen slöt ett partnerstadsavtal med 2010, är i praktiken en "
    "vänort, men samarbetet med Lich och hur det kan utvecklas tas upp för sig vid ett senare "
    "tillfälle. Det kommunala partnerskapet med Omaruru i Namibia har andra former och lämnas "
    "också utanför."
)

# The survey's six recommendations, in its order, in words of our own.
RECOMMENDATIONS = (
    Recommendation(
        "Kommunen stannar kvar i vänortskedjan",
        "På civil nivå är vänortsarbetet aktivt och växer. Om kommunen fortsätter att delta i "
        "kedjan och lyfter fram den som en del av sitt internationella arbete får "
        "lokalavdelningens arbete stadga, och föreningen får stöd i att nå fler invånare.",
    ),
    Recommendation(
        "En skriftlig överenskommelse med Föreningen Norden Vänersborg",
        "Kommunen och föreningen skriver ned att föreningen driver vänortsarbetet för och inom "
        "det civila samhället och hur ansvaret för vänorterna fördelas mellan dem. Den "
        "internationella samordnaren kan hjälpa föreningen med ansökningar om projektmedel, "
        "till exempel ur EU:s program för medborgarsamarbete.",
    ),
    Recommendation(
        "Ett mindre årligt bidrag till föreningen",
        "Flera kommuner i kedjan stöder sin lokalavdelning ekonomiskt. Föreningen föreslås få "
        "15\u00a0000 kr per år ur de kommungemensamma medlen för internationalisering, till exempel "
        "för möteslokaler och föredragshållare. I gengäld lämnar föreningen vid årets slut en "
        "ekonomisk redovisning och en kort rapport om verksamheten. Ordningen prövas ett år och "
        "utvärderas sedan.",
    ),
    Recommendation(
        "Kontakter mellan förvaltningarna, steg för steg",
        "De kommunala kontakterna har legat nere länge, och kommunens internationella arbete "
        "ses just nu över i sin helhet. Till dess bör kommunen inte satsa stora resurser på "
        "vänorterna utan börja i liten skala och utan åtaganden: först ett nätverk mellan de "
        "tjänstemän i vänorterna som arbetar med internationella frågor, sedan stöd till "
        "lärarna på Blåsutskolan i ett utbyte med Kangasala.",
    ),
    Recommendation(
        "Ja till samtal om ett avtal mellan kommunerna i kedjan",
        "Vid planeringsseminariet i september tas kommunernas deltagande i kedjan och ett "
        "eventuellt avtal mellan dem upp. Kommunen visar där att den vill vara kvar och är "
        "öppen för ett avtal, så länge det uttrycker en gemensam vilja och inte binder "
        "kommunen till vissa aktiviteter.",
    ),
    Recommendation(
        "Vänorterna som en del av kommunens historia",
        "Vänortskedjan växte fram ur viljan att bygga fred och gemenskap i Norden efter andra "
        "världskriget. Att behålla den ger kommunens internationella arbete en historisk "
        "förankring och håller den berättelsen levande för nya generationer.",
    ),
)


def add_mapping_report(db: Database, twinning_ids: dict[str, int], towns: dict[str, int]) -> int:
    """Save the demo's mapping report of 2014 and return its id.

    ``twinning_ids`` and ``towns`` map the demo's place names to the ids they
    got, so the scope and the table's names point at the right records.
    """
    # The drafted parts (the history, the outlook) are written into the saved
    # content, so they are drafted in Swedish, the demo municipality's language,
    # whatever language the program runs in while it builds the demo.
    language = current_language()
    set_language("sv")
    try:
        return _save_report(db, twinning_ids, towns)
    finally:
        set_language(language)


def _save_report(db: Database, twinning_ids: dict[str, int], towns: dict[str, int]) -> int:
    drafted = new_content(db, today=REPORT_DATE)
    left_out = {twinning_ids[name] for name in LEFT_OUT_TOWNS}
    content = replace(
        drafted,
        commission=COMMISSION,
        scope=Scope(
            twinning_ids=tuple(i for i in drafted.scope.twinning_ids if i not in left_out),
            network_ids=drafted.scope.network_ids,
            period_from=FIRST_YEAR,
            period_to=LAST_YEAR,
            method=METHOD,
            left_out=LEFT_OUT,
        ),
        # The municipality writes the Danish-speaking Husby so in its table (Figur 1).
        towns=TwinTowns(member_year=2013, names=((towns["Husby"], "Husby (dansk)"),)),
        recommendations=Recommendations(RECOMMENDATIONS),
    )
    content = _with_history(db, content)
    content = replace(content, outlook=_outlook_of_2014(db))
    return create_report(db, content, today=REPORT_DATE).id


def _outlook_of_2014(db: Database) -> Outlook:
    """Omvärldsperspektiv from the facts known in 2014, the report never citing itself.

    The shipped facts include a programme of 2021 and a figure whose only source
    is the Vänersborg survey, i.e. this very report; neither belongs in it.
    """
    own = load_settings(db).name
    ticked = [
        fact.id
        for fact in store.get_many(db, ReferenceFact)
        if fact.id is not None
        and (fact.year or 0) <= LAST_YEAR
        and not (fact.source_title == SURVEY_TITLE and fact.source_publisher == own)
    ]
    draft = draft_outlook_from_register(db, ticked)
    return Outlook(text=draft.text, sources="\n".join(draft.source_lines))


def _with_history(db: Database, content: MappingContent) -> MappingContent:
    """The history drafted again for the chosen scope, so Lich and Omaruru are not in it."""
    events = register_history(db, content, REPORT_DATE)
    text = "\n\n".join(history_paragraphs(events, home_name(db)))
    return replace(content, history=History(text))
