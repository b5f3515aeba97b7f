"""Hostile-input generator and runner (issue 17: never an internal error, never a hang).

``generate(seed, count)`` yields ``Case``s from these classes:

``nest``       deep nesting of every construct: parentheses, ``if``, ``for``,
               blocks, ``switch``, function literals, struct/pointer/slice/func
               types, composite literals, calls, index chains, unary operators
``chain``      long flat chains: ``x + x + ...``, ``&&``, string concatenation,
               ``a[a[...]]``, method-call chains, selector chains
``literal``    huge, sparse and zero-heavy literals (``[1<<22]byte{7: 1, ...}``,
               16M elements, sparse slices, long strings)
``body``       big bodies: thousands of defers, map-literal entries, switch
               cases, statements, locals, functions, fields, constants
``generic``    generic instantiation cycles (Go: ``instantiation cycle``) and
               deep but finite instantiation
``oversize``   types larger than the 32-bit address space (Go for GOARCH=386
               rejects them) and ones just below
``directive``  misuse of ``//export``, ``//go:wasmimport``, ``//go:linkname``,
               ``//go:embed`` and friends
``bytes``      bad bytes: NUL, invalid UTF-8, byte-order marks, truncation,
               random byte flips in corpus programs
``mutate``     token and line mutations (delete, duplicate, swap) of the
               corpus programs in ``tests/testdata``

Each case carries ``expect``: the exit status Go gives (0 or 1) where the
generator knows it, else None (``scripts/hostile.py --go`` asks the bundled Go).
``run_case`` builds one case in a subprocess with a time limit; ``Worker``
builds many in one long-lived process (the CI test: no interpreter start-up
per input).  ``verdict`` classifies a result: ``ok``, ``internal`` (exit 3),
``traceback``, ``timeout``, ``exit`` (another status) or ``mismatch``.
"""

from __future__ import annotations

import json
import os
import random
import re
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTDATA = REPO / "tests" / "testdata"

CLASSES = ("nest", "chain", "literal", "body", "generic", "oversize", "directive", "bytes", "mutate")


@dataclass(slots=True)
class Case:
    cls: str
    name: str
    source: bytes
    expect: int | None = None  # Go's exit status (0 accepts, 1 rejects) when known
    files: dict[str, bytes] = field(default_factory=dict)  # extra files next to main.go


@dataclass(slots=True)
class Result:
    rc: int | None  # None: over the time limit
    stderr: str
    secs: float
    peak_mib: float = 0.0


def _size(rng: random.Random, options: list[int]) -> int:
    """One of options; with ``rng.small`` (the CI sample) only those up to 1,000."""
    if getattr(rng, "small", False):
        options = [o for o in options if o <= 1000] or [min(options)]
    return rng.choice(options)


def _main(body: str, decls: str = "") -> str:
    return f"package main\n\n{decls}\nfunc main() {{\n{body}\n}}\n"


# ---------------------------------------------------------------- nest

