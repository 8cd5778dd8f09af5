"""Whether `sitrep serve` can listen where it was asked to, told before it says "serving".

uvicorn finds a busy port only once it starts, after sitrep has printed its "serving ..." line,
and then exits with a raw "[Errno 98]" of its own: the port is tried first, the way uvicorn will
bind it, so that the one line a user reads names the cause and the fix.
"""

from __future__ import annotations

import errno
import socket


def port_in_use(host: str, port: int) -> str | None:
    """Why `host`:`port` cannot be listened on and what to change, or None if it can: another
    --port for a busy one ("address already in use"), else --host (a name that does not resolve,
    an address not this machine's)."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(address)
    except OSError as error:
        fix = "--port" if error.errno == errno.EADDRINUSE else "--host"
        return f"{(error.strerror or str(error)).lower()}; choose another with {fix}"
    return None
