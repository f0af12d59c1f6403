"""The offline gazetteer: places by any of their names, namesakes told apart, exonyms kept."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from app.places import gazetteer
from app.places.folding import spelling_key
from app.places.gazetteer import Gazetteer, distance_km, exonyms, place_for, places_named

DATA = Path(gazetteer.__file__).parents[2] / "resources" / "data"


def test_the_shipped_file_is_small_and_has_the_nordic_towns() -> None:
    """A few MB at most, and the towns a Nordic coordinator twins with are in it."""
    assert (DATA / gazetteer.GAZETTEER_FILE).stat().st_size < 5_000_000
    assert (DATA / gazetteer.KEYS_FILE).stat().st_size < 3_500_000
    for name, country in [("Vänersborg", "SE"), ("Eiði", "FO"), ("Siglufjörður", "IS"),
                          ("Mariehamn", "AX"), ("Nuuk", "GL"), ("Põltsamaa", "EE")]:  # fmt: skip
        assert place_for(name, country) is not None, name


def test_munster_is_not_muenster_and_furth_is_not_fuerth() -> None:
    """A name as written wins over another place's other name that folds alike."""
    munster, muenster = place_for("Munster", "DE"), place_for("Münster", "DE")
    assert munster is not None and muenster is not None
    assert munster.id != muenster.id
    assert distance_km((munster.latitude, munster.longitude),
                       (muenster.latitude, muenster.longitude)) > 100  # fmt: skip
    furth, fuerth = place_for("Furth", "DE"), place_for("Fürth", "DE")
    assert furth is not None and fuerth is not None and furth.id != fuerth.id


def test_variant_spellings_find_one_place() -> None:
    """Cedilla or comma below, punctuation, a missing accent: the same place."""
    chisinau = {place_for(n, "MD") for n in ("Chişinău", "Chișinău", "Chisinau")}
    assert len(chisinau) == 1 and None not in chisinau
    constanta = {place_for(n, "RO") for n in ("Constanța", "Constanţa", "Constanta")}
    assert len(constanta) == 1 and None not in constanta
    washington = {place_for(n, "US") for n in ("Washington D.C.", "Washington, D.C.")}
    assert len(washington) == 1 and None not in washington
    vanersborg = place_for("Vanersborg", "SE")
    assert vanersborg is not None and vanersborg.name == "Vänersborg"


def test_exonyms_find_the_place_in_any_country() -> None:
    """ "Åbo" finds Turku and "Göteborg" Gothenburg, without saying the country."""
    assert [(p.name, p.country) for p in gazetteer.find_places("Åbo")][:1] == [("Turku", "FI")]
    found = gazetteer.find_places("Göteborg")
    assert found and (found[0].country, round(found[0].latitude)) == ("SE", 58)


def test_a_qualifier_in_parentheses_is_left_out_of_the_lookup() -> None:
    """ "Mitte (Berlin)" is looked up as Mitte; both Mittes of Germany answer."""
    assert len(places_named("Mitte (Berlin)", "DE")) >= 2


def test_exonyms_keep_other_words_not_respellings() -> None:
    """Gothenburg gets Göteborg (once), Turku Åbo; "Goteborg" and transliterations stay out."""
    gothenburg = place_for("Gothenburg", "SE")
    assert gothenburg is not None
    names = exonyms(gothenburg, "Gothenburg")
    assert "Göteborg" in names and "Goteborg" not in names
    assert "Gjoteborg" not in names
    turku = place_for("Turku", "FI")
    assert turku is not None and "Åbo" in exonyms(turku, "Turku")
    lohja = place_for("Lohja", "FI")
    assert lohja is not None and exonyms(lohja, "Lohja") == ["Lojo"]
    assert len(exonyms(gothenburg, "Gothenburg", limit=3)) == 3


