"""The Swedish translation is complete, compiled and up to date with the source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "vanort_sv.ts"
QM = ROOT / "resources" / "translations" / "vanort_sv.qm"
BIN = Path(sys.executable).parent


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_swedish_entry_is_translated() -> None:
    """No entry is missing, unfinished or empty."""
    missing = []
    for context, source, message in _messages(TS):
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(f"{context}: {source}")
        elif message.get("numerus") == "yes":
            if not [n for n in node.iter("numerusform") if (n.text or "").strip()]:
                missing.append(f"{context}: {source}")
        elif not (node.text or "").strip():
            missing.append(f"{context}: {source}")
    assert not missing, "untranslated:\n" + "\n".join(missing[:50])


def test_placeholders_survive_translation() -> None:
    """%1, %2 and %n in the English text appear in the Swedish one too."""
    wrong = []
    for context, source, message in _messages(TS):
        node = message.find("translation")
        text = "".join(node.itertext()) if node is not None else ""
        for marker in set(re.findall(r"%\d|%n", source)):
            if marker not in text:
                wrong.append(f"{context}: {source!r} -> {text!r} lacks {marker}")
    assert not wrong, "\n".join(wrong)


def test_catalogue_holds_every_string_of_the_source(tmp_path: Path) -> None:
    """Running lupdate over app/ and ui/ adds nothing: no string was left out of the .ts."""
    copy = tmp_path / "vanort_sv.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", "sv",
         str(ROOT / "app"), str(ROOT / "ui"), "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    before = {(c, s) for c, s, _ in _messages(TS)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), (
        f"run `make translations`; new strings: {sorted(after - before)[:20]}"
    )


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the .ts today (it is not older than the .ts)."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations` to compile the .qm"


def test_services_speak_swedish(swedish: None) -> None:
    """A validation message comes out in Swedish when Swedish is chosen."""
    from app.services.fields import check_value
    from app.services.kinds import TOWN

    assert check_value(TOWN.field("name"), "") == "Namn måste anges."


# ``page.tr("…")`` on a variable: lupdate files the text under the context "page",
# while Qt looks it up under the object's class, so the window shows English.
_TR_ON_A_VARIABLE = re.compile(r"(?<![\w.])(?!self\b)[a-z_][a-z0-9_]*\.tr\(")


def test_no_text_is_translated_through_a_variable() -> None:
    """Every tr() is called on self or a class, whose name is the context Qt looks up."""
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _TR_ON_A_VARIABLE.search(line)
    ]
    assert found == [], "use self.tr() or QCoreApplication.translate(CONTEXT, …): " + ", ".join(
        found
    )


def test_the_variable_check_finds_a_call_through_a_variable() -> None:
    assert _TR_ON_A_VARIABLE.search('    text = page.tr("Open")')
    assert not _TR_ON_A_VARIABLE.search('    text = self.tr("Open")')
    assert not _TR_ON_A_VARIABLE.search('    text = CheckDatabase.tr("Open")')
