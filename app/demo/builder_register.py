"""The demo register's places, twinnings, organisations, member counts and the Nordic chain,
saved through the services (see :mod:`app.demo.vanersborg`)."""

from __future__ import annotations

import dataclasses
from datetime import date

from app.dates import ApproxDate
from app.demo.facts import (
    DORMANT_REASON,
    HOME,
    LETTERHEAD,
    MEETINGS,
    MEMBER_YEAR,
    MUNICIPAL_LEVEL_DORMANT,
    MUNICIPALITY,
    PARTNERS,
    SURVEY,
)
from app.services.kinds import Record
from app.services.records import (
    MemberCount,
    Network,
    NetworkMeeting,
    NetworkMember,
    Organisation,
    Town,
    Twinning,
)
from app.workspace import Workspace


def year_of(year: int | None) -> ApproxDate | None:
    """A year as the survey gives it: no invented day (was "1977-01-01")."""
    return ApproxDate.of_year(year) if year is not None else None


def day_of(year: int, month: int, day: int) -> ApproxDate:
    """A day the sources give exactly."""
    return ApproxDate.of_day(date(year, month, day))


class RegisterBuilder:
    """Saves the demo records one by one and remembers the ids they got."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.towns: dict[str, int] = {}
        self.branches: dict[str, int] = {}
        self.organisations: dict[str, int] = {}
        self.twinning_ids: dict[str, int] = {}
        self.chain = 0

    def _id(self, record: Record) -> int:
        saved = self.ws.save(record)
        assert saved.id is not None
        return int(saved.id)

    def add_settings(self) -> None:
        """The municipality's name, letterhead and language, and the rules its documents state."""
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
        """The home town, the partners of the chain, and the other towns the survey names."""
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
        """The twinnings with the chain, Utajärvi (ended), Lich and Omaruru."""
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
                    contact_year=year_of(place.contact_year),
                    start_date=year_of(place.formal_year),
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
                start_date=year_of(1948),
                end_date=year_of(1976),
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
                contact_year=year_of(2010),
                start_date=year_of(2010),
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
        """Föreningen Norden and its branches, and the municipal bodies of the survey."""
        home = self.towns[HOME.name]
        norden = self._id(
            Organisation(
                name="Föreningen Norden",
                kind="association",
                founded=year_of(1919),
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
                founded=day_of(1945, 4, 19),
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
        """The branches' members of 2013 (Figur 1), and the 2014 figures the survey gives."""
        source = f"{SURVEY}, Figur 1."
        for place in (HOME, *PARTNERS):
            self._id(
                MemberCount(
                    organisation_id=self.branches[place.name],
                    year=year_of(MEMBER_YEAR),
                    count=place.members_2013,
                    note=source if place.members_2013 is not None else "Uppgift saknas. " + source,
                )
            )
        self._id(
            MemberCount(
                organisation_id=self.branches[HOME.name],
                year=year_of(2014),
                count=100,
                note="Omkring 100 och ökande enligt kartläggningen 2014.",
            )
        )
        self._id(
            MemberCount(
                organisation_id=self.organisations["Föreningen Norden"],
                year=year_of(2014),
                count=13000,
                note="Omkring 13 000 enligt kartläggningen 2014.",
            )
        )

    def add_network(self) -> None:
        """The Nordic chain: its members, their hosting order and its meetings."""
        chain = self._id(
            Network(
                name="Den nordiska vänortskedjan",
                cadence_years=1,
                founded_year=year_of(1946),
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
                joined_year=year_of(HOME.contact_year),
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
                    joined_year=year_of(place.formal_year or place.contact_year),
                    rotation_position=place.rotation,
                    notes=note.strip() if note else None,
                )
            )
        self._id(
            NetworkMember(
                network_id=chain,
                town_id=self.towns["Utajärvi"],
                joined_year=year_of(1948),
                left_year=year_of(1976),
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
