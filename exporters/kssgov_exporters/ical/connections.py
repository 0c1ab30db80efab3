"""How ``kssgov serve`` takes connections on the open internet: waitress, with limits set for strangers.

waitress holds at most ``connection_limit`` connections and, at the limit, stops
accepting new ones until an idle one times out (120 s by default): 101 idle
sockets would lock every reader out for two minutes. Here the limit is higher,
idle connections are closed sooner (:data:`CHANNEL_TIMEOUT`, looked for every
:data:`CLEANUP_INTERVAL`), and at the limit the connection idle the longest is
closed to make room for the new one, as nginx reuses its idle keep-alive
connections when it runs short. A connection whose request is being answered
is never closed to make room. The sockets are watched with ``poll``, which has
no limit on their number (``select`` stops at 1,024).
"""

from __future__ import annotations

import logging
import resource
import time
from collections.abc import Callable, Iterable
from typing import Any, Final

from waitress.adjustments import Adjustments
from waitress.server import MultiSocketServer, TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher

log = logging.getLogger("kssgov.serve")

#: Connections held at once, idle ones included; at the limit the longest idle is closed.
CONNECTION_LIMIT: Final = 500
#: Seconds a connection may stay idle (no request under way, nothing received) before it is closed.
CHANNEL_TIMEOUT: Final = 30
#: Seconds between looks for connections idle too long.
CLEANUP_INTERVAL: Final = 5
#: Seconds between two log lines about connections closed to make room.
_REPORT_SECONDS: Final = 60
#: File descriptors the server needs beside its connections (its own sockets, files, the build process).
_SPARE_FILES: Final = 64


class RoomMakingServer(TcpWSGIServer):  # type: ignore[misc]
    """waitress's server that, at its connection limit, closes the longest idle connection."""

    _made_room = 0
    _reported = 0.0
    next_channel_cleanup: float

    def readable(self) -> bool:
        now = time.time()
        if now >= self.next_channel_cleanup:
            self.next_channel_cleanup = now + self.adj.cleanup_interval
            self.maintenance(now)
        if not self.accepting:
            return False
        if len(self._map) < self.adj.connection_limit:
            return True
        self._make_room(now)
        return False

    def _make_room(self, now: float) -> None:
        """Close the connection idle the longest (one at a time: the next look accepts)."""
        channels = list(self.active_channels.values())
        if any(channel.will_close for channel in channels):
            return  # one is being closed already
        idle = [channel for channel in channels if not channel.requests]
        if not idle:
            return
        min(idle, key=lambda channel: channel.last_activity).will_close = True
        self._made_room += 1
        if now - self._reported >= _REPORT_SECONDS:
            log.warning(
                "%d connections at once: closed %d idle connection(s) to make room",
                self.adj.connection_limit,
                self._made_room,
            )
            self._made_room, self._reported = 0, now


def make_server(
    app: Callable[..., Iterable[bytes]],
    *,
    host: str,
    port: int,
    threads: int,
    trusted_proxy: str | None = None,
    **adjustments: Any,
) -> Any:
    """A waitress server for *app* on *host* and *port*, with the limits above.

    With *trusted_proxy* (the address of the reverse proxy in front), the client's
    address and the scheme are taken from its ``X-Forwarded-For`` and
    ``X-Forwarded-Proto`` headers; from anyone else those headers are dropped.
    """
    settings: dict[str, Any] = {
        "host": host,
        "port": port,
        "threads": threads,
        "ident": "kssgov",
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": CLEANUP_INTERVAL,
        "asyncore_use_poll": True,
        "clear_untrusted_proxy_headers": True,
        **adjustments,
    }
    if trusted_proxy:
        settings.update(
            trusted_proxy=trusted_proxy, trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto"}
        )
    adj = Adjustments(**settings)
    _allow_files(adj.connection_limit + _SPARE_FILES)
    socket_map: dict[int, Any] = {}
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(adj.threads)
    servers = [
        RoomMakingServer(app, socket_map, dispatcher=dispatcher, adj=adj, sockinfo=info)
        for info in adj.listen
    ]
    if len(servers) == 1:
        return servers[0]
    listening = [(server.effective_host, server.effective_port) for server in servers]
    return MultiSocketServer(socket_map, adj, listening, dispatcher, servers[0].log_info)


def _allow_files(needed: int) -> None:
    """Raise this process's limit on open files to *needed* where the system allows it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
