"""A mapping report of a large register with no home town asks for one instead of drafting everything."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from app.__main__ import main
from app.mapping.home_needed import LARGE_REGISTER, home_needed
from app.workspace import Workspace
from db import models as m
from tests.mapping.large_register import make_large_register


@pytest.fixture(scope="module")
def large_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated register: 3 000 towns, 2 504 twinnings, no home town."""
    path = tmp_path_factory.mktemp("large") / "europa.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(path.parent / "home"))
        return make_large_register(path)


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["--language", "en", "report", "mapping", *arguments])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_the_draft_of_a_large_register_without_a_home_asks_for_one(
    large_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One sentence saying what to give (in English, as run here: "2,504"); no file is drafted."""
    out_file = tmp_path / "rapport.pdf"
    status, _, err = _run(capsys, "--database", str(large_register), "--out", str(out_file))
    assert status == 1
    assert err.strip().splitlines() == [
        "The register has 2,504 twinnings and no town marked as the home municipality, so the "
        "mapping report would cover all of them; give the municipality's own town with "
        "--home-town NAME, or --whole-register to draft from every twinning."
    ]
    assert not out_file.exists()


def test_an_unknown_home_town_is_one_sentence(
    large_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(
        capsys, "--database", str(large_register), "--out", str(tmp_path / "r.pdf"),
        "--home-town", "Atlantis",
    )  # fmt: skip
    assert status == 1
    assert err.strip() == (
        "There is no town called Atlantis in the register; give the municipality's own town as "
        "the register writes it."
    )


def test_with_a_home_town_the_report_of_a_large_register_is_a_normal_report(
    large_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marked as home, Exempelby's four twinnings make a report of a few pages, not thousands."""
    copy = tmp_path / "europa.sqlite3"
    copy.write_bytes(large_register.read_bytes())
    out_file = tmp_path / "rapport.pdf"
    status, out, err = _run(
        capsys, "--database", str(copy), "--out", str(out_file), "--home-town", "exempelby"
    )
    assert status == 0, err
    assert out.splitlines()[0] == "Exempelby is now marked as the home municipality."
    pages = PdfReader(out_file).pages
    assert len(pages) < 40
    text = "\n".join(page.extract_text() for page in pages)
    assert "Ort 2" in text and "Ort 5" in text
    assert "Ort 2999" not in text
    workspace = Workspace.open(copy)
    try:
        assert home_needed(workspace.database) is None
    finally:
        workspace.close()


def test_a_small_register_without_a_home_still_drafts(tmp_path: Path) -> None:
    """Below the threshold nothing changes: no question is asked."""
    workspace = Workspace.create(tmp_path / "liten.sqlite3", municipality="Exempelby")
    try:
        assert home_needed(workspace.database) is None
        with workspace.database.transaction() as session:
            session.execute(
                insert(m.Town),
                [{"id": n, "name": f"Ort {n}", "country": "DE"} for n in range(1, 4)],
            )
            session.execute(insert(m.Twinning), [{"town_a_id": 1, "town_b_id": 2}])
        assert home_needed(workspace.database) is None
        assert LARGE_REGISTER >= 100
    finally:
        workspace.close()
