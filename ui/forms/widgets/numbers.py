"""Numbers typed the Swedish way: "10 000", "10 000,50", "58,38"; empty means unknown."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.formatting import group_digits
from app.i18n import QT_TRANSLATE_NOOP
from app.services.fields import FieldSpec
from ui.forms.widgets.base import FieldEditor, InvalidInput

# Spaces people and programs put between thousands: plain, no-break, narrow no-break.
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_WHOLE = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")

# What to write instead, by what the field holds; translated when shown.
_YEAR_WANTED = QT_TRANSLATE_NOOP("NumberInput", "Write a year with four digits, such as 1995.")
_WHOLE_WANTED = QT_TRANSLATE_NOOP("NumberInput", "Write a whole number, such as 1 135.")
_AMOUNT_WANTED = QT_TRANSLATE_NOOP("NumberInput", "Write an amount, such as 10 000 or 10 000,50.")
_NUMBER_WANTED = QT_TRANSLATE_NOOP("NumberInput", "Write a number, such as 10,52.")
_DEGREES_WANTED = QT_TRANSLATE_NOOP("NumberInput", "Write decimal degrees, such as 58,38.")


def _refused(sentence: str) -> InvalidInput:
    """The refusal of what was typed, with one of the sentences above in the user's language."""
    return InvalidInput(QCoreApplication.translate("NumberInput", sentence))


def _compact(text: str) -> str:
    return _SPACES.sub("", text)


def parse_whole(text: str, *, year: bool = False) -> int | None:
    """ "1 135" -> 1135; "" -> None; anything else raises InvalidInput."""
    compact = _compact(text)
    if not compact:
        return None
    if not _WHOLE.match(compact):
        raise _refused(_YEAR_WANTED if year else _WHOLE_WANTED)
    return int(compact)


def parse_decimal(text: str, *, places: int, amount: bool = True) -> Decimal | None:
    """ "10 000,50" -> Decimal("10000.50"); "" -> None; at most ``places`` decimals.

    A trailing "kr" is allowed, since that is how amounts are written on paper.
    """
    compact = _compact(text)
    if amount and compact.lower().endswith("kr"):
        compact = compact[:-2]
    if not compact:
        return None
    compact = compact.replace(",", ".")
    if not _DECIMAL.match(compact):
        raise _refused(_AMOUNT_WANTED if amount else _NUMBER_WANTED)
    try:
        value = Decimal(compact)
    except InvalidOperation as error:  # pragma: no cover - the pattern rules this out
        raise _refused(_NUMBER_WANTED) from error
    decimals = len(compact.partition(".")[2])
    if decimals > places:
        # Never round silently: the user sees what is stored.
        raise InvalidInput(
            QCoreApplication.translate("NumberInput", "Write at most %n decimals.").replace(
                "%n", str(places)
            )
        )
    return value


def parse_coordinate(text: str) -> float | None:
    """Decimal degrees with a comma or a point: "58,38" -> 58.38."""
    compact = _compact(text).replace(",", ".")
    if not compact:
        return None
    if not _DECIMAL.match(compact):
        raise _refused(_DEGREES_WANTED)
    return float(compact)


def format_decimal(value: Decimal | int | float | None, *, min_places: int = 0) -> str:
    """Swedish display of a number for editing: "10 000,50", "10 000", "0,5"."""
    if value is None:
        return ""
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    number = abs(number)
    whole = int(number)
    fraction = format(number - whole, "f").partition(".")[2].rstrip("0")
    if min_places and fraction:
        fraction = fraction.ljust(min_places, "0")
    # Editing keeps the one style the parser reads, in either language.
    text = sign + group_digits(whole, "sv")
    return f"{text},{fraction}" if fraction else text


class _LineBased(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, width: int = 8) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A fixed width: amounts stay readable even in a narrow group.
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0") * width + 16)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def focus_widget(self) -> QWidget:
        return self.edit


class WholeNumberEditor(_LineBased):
    """int and year fields; empty is allowed (it means unknown)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        year = spec.type == "year"
        super().__init__(spec, parent, width=6 if year else 12)
        self._year = year
        if year:
            self.edit.setPlaceholderText(self.tr("yyyy"))
            self.edit.setMaxLength(6)

    def value(self) -> Any:
        """The whole number typed, or None; InvalidInput when it is none."""
        return parse_whole(self.edit.text(), year=self._year)

    def set_value(self, value: Any) -> None:
        """Show ``value`` (a year without a thousands space)."""
        if value is None:
            self.edit.clear()
        elif self._year:
            self.edit.setText(str(value))
        else:
            self.edit.setText(group_digits(int(value), "sv"))


class AmountEditor(_LineBased):
    """money and decimal fields; a money field shows the record's currency beside it."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent, width=14)
        self._money = spec.type == "money"
        self._places = 2 if self._money else 6
        self.currency_label = QLabel(self)
        self.currency_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("SEK") + 4)
        self.row.insertWidget(1, self.currency_label)
        self.currency_label.setVisible(self._money)
        self.edit.setPlaceholderText("0,00" if self._money else "")

    def set_currency(self, code: str | None) -> None:
        """Show the currency ``code`` beside the amount."""
        self.currency_label.setText(code or "")

    def value(self) -> Any:
        """The amount typed, or None; InvalidInput when it is none."""
        return parse_decimal(self.edit.text(), places=self._places, amount=self._money)

    def set_value(self, value: Any) -> None:
        """Show ``value`` as an amount ("10 000,00")."""
        self.edit.setText(format_decimal(value, min_places=2 if self._money else 0))


class CoordinateEditor(_LineBased):
    """latitude and longitude in decimal degrees."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent, width=10)
        # A grey example in the field looks like a value; the hint goes in the tooltip.
        self.edit.setToolTip(self.tr("Decimal degrees, such as 58,38"))

    def value(self) -> Any:
        """The coordinate typed in degrees, or None; InvalidInput when it is none."""
        return parse_coordinate(self.edit.text())

    def set_value(self, value: Any) -> None:
        """Show ``value`` in degrees with at most six decimals."""
        self.edit.setText("" if value is None else format_decimal(round(float(value), 6)))
