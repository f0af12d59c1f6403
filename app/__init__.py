"""Vänort: what the program knows and does. No Qt widgets here."""

__version__ = "0.1.0"
