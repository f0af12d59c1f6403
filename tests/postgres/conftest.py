"""A real PostgreSQL server for the tests that need one (VANORT_TEST_PG_URL).

CI starts a local server and sets the URL; on a developer's machine without one
these tests are skipped, but under CI a missing server is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.workspace import Workspace
from bench.delay_proxy import DelayProxy


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


def through_proxy(url: str, proxy: DelayProxy) -> str:
    """``url`` reached through ``proxy`` (its password kept)."""
    return (
        make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    )


def proxy_to(url: str, round_trip_s: float = 0.0) -> DelayProxy:
    """A started proxy in front of ``url``'s server that adds ``round_trip_s`` to each round trip
    and counts the messages carried to the server."""
    parsed = make_url(url)
    return DelayProxy.for_round_trip(
        parsed.host or "127.0.0.1", parsed.port or 5432, round_trip_s
    ).start()


@pytest.fixture
def counted(pg_url: str) -> Iterator[tuple[Workspace, DelayProxy]]:
    """A register on the server, opened through a counting proxy (no delay)."""
    Workspace.create(pg_url).close()
    proxy = proxy_to(pg_url)
    workspace = Workspace.open(through_proxy(pg_url, proxy))
    try:
        yield workspace, proxy
    finally:
        workspace.close()
        proxy.stop()
