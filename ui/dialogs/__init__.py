"""Dialogs of the main window: first start, settings, about, errors, backups, checks."""
