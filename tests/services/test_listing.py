"""Lists: search, sort, paging and the filters (equals, ended, period, related)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.dates import ApproxDate
from app.services import records as r
from app.services.listing import Filters, ListQuery, fold
from app.services.records import RecordRef
from app.workspace import Workspace


def _names(workspace: Workspace, kind: str, query: ListQuery) -> list[str]:
    field = "name" if kind in ("town", "organisation", "person", "network") else "title"
    return [getattr(x, field) for x in workspace.page(kind, query).records]


@pytest.fixture
def chain(workspace: Workspace) -> dict[str, Any]:
    """A small Nordic chain: towns, twinnings (one ended), a network, trips, a decision."""
    towns = {
        name: workspace.save(r.Town(name=name, country=country, population=population))
        for name, country, population in [
            ("Vänersborg", "SE", 39_900),
            ("Herning", "DK", 90_000),
            ("Holmestrand", "NO", 11_000),
            ("Ålands landskommuner", "AX", None),
            ("Östersund", "SE", 64_000),
            ("Utajärvi", "FI", 2_700),
            ("Lich", "DE", 13_500),
        ]
    }
    home = towns["Vänersborg"].id

    def twin(name: str, **values: Any) -> r.Twinning:
        return workspace.save(r.Twinning(town_a_id=home, town_b_id=towns[name].id, **values))

    twinnings = {
        "Herning": twin("Herning", contact_year=1946, start_date=date(1946, 5, 1)),
        "Holmestrand": twin("Holmestrand", contact_year=1947),
        "Utajärvi": twin(
            "Utajärvi",
            contact_year=1948,
            status="ended",
            start_date=date(1948, 1, 1),
            end_date=date(1976, 12, 31),
        ),
        "Lich": twin("Lich", kind="partner_town", contact_year=2010, start_date=date(2010, 3, 24)),
    }
    network = workspace.save(r.Network(name="Vänortskedjan"))
    for name in ("Vänersborg", "Herning", "Holmestrand"):
        workspace.save(r.NetworkMember(network_id=network.id, town_id=towns[name].id))
    trips = {
        title: workspace.save(
            r.Trip(title=title, start_date=start, end_date=end, status=status, town_ids=ids)
        )
        for title, start, end, status, ids in [
            ("Herning 2013", date(2013, 6, 1), date(2013, 6, 3), "planned", (towns["Herning"].id,)),
            ("Nyår i Lich", date(2013, 12, 30), date(2014, 1, 2), "planned", (towns["Lich"].id,)),
            ("Åland 2014", date(2014, 8, 15), None, "planned", (towns["Ålands landskommuner"].id,)),
            ("Inställd resa", date(2014, 5, 1), date(2014, 5, 2), "cancelled", ()),
        ]
    }
    decision = workspace.save(
        r.Decision(
            title="Partnerskap med Lich",
            decided_on=date(2010, 3, 24),
            body="council",
            concerns=(RecordRef("twinning", twinnings["Lich"].id),),
        )
    )
    return {
        "towns": towns,
        "twinnings": twinnings,
        "network": network,
        "trips": trips,
        "decision": decision,
    }


def test_search_is_case_insensitive_for_every_letter(
    workspace: Workspace, chain: dict[str, Any]
) -> None:
    for text in ("åland", "ÅLAND", "Åland", "landskommuner"):
        assert _names(workspace, "town", ListQuery(Filters(search=text))) == [
            "Ålands landskommuner"
        ], text
    assert _names(workspace, "town", ListQuery(Filters(search="östersund"))) == ["Östersund"]
    assert _names(workspace, "town", ListQuery(Filters(search="UTAJÄRVI"))) == ["Utajärvi"]


def test_every_word_of_a_search_must_match(workspace: Workspace, chain: dict[str, Any]) -> None:
    assert _names(workspace, "trip", ListQuery(Filters(search="lich nyår"))) == ["Nyår i Lich"]
    assert _names(workspace, "trip", ListQuery(Filters(search="lich herning"))) == []


def test_search_looks_at_codes_too(workspace: Workspace, chain: dict[str, Any]) -> None:
    assert _names(workspace, "town", ListQuery(Filters(search="dk"), sort="name")) == ["Herning"]


def test_sorting_up_and_down_with_paging(workspace: Workspace, chain: dict[str, Any]) -> None:
    by_population = ListQuery(sort="population", descending=True, limit=3)
    assert _names(workspace, "town", by_population) == ["Herning", "Östersund", "Vänersborg"]
    ascending = ListQuery(sort="population", limit=None)
    names = _names(workspace, "town", ascending)
    assert names[0] == "Ålands landskommuner"  # unknown population sorts first in SQLite
    assert names[1:] == ["Utajärvi", "Holmestrand", "Lich", "Vänersborg", "Östersund", "Herning"]
    page = workspace.page("town", ListQuery(sort="population", offset=2, limit=2))
    assert page.total == 7
    assert [t.name for t in page.records] == ["Holmestrand", "Lich"]
    last = workspace.page("town", ListQuery(sort="population", offset=6, limit=2))
    assert [t.name for t in last.records] == ["Herning"] and last.total == 7


def test_the_default_sort_of_a_kind(workspace: Workspace, chain: dict[str, Any]) -> None:
    # Trips sort by departure unless told otherwise.
    assert _names(workspace, "trip", ListQuery()) == [
        "Herning 2013",
        "Nyår i Lich",
        "Inställd resa",
        "Åland 2014",
    ]


def test_equals_filters(workspace: Workspace, chain: dict[str, Any]) -> None:
    swedish = ListQuery(Filters(equals={"country": "SE"}), sort="name")
    assert _names(workspace, "town", swedish) == ["Vänersborg", "Östersund"]
    partner = workspace.page("twinning", ListQuery(Filters(equals={"kind": "partner_town"})))
    assert [t.id for t in partner.records] == [chain["twinnings"]["Lich"].id]
    assert workspace.table("town", Filters(equals={"country": "FI"})).ids == [
        chain["towns"]["Utajärvi"].id
    ]


def test_ended_records_are_hidden_on_request(workspace: Workspace, chain: dict[str, Any]) -> None:
    ended = chain["twinnings"]["Utajärvi"].id
    everything = workspace.table("twinning")
    assert ended in everything.ids
    assert everything.ended[everything.ids.index(ended)] is True
    assert sum(everything.ended) == 1
    current = workspace.table("twinning", Filters(show_ended=False))
    assert ended not in current.ids and len(current.ids) == 3
    assert workspace.page("twinning", ListQuery(Filters(show_ended=False))).total == 3
    trips = _names(workspace, "trip", ListQuery(Filters(show_ended=False)))
    assert "Inställd resa" not in trips and len(trips) == 3


def test_period_keeps_what_touches_it(workspace: Workspace, chain: dict[str, Any]) -> None:
    year_2014 = Filters(period=(date(2014, 1, 1), date(2014, 12, 31)))
    # The new-year trip starts in 2013 and ends in 2014; the Åland trip has no end yet.
    assert sorted(_names(workspace, "trip", ListQuery(year_2014))) == [
        "Inställd resa",
        "Nyår i Lich",
        "Åland 2014",
    ]
    until_2013 = Filters(period=(None, date(2013, 12, 31)))
    assert sorted(_names(workspace, "trip", ListQuery(until_2013))) == [
        "Herning 2013",
        "Nyår i Lich",
    ]
    the_sixties = Filters(period=(date(1960, 1, 1), date(1969, 12, 31)))
    found = workspace.page("twinning", ListQuery(the_sixties)).records
    assert chain["twinnings"]["Utajärvi"].id in [t.id for t in found]
    assert chain["twinnings"]["Lich"].id not in [t.id for t in found]


def test_related_records_in_both_directions(workspace: Workspace, chain: dict[str, Any]) -> None:
    towns, twinnings = chain["towns"], chain["twinnings"]
    lich = RecordRef("town", towns["Lich"].id)
    assert _names(workspace, "trip", ListQuery(Filters(related=lich))) == ["Nyår i Lich"]
    lich_twinnings = workspace.page("twinning", ListQuery(Filters(related=lich))).records
    assert [t.id for t in lich_twinnings] == [twinnings["Lich"].id]
    home = RecordRef("town", towns["Vänersborg"].id)
    assert workspace.page("twinning", ListQuery(Filters(related=home))).total == 4
    # A twinning's decisions, and a decision's twinnings.
    lich_twinning = RecordRef("twinning", twinnings["Lich"].id)
    assert _names(workspace, "decision", ListQuery(Filters(related=lich_twinning))) == [
        "Partnerskap med Lich"
    ]
    decision = RecordRef("decision", chain["decision"].id)
    linked = workspace.page("twinning", ListQuery(Filters(related=decision))).records
    assert [t.id for t in linked] == [twinnings["Lich"].id]
    # A network's towns go through its members.
    network = RecordRef("network", chain["network"].id)
    members = ListQuery(Filters(related=network), sort="name")
    assert _names(workspace, "town", members) == ["Herning", "Holmestrand", "Vänersborg"]
    assert _names(workspace, "network", ListQuery(Filters(related=lich))) == []
    herning = RecordRef("town", towns["Herning"].id)
    assert _names(workspace, "network", ListQuery(Filters(related=herning))) == ["Vänortskedjan"]
    # The two towns of a twinning.
    pair = ListQuery(Filters(related=lich_twinning), sort="name")
    assert _names(workspace, "town", pair) == ["Lich", "Vänersborg"]


def test_the_table_shows_names_not_ids(workspace: Workspace, chain: dict[str, Any]) -> None:
    table = workspace.table("twinning")
    columns = [f.name for f in table.columns]
    row = table.values[table.ids.index(chain["twinnings"]["Lich"].id)]
    shown = dict(zip(columns, row, strict=True))
    assert shown["town_a_id"] == "Vänersborg"
    assert shown["town_b_id"] == "Lich"
    assert shown["kind"] == "partner town"
    assert shown["contact_year"] == ApproxDate.of_year(2010)
    assert str(shown["contact_year"]) == "2010"
    towns = workspace.table("town")
    aland = towns.ids.index(chain["towns"]["Ålands landskommuner"].id)
    assert "alands landskommuner" in towns.search_keys[aland]  # folded: no ring, no capital


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Malmö") == fold("MALMO") == "malmo"
    assert fold("Siglufjörður") == "siglufjorður"  # ð is a letter of its own, not an accent
    assert fold("Ærø") == "ærø"


def test_counts_of_every_kind_in_one_statement(workspace: Workspace, chain: dict[str, Any]) -> None:
    """The navigation's counts: what each list holds, ended records included, in one statement."""
    from sqlalchemy import event

    from app.services.kinds import KINDS

    statements: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        counts = workspace.counts(list(KINDS))
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert set(counts) == set(KINDS)
    assert counts["town"] == len(chain["towns"]) == 7
    assert counts["twinning"] == 4  # the ended one too
    assert counts["trip"] == 4  # the cancelled one too
    for kind in KINDS:
        assert counts[kind] == workspace.page(kind, ListQuery(limit=0)).total, kind
    assert workspace.counts([]) == {}