def _nest(rng: random.Random) -> Case:
    n = _size(rng, [20, 100, 250, 500, 1000, 2000])
    kind = rng.choice(["parens", "if", "for", "block", "switch", "funclit", "struct", "pointer", "slice",
                       "functype", "complit", "call", "index", "unary", "closure_var", "select", "else"])
    decls = ""
    if kind == "parens":
        body = f"\tx := 1\n\tx = {'(' * n}x{')' * n}\n\tprintln(x)"
    elif kind == "if":
        body = "\tx := 1\n" + "if x > 0 {\n" * n + "x++\n" + "}\n" * n + "\tprintln(x)"
    elif kind == "else":
        n = min(n, 1000)
        chain = "".join(f"if x == {i} {{\n x++\n}} else " for i in range(n))
        body = "\tx := 1\n\t" + chain + "{\n x--\n}\n\tprintln(x)"
    elif kind == "for":
        n = min(n, 500)
        body = "\tx := 0\n" + "".join(f"for i{i} := 0; i{i} < 1; i{i}++ {{\n" for i in range(n)) + "x++\n" + "}\n" * n \
            + "\tprintln(x)"
    elif kind == "block":
        body = "\tx := 1\n" + "{\n" * n + "x++\n" + "}\n" * n + "\tprintln(x)"
    elif kind == "switch":
        body = "\tx := 1\n" + "switch {\ncase x > 0:\n" * n + "x++\n" + "}\n" * n + "\tprintln(x)"
    elif kind == "select":
        n = min(n, 500)
        body = ("\tc := make(chan int, 1)\n\tc <- 1\n" + "select {\ncase <-c:\nc <- 1\n" * n + "}\n" * n
                + "\tprintln(len(c))")
    elif kind == "funclit":
        n = min(n, 1000)
        body = f"\tx := {'func() int { return ' * n}1{' }()' * n}\n\tprintln(x)"
    elif kind == "closure_var":
        n = min(n, 500)
        body = "\tx := 0\n" + "func() {\n" * n + "x++\n" + "}()\n" * n + "\tprintln(x)"
    elif kind == "struct":
        decls = f"type T {'struct { a ' * n}int{' }' * n}\n"
        body = "\tvar t T\n\t_ = t\n\tprintln(\"ok\")"
    elif kind == "pointer":
        decls = f"type P {'*' * n}int\n"
        body = "\tvar p P\n\tprintln(p == nil)"
    elif kind == "slice":
        decls = f"type S {'[]' * n}int\n"
        body = "\tvar s S\n\tprintln(len(s))"
    elif kind == "functype":
        n = min(n, 1000)
        decls = f"type F {'func() ' * n}int\n"
        body = "\tvar f F\n\tprintln(f == nil)"
    elif kind == "complit":
        n = min(n, 1000)
        decls = f"type S {'[]' * n}int\n"
        body = f"\ts := S{'{' * n}1{'}' * n}\n\tprintln(len(s))"
    elif kind == "call":
        decls = "func f(x int) int { return x + 1 }\n"
        body = f"\tprintln({'f(' * n}0{')' * n})"
    elif kind == "index":
        body = f"\ta := []int{{0}}\n\tprintln({'a[' * n}0{']' * n})"
    else:  # unary
        ops = rng.choice(["-", "^", "!"])
        operand = "b" if ops == "!" else "x"
        body = f"\tx := 1\n\tb := true\n\t_, _ = x, b\n\tprintln({(ops + '(') * n}{operand}{')' * n})"
    return Case("nest", f"nest_{kind}_{n}", _main(body, decls).encode(), expect=0)


# ---------------------------------------------------------------- chain

def _chain(rng: random.Random) -> Case:
    n = _size(rng, [100, 1000, 4000, 10000, 20000])
    kind = rng.choice(["add", "andand", "concat", "indexchain", "methods", "selectors", "compare", "assign"])
    decls = ""
    if kind == "add":
        body = f"\tx := 1\n\ty := {' + '.join(['x'] * n)}\n\tprintln(y)"
    elif kind == "andand":
        body = f"\tx := 1\n\tprintln({' && '.join(['x > 0'] * n)})"
    elif kind == "concat":
        body = f"\ts := \"a\"\n\tt := {' + '.join(['s'] * n)}\n\tprintln(len(t))"
    elif kind == "indexchain":
        n = min(n, 4000)
        body = f"\ta := []int{{0}}\n\tprintln({'a[' * n}0{']' * n})"
    elif kind == "methods":
        n = min(n, 4000)
        decls = "type B struct{ n int }\n\nfunc (b *B) M() *B { b.n++; return b }\n"
        body = f"\tb := &B{{}}\n\tprintln(b{'.M()' * n}.n)"
    elif kind == "selectors":
        n = min(n, 1000)
        decls = "type N struct{ next *N; v int }\n"
        body = f"\tn := &N{{}}\n\tn.next = n\n\tprintln(n{'.next' * n}.v)"
    elif kind == "compare":
        body = f"\tx := 1\n\tprintln({' || '.join(f'x == {i}' for i in range(n))})"
    else:
        n = min(n, 10000)
        body = "\tx := 0\n" + "\tx += 1\n" * n + "\tprintln(x)"
    return Case("chain", f"chain_{kind}_{n}", _main(body, decls).encode(), expect=0)


