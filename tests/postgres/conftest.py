"""A real PostgreSQL server for the tests that need one (VANORT_TEST_PG_URL).

CI starts a local server and sets the URL; on a developer's machine without one
these tests are skipped, but under CI a missing server is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text


def _url() -> str:
    url = os.environ.get("VANORT_TEST_PG_URL", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PostgreSQL server in VANORT_TEST_PG_URL")
        pytest.skip("no PostgreSQL server (set VANORT_TEST_PG_URL)")
    return url


def _empty_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The server's URL with an empty public schema, emptied again afterwards."""
    url = _url()
    _empty_schema(url)
    yield url
    _empty_schema(url)
