"""``python -m app`` and the ``vanort`` command: the program's window, or a sub-command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vanort`` with ``argv`` (default: the process's arguments); returns the exit status."""
    try:
        from app.cli.runner import run
    except Exception:
        # Only a broken installation gets here; even then, no traceback on screen.
        return _broken_installation()
    return run(argv)


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
