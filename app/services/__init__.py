"""Services: every user action is one call here, one session and one transaction.

The interface and the command line call these and receive plain records
(frozen dataclasses from :mod:`app.services.records`), never ORM objects.
"""
