#!/usr/bin/env python3
"""Compare our syntax errors with cmd/compile's syntax test suite.

Each file of $GOROOT/src/cmd/compile/internal/syntax/testdata/*.go declares
its expected errors in comments, matched as error_test.go does:

* ``/* ERROR rx */``: an error whose message matches the regexp rx must be
  reported at the position of the token following the comment;
* ``// ERROR rx``: an error matching rx must be reported on that line.

A file passes when every reported error is declared and every declared
error is reported.  Prints per-file results and the pass percentage.

Usage: scripts/syntax_conformance.py [-v] [file ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parse_goroot import goroot  # noqa: E402

from tinypy_go.frontend.parser import CHECK_BRANCHES, parse_errors  # noqa: E402
from tinypy_go.frontend.scanner import scan  # noqa: E402
from tinypy_go.frontend.token import FileSet  # noqa: E402


def declared_errors(fset: FileSet, filename: str, text: str) -> dict[tuple[int, int], str]:
    """Map (line, col) -> pattern; col 0 for line comments."""
    f = fset.add_file(filename, text)
    toks = scan(f)
    declared: dict[tuple[int, int], str] = {}
    for pos, ctext, nxt in toks.comments:
        if ctext.startswith("// ERROR "):
            declared[(fset.position(pos).line, 0)] = ctext[9:].strip()
        elif ctext.startswith("/* ERROR "):
            p = fset.position(toks.poss[min(nxt, len(toks.poss) - 1)])
            declared[(p.line, p.column)] = ctext[9:-2].strip()
    return declared


def check_file(path: Path) -> list[str]:
    """Return the list of mismatches (empty if the file passes)."""
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    declared = declared_errors(FileSet(), str(path), text)
    problems: list[str] = []
    try:
        _, diags = parse_errors(FileSet(), str(path), text, CHECK_BRANCHES)
    except Exception as e:  # a traceback is a parser bug
        return [f"INTERNAL {type(e).__name__}: {e}"]
    for d in diags:
        pos = (d.position.line, d.position.column)
        pattern = declared.get(pos)
        if pattern is None:
            pos = (d.position.line, 0)
            pattern = declared.get(pos)
        if pattern is None:
            problems.append(f"{d.position}: unexpected error: {d.message}")
            continue
        if not re.search(pattern, d.message):
            problems.append(f"{d.position}: {d.message!r} does not match {pattern!r}")
            continue
        del declared[pos]
    for (line, col), pattern in sorted(declared.items()):
        problems.append(f"{path}:{line}:{col}: missing error: {pattern}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="show the mismatches of failing files")
    args = ap.parse_args()
    files = args.files or sorted((goroot() / "src/cmd/compile/internal/syntax/testdata").glob("*.go"))
    passed = 0
    for path in files:
        problems = check_file(path)
        if problems:
            print(f"FAIL {path.name}")
            if args.verbose:
                for p in problems:
                    print("    " + p)
        else:
            passed += 1
            print(f"ok   {path.name}")
    pct = 100.0 * passed / len(files) if files else 0.0
    print(f"{passed}/{len(files)} files match ({pct:.1f}%)")
    return 0 if passed == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
