"""Currencies and converting amounts to SEK with the user's own exchange rates."""

from __future__ import annotations

from decimal import Decimal

# ISO 4217 codes a Swedish municipality meets in twinning work; others can be added.
CURRENCIES = (
    "SEK", "DKK", "NOK", "ISK", "EUR", "GBP", "USD", "CHF", "PLN", "CZK", "HUF", "RON",
    "BGN", "NAD", "ZAR", "JPY", "CNY", "CAD", "AUD", "UAH", "TRY", "RSD", "BAM", "MKD",
    "ALL", "GEL", "MDL", "KES", "TZS", "INR",
)  # fmt: skip


def to_sek(
    amount: Decimal, currency: str, rates: dict[tuple[str, int], Decimal], year: int
) -> Decimal | None:
    """``amount`` in SEK using the rate of ``year`` (or the nearest earlier year), None if none."""
    if currency == "SEK":
        return amount
    candidates = [y for (c, y) in rates if c == currency and y <= year]
    if not candidates:
        candidates = [y for (c, y) in rates if c == currency]
        if not candidates:
            return None
        chosen = min(candidates)
    else:
        chosen = max(candidates)
    return (amount * rates[(currency, chosen)]).quantize(Decimal("0.01"))