# ---------------------------------------------------------------- literal

def _literal(rng: random.Random) -> Case:
    kind = rng.choice(["sparse_global", "sparse_local", "sparse16m", "zero_big", "sparse_slice", "dense",
                       "long_string", "sparse_struct", "sparse_2d", "big_bss", "dense_ints"])
    decls = ""
    if kind == "sparse_global":
        decls = "var a = [1 << 22]byte{7: 1, 1<<22 - 1: 2}\n"
        body = "\tprintln(a[7], a[1<<22-1], len(a))"
    elif kind == "sparse_local":
        body = "\ta := [1 << 22]byte{7: 1, 1<<22 - 1: 2}\n\tprintln(a[7], a[1<<22-1], len(a))"
    elif kind == "sparse16m":
        decls = "var a = [1 << 24]byte{3: 9, 1 << 23: 4}\n"
        body = "\tprintln(a[3], a[1<<23], len(a))"
    elif kind == "zero_big":
        decls = "var a [1 << 24]int32\n"
        body = "\ta[5] = 1\n\tprintln(a[5], len(a))"
    elif kind == "sparse_slice":
        body = "\ts := []int{1 << 20: 1}\n\tprintln(len(s), s[1<<20])"
    elif kind == "dense":
        n = _size(rng, [1000, 10000, 100000])
        decls = f"var a = []int{{{', '.join(str(i % 97) for i in range(n))}}}\n"
        body = "\tt := 0\n\tfor _, v := range a {\n\t\tt += v\n\t}\n\tprintln(t)"
    elif kind == "dense_ints":
        n = _size(rng, [1000, 20000])
        body = f"\ta := [...]int32{{{', '.join(str(i) for i in range(n))}}}\n\tprintln(len(a), a[{n - 1}])"
    elif kind == "long_string":
        n = _size(rng, [10_000, 1_000_000])
        decls = f"const s = \"{'ab' * (n // 2)}\"\n"
        body = "\tprintln(len(s))"
    elif kind == "sparse_struct":
        decls = "type S struct {\n\tpad [1 << 20]int64\n\tx   int\n}\n\nvar s = S{x: 3}\n"
        body = "\tprintln(s.x, len(s.pad))"
    elif kind == "sparse_2d":
        decls = "var g = [1024][1024]int16{5: {7: 1}, 1000: {1: 2}}\n"
        body = "\tprintln(g[5][7], g[1000][1])"
    else:
        body = "\tvar a [1 << 20]int64\n\ta[9] = 2\n\tprintln(a[9])"
    return Case("literal", f"literal_{kind}", _main(body, decls).encode(), expect=0)


# ---------------------------------------------------------------- body

