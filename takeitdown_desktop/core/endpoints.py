"""Where fingerprints are sent: the distributor's choice, or the person's own.

The organisation that distributes the app fills in ``resources/endpoints.json`` when it
builds the installers; a person may override an address in the app's settings. A build
with no address at all offers practice mode instead (a throw-away local server).
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from takeitdown_desktop.core.errors import CaseServiceError, Problem

#: Programmes (kept here too so this module stays light: the GUI imports it at start).
PROGRAMS = ("under18", "adult")


def is_loopback(host: str) -> bool:
    """True for this computer (localhost, 127.0.0.0/8, ::1), however it is written.

    Shared by the client (plain HTTP and no proxy only here) and the server (no TLS
    needed only here), so both draw the line in the same place.
    """
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback  # ::ffff:127.0.0.1
    return address.is_loopback


def check_endpoint(url: str) -> str:
    """The normalised base URL, or CaseServiceError(INSECURE_URL) when it is unsafe."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise CaseServiceError(Problem.INSECURE_URL, "not a web address")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise CaseServiceError(Problem.INSECURE_URL, "an address on another computer must start with https://")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise CaseServiceError(Problem.INSECURE_URL, "the address must not carry a user name, query or fragment")
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class Endpoint:
    program: str
    #: The service's base URL, or None in practice mode (a local server is started).
    url: str | None
    practice: bool = False
    #: Who runs it, as the distributor wrote it in endpoints.json (shown without asking
    #: the network: nothing is contacted before the person presses "Send").
    organisation: str | None = None


@dataclass(frozen=True)
class EndpointConfig:
    """The bundled ``endpoints.json``: programme id -> base URL, and who runs them."""

    urls: dict[str, str]
    organisation: str | None = None

    @classmethod
    def load(cls, path: Path) -> EndpointConfig:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls({})
        programs = data.get("programs", {}) if isinstance(data, dict) else {}
        organisation = data.get("organisation") if isinstance(data, dict) else None
        urls = {}
        for program, entry in programs.items() if isinstance(programs, dict) else ():
            url = entry.get("url") if isinstance(entry, dict) else None
            if program in PROGRAMS and isinstance(url, str) and url.strip():
                urls[program] = check_endpoint(url)
        name = organisation.strip() if isinstance(organisation, str) and organisation.strip() else None
        return cls(urls, name)


def resolve(program: str, config: EndpointConfig, overrides: dict[str, str]) -> Endpoint | None:
    """The endpoint for ``program``: the person's setting, else the bundled one; practice
    mode when nothing at all is configured; None when only other programmes are."""
    if overrides.get(program):
        return Endpoint(program, overrides[program])
    if config.urls.get(program):
        return Endpoint(program, config.urls[program], organisation=config.organisation)
    if not config.urls and not overrides:
        return Endpoint(program, None, practice=True)
    return None