def test_a_small_file_of_my_own(tmp_path: Path) -> None:
    """The reader takes the build script's format: country first, largest first."""
    lines = [
        "country\tgeonameid\tname\tadmin1\tlatitude\tlongitude\tpopulation\tother_names",
        "DE\t1\tStolberg\t07\t50.77\t6.23\t57000\tStolberg Rheinland",
        "DE\t2\tStolberg\t14\t51.57\t10.95\t1400\t",
        "SE\t3\tVästerås\t56\t59.61\t16.55\t110000\tWesteros|Arosia",
    ]
    path = tmp_path / "places.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    places = Gazetteer.read(path)
    assert [p.id for p in places.places_named("Stolberg", "DE")] == [1, 2]
    assert [p.id for p in places.places_named("Westeros", "SE")] == [3]
    assert [p.id for p in places.places_named("VASTERAS", "SE")] == [3]
    assert places.places_named("Vasteras", "SE", accents=True) == []
    assert [p.id for p in places.places_named("Arosia", None)] == [3]
    assert places.places_named("Stolberg", "FR") == []


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((59.3293, 18.0686), (57.7089, 11.9746), 397), ((0.0, 0.0), (0.0, 1.0), 111)],
)
def test_distance(a: tuple[float, float], b: tuple[float, float], km: int) -> None:
    """Stockholm–Göteborg: about 397 km as the crow flies; 1° of longitude at the equator 111 km."""
    assert round(distance_km(a, b)) == km


def test_the_spelling_key_counts_accents_and_nothing_else() -> None:
    """ş/ș, ţ/ț, composed or not, punctuation and spacing do not count; accents do."""
    assert spelling_key("Chişinău") == spelling_key("Chișinău")
    assert spelling_key("Constanţa") == spelling_key("Constanța")
    assert spelling_key("Washington, D.C.") == spelling_key("Washington  D.C.")
    assert spelling_key("Sodertalje") != spelling_key("Södertälje")
    assert spelling_key("Mu\u0308nster") == spelling_key("Münster") != spelling_key("Munster")


def test_the_shipped_keys_are_the_keys_of_the_shipped_places() -> None:
    """The key file was written from this data with today's folding (else run the build script
    with --keys): every 97th place's keys are in it, and its first line counts the places."""
    with gzip.open(DATA / gazetteer.GAZETTEER_FILE, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()[1:]
    with gzip.open(DATA / gazetteer.KEYS_FILE, "rt", encoding="utf-8") as handle:
        shipped = handle.read().splitlines()
    assert shipped[0] == f"places\t{len(lines)}"
    assert shipped[1:] == sorted(shipped[1:])
    shipped_set = set(shipped)
    for number in range(0, len(lines), 97):
        for entry in gazetteer.key_lines([lines[number]]):
            key, country, _, flags = entry.split("\t")
            assert f"{key}\t{country}\t{number:06d}\t{flags}" in shipped_set, (lines[number], entry)


def test_a_lookup_folds_only_the_name_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is indexed at run time: finding "Åbo" in every country folds "Åbo", not the
    400 000 names of the gazetteer (which took seconds the first time)."""
    gazetteer.gazetteer()
    folded: list[str] = []
    for name in ("match_key", "spelling_key"):
        real = getattr(gazetteer, name)

        def counting(text: str, real: Callable[[str], str] = real) -> str:
            folded.append(text)
            return real(text)

        monkeypatch.setattr(gazetteer, name, counting)
    assert [p.name for p in gazetteer.find_places("Åbo")][:1] == ["Turku"]
    assert [p.name for p in places_named("Vanersborg", "SE")] == ["Vänersborg"]
    assert set(folded) == {"Åbo", "Vanersborg"}


def test_keys_written_for_other_data_are_not_used(tmp_path: Path) -> None:
    """A key file left from other data (a different count of places) is ignored: the keys are
    computed from the places instead, and every name is still found."""
    path, keys = tmp_path / "places.tsv.gz", tmp_path / "keys.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("header\nSE\t3\tVästerås\t56\t59.61\t16.55\t110000\tWesteros\n")
    with gzip.open(keys, "wt", encoding="utf-8") as handle:
        handle.write("places\t2\nvasteras\tSE\t000000\t4\nother\tSE\t000001\t1\n")
    places = Gazetteer.read(path, keys)
    assert [p.id for p in places.places_named("Westeros", "SE")] == [3]
    assert [p.id for p in places.places_named("Västerås", None, accents=True)] == [3]
    assert places.places_named("Other", None) == []
