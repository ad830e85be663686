"""Run the server in a background thread on loopback: practice mode, and tests."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy.engine import Engine


class ThreadedServer:
    """uvicorn serving ``app`` on 127.0.0.1 (a free port unless given) in a daemon thread."""

    def __init__(
        self, app: Any, port: int = 0, *, head_seconds: float | None = None, max_connections: int | None = None, **ssl: Any
    ) -> None:
        import uvicorn

        from takeitdown_desktop.server.connections import HEAD_SECONDS, serving_options

        self.config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off",
            **serving_options(head_seconds or HEAD_SECONDS, max_connections), **ssl,
        )
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, name="case-server", daemon=True)
        self.port = 0

    def start(self, timeout: float = 30.0) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the case server did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        scheme = "https" if self.config.ssl_certfile else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


class PracticeServer:
    """The reference server with a throw-away database, for trying the whole flow safely.

    The database lives only in this process's memory: nothing of a practice case (its
    number, programme or fingerprints) is ever written to disk, so even a hard kill of
    the app leaves nothing behind.
    """

    ORGANISATION = "Practice mode (nothing leaves this computer)"

    def __init__(self) -> None:
        self.server: ThreadedServer | None = None
        self.engine: Engine | None = None

    def start(self) -> str:
        if self.server is not None:
            return self.server.url
        from takeitdown_desktop.server.app import create_app
        from takeitdown_desktop.server.db import make_engine

        self.engine = make_engine(MEMORY_URL)
        from takeitdown_desktop.server.guard import LOOPBACK_HOSTS

        app = create_app(self.engine, organisation=self.ORGANISATION, allowed_hosts=LOOPBACK_HOSTS)
        self.server = ThreadedServer(app).start()
        return self.server.url

    def stop(self, wait: bool = True) -> None:
        if self.server is not None:
            if wait:
                self.server.stop()
            else:
                self.server.server.should_exit = True  # a daemon thread: it ends with the app
            self.server = None
        if self.engine is not None and wait:
            self.engine.dispose()
        self.engine = None


#: An in-memory SQLite database; ``make_engine`` keeps it on one shared connection,
#: which the server's database layer never lets two threads use at once.
MEMORY_URL = "sqlite://"

