"""vanort-cli: Vänort's command line, a small console program that runs ``vanort`` beside it.

On Windows the window program ``vanort.exe`` has no console, so what it prints
goes nowhere when it is started from one. ``vanort-cli.exe`` is a console
program that starts ``vanort.exe`` with the same arguments, passes its output
on to the console (or the file it is redirected to) and returns its exit
status. Elsewhere ``vanort`` is a console program already and is run in this
process's place.

It holds none of the program's code: PyInstaller puts the compressed Python
code into every executable it builds, and a second full copy of the program
cost 12 MiB of the package. This one imports only the standard library.

Loaded by path (``packaging`` is not a Python package): the spec builds it,
and tests/packaging runs it against a stand-in program.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import BinaryIO, TextIO

# The exit status of a program stopped with Ctrl+C, as shells report it.
INTERRUPTED = 130


def program_beside(launcher: str, platform: str = sys.platform) -> str:
    """The window program ``vanort`` in the folder of ``launcher`` (this executable)."""
    name = "vanort.exe" if platform == "win32" else "vanort"
    return os.path.join(os.path.dirname(os.path.abspath(launcher)), name)


def _forward(source: BinaryIO, target: TextIO) -> None:
    """Copy the program's output line by line as it comes, read as UTF-8.

    The program writes UTF-8 (app.__main__.use_utf8_output); written as text
    here, a console shows every name and a redirected file gets UTF-8.
    """
    for line in iter(source.readline, b""):
        target.write(line.decode("utf-8", errors="replace"))
        target.flush()
    source.close()


def program_environment() -> dict[str, str]:
    """This process's environment, marked so that ``vanort`` starts as a program of its own.

    PyInstaller's start-up code leaves notes in the environment for a process
    it restarts; another frozen program must not take them for its own
    (PyInstaller's documentation: PYINSTALLER_RESET_ENVIRONMENT).
    """
    return {**os.environ, "PYINSTALLER_RESET_ENVIRONMENT": "1"}


def run_with_pipes(
    command: Sequence[str], out: TextIO, err: TextIO, env: dict[str, str] | None = None
) -> int:
    """Run ``command`` with its output and errors passed on to ``out`` and ``err``.

    Its exit status is returned; Ctrl+C stops it and returns 130.
    """
    child = subprocess.Popen(list(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None  # asked for above
    copiers = [
        threading.Thread(target=_forward, args=(child.stdout, out), daemon=True),
        threading.Thread(target=_forward, args=(child.stderr, err), daemon=True),
    ]
    for copier in copiers:
        copier.start()
    try:
        status = child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        return INTERRUPTED
    for copier in copiers:
        copier.join()
    return status


def _utf8(stream: TextIO | None) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        # A stream that is closed, or already written to, stays as it is.
        with contextlib.suppress(OSError, ValueError):
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vanort`` beside this program with ``argv``; returns its exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    program = program_beside(sys.executable)
    if not os.path.isfile(program):
        print(
            f"vanort-cli: the program {program} is missing; install Vänort again.", file=sys.stderr
        )
        return 1
    if sys.platform != "win32":
        # A console program already: it takes this process's place, with its
        # terminal, its signals and its exit status.
        os.execve(program, [program, *arguments], program_environment())
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    return run_with_pipes([program, *arguments], sys.stdout, sys.stderr, program_environment())


if __name__ == "__main__":
    sys.exit(main())
