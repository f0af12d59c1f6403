"""``python -m app``, ``vanort`` and ``vanort-cli``: the program's window, or a sub-command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vanort`` with ``argv`` (default: the process's arguments); returns the exit status."""
    if argv is None:  # the process's own streams, not a caller's
        use_utf8_output()
    try:
        from app.cli.runner import run
    except Exception:
        # Only a broken installation gets here; even then, no traceback on screen.
        return _broken_installation()
    return run(argv)


def use_utf8_output() -> None:
    """Write standard output and error as UTF-8, to a console and to a file alike.

    Redirected on Windows, Python would write the ANSI code page (cp1252), in
    which "→" or "Ł" cannot be written at all and a report of Polish or Czech
    twin towns would stop halfway. A windowed program has no streams (None).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):  # a stream that was closed or cannot change any more
            continue


def _broken_installation() -> int:
    import logging

    from app.logging_setup import flush_logging, setup_logging

    log_file = setup_logging()
    logging.getLogger(__name__).exception("the command line could not be loaded")
    flush_logging()
    print(f"Vänort could not start; the details are in the log file {log_file}.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
