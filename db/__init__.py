"""Storage: SQLAlchemy models, engine, sessions, migrations and backups.

Nothing here imports ``app`` or Qt; the layers above call in, never the reverse.
"""
