"""Writing an export so that it appears whole or not at all."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.failures import FileInUse, held_by_another_program


def _reserve_beside(target: Path) -> Path:
    # open(..., "x") honours the umask, unlike mkstemp's 0600: the export gets
    # the same permissions as any file the user saves.
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            with open(candidate, "xb"):
                return candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


@contextmanager
def replaced_when_done(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``target`` that is renamed onto it when the block succeeds.

    On any error (a cancel included) the temporary file is removed and a file
    already at ``target`` is left exactly as it was. A ``target`` that another
    program holds open (an earlier export still open in Excel or Word, which
    Windows refuses to replace) raises :class:`app.failures.FileInUse`.
    """
    final = Path(target)
    temporary = _reserve_beside(final)
    try:
        yield temporary
        try:
            os.replace(temporary, final)
        except PermissionError as error:
            if final.exists() and held_by_another_program(error):
                raise FileInUse(final) from error
            raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def free_name_beside(target: str | os.PathLike[str]) -> Path:
    """``target`` itself when nothing is there, else the first free "name (2).ext" beside it."""
    path = Path(target)
    if not path.exists():
        return path
    for number in range(2, 1000):
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem} ({secrets.token_hex(3)}){path.suffix}")
