"""The tables of the first schema (revision 0001), one module per part of the register.

Revision 0001 creates them in the order of ``PARTS``: a table only refers to
tables of its own part or of a part before it, as PostgreSQL requires of a
foreign key. Each part's ``create`` and ``drop`` are the statements Alembic
wrote for the first release, unchanged; a released revision must make the same
schema on every machine.
"""
