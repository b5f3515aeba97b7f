#!/usr/bin/env python3
"""Where each package of a standard-library closure comes from: GOROOT or tinypy_go/runtime.

For the transitive closure of PKG... (default: the packages that tests/stdlib exercises),
loaded exactly as a build loads them (GOOS=wasip1, our build tags, the runtime's
overrides), print one line per package in dependency order: its import path, where its
files come from (``goroot``; ``override`` when ``tinypy_go/runtime/<path>`` replaces a
GOROOT package; ``runtime-only`` when GOROOT has no such package, e.g. internal/task),
the number of selected files and their line count; then totals.

usage: python scripts/stdlib_sources.py [--sort name|lines] [--only goroot|override] [PKG ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinypy_go import loader  # noqa: E402
from tinypy_go.build import BuildConfig  # noqa: E402
from tinypy_go.errors import CompileError, format_diagnostics  # noqa: E402
from tinypy_go.goroot import goroot_src  # noqa: E402

# The packages of the stdlib issue (the ones tests/stdlib programs import).
PACKAGES = (
    "fmt strings strconv errors bytes bufio io sort slices maps cmp iter math math/bits math/big "
    "math/rand math/rand/v2 unicode unicode/utf8 unicode/utf16 time encoding/json encoding/binary "
    "encoding/hex encoding/base64 encoding/csv hash/crc32 hash/fnv crypto/sha256 crypto/md5 crypto/sha1 "
    "container/heap container/list container/ring regexp text/template text/tabwriter flag path "
    "path/filepath os log"
).split()


def closure(packages: list[str]) -> list[loader.Package]:
    """The packages a program importing ``packages`` loads, in dependency order (main dropped)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "main.go"
        imports = "".join(f'\t_ "{p}"\n' for p in packages)
        src.write_text(f"package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n")
        prog = loader.load([str(src)], BuildConfig(inputs=[str(src)]).build_tags(), "wasip1")
    return [p for p in prog.packages if not p.main]


def source_kind(pkg: loader.Package) -> str:
    if not pkg.override:
        return "goroot"
    return "override" if (goroot_src() / pkg.path).is_dir() else "runtime-only"


def count_lines(pkg: loader.Package) -> int:
    return sum(f.read_bytes().count(b"\n") for f in pkg.files)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("packages", nargs="*", default=PACKAGES)
    ap.add_argument("--sort", choices=["deps", "name", "lines"], default="deps")
    ap.add_argument("--only", choices=["goroot", "override", "runtime-only"])
    ns = ap.parse_args()
    try:
        pkgs = closure(ns.packages)
    except CompileError as e:
        print("\n".join(format_diagnostics(e.diagnostics)), file=sys.stderr)
        return 1
    rows = [(p.path, source_kind(p), len(p.files), count_lines(p)) for p in pkgs]
    if ns.sort == "name":
        rows.sort()
    elif ns.sort == "lines":
        rows.sort(key=lambda r: -r[3])
    totals: dict[str, list[int]] = {}
    for path, kind, nfiles, lines in rows:
        t = totals.setdefault(kind, [0, 0, 0])
        t[0] += 1
        t[1] += nfiles
        t[2] += lines
        if ns.only is None or ns.only == kind:
            print(f"{path:40s} {kind:12s} {nfiles:4d} files {lines:7d} lines")
    print()
    for kind in ("goroot", "override", "runtime-only"):
        n, nfiles, lines = totals.get(kind, [0, 0, 0])
        print(f"{kind:12s} {n:4d} packages {nfiles:5d} files {lines:8d} lines")
    print(f"{'total':12s} {len(rows):4d} packages {sum(r[2] for r in rows):5d} files "
          f"{sum(r[3] for r in rows):8d} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
