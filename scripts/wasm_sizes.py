#!/usr/bin/env python3
"""Where the bytes of a .wasm go: section sizes, then code bytes per package and the
largest functions (names from the name section).  A size budget is only kept if it
can be looked at.

usage: python scripts/wasm_sizes.py FILE.wasm [-n TOP]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag"}


def uleb(buf: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def sections(buf: bytes):
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = uleb(buf, i + 1)
        yield sid, buf[j:j + size]
        i = j + size


def function_names(payload: bytes) -> dict[int, str]:
    n, i = uleb(payload, 0)
    name = payload[i:i + n].decode()
    i += n
    names: dict[int, str] = {}
    if name != "name":
        return names
    while i < len(payload):
        kind = payload[i]
        size, i = uleb(payload, i + 1)
        if kind == 1:
            count, j = uleb(payload, i)
            for _ in range(count):
                idx, j = uleb(payload, j)
                ln, j = uleb(payload, j)
                names[idx] = payload[j:j + ln].decode(errors="replace")
                j += ln
        i += size
    return names


def package_of(name: str) -> str:
    name = name.lstrip("(*")
    m = re.match(r"([\w./-]+?)\.[\w$]", name)
    return m.group(1) if m else name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wasm")
    ap.add_argument("-n", type=int, default=25, help="how many functions to list")
    args = ap.parse_args()
    buf = Path(args.wasm).read_bytes()
    imported = 0
    bodies: list[int] = []
    names: dict[int, str] = {}
    print(f"{len(buf):>9,} bytes total")
    for sid, payload in sections(buf):
        label = SECTION_NAMES.get(sid, str(sid))
        if sid == 0:
            n, i = uleb(payload, 0)
            label += ":" + payload[i:i + n].decode(errors="replace")
            if label == "custom:name":
                names = function_names(payload)
        print(f"{len(payload):>9,}  {label}")
        if sid == 2:
            count, i = uleb(payload, 0)
            for _ in range(count):
                for _ in range(2):
                    ln, i = uleb(payload, i)
                    i += ln
                kind = payload[i]
                i += 1
                if kind == 0:
                    _, i = uleb(payload, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags = payload[i]
                    _, i = uleb(payload, i + 1)
                    if flags & 1:
                        _, i = uleb(payload, i)
                elif kind == 2:
                    flags = payload[i]
                    _, i = uleb(payload, i + 1)
                    if flags & 1:
                        _, i = uleb(payload, i)
                else:
                    i += 2
        elif sid == 10:
            count, i = uleb(payload, 0)
            for _ in range(count):
                size, j = uleb(payload, i)
                bodies.append(size)
                i = j + size
    funcs = [(size, names.get(imported + k, f"func{imported + k}")) for k, size in enumerate(bodies)]
    per_pkg: Counter[str] = Counter()
    for size, name in funcs:
        per_pkg[package_of(name)] += size
    print("\ncode bytes per package:")
    for pkg, size in per_pkg.most_common():
        print(f"{size:>9,}  {pkg}")
    print(f"\nlargest {args.n} of {len(funcs)} functions:")
    for size, name in sorted(funcs, reverse=True)[:args.n]:
        print(f"{size:>9,}  {name}")


if __name__ == "__main__":
    main()
