#!/usr/bin/env python3
"""Where the bytes of a .wasm go: section sizes, then code bytes per package and the
largest functions (names from the name section).  A size budget is only kept if it
can be looked at.

usage: python scripts/wasm_sizes.py FILE.wasm [-n TOP]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tinypy_go.backend import wasmbin  # noqa: E402

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag"}


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
    imported = sum(1 for _m, _n, kind in wasmbin.imports(buf) if kind == 0)
    names = wasmbin.function_names(buf)
    bodies: list[int] = []
    print(f"{len(buf):>9,} bytes total")
    for sid, start, end in wasmbin.sections(buf):
        label = SECTION_NAMES.get(sid, str(sid))
        if sid == wasmbin.CUSTOM:
            label += ":" + wasmbin.custom_name(buf, start)[0]
        print(f"{end - start:>9,}  {label}")
        if sid == wasmbin.CODE:
            count, i = wasmbin.uleb(buf, start)
            for _ in range(count):
                size, j = wasmbin.uleb(buf, i)
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
