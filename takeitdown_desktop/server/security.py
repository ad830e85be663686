"""Case numbers, PINs and tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Final

#: Case-number alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: easy to read aloud and type.
ALPHABET: Final = "34679ACDEFGHJKMNPQRTWXY"
_GROUPS: Final = 4
_GROUP_LEN: Final = 4  # 16 characters of 23 kinds: 72 bits, unguessable
PIN_DIGITS: Final = 8
# scrypt cost: about 50 ms and 16 MiB per check, so guessing PINs offline is slow too.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


def new_case_number() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(_GROUPS * _GROUP_LEN))
    return "-".join(chars[i : i + _GROUP_LEN] for i in range(0, len(chars), _GROUP_LEN))


def normalise_case_number(text: str) -> str:
    """Accept what people type: any case, spaces or no dashes."""
    raw = "".join(c for c in text.upper() if c.isascii() and c.isalnum())
    if len(raw) != _GROUPS * _GROUP_LEN:
        # Not a case number: kept as typed for counting wrong guesses, but in characters
        # every database stores (PostgreSQL refuses NUL, and would answer 500).
        return "".join(c if c.isascii() and c.isprintable() else "?" for c in text.strip().upper())
    return "-".join(raw[i : i + _GROUP_LEN] for i in range(0, len(raw), _GROUP_LEN))


def pin_for(secret: bytes, idempotency_key: str) -> str:
    """The PIN of a case, derived from the client's idempotency key and a server secret.

    A retried request (same key) gets the same PIN back without the PIN ever being
    stored: the database keeps only a salted scrypt hash of it and a hash of the key.
    """
    digest = hmac.new(secret, b"pin\x00" + idempotency_key.encode(), hashlib.sha256).digest()
    return str(int.from_bytes(digest[:8], "big") % 10**PIN_DIGITS).zfill(PIN_DIGITS)


def hash_pin(pin: str, salt: bytes) -> bytes:
    # surrogatepass: a PIN sent as JSON may hold any code point, lone surrogates too.
    return hashlib.scrypt(pin.encode("utf-8", "surrogatepass"), salt=salt, **_SCRYPT)  # type: ignore[arg-type]


def check_pin(pin: str, salt: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(hash_pin(pin, salt), expected)


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def new_token() -> str:
    # Hex, not base64: a token beginning with "-" reads as an option when an operator
    # passes it to a command line (py-tx's `config api takeitdown --credentials TOKEN`).
    return secrets.token_hex(32)
