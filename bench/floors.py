"""The floors: the same work done by the bare libraries, in the same run as the program.

Nothing here uses the program's code beyond reading its schema (the import
floor inserts into the project's tables): Qt with a plain table model, openpyxl
in write-only mode, reportlab with one table, SQLAlchemy Core inserts.
"""

from __future__ import annotations

import csv
import sqlite3
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

TOWN_COLUMNS = ("name", "kind", "country", "region", "population")


def read_towns(database: Path) -> list[tuple[Any, ...]]:
    """The rows of the town list, read with sqlite3."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute(
            f"SELECT {', '.join(TOWN_COLUMNS)} FROM towns ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


# What the register's overview is made of: every town and every twinning.
REGISTER_READS = (
    "SELECT id, name, local_name, country, region, kind, population, is_home FROM towns",
    "SELECT id, town_a_id, town_b_id, contact_year, status, contact_year_edtf"
    " FROM twinnings ORDER BY id",
)


def read_register(database: Path) -> int:
    """Read the towns and twinnings a register is made of with sqlite3; how many rows.

    The register floors do this before writing: the program cannot write the
    register without reading it, and a bare program could not either.
    """
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return sum(len(connection.execute(query).fetchall()) for query in REGISTER_READS)
    finally:
        connection.close()


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class BareList:
    """A window with a search field over a bare table model: the floor of search and sort."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

        self.rows = rows
        self.keys = [_plain(" ".join(str(v) for v in row if v is not None)) for row in rows]
        self.order = list(range(len(rows)))
        self.visible = list(self.order)
        owner = self

        class Model(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(owner.visible)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else len(TOWN_COLUMNS)

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role != Qt.ItemDataRole.DisplayRole:
                    return None
                value = owner.rows[owner.visible[index.row()]][index.column()]
                return "" if value is None else str(value)

            def sort(self, column: int, order: Any = Qt.SortOrder.AscendingOrder) -> None:
                owner.sort(column, order == Qt.SortOrder.DescendingOrder)

        self.window = QMainWindow()
        central = QWidget(self.window)
        layout = QVBoxLayout(central)
        self.search = QLineEdit(central)
        self.view = QTableView(central)
        self.model = Model(self.view)
        self.view.setModel(self.model)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.window.setCentralWidget(central)
        self.window.resize(1280, 720)
        self.search.textChanged.connect(self.filter)
        self.window.show()

    def filter(self, text: str) -> None:
        words = _plain(text).split()
        self.model.beginResetModel()
        rows = self.order
        for word in words:
            rows = [i for i in rows if word in self.keys[i]]
        self.visible = list(rows)
        self.model.endResetModel()

    def sort(self, column: int, descending: bool) -> None:
        self.model.layoutAboutToBeChanged.emit()
        rows = self.rows
        filled = [i for i in range(len(rows)) if rows[i][column] not in (None, "")]
        empty = [i for i in range(len(rows)) if rows[i][column] in (None, "")]
        filled.sort(key=lambda i: rows[i][column], reverse=descending)
        self.order = filled + empty
        words = set(_plain(self.search.text()).split())
        self.visible = [i for i in self.order if all(w in self.keys[i] for w in words)]
        self.model.layoutChanged.emit()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()


def xlsx_floor(headers: list[str], rows: list[list[Any]], path: Path) -> None:
    """openpyxl writing the same cells in write-only mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sheet")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def docx_floor(headers: list[str], rows: list[list[Any]], path: Path) -> None:
    """python-docx writing the same rows as one Word table, its header row marked to repeat.

    Through python-docx's own API as its documentation shows it (add_row, then
    each cell's text), one row at a time.
    """
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    table = document.add_table(rows=1, cols=len(headers))
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = "" if value is None else str(value)
    document.save(str(path))


def _pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"
    if not font.exists():
        return "Helvetica"
    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSans", str(font)))
    return "BenchSans"


PDF_FONT_SIZE = 8
PDF_ROW_HEIGHT = 11.0


def pdf_floor(headers: list[str], rows: list[list[Any]], path: Path) -> None:
    """reportlab writing the same rows as one table with its header on every page.

    Column widths are measured once from the text (shrunk to the page), rows
    are one line high, and the rows go to reportlab a page at a time: left to
    split one long Table flowable itself, reportlab copies the rest of the
    table at every page break, which is quadratic (here 5 000 rows took 2.6 s,
    20 000 rows 21 s), so a careful program using bare reportlab does this.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    font = _pdf_font()
    document = SimpleDocTemplate(str(path), pagesize=A4)
    text = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [
        max(
            [stringWidth(headers[i], font, PDF_FONT_SIZE)]
            + [stringWidth(row[i], font, PDF_FONT_SIZE) for row in text]
        )
        + 6
        for i in range(len(headers))
    ]
    total = sum(widths)
    if total > document.width:
        widths = [w * document.width / total for w in widths]
    # The frame's own padding (6 pt each side) and the header row take room too.
    per_page = max(1, int((document.height - 12) / PDF_ROW_HEIGHT) - 1)
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, PDF_FONT_SIZE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ]
    )
    story = []
    for start in range(0, max(1, len(text)), per_page):
        page = [headers, *text[start : start + per_page]]
        table = Table(page, colWidths=widths, rowHeights=[PDF_ROW_HEIGHT] * len(page))
        table.setStyle(style)
        story.append(table)
    document.build(story)


def _read_pairs(source: Path) -> list[list[Any]]:
    """The data rows of a pairs file: csv for .csv, openpyxl read-only for .xlsx."""
    if source.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(source, read_only=True, data_only=True)
        try:
            rows = workbook.worksheets[0].iter_rows(min_row=2, values_only=True)
            return [["" if v is None else str(v) for v in row] for row in rows]
        finally:
            workbook.close()
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return list(reader)


def import_floor(source: Path, database: Path) -> None:
    """Read the pairs file and bulk-insert its towns and twinnings with SQLAlchemy Core."""
    from sqlalchemy import create_engine, insert

    from db import models as m

    pairs = _read_pairs(source)
    now = datetime.now()
    town_ids: dict[tuple[str, str], int] = {}
    towns: list[dict[str, Any]] = []
    twinnings: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()

    def town_id(name: str, country: str) -> int:
        key = (name, country)
        found = town_ids.get(key)
        if found is None:
            found = town_ids[key] = len(towns) + 1
            towns.append(
                {
                    "id": found,
                    "name": name,
                    "country": country,
                    "kind": "municipality",
                    "is_home": False,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        return found

    for town, country, partner, partner_country, year in pairs:
        a, b = sorted((town_id(town, country), town_id(partner, partner_country)))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        twinnings.append(
            {
                "town_a_id": a,
                "town_b_id": b,
                "kind": "twin_town",
                "status": "active",
                "contact_year": int(year) if year else None,
                "areas": [],
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.begin() as connection:
            connection.execute(insert(m.Town), towns)
            connection.execute(insert(m.Twinning), twinnings)
    finally:
        engine.dispose()
