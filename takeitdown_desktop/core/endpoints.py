"""Where fingerprints are sent: the distributor's choice, or the person's own.

The organisation that distributes the app fills in ``resources/endpoints.json`` when it
builds the installers; a person may override an address in the app's settings. A build
with no address at all offers practice mode instead (a throw-away local server).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from takeitdown_desktop.core.bundle import PROGRAMS
from takeitdown_desktop.core.client import check_endpoint


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
