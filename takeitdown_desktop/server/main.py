"""``takeitdown-case-server``: run the reference case-intake server."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from takeitdown_desktop.core.endpoints import is_loopback

#: Proxies trusted by default with --behind-tls-proxy: only one on this computer.
LOOPBACK_PROXIES = ("127.0.0.1", "::1")


def default_database() -> str:
    from platformdirs import user_data_dir

    # The folder is created 0700 and the file 0600 when the engine is made.
    folder = Path(user_data_dir("takeitdown-case-server", appauthor=False))
    return f"sqlite:///{folder / 'cases.sqlite3'}"


def _program(text: str) -> tuple[str, str]:
    from takeitdown_desktop.core.endpoints import PROGRAMS

    program, sep, name = text.partition("=")
    if not sep or program not in PROGRAMS or not name.strip():
        raise argparse.ArgumentTypeError(f"expected ID=NAME with ID one of {', '.join(PROGRAMS)}")
    return program, name.strip()


def _proxy(text: str) -> str:
    try:
        return str(ipaddress.ip_network(text.strip(), strict=False))
    except ValueError:
        raise argparse.ArgumentTypeError("expected an IP address or network, e.g. 10.0.0.5 or 10.0.0.0/24") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="takeitdown-case-server", description="The Take It Down reference case-intake server.")
    parser.add_argument("--database", default=None, help="sqlite:///path or postgresql://user@host/db (default: SQLite in the user data folder)")
    sub = parser.add_subparsers(dest="command")
    token = sub.add_parser("platform-token", help="register a platform and print its feed token")
    token.add_argument("name")
    sub.add_parser("openapi", help="print the API's OpenAPI document (as published in docs/api/openapi.json)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--tls-cert", help="certificate file (PEM) for HTTPS")
    parser.add_argument("--tls-key", help="private key file (PEM) for HTTPS")
    parser.add_argument("--behind-tls-proxy", action="store_true", help="allow plain HTTP beyond loopback because a TLS proxy is in front")
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        type=_proxy,
        metavar="ADDRESS",
        help="with --behind-tls-proxy: the proxy's address or network (repeatable; default: this computer only). "
        "Only requests from these may say whom they forward (X-Forwarded-For), so that wrong PINs are "
        "counted per person rather than for everyone behind the proxy",
    )
    parser.add_argument("--organisation", default="Practice service", help="the name people see before they send")
    parser.add_argument(
        "--program",
        action="append",
        type=_program,
        metavar="ID=NAME",
        help="a programme offered, e.g. under18='Pictures taken under 18' (repeatable; default: both)",
    )
    parser.add_argument(
        "--wrong-pins-per-address",
        type=_positive,
        default=None,
        metavar="N",
        help="wrong PINs one client address may send in 10 minutes before it must wait (default: 20). Raise it "
        "where many people share one address, or for a tester that sends many; each case number still locks "
        "after 5 wrong PINs whatever this says",
    )
    parser.add_argument(
        "--cases-per-address",
        type=_positive,
        default=None,
        metavar="N",
        help="cases one client address may open in an hour (default: 30); raise it where many people share "
        "one address",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="a name this server answers to, as clients write it in the address (repeatable; default: any, "
        "or only localhost and 127.0.0.1 when listening on this computer alone)",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive,
        default=None,
        metavar="N",
        help="connections open at once; more are closed on arrival (default: 1000, and always fewer than "
        "this process may open files)",
    )
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError("expected a whole number of at least 1")
    return value


def proxy_options(args: argparse.Namespace) -> dict[str, Any]:
    """uvicorn's settings for forwarded addresses: off unless behind a proxy, and then
    believed only from the trusted proxies."""
    if not args.behind_tls_proxy:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": list(args.trusted_proxy or LOOPBACK_PROXIES)}


def openapi_document() -> str:
    """The OpenAPI document exactly as ``docs/api/openapi.json`` publishes it."""
    import json

    from takeitdown_desktop.server.app import create_app
    from takeitdown_desktop.server.db import make_engine

    engine = make_engine("sqlite://")  # the document does not depend on any data
    try:
        return json.dumps(create_app(engine).openapi(), indent=2, sort_keys=True) + "\n"
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.trusted_proxy and not args.behind_tls_proxy:
        parser.error("--trusted-proxy goes with --behind-tls-proxy")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "openapi":
        sys.stdout.write(openapi_document())
        return 0
    tls = bool(args.tls_cert and args.tls_key)
    serving = args.command is None
    if serving and not is_loopback(args.host) and not tls and not args.behind_tls_proxy:
        print(
            "Refusing to listen beyond this computer without TLS: give --tls-cert and --tls-key, "
            "or --behind-tls-proxy if a TLS proxy is in front of this server.",
            file=sys.stderr,
        )
        return 2
    if serving and args.behind_tls_proxy and not is_loopback(args.host) and not args.trusted_proxy:
        print(
            "Behind a proxy on another computer, every request would seem to come from the proxy, so a few "
            "wrong PINs from anyone would slow down everyone. Name the proxy with --trusted-proxy ADDRESS.",
            file=sys.stderr,
        )
        return 2
    from takeitdown_desktop.server.app import add_platform, create_app
    from takeitdown_desktop.server.db import InsecureDatabase, make_engine

    try:
        engine = make_engine(args.database or default_database())
    except InsecureDatabase as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.command == "platform-token":
        print(add_platform(engine, args.name))
        return 0
    programs = dict(args.program) if args.program else None
    import uvicorn

    limits = {"wrong_pins_per_address": args.wrong_pins_per_address} if args.wrong_pins_per_address else {}
    if args.cases_per_address:
        limits["cases_per_address"] = args.cases_per_address
    from takeitdown_desktop.server.guard import LOOPBACK_HOSTS

    hosts = args.allowed_host or (LOOPBACK_HOSTS if is_loopback(args.host) else None)
    app = create_app(engine, organisation=args.organisation, programs=programs, allowed_hosts=hosts, **limits)
    from takeitdown_desktop.server.connections import serving_options

    uvicorn.run(
        app,
        **serving_options(max_connections=args.max_connections),
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        access_log=False,  # access logs would record addresses and case numbers
        log_level="warning",
        **proxy_options(args),
    )
    return 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
