#!/usr/bin/env python3
"""Run the type checker on go/types' own test files and compare the errors
it reports with the files' ``/* ERROR "rx" */`` annotations.

Matching follows go/types' check_test.go: an annotation belongs to the
position of the token just before the comment; a reported error matches an
annotation on the same line and column whose pattern it satisfies (ERROR:
substring, ERRORx: regular expression).  Sub-errors (messages starting with
a tab) are ignored.  A test unit (file, or directory = package) passes if
every reported error is expected and every expectation is reported.

Usage: scripts/types_conformance.py [-v] [-k SUBSTR] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import signal
import sys
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "frontend", "types"))

from tinypy_go.errors import CompileError  # noqa: E402
from tinypy_go.frontend.token import FileSet  # noqa: E402
from tinypy_go.frontend.types import check_package  # noqa: E402
from tinypy_go.frontend.types.api import Info  # noqa: E402
from tinypy_go.frontend.types.sizes import Sizes  # noqa: E402

DIRS = ["check", "spec", "examples", "fixedbugs"]

_OPS = sorted("""<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^
+ - * / % & | ^ < > = ! ( ) [ ] { } , ; . : ~""".split(), key=len, reverse=True)
_TOKEN_RX = re.compile(r"""
  (?P<ws>[ \t\r\n]+)
