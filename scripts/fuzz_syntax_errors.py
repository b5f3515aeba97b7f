#!/usr/bin/env python3
"""Differential test of syntax errors against the real Go compiler.

Takes GOROOT source files, applies a random token-level mutation (delete,
duplicate, swap or insert a token), and compares the errors cmd/compile
prints for the mutated file with ours.  Only files on which cmd/compile
reports syntax-stage errors are compared (type errors are another stage).

Usage: scripts/fuzz_syntax_errors.py [-n CASES] [--seed S] [-v]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parse_goroot import go_files, goroot  # noqa: E402

from tinypy_go.errors import CompileError, format_diagnostics  # noqa: E402
from tinypy_go.frontend.parser import CHECK_BRANCHES, parse_file  # noqa: E402
from tinypy_go.frontend.scanner import scan  # noqa: E402
from tinypy_go.frontend.token import FileSet  # noqa: E402

_INSERTS = ["(", ")", "{", "}", "[", "]", ",", ";", ":", ":=", "=", "\n", "func", "if", "else", "var", "type",
            "x", "1", "...", ".", "*", "<-", "chan", "case", "for", "range", "go", "'", '"', "`", "#"]


def mutate(text: str, rng: random.Random) -> str:
    fs = FileSet()
    toks = scan(fs.add_file("x.go", text))
    base = 1
    spans = [
        (p - base, p - base + len(lit))
        for k, lit, p in zip(toks.kinds, toks.lits, toks.poss, strict=True)
        if k not in (";", "EOF")
    ]
    start, end = spans[rng.randrange(len(spans))]
    op = rng.choice(("delete", "dup", "insert", "replace"))
    if op == "delete":
        return text[:start] + text[end:]
    if op == "dup":
        return text[:end] + " " + text[start:end] + text[end:]
    ins = rng.choice(_INSERTS)
    if op == "insert":
        return text[:start] + ins + " " + text[start:]
    return text[:start] + ins + text[end:]


def go_errors(compile_bin: str, path: str) -> list[str] | None:
    """cmd/compile's error lines, or None if it got past the syntax stage."""
    r = subprocess.run([compile_bin, "-o", os.devnull, "-p", "x", path], capture_output=True, text=True,
                       timeout=60)
    lines = (r.stdout + r.stderr).splitlines()
    if r.returncode == 0:
        return []
    syntaxish = any("syntax error" in ln for ln in lines)
    return lines if syntaxish else None


def our_errors(path: str, text: str) -> list[str]:
    try:
        parse_file(FileSet(), path, text, CHECK_BRANCHES)
    except CompileError as e:
        return format_diagnostics(e.diagnostics)
    return []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = goroot()
    tooldir = subprocess.run(["go", "env", "GOTOOLDIR"], capture_output=True, text=True).stdout.strip()
    compile_bin = str(Path(tooldir) / "compile")
    files = [f for f in go_files(root / "src" / "go") if f.stat().st_size < 20000]
    compared = same = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.go")
        for _ in range(args.n):
            src = rng.choice(files).read_text()
            text = mutate(src, rng)
            with open(path, "w") as fh:
                fh.write(text)
            want = go_errors(compile_bin, path)
            if want is None:
                continue
            got = "\n".join(our_errors(path, text)).splitlines()
            # the "too many errors" line is formatted by errors.py, not the parser
            want = [ln for ln in want if not ln.endswith("too many errors")]
            got = [ln for ln in got if not ln.endswith("too many errors")]
            compared += 1
            if got == want:
                same += 1
            else:
                saved = Path(tempfile.gettempdir()) / f"fuzz.{args.seed}.{compared}.go"
                saved.write_text(text)
                print(f"--- mismatch (saved as {saved})")
                for w in want[:3]:
                    print("  go : " + w)
                for g in got[:3]:
                    print("  us : " + g)
    print(f"{same}/{compared} identical")
    return 0 if same == compared else 1


if __name__ == "__main__":
    sys.exit(main())
