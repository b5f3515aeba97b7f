"""Type-check the standard packages our build loads, package by package.

Loads a program importing PACKAGES (GOOS=wasip1, GOARCH=wasm, our runtime
override) with the real loader, parses and checks every package in dependency
order, and reports per-package status plus parse/check throughput. Failures do
not stop the run: a failing package's partially checked types.Package is still
handed to its importers, so later failures may be knock-on effects.

usage: python scripts/check_stdlib.py [-v] [PKG ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinypy_go import loader  # noqa: E402
from tinypy_go.build import BuildConfig, _parse_mode  # noqa: E402
from tinypy_go.errors import CompileError, InternalCompilerError  # noqa: E402
from tinypy_go.frontend import parser  # noqa: E402
from tinypy_go.frontend.token import FileSet  # noqa: E402
from tinypy_go.frontend.types import api  # noqa: E402
from tinypy_go.frontend.types.check import check_package  # noqa: E402
from tinypy_go.frontend.types.package import Package  # noqa: E402
from tinypy_go.frontend.types.universe import UNSAFE  # noqa: E402

PACKAGES = (
    "bufio bytes container/heap crypto/sha256 encoding/binary encoding/json errors fmt io maps math "
    "math/big os regexp slices sort strconv strings text/template time unicode/utf8"
).split()


@dataclass
class Result:
    """One package: its size, timings and diagnostics (empty when it checks cleanly)."""

    path: str
    lines: int
    parse_s: float
    check_s: float
    errors: list[str] = field(default_factory=list)


def check_stdlib(packages: list[str], on_result: Callable[[Result], None] | None = None) -> list[Result]:
    """Load a main package importing ``packages``; parse and check every loaded package."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "main.go"
        imports = "".join(f'\t_ "{p}"\n' for p in packages)
        src.write_text(f"package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n")
        prog = loader.load([str(src)], BuildConfig(inputs=[str(src)]).build_tags(), "wasip1")
        fset = FileSet()
        mode = _parse_mode()
        checked: dict[str, Package] = {}

        def importer(path: str) -> Package:
            return UNSAFE if path == "unsafe" else checked[path]

        results: list[Result] = []
        for pkg in prog.packages:
            t0 = time.perf_counter()
            files, lines = [], 0
            for f in pkg.files:
                text = f.read_text(encoding="utf-8")
                lines += text.count("\n")
                files.append(parser.parse_file(fset, loader.display_path(f), text, mode))
            t1 = time.perf_counter()
            path = "main" if pkg.main else pkg.path
            tpkg = Package(path, "")  # kept even when checking fails, for the importers
            errors: list[str] = []
            try:
                check_package(path, fset, files, importer, info=api.Info(), pkg=tpkg)
            except CompileError as e:
                errors = [str(d) for d in e.diagnostics]
            except InternalCompilerError as e:
                errors = [f"CRASH {e}"]
            checked[pkg.path] = tpkg
            r = Result(pkg.path, lines, t1 - t0, time.perf_counter() - t1, errors)
            results.append(r)
            if on_result is not None:
                on_result(r)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print every error, not just the first three")
    ap.add_argument("packages", nargs="*", default=PACKAGES)
    args = ap.parse_args()

    def show(r: Result) -> None:
        status = "ok"
        if r.errors:
            shown = r.errors if args.v else r.errors[:3]
            status = f"FAIL {len(r.errors)} errors:" + "".join(f"\n    {e}" for e in shown)
        print(f"{r.path:28s} {r.lines:6d} lines  parse {r.parse_s:5.2f}s  check {r.check_s:5.2f}s  {status}",
              flush=True)

    results = check_stdlib(args.packages, show)
    failed = [r.path for r in results if r.errors]
    lines = sum(r.lines for r in results)
    t_parse = sum(r.parse_s for r in results)
    t_check = sum(r.check_s for r in results)
    print(f"\n{len(results) - len(failed)}/{len(results)} packages check cleanly; {lines} lines")
    print(f"parse {t_parse:.1f}s ({lines / max(t_parse, 1e-9):.0f} lines/s), "
          f"check {t_check:.1f}s ({lines / max(t_check, 1e-9):.0f} lines/s)")
    if failed:
        print("failing:", " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
