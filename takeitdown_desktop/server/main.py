"""``takeitdown-case-server``: run the reference case-intake server."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
from collections.abc import Sequence
from pathlib import Path


def default_database() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("takeitdown-case-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'cases.sqlite3'}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _program(text: str) -> tuple[str, str]:
    from takeitdown_desktop.core.endpoints import PROGRAMS

    program, sep, name = text.partition("=")
    if not sep or program not in PROGRAMS or not name.strip():
        raise argparse.ArgumentTypeError(f"expected ID=NAME with ID one of {', '.join(PROGRAMS)}")
    return program, name.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="takeitdown-case-server", description="The Take It Down reference case-intake server.")
    parser.add_argument("--database", default=None, help="sqlite:///path or postgresql://user@host/db (default: SQLite in the user data folder)")
    sub = parser.add_subparsers(dest="command")
    token = sub.add_parser("platform-token", help="register a platform and print its feed token")
    token.add_argument("name")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--tls-cert", help="certificate file (PEM) for HTTPS")
    parser.add_argument("--tls-key", help="private key file (PEM) for HTTPS")
    parser.add_argument("--behind-tls-proxy", action="store_true", help="allow plain HTTP beyond loopback because a TLS proxy is in front")
    parser.add_argument("--organisation", default="Practice service", help="the name people see before they send")
    parser.add_argument(
        "--program",
        action="append",
        type=_program,
        metavar="ID=NAME",
        help="a programme offered, e.g. under18='Pictures taken under 18' (repeatable; default: both)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from takeitdown_desktop.server.app import add_platform, create_app
    from takeitdown_desktop.server.db import make_engine

    database = args.database or default_database()
    engine = make_engine(database)
    if args.command == "platform-token":
        print(add_platform(engine, args.name))
        return 0
    tls = bool(args.tls_cert and args.tls_key)
    if not is_loopback(args.host) and not tls and not args.behind_tls_proxy:
        print(
            "Refusing to listen beyond this computer without TLS: give --tls-cert and --tls-key, "
            "or --behind-tls-proxy if a TLS proxy is in front of this server.",
            file=sys.stderr,
        )
        return 2
    programs = dict(args.program) if args.program else None
    import uvicorn

    app = create_app(engine, organisation=args.organisation, programs=programs)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        access_log=False,  # access logs would record addresses and case numbers
        log_level="warning",
        proxy_headers=args.behind_tls_proxy,
    )
    return 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
