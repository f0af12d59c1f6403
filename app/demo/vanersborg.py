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

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.dates import ApproxDate
from app.demo.mapping_2014 import add_mapping_report
from app.services.records import (
    Activity,
    Agreement,
    Decision,
    ExchangeRate,
    Grant,
    MemberCount,
    Network,
    NetworkMeeting,
    NetworkMember,
    Organisation,
    Person,
    PolicyDocument,
    PolicyRevision,
    RecordRef,
    TermOfOffice,
    Town,
    Trip,
    Twinning,
)
from app.workspace import Workspace

MUNICIPALITY = "Vänersborgs kommun"
LETTERHEAD = "Vänersborgs kommun · Kommunstyrelsens förvaltning · Internationellt arbete"
SURVEY = "Kartläggning av Vänersborgs vänortsförbindelser (internationell samordnare, 2014)"
# The survey's judgement. The chain's annual meetings would make the derived
# status "active", but they are the association's; so the judgement is kept as
# the coordinator's override with its reason, and the note says why.
DORMANT_REASON = (
    "Kartläggningen 2014: på kommunal nivå är samarbetet vilande, utan kontakter mellan "
    "förvaltningarna och utan utsedda kontaktpersoner."
)
MUNICIPAL_LEVEL_DORMANT = (
    "Status vilande, satt som bedömning: vänortsmötena gör den härledda statusen aktiv, men "
    "mötena är Föreningen Nordens. Föreningsnivån är aktiv, kommunens del vilande."
)
INVENTED = "Påhittad uppgift i demodatabasen."
MEMBER_YEAR = 2013


@dataclass(frozen=True)
class ChainPlace:
    """One row of the survey's Figur 1, with what the register needs besides."""

    name: str
    country: str
    kind: str
    contact_year: int
    members_2013: int | None  # None: "uppgift saknas"
    latitude: float
    longitude: float
    formal_year: int | None = None  # when the survey gives a formal start year
    region: str | None = None
    alternative_names: tuple[str, ...] = ()
    branch: str = ""
    areas: tuple[str, ...] = ("culture",)
    notes: str | None = None
    rotation: int | None = None  # place in the hosting order seen 2007-2013


HOME = ChainPlace(
    "Vänersborg",
    "SE",
    "municipality",
    1946,
    100,
    58.3807,
    12.3234,
    branch="Föreningen Norden Vänersborg",
    rotation=6,
)

# Figur 1, in the survey's order; the home town is its first row.
PARTNERS: tuple[ChainPlace, ...] = (
    ChainPlace(
        "Herning",
        "DK",
        "municipality",
        1946,
        230,
        56.1393,
        8.9738,
        formal_year=1946,
        branch="Foreningen Norden Herning",
        areas=("school", "culture"),
        notes="Herning Kommune har sedan kommunsammanslagningen 2007 lämnat vänortsarbetet "
        "helt till den lokala Nordenföreningen.",
        rotation=3,
    ),
    ChainPlace(
        "Holmestrand",
        "NO",
        "municipality",
        1947,
        100,
        59.4889,
        10.3131,
        formal_year=1947,
        branch="Foreningen Norden Holmestrand",
        areas=("school", "music", "culture"),
        rotation=5,
    ),
    ChainPlace(
        "Siglufjörður",
        "IS",
        "community",
        1949,
        30,
        66.1500,
        -18.9100,
        formal_year=1949,
        alternative_names=("Siglufjördur",),
        branch="Föreningen Norden Siglufjörður",
        notes="Ingår sedan 2006 i kommunen Fjallabyggð. Kartläggningen stavar namnet Siglufjördur.",
        rotation=4,
    ),
    ChainPlace(
        "Kangasala",
        "FI",
        "municipality",
        1977,
        70,
        61.4639,
        24.0650,
        formal_year=1977,
        branch="Föreningen Norden Kangasala",
        areas=("school", "culture"),
        notes="Ersatte Utajärvi som finsk partner i kedjan.",
        rotation=1,
    ),
    ChainPlace(
        "15 landkommuner",
        "AX",
        "region",
        1977,
        250,
        60.2000,
        19.9500,
        formal_year=1977,
        alternative_names=("Ålands landskommuner",),
        branch="Föreningen Norden, Ålands landskommuner",
        notes="De femton landskommunerna på Åland deltar tillsammans som en part i kedjan.",
        rotation=7,
    ),
    ChainPlace(
        "Eiði",
        "FO",
        "municipality",
        1978,
        None,
        62.2986,
        -7.0919,
        formal_year=1978,
        alternative_names=("Eidi",),
        branch="Föreningen Norden Eiði",
        notes="Kom med i kedjan på förslag från isländskt håll. Kartläggningen stavar namnet Eidi.",
    ),
    ChainPlace(
        "Arsuk",
        "GL",
        "village",
        1987,
        15,
        61.1747,
        -48.4542,
        formal_year=1989,
        branch="Föreningen Norden Arsuk",
        notes="Bygd på Grönland: kontakt från 1987, upptagen som partner 1989.",
    ),
    ChainPlace(
        "Husby",
        "DE",
        "community",
        1988,
        340,
        54.7667,
        9.5833,
        formal_year=1989,
        region="Sydslesvig",
        alternative_names=("Husby (dansk)",),
        branch="Föreningen Norden Husby",
        notes="Den dansktalande befolkningen i Husby i Sydslesvig. Deltog länge genom sina "
        "förbindelser med Herning och fick 1989 en fast plats i kedjan.",
        rotation=2,
    ),
)

