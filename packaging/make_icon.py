"""Draw the program's icon: two linked rings (two twin towns) on a blue tile.

Writes resources/icons/vanort.png (256 px, for the window and the docs) and
resources/icons/vanort.ico (16-256 px, for the Windows executable, the Start
menu and the installer). Run again after changing the drawing:

    .venv/bin/python packaging/make_icon.py

Pillow comes with reportlab, so no extra package is needed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"

BLUE = (24, 76, 128, 255)  # a municipal blue, dark enough for white and yellow on it
YELLOW = (250, 200, 40, 255)
WHITE = (255, 255, 255, 255)
SIZE = 1024  # drawn large and scaled down, so small sizes stay smooth
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    """The icon at SIZE x SIZE pixels."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=190, fill=BLUE)
    radius, width, middle = 250, 86, SIZE // 2
    left = (middle - 150, middle)
    right = (middle + 150, middle)

    def ring(centre: tuple[int, int], colour: tuple[int, int, int, int]) -> None:
        x, y = centre
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colour, width=width)

    ring(left, WHITE)
    ring(right, YELLOW)
    # Redraw the upper crossing of the white ring over the yellow one, so the
    # rings look linked rather than stacked.
    x, y = left
    pen.arc(
        (x - radius, y - radius, x + radius, y + radius),
        start=-70,
        end=-36,
        fill=WHITE,
        width=width,
    )
    return image


def main() -> None:
    """Write the PNG and the ICO into resources/icons/."""
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "vanort.png", optimize=True)
    image.save(ICONS / "vanort.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'vanort.png'} and {ICONS / 'vanort.ico'}")


if __name__ == "__main__":
    main()