def _body(rng: random.Random) -> Case:
    n = _size(rng, [100, 1000, 5000, 10000, 20000])
    kind = rng.choice(["defers", "maplit", "switch", "stmts", "locals", "funcs", "fields", "consts", "typeswitch",
                       "cases_str", "labels", "goroutines"])
    decls = ""
    if kind == "defers":
        n = min(n, 2000)  # 10,000 take about 25 s (block splitting, shared GC slots, deferPushHeap)
        body = "\tx := 0\n" + "\tdefer func() { x++ }()\n" * n + "\tprintln(x)"
    elif kind == "maplit":
        decls = f"var m = map[int]int{{{', '.join(f'{i}: {i * 3}' for i in range(n))}}}\n"
        body = f"\tprintln(len(m), m[{n - 1}])"
    elif kind == "switch":
        n = min(n, 10000)
        body = "\tx := 7\n\tswitch x {\n" + "".join(f"\tcase {i}:\n\t\tprintln({i})\n" for i in range(n)) + "\t}"
    elif kind == "cases_str":
        n = min(n, 5000)
        body = "\tx := \"k7\"\n\tswitch x {\n" + "".join(f"\tcase \"k{i}\":\n\t\tprintln({i})\n" for i in range(n)) \
            + "\t}"
    elif kind == "typeswitch":
        n = min(n, 2000)
        decls = "".join(f"type T{i} int\n" for i in range(n))
        body = "\tvar x any = T7(1)\n\tswitch x.(type) {\n" + "".join(f"\tcase T{i}:\n\t\tprintln({i})\n"
                                                                     for i in range(n)) + "\t}"
    elif kind == "stmts":
        body = "\tx := 0\n" + "\tx = x*3 + 1\n" * n + "\tprintln(x)"
    elif kind == "locals":
        n = min(n, 5000)
        body = "".join(f"\tv{i} := {i}\n" for i in range(n)) + f"\tprintln({' + '.join(f'v{i}' for i in range(n))})"
    elif kind == "funcs":
        n = min(n, 5000)
        decls = "".join(f"func f{i}() int {{ return {i} }}\n" for i in range(n))
        body = f"\tprintln(f0() + f{n - 1}())"
    elif kind == "fields":
        n = min(n, 5000)
        decls = "type S struct {\n" + "".join(f"\tf{i} int\n" for i in range(n)) + "}\n"
        body = f"\tvar s S\n\ts.f{n - 1} = 2\n\tprintln(s.f{n - 1}, s == S{{}})"
    elif kind == "consts":
        decls = "const (\n\tc0 = iota\n" + "".join(f"\tc{i}\n" for i in range(1, n)) + ")\n"
        body = f"\tprintln(c{n - 1})"
    elif kind == "labels":
        n = min(n, 2000)
        body = "\tx := 0\n" + "".join(f"L{i}:\n\tx++\n\tif x < 0 {{\n\t\tgoto L{i}\n\t}}\n" for i in range(n)) \
            + "\tprintln(x)"
    else:
        n = min(n, 1000)
        body = "\tc := make(chan int)\n" + "\tgo func() { c <- 1 }()\n" * n + \
            f"\tt := 0\n\tfor i := 0; i < {n}; i++ {{\n\t\tt += <-c\n\t}}\n\tprintln(t)"
    return Case("body", f"body_{kind}_{n}", _main(body, decls).encode(), expect=0)


# ---------------------------------------------------------------- generic

_GENERIC_BAD = {
    "list_slice": "type L[T any] struct{ next *L[[]T] }\n\nfunc main() {\n\tvar l L[int]\n\t_ = l\n}\n",
    "func_ptr": "func f[T any](n int) {\n\tif n > 0 {\n\t\tf[*T](n - 1)\n\t}\n}\n\nfunc main() {\n\tf[int](3)\n}\n",
    "func_slice": "func f[T any](x T) {\n\tf([]T{x})\n}\n\nfunc main() {\n\tf(1)\n}\n",
    "mutual": "func f[T any]() {\n\tg[[]T]()\n}\n\nfunc g[T any]() {\n\tf[*T]()\n}\n\nfunc main() {\n\tf[int]()\n}\n",
    "method": "type B[T any] struct{}\n\nfunc (B[T]) M() {\n\tvar b B[map[int]T]\n\tb.M()\n}\n\n"
              "func main() {\n\tB[int]{}.M()\n}\n",
    "type_map": "type M[T any] struct{ m map[string]M[[2]T] }\n\nfunc main() {\n\tvar m M[int]\n\t_ = m\n}\n",
    "direct": "type T[P any] struct{ f T[P] }\n\nfunc main() {\n\tvar t T[int]\n\t_ = t\n}\n",
    "alias_cycle": "type A[P any] = []A[P]\n\nfunc main() {}\n",
    "chan": "func f[T any](c chan T) {\n\tf(make(chan chan T))\n}\n\nfunc main() {\n\tf(make(chan int))\n}\n",
}

