"""The demo register's paperwork: money, agreements, activities and decisions, trips,
the governing document, terms of office and people (see :mod:`app.demo.vanersborg`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.dates import ApproxDate
from app.demo.builder_register import RegisterBuilder, day_of, year_of
from app.demo.facts import (
    EXCHANGE_RATES,
    HOME,
    INVENTED,
    SURVEY,
)
from app.services.records import (
    Activity,
    Agreement,
    Decision,
    ExchangeRate,
    Grant,
    Person,
    PolicyDocument,
    PolicyRevision,
    RecordRef,
    TermOfOffice,
    Trip,
)


class DemoBuilder(RegisterBuilder):
    """The whole demo register: the register's own records, then its paperwork."""

    def add_money(self) -> None:
        """Exchange rates and the grants the partners pay their branches."""
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
        """The agreements the survey names, one of them still a draft."""
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
        """The activities of the survey and the decisions that went with them."""
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
                decided_on=day_of(2014, 4, 23),
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
                decided_on=day_of(2014, 6, 10),
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
                decided_on=day_of(2014, 11, 5),
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
        """The governing document, its revision, and the decisions on it."""
        policy = self._id(
            PolicyDocument(
                title="Policy för vänortssamarbete",
                doc_type="policy",
                owner="KF presidium",
                responsible_officer="Kanslichef",
                scope="Externt",
                decided_by="council",
                decided_on=day_of(2008, 6, 18),
                section="94",
                registry_no="KS 2007/607",
                # "Revideras senast 2028": a year, due from its first day, not 2028-12-31.
                revise_by=year_of(2028),
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
        """The Swedish terms of office."""
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
        """The two people of the demo, invented and marked as such."""
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
