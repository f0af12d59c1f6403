"""A reportlab drawing (the town map, a chart) as a PNG picture for Word.

The figures are drawn once, with reportlab's graphics, for the PDF. Word needs
a picture; reportlab's own bitmap renderer needs the cairo library, which the
program does not ship, so the drawing's shapes are painted here with Pillow.
The figure keeps one source: change the drawing and both outputs change.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Iterator, Sequence
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Ellipse,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)
from reportlab.pdfbase import pdfmetrics

Affine = tuple[float, float, float, float, float, float]
Colour = tuple[int, int, int, int]

_IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_OVERSAMPLE = 2  # painted at twice the size and scaled down: smooth edges without antialiasing


def _multiply(outer: Affine, inner: Affine) -> Affine:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _colour(colour: Any, opacity: float | None = None) -> Colour | None:
    if colour is None:
        return None
    alpha = float(getattr(colour, "alpha", 1.0) or 0.0)
    if opacity is not None:
        alpha *= opacity
    if alpha <= 0:
        return None
    return (
        round(colour.red * 255),
        round(colour.green * 255),
        round(colour.blue * 255),
        round(alpha * 255),
    )


@functools.cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The TrueType file reportlab registered under ``name``, at ``pixels`` size."""
    try:
        path = pdfmetrics.getFont(name).face.filename
        return ImageFont.truetype(path, max(pixels, 1))
    except Exception:  # a standard Type 1 font has no file: Pillow's own font stands in
        return ImageFont.load_default(max(pixels, 1))


class _Painter:
    """Paints shapes onto a Pillow image, turning reportlab's points (y up) into pixels (y down)."""

    def __init__(self, drawing: Drawing, scale: float) -> None:
        self.scale = scale
        self.height = float(drawing.height)
        size = (max(1, math.ceil(drawing.width * scale)), max(1, math.ceil(drawing.height * scale)))
        self.image = Image.new("RGB", size, "white")
        self.canvas = ImageDraw.Draw(self.image, "RGBA")

    def pixel(self, matrix: Affine, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        px = a * x + c * y + e
        py = b * x + d * y + f
        return px * self.scale, (self.height - py) * self.scale

    def width_of(self, matrix: Affine, stroke: float) -> int:
        factor = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) or 1.0
        return max(1, round(stroke * factor * self.scale))

    def area(self, matrix: Affine, points: Sequence[tuple[float, float]], shape: Any) -> None:
        fill = _colour(getattr(shape, "fillColor", None), getattr(shape, "fillOpacity", None))
        stroke = _colour(getattr(shape, "strokeColor", None), getattr(shape, "strokeOpacity", None))
        pixels = [self.pixel(matrix, x, y) for x, y in points]
        if len(pixels) < 2:
            return
        if fill is not None and len(pixels) >= 3:
            self.canvas.polygon(pixels, fill=fill)
        if stroke is not None and (getattr(shape, "strokeWidth", 1) or 0) > 0:
            width = self.width_of(matrix, float(shape.strokeWidth))
            self.canvas.line([*pixels, pixels[0]], fill=stroke, width=width, joint="curve")

    def line(self, matrix: Affine, points: Sequence[tuple[float, float]], shape: Any) -> None:
        stroke = _colour(getattr(shape, "strokeColor", None), getattr(shape, "strokeOpacity", None))
        if stroke is None or len(points) < 2:
            return
        width = self.width_of(matrix, float(getattr(shape, "strokeWidth", 1) or 0))
        self.canvas.line([self.pixel(matrix, x, y) for x, y in points], fill=stroke, width=width)

    def text(self, matrix: Affine, shape: String) -> None:
        colour = _colour(shape.fillColor, getattr(shape, "fillOpacity", None))
        if colour is None or not shape.text:
            return
        factor = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) or 1.0
        font = _font(shape.fontName, round(shape.fontSize * factor * self.scale))
        anchor = {"middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
        self.canvas.text(
            self.pixel(matrix, shape.x, shape.y), shape.text, fill=colour, font=font, anchor=anchor
        )


def _pairs(flat: Sequence[float]) -> list[tuple[float, float]]:
    return [(float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat) - 1, 2)]


def _ellipse_points(cx: float, cy: float, rx: float, ry: float) -> list[tuple[float, float]]:
    steps = 48
    return [
        (cx + rx * math.cos(2 * math.pi * i / steps), cy + ry * math.sin(2 * math.pi * i / steps))
        for i in range(steps)
    ]


def _shapes(group: Group, matrix: Affine) -> Iterator[tuple[Affine, Any]]:
    """Every shape of ``group`` in drawing order with the transform it is drawn under."""
    for shape in group.contents:
        if isinstance(shape, Group):
            yield from _shapes(shape, _multiply(matrix, tuple(shape.transform)))  # type: ignore[arg-type]
        else:
            yield matrix, shape


def _paint(painter: _Painter, matrix: Affine, shape: Any) -> None:
    if isinstance(shape, Rect):
        x, y, w, h = shape.x, shape.y, shape.width, shape.height
        painter.area(matrix, [(x, y), (x + w, y), (x + w, y + h), (x, y + h)], shape)
    elif isinstance(shape, Circle):
        painter.area(matrix, _ellipse_points(shape.cx, shape.cy, shape.r, shape.r), shape)
    elif isinstance(shape, Ellipse):
        painter.area(matrix, _ellipse_points(shape.cx, shape.cy, shape.rx, shape.ry), shape)
    elif isinstance(shape, Wedge):
        painter.area(matrix, _pairs(shape.asPolygon().points), shape)
    elif isinstance(shape, Polygon):
        painter.area(matrix, _pairs(shape.points), shape)
    elif isinstance(shape, PolyLine):
        painter.line(matrix, _pairs(shape.points), shape)
    elif isinstance(shape, Line):
        painter.line(matrix, [(shape.x1, shape.y1), (shape.x2, shape.y2)], shape)
    elif isinstance(shape, String):
        painter.text(matrix, shape)
    # Other shapes (paths, images) are not used by the report figures.


def drawing_png(drawing: Drawing, dpi: int = 200) -> bytes:
    """``drawing`` painted as a PNG at ``dpi`` dots per inch (the drawing's unit is the point)."""
    scale = dpi / 72.0
    painter = _Painter(drawing, scale * _OVERSAMPLE)
    for matrix, shape in _shapes(drawing, _multiply(_IDENTITY, tuple(drawing.transform))):  # type: ignore[arg-type]
        _paint(painter, matrix, shape)
    final = painter.image.resize(
        (max(1, round(drawing.width * scale)), max(1, round(drawing.height * scale))),
        Image.Resampling.LANCZOS,
    )
    buffer = io.BytesIO()
    final.save(buffer, "PNG", optimize=False, dpi=(dpi, dpi))
    return buffer.getvalue()
