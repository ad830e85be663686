"""Let a library built against a newer glibc use the older version of a few symbols.

    python build_scripts/glibc_compat.py FILE...

glibc 2.35 gave ``hypot`` and ``hypotf`` a new symbol version (same arguments, same
results within an ulp; only how errors are reported changed). A Python built on a newer
system therefore needs glibc 2.35 for ``hypot`` alone, and would not start on RHEL 9
(glibc 2.34). Every glibc still exports the old ``hypot@GLIBC_2.2.5``, so the version a
file asks for is renamed to that one, in place, when it is asked for by these symbols
only; anything else is left alone and reported, and check_glibc.py then fails the build.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

#: version -> (symbols that may be moved to the older version, the older version)
REPLACEABLE = {"GLIBC_2.35": ({"hypot", "hypotf"}, "GLIBC_2.2.5")}

SHT_DYNSYM = 11
SHT_GNU_VERSYM = 0x6FFFFFFF
SHT_GNU_VERNEED = 0x6FFFFFFE


def elf_hash(name: bytes) -> int:
    h = 0
    for c in name:
        h = ((h << 4) + c) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


def _sections(data: bytes) -> list[tuple[int, int, int, int, int]]:
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    out = []
    for i in range(shnum):
        _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize
        )
        out.append((kind, offset, size, link, entsize))
    return out


def _cstr(data: bytes, at: int) -> bytes:
    return data[at : data.index(b"\0", at)]


def patch(path: Path) -> list[str]:
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2:  # 64-bit ELF only
        return []
    sections = _sections(bytes(data))
    verneed = next((s for s in sections if s[0] == SHT_GNU_VERNEED), None)
    versym = next((s for s in sections if s[0] == SHT_GNU_VERSYM), None)
    dynsym = next((s for s in sections if s[0] == SHT_DYNSYM), None)
    if verneed is None or versym is None or dynsym is None:
        return []
    strtab = sections[verneed[3]][1]
    dynstr = sections[dynsym[3]][1]
    # Which symbols use which version index.
    users: dict[int, set[str]] = {}
    for i in range(dynsym[2] // dynsym[4]):
        name_at = struct.unpack_from("<I", data, dynsym[1] + i * dynsym[4])[0]
        index = struct.unpack_from("<H", data, versym[1] + 2 * i)[0] & 0x7FFF
        users.setdefault(index, set()).add(_cstr(bytes(data), dynstr + name_at).decode())
    notes = []
    entry = verneed[1]
    while True:
        _version, count, _file, aux, next_entry = struct.unpack_from("<HHIII", data, entry)
        at = entry + aux
        for _ in range(count):
            _hash, flags, other, name_at, next_aux = struct.unpack_from("<IHHII", data, at)
            name = _cstr(bytes(data), strtab + name_at).decode()
            if name in REPLACEABLE:
                allowed, older = REPLACEABLE[name]
                needed_by = users.get(other, set())
                older_at = bytes(data).find(b"\0" + older.encode() + b"\0", strtab) + 1
                if needed_by <= allowed and older_at > 0:
                    struct.pack_into("<IHHII", data, at, elf_hash(older.encode()), flags, other, older_at - strtab, next_aux)
                    notes.append(f"{path.name}: {', '.join(sorted(needed_by))} now use {older} instead of {name}")
                else:
                    notes.append(f"{path.name}: left {name} alone, needed by {', '.join(sorted(needed_by))}")
            if not next_aux:
                break
            at += next_aux
        if not next_entry:
            break
        entry += next_entry
    path.write_bytes(bytes(data))
    return notes


def main() -> None:
    for name in sys.argv[1:]:
        for note in patch(Path(name)):
            print(note)


if __name__ == "__main__":
    main()
