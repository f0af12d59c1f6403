"""Word tables written as XML directly: header row repeated on every page, total row in bold.

python-docx's cell-by-cell API looks every cell up again through the whole
table, so a register of thousands of rows would take minutes; building the
rows' XML here costs about as much per row as writing the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from docx.oxml.ns import qn
from lxml import etree

from app.reports.cell_text import format_cell
from app.reports.document import Amount, CellValue, Unknown

_SAMPLE_HEAD = 300
_SAMPLE_TAIL = 30
HEADER_FILL = "E8EEF4"
RULE_COLOUR = "1D4E79"
HAIRLINE_COLOUR = "B9C4CE"
_W = qn("w:val")

_TAG = {name: qn(f"w:{name}") for name in (
    "tbl", "tblPr", "tblW", "tblLayout", "tblBorders", "tblCellMar", "tblGrid", "gridCol", "tr",
    "trPr", "tblHeader", "cantSplit", "tc", "tcPr", "tcW", "shd", "p", "pPr", "jc", "spacing",
    "r", "rPr", "b", "sz", "t", "br", "top", "bottom", "insideH", "left", "right", "tblStyle",
    "keepNext", "insideV",
)}  # fmt: skip
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _is_numeric(value: CellValue) -> bool:
    return isinstance(value, int | Amount | date) and not isinstance(value, bool)


def right_aligned_columns(
    width: int, rows: Sequence[Sequence[CellValue]], total: Sequence[CellValue] | None
) -> list[bool]:
    """A column is right-aligned when its known values are all numbers, amounts or dates."""
    sample = list(rows[:_SAMPLE_HEAD]) + list(rows[-_SAMPLE_TAIL:]) if rows else []
    if total is not None:
        sample.append(total)
    aligned = []
    for column in range(width):
        values = [row[column] for row in sample if not isinstance(row[column], Unknown | None)]
        aligned.append(bool(values) and all(_is_numeric(v) for v in values))
    return aligned


_CHAR = 105  # twips: an average character of 9-point text, a little generous
_BOLD = 1.12  # bold characters are this much wider
_PAD = 240  # twips: the cell's left and right margins together, with a little air


def column_widths(
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    total: Sequence[CellValue] | None,
    text_width: int,
    numeric: Sequence[bool] | None = None,
) -> list[int]:
    """Column widths in twentieths of a point that fill ``text_width``, by the text they hold.

    As in the PDF: each column wants its longest line and needs its longest
    word; number columns never wrap; text columns take what is left over.
    """
    count = len(headers)
    numeric = numeric or [False] * count
    sample = list(rows[:_SAMPLE_HEAD]) + list(rows[-_SAMPLE_TAIL:]) if rows else []
    minimum: list[float] = []
    natural: list[float] = []
    for header in headers:
        longest_word = max((len(w) for w in header.split()), default=1)
        minimum.append(max(longest_word * _CHAR * _BOLD, 480) + _PAD)
        natural.append(min(len(header) * _CHAR * _BOLD, text_width * 0.3) + _PAD)
    lines = [(row, 1.0) for row in sample]
    if total is not None:
        lines.append((total, _BOLD))
    for row, factor in lines:
        for column in range(count):
            text = format_cell(row[column])
            if not text:
                continue
            longest_line = max(len(line) for line in text.split("\n")) * _CHAR * factor
            natural[column] = max(natural[column], min(longest_line + _PAD, text_width * 0.55))
            widest_word = max((len(w) for w in text.split()), default=0) * _CHAR * factor
            minimum[column] = max(minimum[column], min(widest_word + _PAD, text_width * 0.25))
    for column in range(count):
        if numeric[column]:
            minimum[column] = max(minimum[column], natural[column])
        natural[column] = max(natural[column], minimum[column])
    if sum(natural) <= text_width:
        stretchable = [c for c in range(count) if not numeric[c]] or list(range(count))
        share = sum(natural[c] for c in stretchable)
        slack = text_width - sum(natural)
        widths = [
            natural[c] + (slack * natural[c] / share if c in stretchable else 0.0)
            for c in range(count)
        ]
    elif sum(minimum) >= text_width:
        widths = [m * text_width / sum(minimum) for m in minimum]
    else:
        room = text_width - sum(minimum)
        excess = sum(natural) - sum(minimum)
        widths = [minimum[c] + (natural[c] - minimum[c]) * room / excess for c in range(count)]
    return [max(1, int(w)) for w in widths]


def _run(parent: etree._Element, text: str, *, bold: bool, size: int | None) -> None:
    run = etree.SubElement(parent, _TAG["r"])
    if bold or size:
        properties = etree.SubElement(run, _TAG["rPr"])
        if bold:
            etree.SubElement(properties, _TAG["b"])
        if size:
            etree.SubElement(properties, _TAG["sz"]).set(_W, str(size))
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(run, _TAG["br"])
        piece = etree.SubElement(run, _TAG["t"])
        piece.text = line
        if line != line.strip():
            piece.set(_SPACE, "preserve")


def _cell(
    row: etree._Element, text: str, width: int, *, right: bool, bold: bool, fill: str | None
) -> None:
    cell = etree.SubElement(row, _TAG["tc"])
    properties = etree.SubElement(cell, _TAG["tcPr"])
    cell_width = etree.SubElement(properties, _TAG["tcW"])
    cell_width.set(qn("w:w"), str(width))
    cell_width.set(qn("w:type"), "dxa")
    if fill:
        shading = etree.SubElement(properties, _TAG["shd"])
        shading.set(_W, "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
    paragraph = etree.SubElement(cell, _TAG["p"])
    paragraph_properties = etree.SubElement(paragraph, _TAG["pPr"])
    spacing = etree.SubElement(paragraph_properties, _TAG["spacing"])
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    if right:
        etree.SubElement(paragraph_properties, _TAG["jc"]).set(_W, "right")
    if text:
        _run(paragraph, text, bold=bold, size=18)


def _border(parent: etree._Element, side: str, size: int, colour: str) -> None:
    border = etree.SubElement(parent, _TAG[side])
    border.set(_W, "single")
    border.set(qn("w:sz"), str(size))
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), colour)


def table_element(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[CellValue]],
    total: Sequence[CellValue] | None,
    text_width: int,
    *,
    style_id: str | None = None,
    widths: Sequence[int] | None = None,
    muted_first_column: bool = False,
    each_row: Callable[[int], None] | None = None,
) -> etree._Element:
    """A ``w:tbl`` element: the header row (marked to repeat on each page), the rows, the total.

    ``headers`` None makes a table without a header (a fact sheet). ``each_row(i)``
    is called after each data row, for progress and cancel.
    """
    count = len(headers) if headers is not None else len(rows[0]) if rows else 2
    right = right_aligned_columns(count, rows, total)
    if widths is None:
        widths = column_widths(headers or [""] * count, rows, total, text_width, right)
    table = etree.Element(_TAG["tbl"])
    properties = etree.SubElement(table, _TAG["tblPr"])
    if style_id:
        etree.SubElement(properties, _TAG["tblStyle"]).set(_W, style_id)
    table_width = etree.SubElement(properties, _TAG["tblW"])
    table_width.set(qn("w:w"), str(sum(widths)))
    table_width.set(qn("w:type"), "dxa")
    # Word wants the properties in the schema's order: borders before the layout.
    borders = etree.SubElement(properties, _TAG["tblBorders"])
    _border(borders, "top", 8 if headers is not None else 6, RULE_COLOUR)
    etree.SubElement(borders, _TAG["left"]).set(_W, "nil")
    _border(borders, "bottom", 4, HAIRLINE_COLOUR)
    etree.SubElement(borders, _TAG["right"]).set(_W, "nil")
    _border(borders, "insideH", 2, HAIRLINE_COLOUR)
    etree.SubElement(borders, _TAG["insideV"]).set(_W, "nil")
    etree.SubElement(properties, _TAG["tblLayout"]).set(qn("w:type"), "fixed")
    grid = etree.SubElement(table, _TAG["tblGrid"])
    for width in widths:
        etree.SubElement(grid, _TAG["gridCol"]).set(qn("w:w"), str(width))
    if headers is not None:
        header = etree.SubElement(table, _TAG["tr"])
        header_properties = etree.SubElement(header, _TAG["trPr"])
        etree.SubElement(header_properties, _TAG["cantSplit"])
        etree.SubElement(header_properties, _TAG["tblHeader"])
        for column, text in enumerate(headers):
            _cell(header, text, widths[column], right=right[column], bold=True, fill=HEADER_FILL)
    for index, values in enumerate(rows):
        row = etree.SubElement(table, _TAG["tr"])
        etree.SubElement(etree.SubElement(row, _TAG["trPr"]), _TAG["cantSplit"])
        for column, value in enumerate(values):
            _cell(
                row,
                format_cell(value),
                widths[column],
                right=right[column],
                bold=False,
                fill="F4F6F8" if muted_first_column and column == 0 else None,
            )
        if each_row is not None:
            each_row(index)
    if total is not None:
        row = etree.SubElement(table, _TAG["tr"])
        etree.SubElement(etree.SubElement(row, _TAG["trPr"]), _TAG["cantSplit"])
        for column, value in enumerate(total):
            _cell(
                row, format_cell(value), widths[column], right=right[column], bold=True, fill=None
            )
    return table
