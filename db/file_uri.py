"""How a database file is read without changing it: the ``sqlite3`` URI.

Apart from ``db.engine`` because it needs neither SQLAlchemy nor anything else
slow to import: the check of the file at start (``db.integrity``) uses it on a
thread of its own while the program is still loading.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_uri(path: Path) -> str:
    """An ``sqlite3`` URI that reads ``path`` without creating anything beside it.

    A read-only connection to a WAL database creates ``-wal`` and ``-shm`` files
    and cannot remove them again. When there is no ``-wal`` file nobody has the
    database open and the main file holds every committed page, so it is read as
    immutable: a file we inspect, back up or refuse is left exactly as it was.
    """
    resolved = Path(path).resolve()
    uri = f"file:{quote(str(resolved))}?mode=ro"
    try:
        with resolved.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return uri
    in_wal_mode = header.startswith(SQLITE_HEADER) and header[18:20] == b"\x02\x02"
    wal = resolved.with_name(resolved.name + "-wal")
    # An empty -wal (left by a program that could not write it: a full disk) holds nothing.
    if in_wal_mode and (not wal.exists() or wal.stat().st_size == 0):
        uri += "&immutable=1"
    return uri