_GENERIC_GOOD = {
    "self_constraint": "type C[T C[T]] interface{ ~int }\n\nfunc main() {}\n",
    "deep_finite": "type W[T any] struct{{ v T }}\n\nfunc main() {{\n\tvar w {w}\n\t_ = w\n\tprintln(\"ok\")\n}}\n",
    "recursive_ok": "type L[T any] struct{ next *L[T]; v T }\n\nfunc main() {\n\tl := &L[int]{v: 1}\n"
                    "\tl.next = l\n\tprintln(l.next.v)\n}\n",
    "many_inst": "func f[T any](x T) T {{ return x }}\n\nfunc main() {{\n{body}\tprintln(\"ok\")\n}}\n",
}


def _generic(rng: random.Random) -> Case:
    if rng.random() < 0.6:
        name = rng.choice(sorted(_GENERIC_BAD))
        return Case("generic", f"generic_{name}", ("package main\n\n" + _GENERIC_BAD[name]).encode(), expect=1)
    name = rng.choice(sorted(_GENERIC_GOOD))
    n = rng.choice([10, 50, 200])
    src = _GENERIC_GOOD[name]
    if name == "deep_finite":
        src = src.format(w="W[" * n + "int" + "]" * n)
    elif name == "many_inst":
        src = src.format(body="".join(f"\t_ = f([{i + 1}]int{{}})\n" for i in range(n)))
    return Case("generic", f"generic_{name}_{n}", ("package main\n\n" + src).encode(), expect=0)


# ---------------------------------------------------------------- oversize

_OVERSIZE = {
    "struct4g": ("type S struct {\n\ta, b, c, d [1 << 30]byte\n}\n\nvar s *S\n", "\tprintln(s == nil)", 1),
    "array2g_int": ("var p *[1 << 30]int32\n", "\tprintln(p == nil)", 1),
    "array_of_arrays": ("type A [1 << 16][1 << 16]int16\n\nvar p *A\n", "\tprintln(p == nil)", 1),
    "array_40": ("type A [1 << 40]byte\n\nvar p *A\n", "\tprintln(p == nil)", 1),
    "local_big": ("", "\tvar a [1 << 31]byte\n\t_ = a", 1),
    "new_big": ("", "\tp := new([1 << 33]byte)\n\tprintln(p == nil)", 1),
    "make_big": ("", "\ts := make([][1 << 30]int64, 1)\n\tprintln(len(s))", 1),
    "chan_big": ("", "\tc := make(chan [1 << 20]int64)\n\tprintln(c == nil)", 1),
    "below_limit": ("var p *[1 << 20]byte\n", "\tprintln(p == nil)", 0),
    "struct_nested": ("type A [1 << 29]byte\n\ntype B struct{ x, y A }\n\ntype C struct{ b1, b2, b3 B }\n\nvar p *C\n",
                      "\tprintln(p == nil)", 1),
    "generic_big": ("type G[T any] struct{ a [1 << 30]T }\n\nvar p *G[int64]\n", "\tprintln(p == nil)", 1),
    "slice_of_big_ok": ("var s [][1 << 20]int64\n", "\tprintln(len(s))", 0),
}


def _oversize(rng: random.Random) -> Case:
    name = rng.choice(sorted(_OVERSIZE))
    decls, body, expect = _OVERSIZE[name]
    return Case("oversize", f"oversize_{name}", _main(body, decls).encode(), expect=expect)


# ---------------------------------------------------------------- directive

