"""The benchmark's delaying proxy: every byte arrives, in order, a round trip later."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from bench.delay_proxy import DelayProxy


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _receive(connection: socket.socket, size: int) -> bytes:
    parts: list[bytes] = []
    while size > 0:
        part = connection.recv(size)
        assert part, "the proxy closed the connection early"
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def test_a_round_trip_through_the_proxy_costs_the_delay_asked_for(echo_port: int) -> None:
    """A question and its answer take at least the round trip, and not much more."""
    with DelayProxy.for_round_trip("127.0.0.1", echo_port, 0.08) as proxy:
        with socket.create_connection(("127.0.0.1", proxy.port)) as connection:
            times = []
            for word in (b"Trollhattan", b"Kangasala", b"Eidi"):
                started = time.perf_counter()
                connection.sendall(word)
                assert _receive(connection, len(word)) == word
                times.append(time.perf_counter() - started)
        assert min(times) >= 0.08
        # Generous upper bound: a loaded machine may be late, never early.
        assert min(times) < 0.08 + 1.0
        assert proxy.take_messages() == 3
        assert proxy.take_messages() == 0


def test_a_large_message_arrives_whole_and_in_order(echo_port: int) -> None:
    """Half a megabyte, sent in one go, comes back byte for byte."""
    payload = bytes(range(256)) * 2048
    with (
        DelayProxy.for_round_trip("127.0.0.1", echo_port, 0.02) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port)) as connection,
    ):
        sender = threading.Thread(target=connection.sendall, args=(payload,))
        sender.start()
        back = _receive(connection, len(payload))
        sender.join()
    assert back == payload


def test_a_stopped_proxy_takes_no_more_connections(echo_port: int) -> None:
    """After stop the port is closed, so a benchmark never talks to a stale proxy."""
    proxy = DelayProxy.for_round_trip("127.0.0.1", echo_port, 0.01).start()
    port = proxy.port
    proxy.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
