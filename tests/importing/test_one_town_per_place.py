"""One town per place: variant spellings join without asking, namesakes stay apart, and
``--merge-similar`` merges only on strong evidence, leaving the rest to a merges file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from command_line import command_listed

from app.__main__ import main
from app.workspace import Workspace
from tests.importing.import_support import check, do_import, town_names, twinning_pairs

HEADER = "Town,Country,Partner,Partner country,Year"
# Each pair of lines names one place twice, or two places with one name.
PAIRS = [
    "Vänersborg,SE,Chişinău,MD,1995",  # cedilla
    "Trollhättan,SE,Chișinău,MD,1996",  # comma below
    'Vänersborg,SE,"Washington, D.C.",US,2000',
    "Trollhättan,SE,Washington D.C.,US,2001",
    "Vänersborg,SE,Münster,DE,1990",
    "Trollhättan,SE,Munster,DE,1991",
    "Vänersborg,SE,Fürth,DE,1980",
    "Trollhättan,SE,Furth,DE,1981",
    "Vänersborg,SE,Mitte (Berlin),DE,1982",
    "Trollhättan,SE,Mitte (Hamburg),DE,1983",
    "Lidköping,SE,Vilnius,LT,1984",
    "Trollhättan,SE,Vilnius District Municipality,LT,1985",
    "Lidköping,SE,Uppsala Municipality,SE,1986",
    "Trollhättan,SE,Uppsala,SE,1987",
    "Lidköping,SE,Stolberg (Rheinland),DE,1988",
    "Trollhättan,SE,Stolberg (Harz),DE,1989",
    "Stolberg (Rheinland),DE,Stolberg (Harz),DE,1990",
    "Lidköping,SE,Blorbergxyz,NO,1991",
    "Trollhättan,SE,Blörbergxyz,NO,1992",
]


@pytest.fixture(autouse=True)
def import_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command as the runner finds it, whether or not the lead has listed it yet."""
    command_listed(monkeypatch, "app.cli.import_cmd")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_text("\n".join([HEADER, *PAIRS]) + "\n", encoding="utf-8")
    return path


@contextmanager
def _opened(path: Path, *, create: bool = False) -> Iterator[Workspace]:
    """The register at ``path`` (made first when ``create``), closed after."""
    workspace = (
        Workspace.create(path, municipality="Vänersborg") if create else Workspace.open(path)
    )
    try:
        yield workspace
    finally:
        workspace.close()


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["--language", "en", "import", *arguments])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def _towns(database: Path) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    with _opened(database) as workspace:
        return town_names(workspace)


def test_variant_spellings_are_one_town_without_asking(tmp_path: Path, source: Path) -> None:
    """Chişinău/Chișinău and Washington D.C./Washington, D.C. make one town each."""
    with _opened(tmp_path / "r.sqlite3", create=True) as register:
        plan = check(register, source, "twinnings")
        assert not any("Chi" in " ".join(g.spellings) for g in plan.groups)
        do_import(register, source, "twinnings")
        towns = town_names(register)
        pairs = twinning_pairs(register)
    assert sum(1 for name in towns if name.startswith("Chi")) == 1
    assert sum(1 for name in towns if name.startswith("Washington")) == 1
    assert frozenset(("Trollhättan", "Chişinău")) in pairs  # as first written
    assert frozenset(("Vänersborg", "Chişinău")) in pairs


