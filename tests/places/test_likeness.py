"""Names that look alike: what tells places apart, and when a merge needs no one to look."""

from __future__ import annotations

from app.places.likeness import Named, apart, evidence, is_district, qualifier


def _n(name: str, country: str | None = "DE", where: tuple[float, float] | None = None) -> Named:
    return Named(name, country, where)


def test_namesakes_are_apart() -> None:
    """Münster/Munster, Fürth/Furth, Mitte (Berlin)/Mitte (Hamburg), two Stolbergs."""
    assert apart(_n("Münster"), _n("Munster"))
    assert apart(_n("Fürth"), _n("Furth"))
    assert apart(_n("Mitte (Berlin)"), _n("Mitte (Hamburg)"))
    assert apart(_n("Stolberg (Rheinland)"), _n("Stolberg (Harz)"))
    assert apart(_n("Paris", "FR"), _n("Paris", "DK"))


def test_spellings_of_one_place_are_not_apart() -> None:
    """One gazetteer place, or coordinates a few km apart, or nothing known against."""
    assert not apart(_n("Chişinău", "MD"), _n("Chisinau", "MD"))
    assert not apart(_n("Fürth"), _n("Fuerth"))
    assert not apart(_n("Neustadtxyz", where=(50.0, 8.0)), _n("Neustädtxyz", where=(50.01, 8.0)))
    assert apart(_n("Neustadtxyz", where=(50.0, 8.0)), _n("Neustädtxyz", where=(50.5, 8.0)))


def test_the_strength_of_the_evidence() -> None:
    """Strong: same place, near, a municipality word; never spelling alone, never a district."""
    same_place = evidence([_n("Vänersborg", "SE"), _n("Vanersborg", "SE")])
    assert same_place.same_place and same_place.strong
    worded = evidence([_n("Uppsala Municipality", "SE"), _n("Uppsala", "SE")])
    assert worded.municipality_word and worded.strong
    gmina = evidence([_n("Gmina Kórnik", "PL"), _n("Kórnik", "PL")])
    assert gmina.municipality_word and gmina.strong
    district = evidence([_n("Vilnius District Municipality", "LT"), _n("Vilnius", "LT")])
    assert district.district and not district.strong
    spelling = evidence([_n("Blorbergxyz", "SE"), _n("Blörbergxyz", "SE")])
    assert not spelling.strong and not spelling.same_place
    no_country = evidence([_n("Uppsala Municipality", None), _n("Uppsala", None)])
    assert not no_country.strong


def test_every_evidence_has_one_sentence() -> None:
    """The user reads why: one sentence, ending with a full stop."""
    cases = [
        [_n("Vänersborg", "SE"), _n("Vanersborg", "SE")],
        [_n("Uppsala Municipality", "SE"), _n("Uppsala", "SE")],
        [_n("Vilnius District Municipality", "LT"), _n("Vilnius", "LT")],
        [_n("Blorbergxyz", "SE"), _n("Blörbergxyz", "SE")],
        [_n("Blorbergxyz", None), _n("Blörbergxyz", None)],
    ]
    sentences = {evidence(case).sentence() for case in cases}
    assert len(sentences) == len(cases)
    assert all(s.endswith(".") and s.count(". ") == 0 for s in sentences)


def test_qualifiers_and_districts() -> None:
    """The words in parentheses, folded; district words in any of the usual languages."""
    assert qualifier("Mitte (Berlin)") == "berlin"
    assert qualifier("Lich [Hessen]") == "hessen"
    assert qualifier("Lich") == ""
    assert is_district("Vilnius District Municipality")
    assert is_district("Landkreis Fürth")
    assert not is_district("Stadt Fürth")
