"""Attachments of a register on a server: the file is kept in the database itself.

A folder beside a server is nowhere every colleague can reach, so the file goes
into ``attachments.content`` and everyone opens the same one. To open it, the
program writes it into a folder of the user's own (``server-bilagor`` in the
data folder) under the attachment's id and name, and hands that copy on.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from app import paths

# Larger files are refused: a register is not an archive, and a blob this size
# in one transaction keeps colleagues waiting.
MAX_BYTES = 50 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\-]+")


def read_file(source: Path) -> tuple[bytes, int, str]:
    """The bytes of ``source`` with their size and SHA-256; ValueError when it is too large."""
    if source.stat().st_size > MAX_BYTES:
        raise ValueError(f"{source.stat().st_size} bytes")
    content = source.read_bytes()
    return content, len(content), hashlib.sha256(content).hexdigest()


def opening_folder(server_key: str) -> Path:
    """The user's own folder for opened copies of one server's attachments."""
    return paths.data_dir() / "server-bilagor" / _UNSAFE.sub("_", server_key)


def write_for_opening(server_key: str, stored_name: str, content: bytes) -> Path:
    """Write ``content`` where a program can open it, and return that path."""
    folder = opening_folder(server_key)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / stored_name
    partial = folder / f".{stored_name}.partial"
    partial.write_bytes(content)
    partial.replace(target)  # a program opening the file never sees half of it
    return target
