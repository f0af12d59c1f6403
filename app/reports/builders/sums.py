"""Sums in SEK that keep unknown amounts and missing exchange rates visible.

"63 180,46 kr + 1 amount missing" - never a silent 0 for what the register
does not know. Amounts are converted with the user's own rates
(:func:`app.money.to_sek`: the rate of the year, or the nearest earlier one).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from app.formatting import group_digits
from app.i18n import translate
from app.money import to_sek
from app.reports.cell_text import counted, fill, format_amount
from app.reports.document import UNKNOWN, Amount, CellValue, Total

Rates = dict[tuple[str, int], Decimal]


@dataclass
class SekSum:
    """A running total in SEK with the amounts it could not count."""

    total: Decimal = Decimal(0)
    counted: int = 0
    unknown_amounts: int = 0
    missing_rates: Counter[str] = field(default_factory=Counter)

    def add(self, amount: Decimal | None, currency: str, rates: Rates, year: int) -> Decimal | None:
        """Count ``amount`` (None: unknown) in SEK; returns the SEK value or None."""
        if amount is None:
            self.unknown_amounts += 1
            return None
        sek = to_sek(Decimal(amount), (currency or "SEK").upper(), rates, year)
        if sek is None:
            self.missing_rates[(currency or "?").upper()] += 1
            return None
        self.total += sek
        self.counted += 1
        return sek

    def merge(self, other: SekSum) -> None:
        """Add another sum to this one."""
        self.total += other.total
        self.counted += other.counted
        self.unknown_amounts += other.unknown_amounts
        self.missing_rates.update(other.missing_rates)

    @property
    def missing(self) -> int:
        """How many amounts are not in the total, for either reason."""
        return self.unknown_amounts + sum(self.missing_rates.values())

    @property
    def complete(self) -> bool:
        """True when no amount in the sum is missing."""
        return self.missing == 0

    def text(self) -> str:
        """ "12 345 kr", or "12 345 kr + 2 amounts missing" (see :meth:`missing_text`)."""
        amount = format_amount(Amount(self.total))
        if self.missing == 0:
            return amount
        if self.missing == 1:
            return fill(translate("Reports", "%1 + 1 amount missing"), amount)
        return fill(
            translate("Reports", "%1 + %2 amounts missing"), amount, group_digits(self.missing)
        )

    def missing_text(self) -> str:
        """Why amounts are missing: "1 amount unknown, 2 amounts in DKK without a rate"."""
        parts = []
        if self.unknown_amounts:
            parts.append(
                counted(
                    self.unknown_amounts,
                    translate("Reports", "1 amount unknown"),
                    translate("Reports", "%1 amounts unknown"),
                )
            )
        for currency, count in sorted(self.missing_rates.items()):
            if count == 1:
                text = translate("Reports", "1 amount in %1 without an exchange rate")
                parts.append(fill(text, currency))
            else:
                text = translate("Reports", "%1 amounts in %2 without an exchange rate")
                parts.append(fill(text, group_digits(count), currency))
        return ", ".join(parts)

    def sentence(self, complete: str, incomplete: str, *before: str) -> str:
        """The sum in a whole sentence: ``complete`` when nothing is missing, else
        ``incomplete`` with what is left out and why.

        Both are translated templates; ``before`` fills their first placeholders, then
        come the amount and, in ``incomplete``, how many are missing and why: "Resorna
        kostade totalt 53 123,55 kr, exklusive 2 belopp som saknas (1 belopp okänt, 1
        belopp i ISK utan växelkurs)." rather than "53 123,55 kr + 2 belopp saknas".
        """
        amount = format_amount(Amount(self.total))
        if self.complete:
            return fill(complete, *before, amount)
        missing = counted(
            self.missing,
            translate("Reports", "1 amount that is missing"),
            translate("Reports", "%1 amounts that are missing"),
        )
        return fill(incomplete, *before, amount, missing, self.missing_text())

    def cell(self) -> CellValue:
        """A table cell: the amount when complete (a number in Excel), else the text."""
        if self.complete:
            return Amount(self.total)
        return self.text()

    def total_cell(self) -> Total:
        """The sum as a Total: a number (in Excel too) and the count of what it lacks.

        Nothing countable at all reads "uppgift saknas", never "0 kr".
        """
        if self.counted == 0 and self.missing:
            return Total(None, self.missing)
        return Total(Amount(self.total), self.missing)


@dataclass
class CurrencySum:
    """A running total in one currency, exactly as paid, with its unknown amounts."""

    currency: str
    total: Decimal = Decimal(0)
    counted: int = 0
    unknown: int = 0

    def add(self, amount: Decimal | None) -> None:
        """Count ``amount`` (None: unknown)."""
        if amount is None:
            self.unknown += 1
        else:
            self.total += Decimal(amount)
            self.counted += 1

    def total_cell(self) -> Total:
        """The sum in its own currency; "uppgift saknas" when every amount is unknown."""
        if self.counted == 0 and self.unknown:
            return Total(None, self.unknown)
        return Total(Amount(self.total, self.currency), self.unknown)


def amount_cell(amount: Decimal | None, currency: str) -> CellValue:
    """An amount in its own currency, or "unknown"."""
    if amount is None:
        return UNKNOWN
    return Amount(Decimal(amount), (currency or "SEK").upper())


def sek_cell(amount: Decimal | None, currency: str, sek: Decimal | None) -> CellValue:
    """The SEK value of ``amount``: the amount, "unknown", or "no exchange rate"."""
    if amount is None:
        return UNKNOWN
    if sek is None:
        return translate("Reports", "no exchange rate")
    return Amount(sek)
