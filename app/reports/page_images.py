"""A written PDF's pages as pictures: for the preview in the window and for printing.

pypdfium2 (PDFium, the PDF engine of Chromium) draws each page; the pictures
are plain RGB bytes, so the window can show them and a printer can take them
without either knowing about PDF. Works on any thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PageImage:
    """One page drawn at a resolution: ``rgb`` holds ``height`` rows of ``width`` RGB pixels."""

    number: int
    """1 for the first page."""
    width: int
    height: int
    rgb: bytes
    width_points: float
    height_points: float


def page_count(path: str | os.PathLike[str]) -> int:
    """How many pages the PDF at ``path`` has."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def page_images(
    path: str | os.PathLike[str],
    dpi: float,
    *,
    is_cancelled: Callable[[], bool] | None = None,
) -> Iterator[PageImage]:
    """Each page of the PDF at ``path`` drawn at ``dpi``, one at a time (a long report stays lean).

    Stops early when ``is_cancelled()`` answers True.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            if is_cancelled is not None and is_cancelled():
                return
            page = document[index]
            try:
                width_points, height_points = page.get_size()
                bitmap = page.render(scale=dpi / POINTS_PER_INCH)
                picture = bitmap.to_pil().convert("RGB")
                yield PageImage(
                    index + 1,
                    picture.width,
                    picture.height,
                    picture.tobytes("raw", "RGB"),
                    float(width_points),
                    float(height_points),
                )
            finally:
                page.close()
    finally:
        document.close()
