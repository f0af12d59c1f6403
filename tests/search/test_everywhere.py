"""Search everywhere, the app layer: every kind, other names, attachments, accents, prefixes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from app.dates import ApproxDate
from app.search import Results, search
from app.services import records as r
from app.services.attachments import add_attachment, remove_attachment
from app.services.records import RecordRef
from app.workspace import Workspace


def _found(results: Results, kind: str) -> list[str]:
    return [h.label for g in results.groups if g.kind == kind for h in g.hits]


@pytest.fixture
def register(workspace: Workspace) -> Workspace:
    ws = workspace
    home = ws.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    holm = ws.save(r.Town(name="Holmestrand", country="NO", notes="Vänort sedan 1946."))
    ws.save(r.Town(name="Göteborg", country="SE", alternative_names=("Gothenburg",)))
    ws.save(r.Town(name="Siglufjörður", country="IS"))
    ws.save(r.Twinning(town_a_id=home.id, town_b_id=holm.id, notes="Kontakten sköts av Norden."))
    ws.save(
        r.Trip(
            title="Resa till Holmestrand",
            town_ids=(holm.id,),
            notes="Besök på musikskolan, ambassadören deltog.",
        )
    )
    return ws


def test_a_prefix_finds_the_town_with_its_country(register: Workspace) -> None:
    """Typing the start of a name finds the town, named with its country."""
    results = search(register.database, "holm")
    assert _found(results, "town") == ["Holmestrand (Norway)"]
    # The trip's title starts with another word: "holm" is still the start of a word in it.
    assert _found(results, "trip") == ["Resa till Holmestrand"]


def test_a_word_without_accents_finds_the_name_with_them(register: Workspace) -> None:
    """ "goteborg" finds Göteborg and "siglufjordur" Siglufjörður, in any case."""
    assert _found(search(register.database, "goteborg"), "town") == ["Göteborg (Sweden)"]
    assert _found(search(register.database, "SIGLUFJORDUR"), "town") == ["Siglufjörður (Iceland)"]


def test_an_other_name_finds_the_town_and_says_so(register: Workspace) -> None:
    """An exonym kept among the other names finds the town; the hit names the field."""
    (group,) = [g for g in search(register.database, "gothen").groups if g.kind == "town"]
    (hit,) = group.hits
    assert hit.label == "Göteborg (Sweden)"
    assert (hit.field, hit.excerpt) == ("Other names", "Gothenburg")
    assert (hit.open_kind, hit.open_id) == ("town", hit.record_id)


def test_a_word_in_a_trips_notes_finds_the_trip(register: Workspace) -> None:
    """Free text is searched: the hit shows the field and the words around the match."""
    (group,) = search(register.database, "musikskol").groups
    assert group.kind == "trip" and group.total == 1
    (hit,) = group.hits
    assert hit.field == "Notes"
    assert "musikskolan" in hit.excerpt


def test_every_word_must_be_in_the_record(register: Workspace) -> None:
    """Two words find the records holding both, in any field."""
    assert _found(search(register.database, "resa ambassad"), "trip") == ["Resa till Holmestrand"]
    assert search(register.database, "resa goteborg").groups == ()


def test_nothing_typed_or_only_punctuation_finds_nothing(register: Workspace) -> None:
    """Operators and quotes are never read as a query language."""
    assert search(register.database, "").groups == ()
    assert search(register.database, ' " * ( ) - ').groups == ()
    assert search(register.database, 'holm" OR "x').groups == ()  # "or" and "x" are words too


def test_an_edit_and_a_delete_reach_the_index(register: Workspace) -> None:
    """The triggers keep the index current: a renamed town is found by its new name only."""
    town = next(t for t in register.get_many("town") if t.name == "Holmestrand")
    register.save(replace(town, name="Sande"))
    assert _found(search(register.database, "sande"), "town") == ["Sande (Norway)"]
    assert _found(search(register.database, "holmestr"), "town") == []
    goteborg = next(t for t in register.get_many("town") if t.name == "Göteborg")
    register.delete("town", goteborg.id, goteborg.version)
    assert search(register.database, "gothenburg").groups == ()
    assert search(register.database, "goteborg").groups == ()


def test_an_attachments_file_name_finds_it_and_opens_its_record(
    register: Workspace, tmp_path: Path
) -> None:
    """An attachment is found by its file name or description and opens the trip it belongs to."""
    trip = register.get_many("trip")[0]
    scan = tmp_path / "inbjudan_holmestrand_2014.pdf"
    scan.write_bytes(b"%PDF-1.4 inbjudan")
    info = add_attachment(
        register.database, RecordRef("trip", trip.id), scan, "Kallelse från Norden"
    )
    (group,) = [g for g in search(register.database, "inbjudan").groups if g.kind == "attachment"]
    (hit,) = group.hits
    assert hit.label == "inbjudan_holmestrand_2014.pdf"
    assert (hit.open_kind, hit.open_id) == ("trip", trip.id)
    assert hit.field == "Attached to trip “Resa till Holmestrand”"
    assert [h.label for g in search(register.database, "kallelse").groups for h in g.hits] == [
        "inbjudan_holmestrand_2014.pdf"
    ]
    remove_attachment(register.database, info.id)
    assert search(register.database, "inbjudan").groups == ()


def test_groups_count_every_record_but_show_the_first_few(workspace: Workspace) -> None:
    """A group tells how many records it found and lists at most the limit."""
    for number in range(12):
        workspace.save(r.Town(name=f"Bergby {number}", country="SE"))
    workspace.save(r.Town(name="Sundsvall", country="SE", notes="Nära Bergby."))
    (group,) = search(workspace.database, "bergby", limit_per_kind=5).groups
    assert group.total == 13
    assert len(group.hits) == 5
    assert group.heading == "Twin towns (13)"


def test_a_town_found_by_name_and_other_name_counts_once(workspace: Workspace) -> None:
    """The town group counts towns, not the rows that matched."""
    workspace.save(r.Town(name="Åbo", country="FI", alternative_names=("Åbo stad",)))
    (group,) = search(workspace.database, "abo").groups
    assert (group.total, [h.label for h in group.hits]) == (1, ["Åbo (Finland)"])


def test_the_index_is_in_the_file_for_other_programs_to_leave_alone(workspace: Workspace) -> None:
    """The file holds the FTS5 table and its triggers; plain sqlite3 can still write a town."""
    workspace.save(r.Town(name="Eiði", country="FO"))
    path = workspace.path
    assert path is not None
    workspace.close()
    connection = sqlite3.connect(path)
    try:
        names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
        assert {"search_index", "search_index_towns_ai", "search_index_towns_au"} <= names
        connection.execute("UPDATE towns SET name = 'Eidi' WHERE name = 'Eiði'")
        connection.commit()
    finally:
        connection.close()
    again = Workspace.open(path)
    try:
        assert _found(search(again.database, "eidi"), "town") == ["Eidi (Faroe Islands)"]
    finally:
        again.close()


def test_a_recovered_file_has_its_index_built_again(register: Workspace, tmp_path: Path) -> None:
    """Recovering a file copies the records and rebuilds the index from them, triggers and all."""
    from db.salvage import salvage

    source = register.path
    assert source is not None
    register.close()
    salvage(source, tmp_path / "recovered.sqlite3")
    again = Workspace.open(tmp_path / "recovered.sqlite3")
    try:
        assert _found(search(again.database, "goteborg"), "town") == ["Göteborg (Sweden)"]
        again.save(r.Town(name="Nykøbing Falster", country="DK"))
        assert _found(search(again.database, "nykobing"), "town") == ["Nykøbing Falster (Denmark)"]
    finally:
        again.close()


def test_in_swedish_the_groups_and_countries_are_swedish(
    register: Workspace, swedish: None
) -> None:
    """The kind's plural and the country are in the interface's language."""
    (town,) = [g for g in search(register.database, "holm").groups if g.kind == "town"]
    assert town.heading == "Vänorter (1)"
    assert [h.label for h in town.hits] == ["Holmestrand (Norge)"]
    assert [h.field for h in town.hits] == ["Namn"]


def test_the_names_shown_are_the_names_the_lists_use(register: Workspace, tmp_path: Path) -> None:
    """Names read from the matched rows equal the register's own labels, kind by kind."""
    register.save(
        r.Decision(
            title="Bidrag",
            body="council",
            section="§ 12",
            registry_no="KS 2024/7",
            decided_on=ApproxDate.of_year(2024),
        )
    )
    register.save(r.Organisation(name="Föreningen Norden Holmestrand"))
    for text in ("holm", "bidrag", "norden", "gothen", "sköts"):
        for group in search(register.database, text).groups:
            if group.kind == "attachment":
                continue
            labels = register.labels(group.kind, [h.record_id for h in group.hits])
            for hit in group.hits:
                expected = labels[hit.record_id]
                assert hit.label == expected or hit.label.startswith(expected + " ("), (
                    group.kind,
                    hit.label,
                )
