"""A TCP proxy that delays every byte, so a server on loopback behaves like one across a network.

The office measures run the program against PostgreSQL on this machine, where a
round trip costs a tenth of a millisecond; a remote office or a VPN costs 50 to
300 ms. The proxy listens on a free local port and forwards each connection to
the real server, holding every chunk of data ``one_way_s`` before passing it
on, in each direction. A query and its answer therefore cost ``2 * one_way_s``
more than on loopback, whatever their size (bandwidth is not limited: what
hurts a window at a distance is the number of round trips, not their bytes).

The proxy runs an asyncio loop on its own thread, so the process measured (and
its Qt event loop) needs nothing from it but the port.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator

CHUNK = 65_536


class DelayProxy:
    """Forwards ``127.0.0.1:port`` to ``target_host:target_port`` with a one-way delay."""

    def __init__(self, target_host: str, target_port: int, one_way_s: float) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.one_way_s = one_way_s
        self.port = 0
        self.connections = 0  # connections opened through the proxy since it started
        # Chunks carried towards the server: about one per round trip the client paid.
        self._messages = 0
        self._count_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def for_round_trip(cls, target_host: str, target_port: int, round_trip_s: float) -> DelayProxy:
        """A proxy whose round trip (there and back) costs ``round_trip_s`` more."""
        return cls(target_host, target_port, round_trip_s / 2)

    def start(self) -> DelayProxy:
        """Listen on a free port (``self.port``) and forward until :meth:`stop`."""
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._server is None:
            raise RuntimeError("the delaying proxy did not start")
        return self

    def stop(self) -> None:
        """Close the listening socket and every forwarded connection."""
        loop = self._loop
        if loop is None or self._thread is None:
            return
        loop.call_soon_threadsafe(self._shut)
        self._thread.join(10)
        self._loop = None

    def take_messages(self) -> int:
        """The chunks carried towards the server since the last call (and start again)."""
        with self._count_lock:
            taken, self._messages = self._messages, 0
        return taken

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- on the proxy's thread

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(self._accept, "127.0.0.1", 0)
            )
            self.port = self._server.sockets[0].getsockname()[1]
        finally:
            self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _shut(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        assert self._loop is not None
        # Let the cancelled tasks close their sockets before the loop stops.
        self._loop.call_later(0.05, self._loop.stop)

    async def _accept(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        self.connections += 1
        try:
            server_in, server_out = await asyncio.open_connection(
                self.target_host, self.target_port
            )
        except OSError:
            client_out.close()
            return
        # The connection itself costs a round trip through the network, as a real one does.
        await asyncio.sleep(2 * self.one_way_s)
        for reader, writer, counted in (
            (client_in, server_out, True),
            (server_in, client_out, False),
        ):
            task = asyncio.ensure_future(self._pipe(reader, writer, counted))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, counted: bool
    ) -> None:
        """Copy one direction, each chunk written ``one_way_s`` after it was read, in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    break
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await reader.read(CHUNK)
                if counted and data:
                    with self._count_lock:
                        self._messages += 1
                await queue.put((time.monotonic() + self.one_way_s, data))
                if not data:  # the other side closed: pass the close on, delayed too
                    break
            await sender
        except (OSError, asyncio.CancelledError):
            sender.cancel()
        finally:
            with contextlib.suppress(OSError, RuntimeError):
                writer.close()


@contextlib.contextmanager
def delayed(target_host: str, target_port: int, round_trip_s: float) -> Iterator[DelayProxy]:
    """A running proxy for the length of a ``with`` block."""
    proxy = DelayProxy.for_round_trip(target_host, target_port, round_trip_s).start()
    try:
        yield proxy
    finally:
        proxy.stop()
