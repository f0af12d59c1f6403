"""Importing spreadsheets and CSV files: reading the files (``sources``)."""
