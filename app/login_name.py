"""Who is working: the name the change log and the file's lock give the user.

Apart from the change log's code (app.services.change_entries) because the lock
is taken at start, before SQLAlchemy and the models are loaded.
"""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    """Who the change log names: VANORT_USER, else the login name."""
    try:
        return os.environ.get("VANORT_USER") or getpass.getuser()
    except Exception:  # getpass fails without a login name (some services)
        return "?"