_DIRECTIVES = {
    "export_start": ("//export _start\nfunc start() {}\n", 1),
    "export_malloc": ("//export malloc\nfunc m() {}\n", 1),
    "export_dup": ("//export f\nfunc a() {}\n\n//export f\nfunc b() {}\n", 1),
    "export_badname": ("//export 9x-y\nfunc a() {}\n", None),
    "export_empty": ("//export\nfunc a() {}\n", None),
    "export_on_var": ("//export v\nvar v int\n", None),
    "export_generic": ("//export g\nfunc g[T any]() {}\n", None),
    "export_method": ("type T int\n\n//export m\nfunc (T) m() {}\n", None),
    "wasmimport_body": ("//go:wasmimport env f\nfunc f() { println(1) }\n", 1),
    "wasmimport_noargs": ("//go:wasmimport\nfunc f()\n", 1),
    "wasmimport_onearg": ("//go:wasmimport env\nfunc f()\n", 1),
    "wasmimport_string": ("//go:wasmimport env f\nfunc f(s string)\n", None),
    "wasmexport_dup": ("//go:wasmexport e\nfunc a() {}\n\n//go:wasmexport e\nfunc b() {}\n", 1),
    "linkname_bad": ("//go:linkname x\nfunc x() {}\n", 1),
    "linkname_noimport": ("//go:linkname f runtime.nanotime\nfunc f() int64\n", 1),
    "noinline_var": ("//go:noinline\nvar v int\n", None),
    "embed_noimport": ("//go:embed x.txt\nvar s string\n", 1),
    "build_line_late": ("var v int\n\n//go:build ignore\n", 0),
    "nosplit_many": ("//go:nosplit\n//go:noinline\n//go:norace\n//go:nocheckptr\nfunc f() {}\n", 0),
    "bodyless": ("func f()\n", 1),
    "bodyless_called": ("func f()\n\nfunc init() { f() }\n", 1),
}


def _directive(rng: random.Random) -> Case:
    name = rng.choice(sorted(_DIRECTIVES))
    decls, expect = _DIRECTIVES[name]
    return Case("directive", f"directive_{name}", _main("", decls).encode(), expect=expect)


# ---------------------------------------------------------------- bytes and mutate

_corpus_cache: list[Path] = []


def _corpus() -> list[Path]:
    if not _corpus_cache:
        _corpus_cache.extend(sorted(p for p in TESTDATA.glob("*.go") if p.stat().st_size < 12_000))
    return _corpus_cache


def _bytes(rng: random.Random) -> Case:
    kind = rng.choice(["nul_ident", "nul_string", "bad_utf8_string", "bad_utf8_comment", "bad_utf8_ident",
                       "bom_middle", "bom_start", "truncate", "flip", "cr_only", "overlong", "surrogate",
                       "raw_cr", "bidi"])
    base = _main("\tx := 1\n\ts := \"hello\"\n\tprintln(x, s)").encode()
    if kind == "nul_ident":
        src, expect = base.replace(b"x := 1", b"x\x00y := 1"), 1
    elif kind == "nul_string":
        src, expect = base.replace(b"hello", b"he\x00llo"), 1
    elif kind == "bad_utf8_string":
        src, expect = base.replace(b"hello", b"he\xffllo"), 1
    elif kind == "bad_utf8_comment":
        src, expect = base.replace(b"package main", b"// \xfe\xff\npackage main"), 1
    elif kind == "bad_utf8_ident":
        src, expect = base.replace(b"x := 1", b"x\xc3 := 1"), 1
    elif kind == "bom_middle":
        src, expect = base.replace(b"x := 1", b"x := \xef\xbb\xbf1"), 1
    elif kind == "bom_start":
        src, expect = b"\xef\xbb\xbf" + base, 0
    elif kind == "overlong":
        src, expect = base.replace(b"hello", b"\xc0\xafx"), 1
    elif kind == "surrogate":
        src, expect = base.replace(b"hello", b"\xed\xa0\x80"), 1
    elif kind == "cr_only":
        src, expect = base.replace(b"\n", b"\r"), 1
    elif kind == "raw_cr":
        src, expect = base.replace(b"\"hello\"", b"`he\r\nllo`"), 0
    elif kind == "bidi":
        src, expect = base.replace(b"hello", "he\u202ello".encode()), 0
    else:
        p = rng.choice(_corpus())
        data = p.read_bytes()
        if kind == "truncate":
            src, expect = data[:rng.randrange(len(data))], None
        else:
            arr = bytearray(data)
            for _ in range(rng.randint(1, 4)):
                arr[rng.randrange(len(arr))] = rng.randrange(256)
            src, expect = bytes(arr), None
        return Case("bytes", f"bytes_{kind}_{p.stem}", src, expect=expect)
    return Case("bytes", f"bytes_{kind}", src, expect=expect)


