"""Counted sentences through the numerus forms, and whole sentences per record kind,
in English and in Swedish."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.formatting import format_total
from app.importing.writer import describe_rows
from app.services.errors import RecordNotFound
from app.services.kinds import KINDS, spec_for
from app.services.kinds.spec import KindSentences, KindSpec
from app.workspace import Workspace


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield


def test_english_counts_one_and_many(english: None) -> None:
    """ "1 row", "3 rows": never "1 rows" or "3 row(s)"."""
    assert [describe_rows(n) for n in (0, 1, 3)] == ["0 rows", "1 row", "3 rows"]
    assert i18n.translate("Status", "%n contact(s)", "", 1) == "1 contact"
    assert format_total([1, None, 2]) == "3 (unknown for 1)"


def test_swedish_counts_one_and_many(swedish: None) -> None:
    assert [describe_rows(n) for n in (0, 1, 3)] == ["0 rader", "1 rad", "3 rader"]
    assert i18n.translate("Status", "%n contact(s)", "", 2) == "2 kontakter"


def test_a_whole_sentence_per_plural_form(swedish: None) -> None:
    """The refusal to import says "rätta det … raden" for one problem, "dem … raderna" else."""
    import_ = i18n.Context("Import")
    text = (
        "The file has %n problem(s), so nothing was imported; fix them or choose "
        "to skip the rows with problems."
    )
    assert import_.tr(text, "", 1) == (
        "Filen har 1 problem, så ingenting importerades; rätta det eller välj att hoppa "
        "över raden med problemet."
    )
    assert "rätta dem" in import_.tr(text, "", 4)
    i18n.set_language("en")
    assert "fix it or choose to skip the row with the problem" in import_.tr(text, "", 1)


def test_the_qt_window_counts_in_english_too(qapp: object) -> None:
    """The window's own counts come from the English catalogue of plural forms."""
    from PySide6.QtCore import QCoreApplication

    from ui.translations import apply_language

    apply_language("en")
    try:
        said = QCoreApplication.translate("TodoView", "Marked %n item(s) done.", "", 1)
        assert said == "Marked 1 item done."
        said = QCoreApplication.translate("TodoView", "Marked %n item(s) done.", "", 3)
        assert said == "Marked 3 items done."
        apply_language("sv")
        said = QCoreApplication.translate("TodoView", "Marked %n item(s) done.", "", 3)
        assert said == "3 punkter har markerats som klara."
    finally:
        apply_language("en")


def test_every_kind_declares_its_sentences() -> None:
    """A kind cannot be declared without them, and each sentence names its own kind."""
    town = spec_for("town")
    with pytest.raises(TypeError, match="sentences"):
        KindSpec(  # type: ignore[call-arg]
            "town", town.model, town.record, town.singular, town.plural, town.fields, ("name",)
        )
    names = [f.name for f in dataclasses.fields(KindSentences)]
    for kind, spec in KINDS.items():
        for name in names:
            english = getattr(spec.sentences, name)
            assert spec.singular.lower() in english.lower(), (kind, name, english)


def test_no_swedish_kind_sentence_wraps_the_kind_in_brackets(swedish: None) -> None:
    """Every kind's Swedish sentences are translated and never "Posten (avtal) …"."""
    for kind, spec in KINDS.items():
        for field in dataclasses.fields(KindSentences):
            english = getattr(spec.sentences, field.name)
            swedish = spec.sentence(field.name, "X")  # type: ignore[arg-type]
            assert swedish != english.replace("%1", "X"), (kind, field.name)
            assert "Posten (" not in swedish and "post (" not in swedish


def test_a_missing_record_is_named_by_its_kind(swedish: None, workspace: Workspace) -> None:
    """ "Avtalet finns inte längre", with the definite form of a neuter kind."""
    with pytest.raises(RecordNotFound) as caught:
        workspace.get("agreement", 4711)
    assert str(caught.value) == "Avtalet finns inte längre; någon kan ha tagit bort det."
    with pytest.raises(RecordNotFound) as caught:
        workspace.get("trip", 4711)
    assert str(caught.value) == "Resan finns inte längre; någon kan ha tagit bort den."


def test_a_chain_is_a_chain_and_a_network_a_network() -> None:
    from app.mapping.wording import all_chains, is_chain

    assert is_chain("Den nordiska vänortskedjan")
    assert not is_chain("Douzelage")
    assert all_chains(["Den nordiska vänortskedjan"]) and not all_chains([])
    assert not all_chains(["Den nordiska vänortskedjan", "Douzelage"])


def test_the_english_catalogue_has_both_forms_of_every_counted_sentence(tmp_path: Path) -> None:
    """Each numerus message of the Swedish catalogue is in the English one, with two forms,
    and the shipped vanort_en.qm is what lrelease makes of it today."""
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"

    def counted(path: Path) -> dict[tuple[str, str], list[str]]:
        found = {}
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    forms = [f.text or "" for f in message.iter("numerusform")]
                    key = (context.findtext("name") or "", message.findtext("source") or "")
                    found[key] = forms
        return found

    swedish, english = counted(folder / "vanort_sv.ts"), counted(folder / "vanort_en.ts")
    assert set(swedish) <= set(english)
    assert [key for key, forms in english.items() if len(forms) != 2 or not all(forms)] == []
    assert [key for key, forms in english.items() if any("(s)" in f for f in forms)] == []
    fresh = tmp_path / "en.qm"
    binary = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(binary), "-silent", str(folder / "vanort_en.ts"), "-qm", str(fresh)], check=True
    )
    assert (folder / "vanort_en.qm").read_bytes() == fresh.read_bytes()


def test_an_import_duplicate_is_named_by_its_kind(swedish: None) -> None:
    """ "Samma avtal finns på rad 2": never "samma post (avtal)"."""
    assert spec_for("agreement").sentence("duplicate_in_row", 2) == (
        "En dubblett: samma avtal finns redan på rad 2."
    )
    assert spec_for("town").sentence("in_register_with", "invånare", "40 000", "39 000") == (
        "Vänorten finns redan i registret med invånare 40 000, inte 39 000."
    )
