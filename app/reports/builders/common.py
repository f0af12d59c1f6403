"""What every report builder shares: letterhead, personal data, places, decisions, dates.

Builders read the register with a handful of SQLAlchemy Core queries (no ORM
objects: a register of 30 000 towns must stay quick) and hand plain values to
the document model in :mod:`app.reports.document`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import vocabulary
from app.derived.status import Evidence, TwinningStatus
from app.derived.status_wording import status_line
from app.formatting import format_stored, minute_item
from app.i18n import current_language, translate
from app.places.countries import country_name
from app.places.folding import swedish_sort_key
from app.reports.cell_text import fill
from app.reports.document import DataSource, Letterhead, PersonalDataStatement
from app.reports.text_safety import split_long_text
from app.services.settings import Settings
from db import models as m
from db.in_lists import in_chunks
from db.session import Database

NOTE_PIECE_CHARS = 30_000
"""A long note is cut into facts of at most this many characters (Excel's cell holds 32 767)."""

EVIDENCE_LINES = 8
"""Evidence items printed per twinning; the rest are counted ("and 4 more")."""


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (reference counting goes on).

    Reading a large register makes a hundred thousand small objects that all
    stay alive; the collector would walk them again and again and find nothing
    to free, which costs as much as the reading itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@functools.cache
def _latin_keys() -> dict[int, str]:
    """Each character below U+0250 with its part of the Swedish sort key."""
    return {code: swedish_sort_key(chr(code))[0] for code in range(0x250)}


def sort_key(name: str) -> tuple[str, str]:
    """The key of :func:`app.places.folding.swedish_sort_key`, made quickly for Latin names.

    A name of Latin letters without combining marks folds letter by letter, so
    one ``str.translate`` over a table of those letters' folded forms gives the
    same key; anything else (Greek, Cyrillic, CJK, combining accents) takes the
    full route. Sorting 30 000 town names this way costs a tenth as much.
    """
    if name.isascii():
        return name.lower(), name
    if max(name) < "\u0250":
        return name.translate(_latin_keys()), name
    return swedish_sort_key(name)


def letterhead_of(settings: Settings) -> Letterhead:
    """The letterhead from the municipality's settings: name, letterhead lines, logo."""
    name = settings.name.strip() or translate("Reports", "The municipality")
    lines = [line.strip() for line in (settings.letterhead or "").splitlines() if line.strip()]
    if lines:
        # The name is printed above the lines anyway: a first line that repeats it
        # ("Vänersborgs kommun · Kommunstyrelsens förvaltning") keeps only the rest.
        first = lines[0]
        for separator in (" · ", " – ", " - ", ", ", " | "):
            if first.startswith(name + separator):
                first = first[len(name) + len(separator) :].strip()
                break
        if first == name:
            first = ""
        lines = ([first] if first else []) + lines[1:]
    return Letterhead(municipality=name, lines=tuple(lines), logo_png=settings.logo or None)


def data_source(db: Database, filters: dict[str, str] | None = None) -> DataSource:
    """Which database the report came from, and the choices that shaped it."""
    return DataSource(database=db.display_name, filters=dict(filters or {}))


class PersonalData:
    """Collects which kinds of personal data a report came to hold, in the order met."""

    def __init__(self) -> None:
        self._categories: list[str] = []

    def add(self, category: str) -> None:
        """Note that the report holds ``category`` (an already translated phrase)."""
        if category not in self._categories:
            self._categories.append(category)

    def contact_names(self) -> None:
        """Note that the report names contact persons and their roles."""
        self.add(translate("Reports", "names and roles of contact persons"))

    def contact_details(self) -> None:
        """Note that the report holds e-mail addresses and phone numbers."""
        self.add(translate("Reports", "e-mail addresses and phone numbers"))

    def statement(self) -> PersonalDataStatement:
        """The statement printed on the title page and the first sheet."""
        return PersonalDataStatement(tuple(self._categories))


def contacts_left_out_note() -> str:
    """The sentence saying that e-mail addresses and phone numbers were left out."""
    return translate(
        "Reports",
        "E-mail addresses and phone numbers are left out of this report; "
        "they can be included when the report is made.",
    )


def place_text(country: str | None, region: str | None) -> str:
    """A town's country or area in the current language, with its region: "Tyskland, Sydslesvig"."""
    name = country_name(country, current_language()) if country else ""
    region = (region or "").strip()
    if name and region:
        return f"{name}, {region}"
    return name or region


def date_range_text(start: date | None, end: date | None) -> str:
    """ "2026-05-17", "2026-05-17 – 2026-05-20", or "" when no date is known."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return (start or end or date.min).isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"


def year_of(start: date | None, end: date | None, fallback: int) -> int:
    """The year a dated thing belongs to for exchange rates: the year it started."""
    for day in (start, end):
        if day is not None:
            return day.year
    return fallback


def note_facts(label: str, text: str | None) -> list[tuple[str, str]]:
    """A free text as one fact, or several for a text too long for one spreadsheet cell."""
    if text is None or not text.strip():
        return []
    pieces = split_long_text(text.strip(), NOTE_PIECE_CHARS)
    continued = fill(translate("Reports", "%1 (continued)"), label)
    return [(label if index == 0 else continued, piece) for index, piece in enumerate(pieces)]


def lines(items: Iterable[str]) -> str:
    """Items one per line, for a fact sheet value."""
    return "\n".join(item for item in items if item)


# ---------------------------------------------------------------- decisions


@dataclass(frozen=True)
class DecisionInfo:
    """A decision as a report names it."""

    id: int
    body: str
    body_name: str | None
    decided_on: date | None
    section: str | None
    registry_no: str | None
    title: str
    outcome: str | None
    decided_on_edtf: str | None = None  # how precisely the date is known ("1985")
    distribution: str | None = None  # "skickas till", printed wherever the decision is in full

    def body_text(self) -> str:
        """The deciding body: its own name for a committee, else the vocabulary label."""
        if self.body_name and self.body in ("committee", "other"):
            return self.body_name
        return vocabulary.label(self.body)

    def text(self) -> str:
        """ "Municipal council 2024-04-02 § 40, KS 2023/329: Revision of the policy"."""
        body = self.body_text()
        head = " ".join(
            part
            for part in (
                body[:1].upper() + body[1:],
                format_stored(self.decided_on, self.decided_on_edtf),
                minute_item(self.section),
            )
            if part
        )
        if self.registry_no:
            head = f"{head}, {self.registry_no}" if head else self.registry_no
        return f"{head}: {self.title}" if head else self.title


def read_decisions(session: Session, ids: Iterable[int | None]) -> dict[int, DecisionInfo]:
    """The decisions with these ids (None and unknown ids are skipped)."""
    wanted = [i for i in ids if i is not None]
    found: dict[int, DecisionInfo] = {}
    d = m.Decision
    for chunk in in_chunks(sorted(set(wanted))):
        for row in session.execute(
            select(
                d.id,
                d.body,
                d.body_name,
                d.decided_on,
                d.section,
                d.registry_no,
                d.title,
                d.outcome,
                d.decided_on_edtf,
                d.distribution,
            ).where(d.id.in_(chunk))
        ):
            found[row[0]] = DecisionInfo(**row._asdict())
    return found


# ---------------------------------------------------------------- statuses


def evidence_line(evidence: Evidence) -> str:
    """One item of evidence: "2013 Den nordiska vänortskedjan: meeting hosted by Åland"."""
    when = evidence.date_or_year
    text = f"{when} {evidence.label}" if when is not None else evidence.label
    if not evidence.counts:
        return not_counted(text)
    return text


def not_counted(text: str) -> str:
    """``text`` marked as not counted as contact: "Möte i Herning (räknas inte som kontakt)",
    and after a text that ends in its own parenthesis "Partnerstadsavtal Vänersborg–Lich
    (gällande) – räknas inte som kontakt", never two parentheses in a row."""
    if text.endswith(")"):
        return fill(translate("Reports", "%1 – not counted as contact"), text)
    return text + " " + translate("Reports", "(not counted as contact)")


def evidence_text(evidence: Sequence[Evidence], limit: int = EVIDENCE_LINES) -> str:
    """The evidence, latest first, at most ``limit`` lines and a count of the rest."""
    if not evidence:
        return translate("Reports", "Nothing recorded in the period.")
    latest = list(reversed(evidence))
    shown = [evidence_line(item) for item in latest[:limit]]
    if len(latest) > limit:
        shown.append(fill(translate("Reports", "… and %1 more"), str(len(latest) - limit)))
    return lines(shown)


def status_text(status: TwinningStatus, period_words: str | None = None) -> str:
    """The status per level, the coordinator's judgement first, and its grounds in one sentence
    (the period named by ``period_words``, see :func:`period_words`)."""
    line = status_line(status, period_words)
    parts = [
        fill(translate("Reports", "Municipal level: %1"), line.municipal_text()),
        fill(translate("Reports", "Civil level: %1"), line.civil_text()),
        line.ground,
    ]
    if line.reason:
        parts.append(fill(translate("Reports", "The coordinator's reason: %1"), line.reason))
    return "\n".join(parts)