_TOKEN = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*|\d+|\"(?:[^\"\\\n]|\\.)*\"|:=|==|!=|<=|>=|&&|\|\||<-|\+\+|--|\S")


def _mutate(rng: random.Random) -> Case:
    p = rng.choice(_corpus())
    data = p.read_bytes()
    op = rng.choice(["del_tok", "dup_tok", "swap_tok", "del_line", "dup_line", "swap_line", "move_tok"])
    if op.endswith("_line"):
        lines = data.split(b"\n")
        i = rng.randrange(len(lines))
        if op == "del_line":
            del lines[i]
        elif op == "dup_line":
            lines.insert(i, lines[i])
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        src = b"\n".join(lines)
    else:
        toks = [m.span() for m in _TOKEN.finditer(data)]
        a, b = toks[rng.randrange(len(toks))]
        if op == "del_tok":
            src = data[:a] + data[b:]
        elif op == "dup_tok":
            src = data[:b] + b" " + data[a:b] + data[b:]
        else:
            c, d = toks[rng.randrange(len(toks))]
            if (c, d) < (a, b):
                a, b, c, d = c, d, a, b
            if op == "move_tok":
                src = data[:a] + data[b:c] + data[a:b] + b" " + data[c:]
            elif b <= c:
                src = data[:a] + data[c:d] + data[b:c] + data[a:b] + data[d:]
            else:
                src = data
    return Case("mutate", f"mutate_{op}_{p.stem}", src, expect=None)


GENERATORS: dict[str, Callable[[random.Random], Case]] = {
    "nest": _nest, "chain": _chain, "literal": _literal, "body": _body, "generic": _generic,
    "oversize": _oversize, "directive": _directive, "bytes": _bytes, "mutate": _mutate,
}

# Relative frequency of each class: the mutations explore most, the fixed templates need fewer draws.
WEIGHTS = {"nest": 3, "chain": 2, "literal": 1, "body": 2, "generic": 1, "oversize": 1, "directive": 1,
           "bytes": 2, "mutate": 6}


def generate(seed: int, count: int, classes: tuple[str, ...] = CLASSES, small: bool = False) -> Iterator[Case]:
    """``count`` cases drawn from ``classes`` by ``WEIGHTS``, reproducibly from ``seed``;
    ``small``: sizes up to 1,000 (nesting, chains, bodies) for a quick sample."""
    rng = random.Random(seed)
    names = [c for c in CLASSES if c in classes]
    weights = [WEIGHTS[c] for c in names]
    for i in range(count):
        cls = rng.choices(names, weights)[0]
        sub = random.Random(rng.getrandbits(64))
        sub.small = small  # type: ignore[attr-defined]
        case = GENERATORS[cls](sub)
        case.name = f"{i:05d}_{case.name}"
        yield case


# ---------------------------------------------------------------- running

def write_case(case: Case, root: Path) -> Path:
    d = root / case.name
    d.mkdir(parents=True, exist_ok=True)
    (d / "main.go").write_bytes(case.source)
    for name, data in case.files.items():
        (d / name).write_bytes(data)
    return d


def _env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.pop("TINYPY_DEBUG", None)
    e["TINYPY_BUILDCACHE"] = "0"
    return e