# The annual meetings the survey lists, with their hosts.
MEETINGS: tuple[tuple[int, str, str], ...] = (
    (2007, "Kangasala", "Kangasala"),
    (2008, "Husby", "Husby"),
    (2009, "Herning", "Herning"),
    (2010, "Siglufjörður", "Siglufjörður"),
    (2011, "Holmestrand", "Holmestrand"),
    (2012, "Vänersborg", "Vänersborg"),
    (2013, "15 landkommuner", "Åland"),
)

# Rates to SEK, close to the Riksbank's annual averages.
EXCHANGE_RATES: tuple[tuple[str, int, str], ...] = (
    ("DKK", 2013, "1.1588"),
    ("DKK", 2014, "1.2197"),
    ("EUR", 2013, "8.6494"),
    ("EUR", 2014, "9.0985"),
    ("NOK", 2013, "1.1089"),
    ("NOK", 2014, "1.0877"),
)


def _year(year: int | None) -> ApproxDate | None:
    """A year as the survey gives it: no invented day (was "1977-01-01")."""
    return ApproxDate.of_year(year) if year is not None else None


def _day(year: int, month: int, day: int) -> ApproxDate:
    return ApproxDate.of_day(date(year, month, day))


class _Builder:
    """Saves the demo records one by one and remembers the ids they got."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.towns: dict[str, int] = {}
        self.branches: dict[str, int] = {}
        self.organisations: dict[str, int] = {}
        self.twinning_ids: dict[str, int] = {}
        self.chain = 0

    def _id(self, record: object) -> int:
        saved = self.ws.save(record)
        assert saved.id is not None
        return int(saved.id)

    def add_settings(self) -> None:
        current = self.ws.settings()
        # The demo's governing documents state these rules, so they are on here; a new
        # municipality's database starts with them off until its coordinator states them.
        rules = dataclasses.replace(
            current.rules,
            trip_approval=True,
            report_back=True,
            yearly_council_report=True,
            evaluate_each_term=True,
        )
        self.ws.save_settings(
            dataclasses.replace(
                current, name=MUNICIPALITY, letterhead=LETTERHEAD, language="sv", rules=rules
            )
        )

    def cite_policy(self, policy: int) -> None:
        """Let every rule of the municipality's own cite the policy that states it."""
        current = self.ws.settings()
        rules = dataclasses.replace(
            current.rules,
            trip_approval_source_id=policy,
            report_back_source_id=policy,
            yearly_report_source_id=policy,
            evaluation_source_id=policy,
        )
        self.ws.save_settings(dataclasses.replace(current, rules=rules))

    def add_places(self) -> None:
        self.towns[HOME.name] = self._id(
            Town(
                name=HOME.name,
                country=HOME.country,
                kind=HOME.kind,
                latitude=HOME.latitude,
                longitude=HOME.longitude,
                is_home=True,
                website="https://www.vanersborg.se",
                notes="Hemkommun. Med i den nordiska vänortskedjan sedan starten 1946.",
            )
        )
        for place in PARTNERS:
            self.towns[place.name] = self._id(
                Town(
                    name=place.name,
                    country=place.country,
                    region=place.region,
                    kind=place.kind,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    alternative_names=place.alternative_names,
                    notes=place.notes,
                )
            )
        self.towns["Utajärvi"] = self._id(
            Town(
                name="Utajärvi",
                country="FI",
                kind="municipality",
                latitude=64.7594,
                longitude=26.4194,
                notes="Vänersborgs fadderort i Finland redan före vänortskedjan.",
            )
        )
        self.towns["Lich"] = self._id(
            Town(name="Lich", country="DE", kind="city", latitude=50.5217, longitude=8.8183)
        )
        self.towns["Omaruru"] = self._id(
            Town(
                name="Omaruru",
                country="NA",
                kind="municipality",
                latitude=-21.4333,
                longitude=15.9333,
                notes="Historisk koppling till upptäcktsresande på 1800-talet.",
            )
        )

    def add_twinnings(self) -> None:
        home = self.towns[HOME.name]
        for place in PARTNERS:
            notes = MUNICIPAL_LEVEL_DORMANT
            if place.formal_year is not None:
                notes += f" Formellt inträde {place.formal_year}."
            self.twinning_ids[place.name] = self._id(
                Twinning(
                    town_a_id=home,
                    town_b_id=self.towns[place.name],
                    kind="twin_town",
                    contact_year=_year(place.contact_year),
                    start_date=_year(place.formal_year),
                    status="dormant",
                    status_override="dormant",
                    status_override_reason=DORMANT_REASON,
                    areas=place.areas,
                    notes=notes,
                )
            )
        self.twinning_ids["Utajärvi"] = self._id(
            Twinning(
                town_a_id=home,
                town_b_id=self.towns["Utajärvi"],
                kind="twin_town",
                contact_year=None,  # a godparent town before 1948; the year is not known
                start_date=_year(1948),
                end_date=_year(1976),
                end_reason="Utajärvi valde 1976 att lämna vänortssamarbetet; arbetet med att "
                "hitta en ny finsk partner började (Kangasala 1977).",
                status="ended",
                areas=("school",),
                notes="Fadderort före 1948, då den gick med i vänortskedjan.",
            )
        )
        self.twinning_ids["Lich"] = self._id(
            Twinning(
                town_a_id=home,
                town_b_id=self.towns["Lich"],
                kind="partner_town",
                contact_year=_year(2010),
                start_date=_year(2010),
                status="active",
                notes="Partnerstadsavtal 2010; jämställs med en vänort. "
                "Ingår inte i kartläggningen 2014.",
            )
        )
        self.twinning_ids["Omaruru"] = self._id(
            Twinning(
                town_a_id=home,
                town_b_id=self.towns["Omaruru"],
                kind="municipal_partnership",
                # "De senaste åren", written in 2014: the survey knows no more than that.
                contact_year=ApproxDate.of_decade(2010, "early", approximate=True),
                status="active",
                notes="Kommunalt partnerskap som vuxit fram under senare år; kartläggningen "
                "2014 anger inget startår.",
            )
        )

    def add_organisations(self) -> None:
        home = self.towns[HOME.name]
        norden = self._id(
            Organisation(
                name="Föreningen Norden",
                kind="association",
                founded=_year(1919),
                website="https://www.foreningennorden.se",
                notes="Föreningens syfte har sedan starten varit att öka det nordiska "
                "samarbetet, med en stark grund i folkrörelse, folkbildning och arbete för fred "
                "och demokrati. Den är ideell och politiskt och religiöst oberoende. "
                "Föreningsverksamheten bedrivs av 23 distrikt och omkring 140 "
                "lokalavdelningar, som anordnar studiecirklar, föreläsningar och resor; det är "
                "där vänortssamarbetet sker.",
            )
        )
        self.organisations["Föreningen Norden"] = norden
        self.branches[HOME.name] = self._id(
            Organisation(
                name=HOME.branch,
                kind="local_branch",
                town_id=home,
                parent_id=norden,
                founded=_day(1945, 4, 19),
                notes="Driver i praktiken vänortsarbetet mot det civila samhället, med program "
                "för allmänheten vår och höst. Viljeförklaring antagen 2013-04-16.",
            )
        )
        for place in PARTNERS:
            self.branches[place.name] = self._id(
                Organisation(
                    name=place.branch,
                    kind="local_branch",
                    town_id=self.towns[place.name],
                    notes="Lokalavdelning av Nordenföreningen i sitt land.",
                )
            )
        for name, kind, parent, notes in (
            ("Kommunstyrelsen", "committee", None, None),
            (
                "Kommunstyrelsens förvaltning",
                "department",
                None,
                "Här finns kommunens internationella samordnare.",
            ),
            (
                "Styrgruppen för internationellt arbete",
                "other",
                "Kommunstyrelsens förvaltning",
                "Gav 2014 uppdraget att kartlägga vänortsförbindelserna.",
            ),
            ("Vargöns musikkår", "association", None, "Med flagg- och drillflickor."),
            ("Blåsutskolan", "school", None, None),
        ):
            self.organisations[name] = self._id(
                Organisation(
                    name=name,
                    kind=kind,
                    town_id=home,
                    parent_id=self.organisations[parent] if parent else None,
                    notes=notes,
                )
            )

    def add_member_counts(self) -> None:
        source = f"{SURVEY}, Figur 1."
        for place in (HOME, *PARTNERS):
            self._id(
                MemberCount(
                    organisation_id=self.branches[place.name],
                    year=_year(MEMBER_YEAR),
                    count=place.members_2013,
                    note=source if place.members_2013 is not None else "Uppgift saknas. " + source,
                )
            )
        self._id(
            MemberCount(
                organisation_id=self.branches[HOME.name],
                year=_year(2014),
                count=100,
                note="Omkring 100 och ökande enligt kartläggningen 2014.",
            )
        )
        self._id(
            MemberCount(
                organisation_id=self.organisations["Föreningen Norden"],
                year=_year(2014),
                count=13000,
                note="Omkring 13 000 enligt kartläggningen 2014.",
            )
        )

    def add_network(self) -> None:
        chain = self._id(
            Network(
                name="Den nordiska vänortskedjan",
                cadence_years=1,
                founded_year=_year(1946),
                notes="Nio orter (områden) från alla nordiska länder, de självstyrande områdena "
                "och den danska minoriteten i Sydslesvig. Inga skriftliga avtal mellan "
                "kommunerna; samarbetet bärs av Föreningen Nordens lokalavdelningar. "
                "Vänortsmöte varje år hos en ort i tur och ordning.",
            )
        )
        self._id(
            NetworkMember(
                network_id=chain,
                town_id=self.towns[HOME.name],
                joined_year=_year(HOME.contact_year),
                rotation_position=HOME.rotation,
            )
        )
        for place in PARTNERS:
            note = None
            if place.formal_year is not None and place.formal_year != place.contact_year:
                note = f"Kontaktår {place.contact_year}, formellt upptagen {place.formal_year}."
            if place.rotation is None:
                note = (note or "") + " Inte värd under 2007–2013; plats i värdordningen okänd."
            self._id(
                NetworkMember(
                    network_id=chain,
                    town_id=self.towns[place.name],
                    joined_year=_year(place.formal_year or place.contact_year),
                    rotation_position=place.rotation,
                    notes=note.strip() if note else None,
                )
            )
        self._id(
            NetworkMember(
                network_id=chain,
                town_id=self.towns["Utajärvi"],
                joined_year=_year(1948),
                left_year=_year(1976),
                notes="Lämnade kedjan 1976.",
            )
        )
        self._id(
            NetworkMeeting(
                network_id=chain,
                year=1992,
                place="Christianslyst",
                start_date=date(1992, 10, 25),
                end_date=date(1992, 10, 28),
                notes="Huvudarrangemanget 1992, en konferens. Rapporten sammanfattar vad som "
                "kännetecknar samarbetet i kedjan.",
            )
        )
        for year, host, place_name in MEETINGS:
            self._id(
                NetworkMeeting(
                    network_id=chain,
                    year=year,
                    host_town_id=self.towns[host],
                    place=place_name,
                    kind="meeting",
                )
            )
        self._id(
            NetworkMeeting(
                network_id=chain,
                year=2014,
                host_town_id=self.towns["Husby"],
                place="Husby (Sydslesvig)",
                kind="seminar",
                start_date=date(2014, 9, 19),
                end_date=date(2014, 9, 21),
                notes="Styrelseseminarium i tre dagar i stället för årets vänortsmöte: "
                "planering av det framtida samarbetet, kommunernas intresse av att delta och "
                "möjliga avtal mellan kommunerna. Vänersborg har anmält deltagande.",
            )
        )
        self.chain = chain

    def add_money(self) -> None:
        for currency, year, rate in EXCHANGE_RATES:
            self._id(ExchangeRate(currency=currency, year=year, rate_to_sek=Decimal(rate)))
        for place, amount, currency in (
            ("Herning", Decimal(16800), "DKK"),
            ("Husby", Decimal(35000), "DKK"),
            ("Kangasala", None, "EUR"),
        ):
            self._id(
                Grant(
                    organisation_id=self.branches[place],
                    payer_town_id=self.towns[place],
                    year=2014,
                    amount=amount,
                    currency=currency,
                    notes="Bidrag från den egna kommunen till föreningens verksamhet."
                    + (" Beloppet är okänt." if amount is None else ""),
                )
            )

    def add_agreements(self) -> None:
        self._id(
            Agreement(
                title="Avtal om vänortsarbetet mellan Holmestrands kommun och "
                "Foreningen Norden Holmestrand",
                kind="cooperation_agreement",
                status="dormant",
                town_ids=(self.towns["Holmestrand"],),
                organisation_ids=(self.branches["Holmestrand"],),
                notes="Ett särskilt avtal om vänortsarbetet, för närvarande vilande; inget "
                "bidrag betalas ut just nu. Datum okända.",
            )
        )
        self._id(
            Agreement(
                title="Partnerstadsavtal Vänersborg–Lich",
                kind="twinning_agreement",
                status="active",
                town_ids=(self.towns[HOME.name], self.towns["Lich"]),
                notes="Slöts 2010; exakt datum saknas i demodatabasen.",
            )
        )
        self._id(
            Agreement(
                title="Överenskommelse med Föreningen Norden Vänersborg om vänortsarbetet",
                kind="understanding",
                status="draft",
                town_ids=(self.towns[HOME.name],),
                organisation_ids=(self.branches[HOME.name],),
                priority_areas=("culture", "democracy"),
                notes="Förslag i kartläggningen 2014: föreningen driver vänortsarbetet för det "
                "civila samhället, ansvarsfördelningen skrivs ned, och föreningen får ett "
                "mindre bidrag (15 000 kr per år) mot ekonomisk redovisning och kort rapport.",
            )
        )

    def add_activities_and_decisions(self) -> None:
        corps = self.organisations["Vargöns musikkår"]
        holmestrand = self.towns["Holmestrand"]
        for year, registry, section, decided in (
            (2002, "KS 2002/112", "87", date(2002, 4, 15)),
            (2014, "KS 2014/123", "62", date(2014, 4, 7)),
        ):
            activity = self._id(
                Activity(
                    title=f"Vargöns musikkår vid Holmestrands nationaldagsfirande {year}",
                    start_date=date(year, 5, 17),
                    kind="culture",
                    area="music",
                    description="Musikkårens flagg- och drillflickor deltog i firandet av "
                    "Norges nationaldag i Holmestrand.",
                    funding="Ekonomiskt stöd till resan, beviljat av kommunstyrelsens "
                    "arbetsutskott.",
                    source_reference=f"{SURVEY}, avsnittet Aktiviteter.",
                    town_ids=(holmestrand,),
                    organisation_ids=(corps,),
                )
            )
            self._id(
                Decision(
                    body="working_committee",
                    decided_on=ApproxDate.of_day(decided),
                    section=section,
                    registry_no=registry,
                    title=f"Bidrag till Vargöns musikkårs resa till Holmestrand {year}",
                    outcome="Bidrag beviljas.",
                    summary=f"Paragraf, diarienummer och sändlista: {INVENTED}",
                    distribution="Vargöns musikkår; ekonomienheten",
                    concerns=(RecordRef("activity", activity), RecordRef("organisation", corps)),
                )
            )
        self._id(
            Activity(
                title="Förfrågan om skolutbyte mellan Blåsutskolan och en skola i Kangasala",
                kind="school_exchange",
                area="school",
                description="Våren 2014 frågade lärare på Blåsutskolan de internationella "
                "samordnarna om kontakt med en skola i Kangasala för ett utbyte. Inget är "
                "planerat ännu: lärarna väntar på besked om kommunens fortsatta deltagande i "
                "vänortskedjan. Kartläggningen föreslår att utbytet blir ett första praktiskt "
                "steg.",
                source_reference=f"{SURVEY}, avsnitten Aktiviteter och Rekommendationer.",
                town_ids=(self.towns["Kangasala"],),
                organisation_ids=(self.organisations["Blåsutskolan"],),
            )
        )
        self._id(
            Decision(
                body="other",
                body_name="Styrgruppen för internationellt arbete",
                decided_on=_day(2014, 4, 23),
                registry_no="KS 2014/187",
                title="Uppdrag att kartlägga kommunens vänortsförbindelser",
                summary="Inför vänortskedjans planeringsseminarium i Sydslesvig 19–21 september "
                "2014 får den internationella samordnaren i uppdrag att kartlägga befintliga "
                f"avtal och belysa deltagandet i kedjan. Datum och diarienummer: {INVENTED}",
                outcome="Uppdraget ges.",
                distribution="Internationell samordnare",
                concerns=(
                    RecordRef("network", self.chain),
                    RecordRef("organisation", self.organisations["Kommunstyrelsens förvaltning"]),
                ),
            )
        )

    def add_trips(self) -> None:
        """The coordinator's trip to the chain's planning seminar in Husby, start to finish.

        The survey says Vänersborg registered to take part; the costs, the
        decisions and the report-back are made up to show the trip workflow.
        """
        office = self.organisations["Kommunstyrelsens förvaltning"]
        approval = self._id(
            Decision(
                body="executive_board",
                decided_on=_day(2014, 6, 10),
                section="118",
                registry_no="KS 2014/201",
                title="Deltagande i vänortskedjans planeringsseminarium i Husby 2014",
                outcome="Resan godkänns.",
                summary=f"Paragraf och diarienummer: {INVENTED}",
            )
        )
        report_back = self._id(
            Decision(
                body="executive_board",
                decided_on=_day(2014, 11, 5),
                section="171",
                registry_no="KS 2014/201",
                title="Återrapportering av resan till planeringsseminariet i Husby",
                outcome="Återrapporteringen läggs till handlingarna.",
                summary=f"Paragraf och diarienummer: {INVENTED}",
            )
        )
        self._id(
            Trip(
                title="Planeringsseminarium för vänortskedjan i Husby (Sydslesvig)",
                start_date=date(2014, 9, 19),
                end_date=date(2014, 9, 21),
                travellers="Internationell samordnare; ordföranden i Föreningen Norden Vänersborg",
                department_id=office,
                purpose="Delta i kedjans styrelseseminarium om det framtida vänortssamarbetet.",
                goals="Föra fram kommunens hållning till fortsatt deltagande och till ett avtal "
                "mellan kommunerna i kedjan.",
                results="Kommunen markerade intresse för fortsatt deltagande; frågan om avtal "
                "mellan kommunerna bereds vidare.",
                estimated_cost=Decimal("11000"),
                actual_cost=Decimal("12400"),
                currency="SEK",
                funding=f"Kommungemensamma medel för internationalisering. {INVENTED}",
                approval_decision_id=approval,
                report_back_decision_id=report_back,
                status="reported",
                town_ids=(self.towns["Husby"],),
            )
        )

    def add_policy(self) -> None:
        policy = self._id(
            PolicyDocument(
                title="Policy för vänortssamarbete",
                doc_type="policy",
                owner="KF presidium",
                responsible_officer="Kanslichef",
                scope="Externt",
                decided_by="council",
                decided_on=_day(2008, 6, 18),
                section="94",
                registry_no="KS 2007/607",
                # "Revideras senast 2028": a year, due from its first day, not 2028-12-31.
                revise_by=_year(2028),
                notes="Publiceras i den kommunala författningssamlingen. Uppgifterna är "
                "hämtade från Ludvika kommuns policy med samma namn.",
            )
        )
        self.cite_policy(policy)
        self._id(
            PolicyRevision(
                document_id=policy,
                revised_on=date(2024, 4, 2),
                section="40",
                registry_no="KS 2023/329",
                description="Redaktionella ändringar; stycken som inte längre var aktuella "
                "togs bort.",
            )
        )
        # The board proposes the revision to the council, which decides it: a proposal
        # and the decision that takes it up, both kept.
        proposal = self._id(
            Decision(
                body="executive_board",
                decided_on=ApproxDate.of_day(date(2024, 3, 6)),
                section="52",
                registry_no="KS 2023/329",
                title="Förslag till revidering av policy för vänortssamarbete",
                outcome="Kommunstyrelsen föreslår kommunfullmäktige att anta den reviderade "
                "policyn.",
                summary=f"Datum och paragraf: {INVENTED}",
                distribution="Kommunfullmäktige",
                is_proposal=True,
                concerns=(RecordRef("policy", policy),),
            )
        )
        for decided, section, registry, title, proposed in (
            (date(2008, 6, 18), "94", "KS 2007/607", "Policy för vänortssamarbete", None),
            (
                date(2024, 4, 2),
                "40",
                "KS 2023/329",
                "Revidering av policy för vänortssamarbete",
                proposal,
            ),
        ):
            self._id(
                Decision(
                    body="council",
                    decided_on=ApproxDate.of_day(decided),
                    section=section,
                    registry_no=registry,
                    title=title,
                    outcome="Antagen.",
                    distribution="Samtliga nämnder och bolag",
                    proposal_id=proposed,
                    concerns=(RecordRef("policy", policy),),
                )
            )

    def add_terms(self) -> None:
        for first in (2022, 2026):
            self._id(
                TermOfOffice(
                    start_year=first,
                    end_year=first + 4,
                    start_date=date(first, 10, 15),
                    end_date=date(first + 4, 10, 14),
                )
            )

    def add_people(self) -> None:
        self._id(
            Person(
                name="Margareta Holm",
                role="Ordförande",
                organisation_id=self.branches[HOME.name],
                email="ordforande@example.org",
                languages="svenska, danska",
                notes=f"Fiktiv person. {INVENTED}",
            )
        )
        self._id(
            Person(
                name="Erik Sandberg",
                role="Internationell samordnare",
                organisation_id=self.organisations["Kommunstyrelsens förvaltning"],
                email="internationell.samordnare@example.org",
                languages="svenska, engelska, tyska",
                notes=f"Fiktiv person. {INVENTED}",
            )
        )


def build(workspace: Workspace) -> None:
    """Fill an empty register with the demo records, through the services."""
    builder = _Builder(workspace)
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
