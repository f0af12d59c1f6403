"""Recognising a town written differently, in the register and in the file."""

from __future__ import annotations

from app.importing.towns import NewTown, RegisterTowns, TownMatcher


def _register() -> RegisterTowns:
    return RegisterTowns(
        [
            (1, "Vänersborg", "SE", True),
            (2, "Lich", "DE", False),
            (3, "Husby", "SE", False),
            (4, "Husby", "DK", False),
            (5, "Tórshavn", "FO", False),
        ],
        [(5, "Thorshavn")],
    )


def test_spellings_found_exactly_in_the_register_are_not_offered() -> None:
    matcher = TownMatcher(_register())
    spellings = [
        matcher.mention("VÄNERSBORG", "SE", 2),
        matcher.mention("  Vänersborg ", "SE", 3),
        matcher.mention("thorshavn", "FO", 4),  # another name of Tórshavn
        matcher.mention("Lich", None, 5),  # no country, but only one Lich anywhere
    ]
    assert matcher.groups() == []
    resolved = matcher.resolve(frozenset())
    assert [resolved.target[s] for s in spellings] == [1, 1, 5, 2]
    assert resolved.new_towns == [] and resolved.merged == 0


def test_a_name_in_several_countries_needs_its_country() -> None:
    matcher = TownMatcher(_register())
    spelling = matcher.mention("Husby", None, 7)
    resolved = matcher.resolve(None)
    assert resolved.problem[spelling] == (
        "There are towns called “Husby” in several countries in the register; give the country."
    )


def test_similar_spellings_in_one_country_form_one_group() -> None:
    matcher = TownMatcher(RegisterTowns([], []))
    for row, (name, country) in enumerate(
        [
            ("Vänersborgs kommun", "SE"),
            ("Vanersborg", "SE"),
            ("VÄNERSBORG", "SE"),
            ("Vänersborg", "SE"),
            ("Herning Kommune", "DK"),
            ("Herning", "DK"),
            ("Stadt Lich", "DE"),
            ("Lich (Hessen)", "DE"),
            ("Herning", "SE"),  # another country: not the Danish Herning
            ("Lohja", "FI"),
        ],
        start=2,
    ):
        matcher.mention(name, country, row)
    groups = {g.country: g for g in matcher.groups()}
    assert set(groups) == {"SE", "DK", "DE"}
    # Case alone does not make another spelling; the form not in capitals is kept.
    assert groups["SE"].spellings == ("Vänersborgs kommun", "Vanersborg", "Vänersborg")
    # The new town takes the spelling without extra words, with its letters, not shouted.
    assert groups["SE"].name == "Vänersborg"
    assert groups["DK"].name == "Herning"
    assert groups["DE"].name == "Stadt Lich"  # fewer extra words than "Lich (Hessen)"
    assert groups["SE"].rows == (2, 3, 4, 5)
    assert all(g.existing is None for g in groups.values())


def test_accepted_groups_become_one_town_and_declined_ones_stay_apart() -> None:
    matcher = TownMatcher(RegisterTowns([], []))
    a = matcher.mention("Herning Kommune", "DK", 2)
    b = matcher.mention("Herning", "DK", 3)
    c = matcher.mention("Stadt Lich", "DE", 4)
    d = matcher.mention("Lich", "DE", 5)
    herning = next(g for g in matcher.groups() if g.country == "DK")
    resolved = matcher.resolve(herning.spelling_ids)
    assert resolved.target[a] == resolved.target[b]
    assert resolved.target[c] != resolved.target[d]
    merged = resolved.target[a]
    assert isinstance(merged, NewTown)
    plan = resolved.new_towns[merged.index]
    assert (plan.name, plan.country, plan.other_names) == ("Herning", "DK", ["Herning Kommune"])
    assert [t.name for t in resolved.new_towns] == ["Herning", "Stadt Lich", "Lich"]
    assert resolved.merged == 1


def test_a_new_spelling_joins_the_register_town_it_resembles() -> None:
    matcher = TownMatcher(_register())
    kommun = matcher.mention("Vänersborgs kommun", "SE", 2)
    stadt = matcher.mention("Stadt Lich", "DE", 3)
    [first, second] = matcher.groups()
    assert (first.spellings, first.existing) == (("Vänersborgs kommun",), (1, "Vänersborg"))
    assert (second.spellings, second.existing) == (("Stadt Lich",), (2, "Lich"))
    resolved = matcher.resolve(None)
    assert resolved.target[kommun] == 1 and resolved.target[stadt] == 2
    assert resolved.added_names == {1: ["Vänersborgs kommun"], 2: ["Stadt Lich"]}
    assert resolved.new_towns == []
    declined = matcher.resolve(frozenset())
    assert isinstance(declined.target[kommun], NewTown)
    assert declined.added_names == {}


def test_looking_up_a_town_for_an_organisation() -> None:
    register = _register()
    assert register.lookup("Vänersborgs kommun", "SE") == [1]
    assert register.lookup("Husby", None) == [3, 4]
    assert register.lookup("Husby", "DK") == [4]
    assert register.lookup("Atlantis", None) == []