def run_case(d: Path, limit: float, extra: tuple[str, ...] = ()) -> Result:
    """Build ``d/main.go`` in a subprocess; kill it after ``limit`` seconds (rc None)."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "tinypy_go", "build", *extra, "-o", str(d / "out.wasm"),
                             "main.go"], cwd=d, env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        _, err = proc.communicate()
        return Result(None, err.decode(errors="replace"), time.monotonic() - start)
    secs = time.monotonic() - start
    peak = 0.0
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # max over children so far
    except ImportError:
        pass
    return Result(proc.returncode, err.decode(errors="replace"), secs, peak)


def go_verdict(d: Path, limit: float = 120) -> int | None:
    """0 or 1 as ``go build`` for GOOS=linux GOARCH=386 judges ``d/main.go``; None if unknown."""
    env = dict(os.environ, GOOS="linux", GOARCH="386", GOFLAGS="-mod=mod", GO111MODULE="off", CGO_ENABLED="0")
    try:
        r = subprocess.run(["go", "build", "-o", os.devnull, "main.go"], cwd=d, env=env, capture_output=True,
                           timeout=limit)
    except (subprocess.TimeoutExpired, FileNotFoundError):
        return None
    return 0 if r.returncode == 0 else 1


class Worker:
    """One long-lived ``tinypy`` process building case after case (``python -m tests.hostile worker``).

    A case over the time limit kills the process; the next case starts a fresh one.  So does
    every ``RECYCLE``-th case: a user's ``tinypy build`` is one build per process, and the
    native heap of one that has built hundreds of programs (LLVM, fragmentation) is not what
    the time limit is about."""

    RECYCLE = 100

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.builds = 0

    def _start(self) -> subprocess.Popen[bytes]:
        if self.builds >= self.RECYCLE:
            self.close()
        if self.proc is None or self.proc.poll() is not None:
            self.builds = 0
            self.proc = subprocess.Popen([sys.executable, "-m", "tests.hostile", "worker"], cwd=REPO, env=_env(),
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, start_new_session=True)
        return self.proc

    def run(self, d: Path, limit: float) -> Result:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        self.builds += 1
        start = time.monotonic()
        proc.stdin.write(json.dumps({"dir": str(d)}).encode() + b"\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], limit)
        if not ready:
            self.close()
            return Result(None, "", time.monotonic() - start)
        line = proc.stdout.readline()
        if not line:
            self.close()
            return Result(-1, "the worker died", time.monotonic() - start)
        out = json.loads(line)
        return Result(out["rc"], out["stderr"], time.monotonic() - start)

    def close(self) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, 9)
            except ProcessLookupError:
                pass
            self.proc.wait()
            self.proc = None


def _worker() -> None:
    """Read ``{"dir": D}`` lines; build D/main.go in this process; answer ``{"rc", "stderr"}``."""
    import contextlib
    import io

    from tinypy_go import cli

    for line in sys.stdin:
        d = Path(json.loads(line)["dir"])
        err = io.StringIO()
        rc = 0
        old = os.getcwd()
        os.chdir(d)
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                cli.main(["build", "-o", str(d / "out.wasm"), "main.go"])
        except SystemExit as e:
            rc = e.code if isinstance(e.code, int) else 1
        except BaseException as e:  # noqa: BLE001 - reported as a traceback-like failure
            rc, err = -1, io.StringIO(f"Traceback (escaped): {type(e).__name__}: {e}")
        finally:
            os.chdir(old)
        sys.stdout.write(json.dumps({"rc": rc, "stderr": err.getvalue()}) + "\n")
        sys.stdout.flush()


def verdict(case: Case, r: Result, go: int | None = None) -> str:
    """``ok`` or the kind of failure: internal, traceback, timeout, exit, mismatch."""
    if r.rc is None:
        return "timeout"
    if "Traceback" in r.stderr or "File \"" in r.stderr:
        return "traceback"
    if r.rc == 3 or "internal compiler error" in r.stderr:
        return "internal"
    if r.rc == 2 and re.fullmatch(r"tinypy: [^\n]*\n?", r.stderr):
        return "ok"  # a usage error, e.g. a mutation renamed the package: nothing to build
    if r.rc not in (0, 1):
        return "exit"
    # Go's own verdict where it can judge: not for directives (for Go, //export is cgo's and ignored)
    want = go if go is not None and case.cls != "directive" else case.expect
    if want is not None and r.rc != want:
        return "mismatch"
    return "ok"


if __name__ == "__main__" and sys.argv[1:] == ["worker"]:
    _worker()