def test_merge_similar_merges_strong_groups_and_keeps_namesakes_apart(
    database: Path, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Uppsala Municipality joins Uppsala; Münster, Furth, the Mittes and Stolbergs stay."""
    status, out, _ = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings", "--merge-similar"
    )
    assert status == 0, out
    towns = _towns(database)
    assert "Uppsala Municipality" in towns["Uppsala"][1] and "Uppsala Municipality" not in towns
    for name in ["Münster", "Munster", "Fürth", "Furth", "Mitte (Berlin)", "Mitte (Hamburg)",
                 "Stolberg (Rheinland)", "Stolberg (Harz)", "Vilnius",
                 "Vilnius District Municipality", "Blorbergxyz", "Blörbergxyz"]:  # fmt: skip
        assert name in towns, name
    # The twinning between the two Stolbergs is a twinning, not a town twinned with itself.
    with _opened(database) as workspace:
        assert frozenset(("Stolberg (Rheinland)", "Stolberg (Harz)")) in twinning_pairs(workspace)
    review = source.with_name("pairs-merges.csv")
    assert f"--merges {review}" in out
    assert (
        "  “Vilnius”, “Vilnius District Municipality” (Lithuania) → one new town “Vilnius” – "
        "not merged (the evidence is not enough; answer in the merges file)"
    ) in out.splitlines()
    with review.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    offered = sorted(row["names"] for row in rows)
    assert offered == ["Blorbergxyz | Blörbergxyz", "Vilnius | Vilnius District Municipality"]
    assert all(row["merge"] == "" and row["evidence"].endswith(".") for row in rows)


def test_a_second_run_takes_the_users_answers(
    database: Path, source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Yes merges a weak group, no keeps a strong one apart, and the rest follow the rules."""
    dry = tmp_path / "dry.sqlite3"
    Workspace.create(dry, municipality="Vänersborg").close()
    _run(capsys, str(source), "--database", str(dry), "--kind", "twinnings", "--merge-similar")
    review = source.with_name("pairs-merges.csv")
    with review.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows[1:]:
        row[0] = "ja" if row[3].startswith("Blorberg") else "nej"
    with review.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    status, out, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings",
        "--merge-similar", "--merges", str(review),
    )  # fmt: skip
    assert (status, err) == (0, ""), out
    towns = _towns(database)
    blorberg = [name for name in towns if name.startswith("Bl")]
    assert len(blorberg) == 1 and towns[blorberg[0]][0] == "NO"
    assert "Vilnius" in towns and "Vilnius District Municipality" in towns
    assert "Uppsala Municipality" not in towns  # strong, and not declined


def test_a_merges_file_that_cannot_be_read_is_one_sentence(
    database: Path, source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong answer or a foreign file: one sentence, status 1, nothing imported."""
    wrong = tmp_path / "answers.csv"
    wrong.write_text("merge,group\nmaybe,SE|x\n", encoding="utf-8")
    status, _, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings",
        "--merges", str(wrong),
    )  # fmt: skip
    assert status == 1
    assert err.strip().splitlines()[-1] == (
        "Row 2 of the merge file says “maybe”: write yes, no or nothing."
    )
    before = _towns(database)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n", encoding="utf-8")
    status, _, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings",
        "--merges", str(other),
    )  # fmt: skip
    assert status == 1 and "“merge” and “group”" in err
    assert _towns(database) == before  # nothing imported


def test_a_town_in_the_register_is_not_joined_by_its_namesake(tmp_path: Path) -> None:
    """Münster in the register with its coordinates; the file's Munster is a new town."""
    path = tmp_path / "more.csv"
    path.write_text(
        "Town,Country,Partner,Partner country,Year\nVänersborg,SE,Munster,DE,1990\n"
        "Vänersborg,SE,Muenster,DE,1980\n",
        encoding="utf-8",
    )
    with _opened(tmp_path / "r.sqlite3", create=True) as register:
        first = tmp_path / "first.csv"
        first.write_text("Town,Country,Partner,Partner country,Year\n"
                         "Vänersborg,SE,Münster,DE,1980\n", encoding="utf-8")  # fmt: skip
        do_import(register, first, "twinnings")
        plan = check(register, path, "twinnings", merge_strong=True)
        joined = [g for g in plan.groups if g.existing is not None]
        assert [g.spellings for g in joined] == [("Muenster",)]
        assert joined[0].strong
        do_import(register, path, "twinnings", merge_strong=True)
        towns = town_names(register)
    assert "Munster" in towns and "Muenster" in towns["Münster"][1]


def test_new_towns_take_the_gazetteers_other_names(tmp_path: Path) -> None:
    """Imported as "Gothenburg", the town is found as "Göteborg"; Turku as "Åbo"."""
    path = tmp_path / "exonyms.csv"
    path.write_text(
        "Town,Country,Partner,Partner country,Year\nVänersborg,SE,Gothenburg,SE,2000\n"
        "Vänersborg,SE,Turku,FI,2001\n",
        encoding="utf-8",
    )
    with _opened(tmp_path / "r.sqlite3", create=True) as register:
        do_import(register, path, "twinnings")
        towns = town_names(register)
        again = tmp_path / "again.csv"
        again.write_text("Town,Country,Partner,Partner country,Year\n"
                         "Vänersborg,SE,Göteborg,SE,2000\n", encoding="utf-8")  # fmt: skip
        second = do_import(register, again, "twinnings")
    assert "Göteborg" in towns["Gothenburg"][1]
    assert "Åbo" in towns["Turku"][1]
    assert second.counts["town"].created == 0 and second.counts["twinning"].created == 0