| (?P<lc>//[^\n]*)
| (?P<bc>/\*.*?\*/)
| (?P<raw>`[^`]*`)
| (?P<str>"(?:[^"\\\n]|\\.)*"?)
| (?P<chr>'(?:[^'\\\n]|\\.)*'?)
| (?P<num>\.?[0-9](?:[eEpP][+-]|[0-9a-zA-Z_.])*)
| (?P<word>[^\W\d]\w*)
| (?P<op>""" + "|".join(re.escape(o) for o in _OPS) + r""")
| (?P<other>.)
""", re.X | re.S)


def comment_map(src: str) -> dict[int, list[list]]:
    """line -> [[col, text], ...] for ERROR comments, positioned at the
    previous token."""
    res: dict[int, list[list]] = {}
    line_starts = [0]
    for i, ch in enumerate(src):
        if ch == "\n":
            line_starts.append(i + 1)
    import bisect

    def pos(off: int) -> tuple[int, int]:
        ln = bisect.bisect_right(line_starts, off)
        start = line_starts[ln - 1]
        return ln, len(src[start:off].encode("utf-8")) + 1

    prev = None
    for m in _TOKEN_RX.finditer(src):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind in ("lc", "bc"):
            text = m.group()
            text = text[2:-2] if kind == "bc" else text[2:]
            if re.match(r"^ ERRORx? ", text):
                ln, col = pos(prev) if prev is not None else (0, 0)
                res.setdefault(ln, []).append([col, text])
            continue
        prev = m.start()
    return res


def parse_flags(src: str) -> dict[str, str]:
    flags: dict[str, str] = {}
    if not src.startswith("//"):
        return flags
    first = src[2:].split("\n", 1)[0]
    if not first.strip().startswith("-"):
        return flags
    for f in first.split():
        if f.startswith("-"):
            k, _, v = f.lstrip("-").partition("=")
            flags[k] = v or "true"
    return flags


def _unquote(s: str) -> str | None:
    s = s.strip()
    if len(s) >= 2 and s[0] == "`" and s[-1] == "`":
        return s[1:-1]
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
        from tinypy_go.frontend.types.constant import make_from_literal

        v = make_from_literal("STRING", s)
        return v if isinstance(v, str) else None
    return None


def _go_regex(p: str) -> str:
    # translate RE2-isms Python lacks
    return p.replace(r"\pL", r"[^\W\d_]").replace("(?P<", "(?P<")


def parse_sources(fset, sources):
    """Prefer the project's own parser; fall back to go/parser via gobridge
    (TYPES_CONFORMANCE_GOPARSER=1)."""
    errors: list = []
    try:
        from tinypy_go.frontend import parser as tp_parser
    except ImportError:
        tp_parser = None
    if tp_parser is not None and not os.environ.get("TYPES_CONFORMANCE_GOPARSER"):
        files = []
        for name, text in sources:
            node, diags = tp_parser.parse_errors(fset, name, text)
            for d in diags:
                errors.append((d.position, d.message))
            if node is None:
                return None, errors
            files.append(node)
        return files, errors
    from gobridge import parse_files

    files = parse_files(fset, sources, errors)
    return files, [(fset.position(p), m) for p, m in errors]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def run_unit(paths: list[str], importer_factory) -> tuple[bool, list[tuple[str, str]], float]:
    """Returns (passed, problems[(class, detail)], seconds)."""
    sources = [(p, open(p, encoding="utf-8").read()) for p in paths]
    flags = parse_flags(sources[0][1])
    fset = FileSet()
    t0 = time.time()
    problems: list[tuple[str, str]] = []
    got: list[tuple[str, int, int, str]] = []
    try:
        files, perrs = parse_sources(fset, sources)
    except Exception as e:  # noqa: BLE001
        return False, [("parse crash", f"{type(e).__name__}: {e}")], time.time() - t0
    for p, msg in perrs:
        got.append((p.filename, p.line, p.column, msg))
    if files is not None:
        def handler(pos, msg, soft):
            p = fset.position(pos)
            got.append((p.filename, p.line, p.column, msg))

        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(90)
        try:
            check_package(files[0].name.name if files else "p", fset, files, importer=importer_factory(fset),
                          sizes=Sizes(8, 8), info=Info(), error_handler=handler, test_builtins=True,
                          go_version=flags.get("lang", ""), enable_alias=flags.get("gotypesalias") != "0")
        except CompileError as e:
            msgs = {(g[0], g[1], g[2], g[3]) for g in got}
            for d in e.diagnostics:
                k = (d.position.filename, d.position.line, d.position.column, d.message)
                if k not in msgs and d.message.startswith("not supported yet"):
                    got.append(k)
        except Timeout:
            problems.append(("timeout", paths[0]))
        except RecursionError:
            problems.append(("crash RecursionError", ""))
        except Exception as e:  # noqa: BLE001
            if e.__cause__ is not None:
                e = e.__cause__
            tb = traceback.extract_tb(e.__traceback__)[-1]
            problems.append((f"crash {type(e).__name__}", f"{os.path.basename(tb.filename)}:{tb.lineno} {e}"))
        finally:
            signal.alarm(0)
    # compare
    want = {p: comment_map(src) for p, src in sources}
    for fname, line, col, msg in got:
        if msg.startswith("\t"):
            continue
        lst = want.get(fname, {}).get(line, [])
        cands = []
        for i, (_wcol, text) in enumerate(lst):
            substr = text.startswith(" ERROR ")
            pat = _unquote(text[len(" ERROR "):] if substr else text[len(" ERRORx "):])
            if pat is None:
                continue
            if substr:
                if pat not in msg:
                    continue
            else:
                try:
                    if not re.search(_go_regex(pat), msg):
                        continue
                except re.error:
                    continue
            cands.append(i)
        if not cands:
            problems.append(("unexpected", msg))
            continue
        best = min(cands, key=lambda i: abs(lst[i][0] - col))
        if lst[best][0] != col:
            problems.append(("wrong column", msg))
        lst.pop(best)
    for m in want.values():
        for lst in m.values():
            for _wcol, text in lst:
                problems.append(("missing", text.strip()))
    return not problems, problems, time.time() - t0


def _classify(kind: str, detail: str) -> str:
    if kind in ("unexpected", "missing", "wrong column"):
        d = detail.replace("ERRORx ", "").replace("ERROR ", "")
        if kind == "missing":
            d = d.strip().strip('"`')
        d = re.sub(r"\b\d+\b", "N", d)
        words = d.split()
        return f"{kind}: {' '.join(words[:4])}"
    return f"{kind}: {detail[:90]}"


def units(goroot: str) -> list[tuple[str, list[str]]]:
    base = os.path.join(goroot, "src", "internal", "types", "testdata")
    out = []
    for d in DIRS:
        dd = os.path.join(base, d)
        for name in sorted(os.listdir(dd)):
            p = os.path.join(dd, name)
            if os.path.isdir(p):
                fs = sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".go"))
                if fs:
                    out.append((f"{d}/{name}", fs))
            elif name.endswith(".go"):
                out.append((f"{d}/{name}", [p]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="list failing units and their problems")
    ap.add_argument("-k", default="", help="only units whose name contains this")
    ap.add_argument("--show", type=int, default=25, help="number of failure classes to print")
    args = ap.parse_args()
    import subprocess

    goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
    from conformance_importer import make_importer

    sys.setrecursionlimit(10000)
    all_units = [u for u in units(goroot) if args.k in u[0]]
    passed = 0
    classes: collections.Counter[str] = collections.Counter()
    t0 = time.time()
    for name, paths in all_units:
        ok, problems, secs = run_unit(paths, make_importer)
        if ok:
            passed += 1
        else:
            seen = set()
            for kind, detail in problems:
                c = _classify(kind, detail)
                if c not in seen:
                    classes[c] += 1
                    seen.add(c)
            if args.v:
                print(f"FAIL {name} ({secs:.2f}s)")
                for kind, detail in problems[:8]:
                    print(f"    {kind}: {detail}")
    n = len(all_units)
    print(f"\n{passed}/{n} units match exactly: {100.0 * passed / max(n, 1):.1f}%  ({time.time() - t0:.1f}s)")
    print("\nmost common failure classes (units affected):")
    for c, k in classes.most_common(args.show):
        print(f"  {k:4d}  {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
