"""The report document model: what a board paper says, not how it looks.

A concrete report (register, annual report, mapping report ...) builds one
:class:`ReportDocument` from the data; the PDF and Excel renderers in this
package turn the same document into their format. Nothing here knows about
reportlab or openpyxl.

Text given to the model is plain text: it is never read as markup, so a town
called ``<b>fet</b>`` stays exactly that in every output. Text the coordinator
formats herself (bold, italic, bullets, quotations) comes as runs: each
:class:`Run` is plain text with its bold and italic flags, and the blocks
:class:`RichParagraph`, :class:`RichBulletList` and :class:`Quotation` hold
them (see :mod:`app.reports.rich_text` for the markup she types).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# Re-exported: the renderers and the window import the cancel check from here.
from app.cancelling import CancelCheck as CancelCheck
from app.cancelling import Cancelled as Cancelled

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a renderer works."""


# --- cell values ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Unknown:
    """A value the register does not have: shown as "uppgift saknas" / "unknown"."""


UNKNOWN = Unknown()
"""The one Unknown marker to put in table cells and facts."""


@dataclass(frozen=True)
class Amount:
    """Money: an exact amount in a currency (ISO 4217 code, "SEK" for kronor)."""

    value: Decimal
    currency: str = "SEK"

    def __post_init__(self) -> None:
        """Take whole numbers as Decimal; refuse floats, which round öre wrong."""
        if not isinstance(self.value, Decimal):
            # Floats would round 0.1 kr wrong; ints are exact and welcome.
            if isinstance(self.value, int) and not isinstance(self.value, bool):
                object.__setattr__(self, "value", Decimal(self.value))
            else:
                raise TypeError("Amount.value must be a Decimal or an int")
        if not self.value.is_finite():
            raise ValueError("Amount.value must be a finite number")


@dataclass(frozen=True)
class Total:
    """A sum over values some of which may be unknown: a number, and how many it lacks.

    ``value`` is the sum of the known values (an int, or an Amount for money); it
    is None when every value was unknown, which prints "uppgift saknas", never 0.
    ``unknown`` counts the values left out. A workbook writes the sum as a
    number and the count of unknowns in a cell of its own.
    """

    value: int | Amount | None
    unknown: int = 0

    def __post_init__(self) -> None:
        """Refuse a total that claims nothing, or a negative count of unknowns."""
        if self.unknown < 0:
            raise ValueError("Total.unknown cannot be negative")
        if self.value is None and self.unknown == 0:
            raise ValueError("a Total with no value must have unknown values")


def total_of(values: Sequence[int | None]) -> Total:
    """The Total of whole numbers (member counts) where None is unknown."""
    known = [v for v in values if v is not None]
    unknown = len(values) - len(known)
    if not known and unknown:
        return Total(None, unknown)
    return Total(sum(known), unknown)


CellValue = str | int | date | Amount | Unknown | Total | None
"""What a table cell may hold. None is an empty cell; datetime counts as a date."""


# --- blocks of the body ---------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """Running text. Blank lines in ``text`` start new paragraphs.

    ``notes`` are footnotes to this paragraph: numbered through the document and
    printed at the end of the top-level section they appear in.
    """

    text: str
    notes: Sequence[str] = ()


@dataclass(frozen=True)
class BulletList:
    """An unnumbered list of short items."""

    items: Sequence[str]


@dataclass(frozen=True)
class Run:
    """A stretch of plain text set in one face: bold, italic, both or neither.

    ``text`` may hold newlines (a line break inside the paragraph); it is plain
    text like every other text of the model and is escaped by each renderer.
    """

    text: str
    bold: bool = False
    italic: bool = False


Runs = Sequence[Run]
"""One paragraph's (or one bullet's) text as runs."""


@dataclass(frozen=True)
class RichParagraph:
    """A paragraph of running text with bold and italic runs."""

    runs: Runs


@dataclass(frozen=True)
class RichBulletList:
    """An unnumbered list whose items are runs (bold and italic inside an item)."""

    items: Sequence[Runs]


@dataclass(frozen=True)
class Quotation:
    """A quotation set apart from the running text: indented, one or more paragraphs of runs."""

    paragraphs: Sequence[Runs]


def plain_runs(runs: Runs) -> str:
    """The text of ``runs`` without their faces (for Excel, searching and tests)."""
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Note:
    """A highlighted remark set apart from the running text (any length)."""

    text: str
    label: str = ""
    """Optional lead-in word such as "Obs"; printed in bold before the text."""


@dataclass(frozen=True)
class PageBreak:
    """Continue on a new page."""


@dataclass(frozen=True)
class Table:
    """A table with a header row, data rows, an optional total row and a caption.

    The renderers number tables ("Tabell 1: caption"). ``sheet_name`` names the
    Excel sheet; when empty the caption (shortened) is used.
    """

    columns: Sequence[str]
    rows: Sequence[Sequence[CellValue]]
    caption: str = ""
    total: Sequence[CellValue] | None = None
    sheet_name: str = ""

    def __post_init__(self) -> None:
        """Refuse a table without columns or with rows of the wrong width."""
        width = len(self.columns)
        if width == 0:
            raise ValueError("a table needs at least one column")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(
                    f"row {number} has {len(row)} cells, the table has {width} columns"
                )
        if self.total is not None and len(self.total) != width:
            raise ValueError(f"the total row has {len(self.total)} cells, expected {width}")


@dataclass(frozen=True)
class FactSheet:
    """Key/value facts about one thing, e.g. a twin town in the appendix."""

    title: str
    facts: Sequence[tuple[str, CellValue]]


@dataclass(frozen=True)
class MapPlace:
    """A town on a map: numbered in the order given, labelled with its name."""

    name: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class TownMap:
    """Figure content: an overview map of towns drawn from their coordinates."""

    places: Sequence[MapPlace]


@dataclass(frozen=True)
class Picture:
    """Figure content: a PNG image (a scan, a photo, a chart made elsewhere)."""

    png: bytes
    width_mm: float | None = None
    """Printed width; None fits the text width."""


@dataclass(frozen=True)
class StatusSpan:
    """A stretch of a twinning's bar shaded by its status ("active", "dormant" ...)."""

    start: date
    end: date
    status: str


