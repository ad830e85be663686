"""What every request and answer passes: security headers on every answer, and, before
anything is read, requests refused for the name they use or the kind of body they send.

- A Host the server does not answer to (``allowed_hosts``; on this computer, only its
  loopback names): a web page on a name that an attacker's DNS points at 127.0.0.1
  would otherwise talk to the practice server from the person's own browser.
- A POST whose body is declared as anything but JSON: browsers send text/plain and form
  bodies to any site without asking (cross-site request forgery), and JSON is all the
  API takes. (A body with no Content-Type at all is taken, as before.)
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from takeitdown_desktop.server.errors import error_body, send_json

#: The names a server on this computer answers to.
LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})

_HEADERS: Final = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
_HSTS: Final = (b"strict-transport-security", b"max-age=31536000")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def host_name(host: str) -> str:
    """The name in a Host header, without its port."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [*_HEADERS, _HSTS] if scope.get("scheme") == "https" else _HEADERS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        if self.allowed_hosts is not None and host_name(_header(scope, b"host") or "") not in self.allowed_hosts:
            body = error_body("bad_request", "This server does not answer to that name.")
            await send_json(send_with_headers, 400, body, {"Connection": "close"})
            return
        if scope["method"] == "POST":
            declared = _header(scope, b"content-type")
            kind = (declared or "").split(";", 1)[0].strip().lower()
            if declared is not None and kind != "application/json":
                body = error_body("unsupported_media_type", "The request body must be JSON (Content-Type: application/json).")
                await send_json(send_with_headers, 415, body, {"Connection": "close"})
                return
        await self.app(scope, receive, send_with_headers)
