"""Importing spreadsheets and CSV files into the register.

- ``sources`` (with ``table``, ``csv_source``, ``xlsx_source``): reading the files;
- ``fields``: what each importable kind takes; ``values``: cells into values;
- ``columns``: which column fills which field, suggested and remembered;
- ``rows``: reading the rows with their own problems; ``towns``: finding and merging towns;
- ``plan``: checking against the register and planning; ``writer``: one-transaction writing;
- ``summary``: what was done; ``importer``: the steps the wizard and ``vanort import`` take.
"""
