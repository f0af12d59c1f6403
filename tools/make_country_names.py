"""Write resources/data/country_names.csv: the names each country goes by, from Babel and pycountry.

Run at build time, not by the program (which needs neither package at run time):

    python tools/make_country_names.py

Babel (CLDR) gives each territory's name in the languages an import is likely to
be written in and in the country's own official languages; pycountry gives the
ISO 3166-1 short, official and common names ("Korea, Republic of"). The country
list itself stays resources/data/countries.csv, kept by hand; a name here that
the hand-kept list gives to another country, or that two countries share, is
left out, so no name can ever mean two countries.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.places.folding import match_key  # noqa: E402

DATA = ROOT / "resources" / "data"
OUTPUT = DATA / "country_names.csv"

# The languages lists that reach a Swedish municipality are written in: the
# Nordic ones, the large European ones and the neighbours round the Baltic.
LANGUAGES = (
    "sv", "en", "da", "nb", "nn", "fi", "is", "fo", "de", "fr", "es", "it", "pt", "nl",
    "pl", "et", "lv", "lt", "ru", "uk", "be", "cs", "sk", "hu", "ro", "el", "tr", "hr",
    "sr", "sl", "bg", "se",
)  # fmt: skip

# Words that name no single country in some language ("Kongo", "Korea"):
# an import must ask rather than guess, as the hand-kept list does.
NEVER_ALONE = {"kongo", "congo", "korea", "coree", "corea", "koree"}


def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def _hand_kept() -> tuple[list[str], dict[str, str]]:
    """The codes of the hand-kept list and every name key it already gives a country."""
    codes: list[str] = []
    keys: dict[str, str] = {}
    text = (DATA / "countries.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip().upper()
        codes.append(code)
        cells = [row["code"], row["alpha3"], row["name_sv"], row["name_en"]]
        for column in ("local_names", "other_names"):
            cells += row[column].split("|")
        for name in cells:
            if match_key(name):
                keys[match_key(name)] = code
    return codes, keys


def _names(codes: list[str]) -> dict[str, dict[str, str]]:
    """For each code, every name found, by folded key (first spelling kept)."""
    import pycountry

    found: dict[str, dict[str, str]] = defaultdict(dict)

    def add(code: str, name: str | None) -> None:
        if name and match_key(name):
            found[code].setdefault(match_key(name), name.strip())

    for code in codes:
        languages = list(LANGUAGES)
        languages += [lang for lang in get_official_languages(code, de_facto=True)
                      if lang not in languages]  # fmt: skip
        for language in languages:
            locale = _locale(language)
            if locale is not None:
                add(code, locale.territories.get(code))
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            for attribute in ("name", "official_name", "common_name"):
                add(code, getattr(record, attribute, None))
    return found


def main() -> None:
    """Write the file (sorted by code, names in a stable order) and say how many names."""
    codes, hand_keys = _hand_kept()
    found = _names(codes)
    owners: dict[str, set[str]] = defaultdict(set)
    for code, names in found.items():
        for key in names:
            owners[key].add(code)
    lines = io.StringIO()
    writer = csv.writer(lines, lineterminator="\n")
    writer.writerow(["code", "names"])
    total = 0
    for code in codes:
        kept = [
            name
            for key, name in sorted(found.get(code, {}).items())
            if key not in hand_keys and len(owners[key]) == 1 and key not in NEVER_ALONE
        ]
        if kept:
            writer.writerow([code, "|".join(kept)])
            total += len(kept)
    OUTPUT.write_text(lines.getvalue(), encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {total} names for {len(codes)} codes")


if __name__ == "__main__":
    main()
