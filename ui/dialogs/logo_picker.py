"""The municipality's logo: a preview, Choose an image… and Remove.

Used by the settings and by the first start, so a logo chosen in either is
stored the same way (a PNG of sensible size in the municipality's settings,
where the reports take it from).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# A logo is printed a few centimetres wide; more pixels only make the database bigger.
MAX_LOGO_PIXELS = 1200


def png_bytes(image: QImage) -> bytes:
    """``image`` as PNG file bytes, scaled down to a sensible size first."""
    if max(image.width(), image.height()) > MAX_LOGO_PIXELS:
        image = image.scaled(
            MAX_LOGO_PIXELS,
            MAX_LOGO_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, but PySide6 accepts only a str format here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class LogoPicker(QWidget):
    """Shows the chosen logo and lets the user choose another image or remove it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo: bytes | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("logo_preview")
        self.preview.setMinimumSize(200, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose an image…"), self)
        self.choose_button.setObjectName("choose_logo")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("remove_logo")
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.set_logo(None)

    def logo(self) -> bytes | None:
        """The chosen logo as PNG bytes, or None."""
        return self._logo

    def set_logo(self, logo: bytes | None) -> None:
        """Show ``logo`` (PNG or other image bytes), or "No logo"."""
        changed = logo != self._logo
        self._logo = logo
        self.remove_button.setEnabled(logo is not None)
        if logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(logo)
            self.preview.setPixmap(
                pixmap.scaled(
                    200,
                    80,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        if changed:
            self.changed.emit()

    def set_logo_from_file(self, path: str | Path) -> bool:
        """Use the image in ``path`` as the logo (stored as PNG); False, and why, if it is no image."""
        image = QImage(str(path))
        if image.isNull():
            QMessageBox.warning(
                self,
                self.tr("Logo"),
                self.tr("%1 is not an image this program can read (use PNG or JPEG).").replace(
                    "%1", Path(path).name
                ),
            )
            return False
        self.set_logo(png_bytes(image))
        return True

    def choose(self) -> None:
        """Ask for an image file and use it as the logo."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if chosen:
            self.set_logo_from_file(chosen)
