"""The twinnings' timeline drawn in the window, as the mapping report draws its figure.

The rows are the report's (:class:`app.reports.document.TwinningTimeline`,
made by :mod:`app.mapping.timeline_facts`) and the shades its colours
(:mod:`app.reports.timeline_colours`): a bar per twinning from its first
contact to its end or today, shaded by its status period by period, chain
meetings as dots above the bar, bilateral activities and trips as diamonds
below it, and a legend. Hovering a mark or a bar tells what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app import vocabulary
from app.i18n import translate
from app.reports.document import TimelineRow, TwinningTimeline
from app.reports.timeline_colours import (
    ACTIVITY_COLOUR,
    AXIS_COLOUR,
    GRID_COLOUR,
    MEETING_COLOUR,
    STATUS_COLOURS,
    TEXT_COLOUR,
    UNJUDGED_COLOUR,
)

ROW = 26
BAR = 12
MARK = 5
LEGEND_ROW = 20
AXIS_HEIGHT = 22
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Mark:
    """Something the pointer can rest on, with the sentence its tooltip says."""

    area: QRectF
    text: str


def _year_fraction(day: date) -> float:
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / (date(day.year + 1, 1, 1) - start).days


def _tick_step(span: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50):
        if span / step <= 10:
            return step
    return 100


def end_label(row: TimelineRow) -> str:
    """The end written after the bar: its year, or the end as the register knows it ("1970-talet")."""
    known = row.end_written.strip()
    if not known or ISO_DAY.fullmatch(known):
        return str(row.end.year) if row.end else ""
    return known


def bar_text(row: TimelineRow) -> str:
    """The tooltip of a bar: the town, since when, until when."""
    if row.end is not None:
        return (
            translate("TownPage", "%1: from %2 to %3.")
            .replace("%1", row.town)
            .replace("%2", row.start_written)
            .replace("%3", row.end_written or str(row.end.year))
        )
    return (
        translate("TownPage", "%1: from %2 until today.")
        .replace("%1", row.town)
        .replace("%2", row.start_written)
    )


class TimelineView(QWidget):
    """Draws one :class:`TwinningTimeline`; empty with a sentence while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("town_timeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._timeline: TwinningTimeline | None = None
        self._empty_text = ""
        self.marks: list[Mark] = []
        self._fix_height()

    # ------------------------------------------------------------ content

    def set_timeline(self, timeline: TwinningTimeline | None, empty_text: str = "") -> None:
        """Show ``timeline``; with None, ``empty_text`` says why there is nothing to draw."""
        self._timeline = timeline
        self._empty_text = empty_text
        self.marks = []
        self._fix_height()
        self.update()

    def timeline(self) -> TwinningTimeline | None:
        """The timeline shown, or None."""
        return self._timeline

    def legend_items(self) -> list[tuple[str, str]]:
        """The legend's entries (text, colour or "meeting"/"activity"), only what the bars use."""
        rows = list(self._timeline.rows) if self._timeline else []
        items = [
            (vocabulary.label(status), colour)
            for status, colour in STATUS_COLOURS.items()
            if any(span.status == status for row in rows for span in row.spans)
        ]
        if any(self._unshaded(row) for row in rows):
            items.append(
                (
                    translate("Reports", "no status (before the register's evidence)"),
                    UNJUDGED_COLOUR,
                )
            )
        if any(row.meetings for row in rows):
            items.append((translate("Reports", "chain meeting"), "meeting"))
        if any(row.activities for row in rows):
            items.append((translate("Reports", "bilateral activity or trip"), "activity"))
        return items

    @staticmethod
    def _unshaded(row: TimelineRow) -> bool:
        shaded = [span for span in row.spans if span.status in STATUS_COLOURS]
        return not shaded or min(span.start for span in shaded) > row.start

    # ------------------------------------------------------------ geometry

    def _legend_lines(self, width: int) -> list[list[tuple[str, str, float]]]:
        metrics = self.fontMetrics()
        lines: list[list[tuple[str, str, float]]] = [[]]
        x = 0.0
        for text, sample in self.legend_items():
            needed = 18 + metrics.horizontalAdvance(text) + 16
            if lines[-1] and x + needed > width:
                lines.append([])
                x = 0.0
            lines[-1].append((text, sample, x))
            x += needed
        return [line for line in lines if line]

    def _fix_height(self) -> None:
        rows = len(self._timeline.rows) if self._timeline else 0
        if rows == 0:
            self.setFixedHeight(self.fontMetrics().height() * 2 + 8)
            return
        legend = len(self._legend_lines(max(self.width(), 400))) * LEGEND_ROW
        self.setFixedHeight(legend + rows * ROW + AXIS_HEIGHT + 10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the height to the legend, which wraps with the width."""
        # The legend wraps with the width, so the height follows it.
        self._fix_height()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        """The timeline's preferred size."""
        return QSize(640, self.height())

    # ------------------------------------------------------------ drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the legend, the years and one bar per twinning."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = QColor(TEXT_COLOUR)
        if not self._timeline or not self._timeline.rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect().adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()
            return
        self.marks = []
        metrics = self.fontMetrics()
        rows = list(self._timeline.rows)
        today = self._timeline.today
        width = self.width() - 16
        # Legend first: its height decides where the bars begin.
        y = 6
        for line in self._legend_lines(width):
            for text, sample, x in line:
                spot = QPointF(8 + x + 6, y + LEGEND_ROW / 2)
                self._sample(painter, spot, sample)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(8 + x + 16, y, metrics.horizontalAdvance(text) + 4, LEGEND_ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            y += LEGEND_ROW
        top = y + 4
        label_width = min(max(metrics.horizontalAdvance(r.town) for r in rows) + 12, width * 0.3)
        left = 8 + label_width
        right = 8 + width - max(metrics.horizontalAdvance("2026") + 8, 40)
        bottom = top + len(rows) * ROW
        first = min(row.start.year for row in rows)
        step = _tick_step(today.year + 1 - first)
        low, high = first - first % step, today.year + 1

        def x_of(day: date) -> float:
            fraction = (_year_fraction(day) - low) / max(high - low, 1)
            return left + max(0.0, min(1.0, fraction)) * (right - left)

        grid = QPen(QColor(GRID_COLOUR))
        axis = QColor(AXIS_COLOUR)
        year = low
        while year <= high:
            x = x_of(date(year, 1, 1))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(axis)
            painter.drawText(
                QRectF(x - 30, bottom + 2, 60, AXIS_HEIGHT - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
            year += step
        painter.setPen(axis)
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for index, row in enumerate(rows):
            middle = top + (index + 0.5) * ROW
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(8, middle - ROW / 2, label_width - 8, ROW),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(row.town, Qt.TextElideMode.ElideRight, int(label_width - 8)),
            )
            start_x = x_of(row.start)
            end_x = max(x_of(row.end or today), start_x + 2)
            bar = QRectF(start_x, middle - BAR / 2, end_x - start_x, BAR)
            painter.fillRect(bar, QColor(UNJUDGED_COLOUR))
            self.marks.append(Mark(bar, bar_text(row)))
            for span in row.spans:
                colour = STATUS_COLOURS.get(span.status)
                if colour is None:
                    continue  # "ended" needs no shade: the bar stops
                a, b = max(x_of(span.start), start_x), min(x_of(span.end), end_x)
                if b > a:
                    area = QRectF(a, middle - BAR / 2, b - a, BAR)
                    painter.fillRect(area, QColor(colour))
                    self.marks.append(
                        Mark(area, self._span_text(row, span.status, span.start, span.end))
                    )
            if row.end is not None:
                painter.setPen(QPen(text_colour, 1.5))
                painter.drawLine(
                    QPointF(end_x, middle - BAR / 2 - 2), QPointF(end_x, middle + BAR / 2 + 2)
                )
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(end_x + 4, middle - ROW / 2, 80, ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    end_label(row),
                )
            for day in row.meetings:
                centre = QPointF(x_of(day), middle - BAR / 2)
                self._sample(painter, centre, "meeting")
                self.marks.append(Mark(self._around(centre), self._mark_text("meeting", day)))
            for day in row.activities:
                centre = QPointF(x_of(day), middle + BAR / 2)
                self._sample(painter, centre, "activity")
                self.marks.append(Mark(self._around(centre), self._mark_text("activity", day)))
        painter.end()

    @staticmethod
    def _around(centre: QPointF) -> QRectF:
        return QRectF(centre.x() - MARK - 1, centre.y() - MARK - 1, 2 * MARK + 2, 2 * MARK + 2)

    @staticmethod
    def _sample(painter: QPainter, centre: QPointF, sample: str) -> None:
        """A legend sample or a mark: a dot for a meeting, a diamond for an activity, a swatch."""
        painter.setPen(QPen(QColor("white"), 1))
        if sample == "meeting":
            painter.setBrush(QColor(MEETING_COLOUR))
            painter.drawEllipse(centre, MARK - 1, MARK - 1)
        elif sample == "activity":
            painter.setBrush(QColor(ACTIVITY_COLOUR))
            x, y, r = centre.x(), centre.y(), float(MARK)
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
                )
            )
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(sample))
            painter.drawRect(QRectF(centre.x() - 6, centre.y() - 4, 12, 8))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _span_text(row: TimelineRow, status: str, start: date, end: date) -> str:
        return (
            translate("TownPage", "%1: %2 from %3 to %4.")
            .replace("%1", row.town)
            .replace("%2", vocabulary.label(status))
            .replace("%3", start.isoformat())
            .replace("%4", end.isoformat())
        )

    @staticmethod
    def _mark_text(kind: str, day: date) -> str:
        if kind == "meeting":
            return translate("TownPage", "Chain meeting %1.").replace("%1", day.isoformat())
        return translate("TownPage", "Bilateral activity or trip %1.").replace(
            "%1", day.isoformat()
        )

    def text_at(self, point: QPointF) -> str:
        """The tooltip at ``point``: a mark before the span under it, nothing elsewhere."""
        found = [mark for mark in self.marks if mark.area.contains(point)]
        if not found:
            return ""
        # Marks were added after the spans of their row, so the last found is the smallest.
        return found[-1].text

    def event(self, event: QEvent) -> bool:
        """Show the tooltip of the bar or mark under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.text_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