@dataclass(frozen=True)
class TimelineRow:
    """One twinning's bar: from its first contact (as early as it may have been) to its end."""

    town: str
    start: date
    """The earliest day the contact may have begun (1940-01-01 for "1940-talet")."""
    start_written: str
    """The start as the register knows it: "1940-talet", "1989", "2010-05-12"."""
    end: date | None = None
    """The day it ended; None when it goes on today."""
    end_written: str = ""
    """The end as the register knows it ("1976"); printed after the bar."""
    spans: Sequence[StatusSpan] = ()
    meetings: Sequence[date] = ()
    """Chain meetings the town took part in: marks on the bar."""
    activities: Sequence[date] = ()
    """Bilateral activities and trips with the town: marks of another shape."""


@dataclass(frozen=True)
class TwinningTimeline:
    """Figure content: one bar per twinning over the years, shaded by status period by period."""

    rows: Sequence[TimelineRow]
    today: date


@dataclass(frozen=True)
class MemberSeries:
    """One association's member counts by year; None where the count is unknown."""

    name: str
    counts: Sequence[tuple[int, int | None]]


@dataclass(frozen=True)
class MemberChart:
    """Figure content: member counts over the years, one line per association."""

    series: Sequence[MemberSeries]


FigureContent = TownMap | Picture | TwinningTimeline | MemberChart
"""What a figure may show."""


@dataclass(frozen=True)
class Figure:
    """A numbered figure ("Figur 1: caption") showing a map, a chart or a picture."""

    content: FigureContent
    caption: str = ""


@dataclass(frozen=True)
class Section:
    """A headed part of the report; sections nest (chapter, sub-section ...)."""

    heading: str
    content: Sequence[Block] = ()


Block = (
    Paragraph
    | RichParagraph
    | BulletList
    | RichBulletList
    | Quotation
    | Note
    | PageBreak
    | Table
    | FactSheet
    | Figure
    | Section
)
"""Anything that may stand in a section or in the body."""


# --- the document ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """The municipality's letterhead: name, lines such as address or office, logo."""

    municipality: str
    lines: Sequence[str] = ()
    logo_png: bytes | None = None


@dataclass(frozen=True)
class DataSource:
    """Where the report's data came from: the database and the filters applied."""

    database: str
    filters: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonalDataStatement:
    """Which personal data the report holds; no categories means it holds none."""

    categories: Sequence[str] = ()
    """E.g. ("names of contact persons", "e-mail addresses")."""

    @property
    def contains_personal_data(self) -> bool:
        """True when the report holds any personal data."""
        return bool(self.categories)


@dataclass(frozen=True)
class ReportDocument:
    """One report, complete, before it is rendered to PDF or Excel."""

    title: str
    letterhead: Letterhead
    date: date
    subtitle: str = ""
    registry_no: str = ""
    """The diarienummer, e.g. "KS 2023/329"."""
    author: str = ""
    description: str = ""
    """What the report is; heads the Excel workbook's first sheet."""
    source: DataSource | None = None
    personal_data: PersonalDataStatement = field(default_factory=PersonalDataStatement)
    body: Sequence[Block] = ()
    created_at: datetime | None = None
    """When the data was taken out; None means the moment of rendering."""
    draft: bool = False
    """A draft: every page carries "UTKAST" ("DRAFT") across it."""
    tables_as_figures: bool = False
    """Tables and pictures numbered in one series as figures ("Figur 1", "Figur 2").

    Swedish surveys often do this (the Vänersborg survey's table of twin towns is
    its "Figur 1"); other reports number tables and figures apart.
    """


def iter_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Every block in reading order, sections included and descended into."""
    found: list[Block] = []
    for block in blocks:
        found.append(block)
        if isinstance(block, Section):
            found.extend(iter_blocks(block.content))
    return found
