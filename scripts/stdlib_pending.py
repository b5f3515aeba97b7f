#!/usr/bin/env python3
"""Rewrite tests/stdlib/PENDING by trying the stdlib programs (at -opt=z).

A program that builds and matches its goldens leaves the list; one that fails is
(re)listed with the reason: the first compile error, an internal error, or which
golden differs.  With names, only those programs are tried and the other entries are
kept as they are; ``--dry-run`` prints the verdicts without writing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import Golden  # noqa: E402
from tests.e2e.test_stdlib import STDLIB, check, pending, run_stdlib, stdlib_goldens  # noqa: E402
from tinypy_go.errors import CompileError, format_diagnostics  # noqa: E402
from tinypy_go.goroot import goroot_src  # noqa: E402


def verdict(golden: Golden, opt: str) -> str | None:
    """None when the program passes, else a one-line reason."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            r = run_stdlib(golden, opt, Path(tmp))
        except CompileError as e:
            lines = format_diagnostics(e.diagnostics)
            first = lines[0] if lines else "compile error"
            return f"compile error: {_short(first)}"
        except Exception as e:  # noqa: BLE001 - any compiler crash is a reason to stay pending
            return f"internal error: {type(e).__name__}: {_short(str(e).splitlines()[0] if str(e) else '')}"
        try:
            check(golden, r)
        except AssertionError:
            if r.exit_code != golden.exit_code:
                return f"exit status {r.exit_code}, want {golden.exit_code}: {_short(r.stderr.strip()[:200])}"
            return _first_difference(golden, r.stdout, r.stderr)
    return None


def _first_difference(golden: Golden, stdout: str, stderr: str) -> str:
    """Where the output first differs from the goldens, as ``stdout line N: got ... want ...``."""
    got, want = stdout.split("\n"), golden.stdout.split("\n")
    where = "stdout"
    if got == want and golden.stderr_lines is not None:
        got, want, where = stderr.split("\n")[: len(golden.stderr_lines)], golden.stderr_lines, "stderr"
    for i in range(max(len(got), len(want))):
        g = got[i] if i < len(got) else "<end>"
        w = want[i] if i < len(want) else "<end>"
        if g != w:
            return f"wrong output: {where} line {i + 1}: got {_short(g)[:80]!r}, want {_short(w)[:80]!r}"
    return "wrong output"


def _short(s: str) -> str:
    """Drop the GOROOT prefix from paths and keep the line short."""
    s = s.replace(str(goroot_src()) + "/", "$GOROOT/src/").replace(str(REPO) + "/", "")
    return s.replace("\n", " ")[:240]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--opt", default="z")
    ap.add_argument("--dry-run", action="store_true")
    ns = ap.parse_args()
    goldens = stdlib_goldens()
    if ns.names:
        wanted = {n.removesuffix(".go") for n in ns.names}
        goldens = [g for g in goldens if g.name in wanted]
    current = pending()
    for g in goldens:
        v = verdict(g, ns.opt)
        print(f"{g.name}: {'PASS' if v is None else v}", flush=True)
        if v is None:
            current.pop(g.name, None)
        else:
            current[g.name] = v
    if not ns.dry_run:
        names = {g.name for g in stdlib_goldens()}
        lines = [f"{n}  # {r}" for n, r in sorted(current.items()) if n in names]
        (STDLIB / "PENDING").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
