"""The case API (v1), assembled: operations, routes, error handling and body limits.

The parts live in their own modules: ``models`` (what goes in and out), ``cases`` (the
operations), ``throttle`` (PIN guessing limits), ``hashing`` (scrypt off the event
loop), ``bodies`` (request size and JSON), ``errors`` and ``routes``.
"""

from __future__ import annotations

from collections.abc import Collection

from fastapi import FastAPI
from sqlalchemy.engine import Engine

from takeitdown_desktop.server import openapi
from takeitdown_desktop.server.bodies import BodyLimit
from takeitdown_desktop.server.cases import CaseService, add_platform
from takeitdown_desktop.server.errors import CatchAll, install_handlers
from takeitdown_desktop.server.guard import Guard
from takeitdown_desktop.server.models import API_VERSION
from takeitdown_desktop.server.routes import router
from takeitdown_desktop.server.throttle import CASES_PER_ADDRESS, CLIENT_FAILURES

__all__ = ["add_platform", "create_app"]


def create_app(
    engine: Engine,
    *,
    organisation: str = "Practice service",
    programs: dict[str, str] | None = None,
    wrong_pins_per_address: int = CLIENT_FAILURES,
    cases_per_address: int = CASES_PER_ADDRESS,
    allowed_hosts: Collection[str] | None = None,
) -> FastAPI:
    """The API over ``engine``. ``programs`` maps programme ids to names shown to people;
    ``wrong_pins_per_address`` is how many wrong PINs one address may send in the window
    (the limit per case number does not change), ``cases_per_address`` how many cases
    one may open in an hour; ``allowed_hosts``, the names requests
    may use (any when None; see guard.py)."""
    service = CaseService(
        engine,
        organisation=organisation,
        programs=programs,
        wrong_pins_per_address=wrong_pins_per_address,
        cases_per_address=cases_per_address,
    )
    app = FastAPI(
        # No interactive pages: FastAPI's load their scripts from a CDN. The document
        # itself is at /openapi.json (and in docs/api/).
        docs_url=None,
        redoc_url=None,
        title="Take It Down case API",
        version=str(API_VERSION),
        description=(
            "Anonymous cases made of fingerprints (hashes) only. A case is opened from a hash "
            "bundle and answered with a case number and a PIN that is shown once. Creating and "
            "adding are idempotent under the client's Idempotency-Key."
        ),
    )
    app.state.cases = service
    install_handlers(app)
    app.include_router(router)
    openapi.install(app)
    # The last added runs first: unexpected errors are caught around everything else.
    app.add_middleware(BodyLimit)
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)
    app.add_middleware(CatchAll)
    return app
