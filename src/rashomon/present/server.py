"""Start the web app (``present.web``) on a local port with uvicorn."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from ..config import Options
from ..errors import ConfigError, MissingExtra

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def is_local(host: str) -> bool:
    "Whether only this machine can reach the address."
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host`` and ``port`` (0: a free port the system picks)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by connections: no 40 ms Nagle wait
    try:
        sock.bind((host, port))
        sock.listen(128)  # connections made as soon as the URL is printed wait for the server
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(db: str, opts: Options | None = None, host: str = "127.0.0.1", port: int = 0,
          announce: Callable[[str], None] = print) -> None:
    """Serve the store ``db`` until interrupted; ``announce`` gets the URL once the port is bound.

    Example:
        >>> serve("demo/corpus.db")  # doctest: +SKIP
    """
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtra("web", "uvicorn") from exc
    from .web import create_app

    hosts = None if is_local(host) else ["*"]  # a chosen public address answers any name it is reached by
    app = create_app(db, opts, hosts)
    sock = listening_socket(host, port)
    announce(url_of(sock))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, server_header=False))
    server.run(sockets=[sock])
