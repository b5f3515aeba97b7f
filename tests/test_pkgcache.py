"""The package cache: a second build loads unchanged packages instead of
parsing and checking them, and any change to a package or below it is a miss.

Each test runs the build's parse and check stages (not the backend) on a small
module with two local packages, ``lib`` importing ``base``, in its own cache
directory, each "build" in this process with a fresh FileSet as a new process
would have.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tinypy_go import loader, pkgcache
from tinypy_go.build import BuildConfig, BuildContext, Timings, parse_stage
from tinypy_go.frontend import ast
from tinypy_go.pipeline import check_program

BASE = """package base

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p *Pair[K, V]) Swap(v V) V { old := p.Val; p.Val = v; return old }

type Namer interface{ Name() string }

const Answer = 42
"""

LIB = """package lib

import "example.com/m/base"

type T struct{ base.Pair[string, int] }

func (T) Name() string { return "t" }

var _ base.Namer = T{}

func F(x int) int { return x + base.Answer }

func New() *base.Pair[string, int] { return &base.Pair[string, int]{Key: "k"} }
"""

MAIN = """package main

import (
	"example.com/m/base"
	"example.com/m/lib"
)

func main() {
	p := lib.New()
	_ = p.Swap(lib.F(1))
	var n base.Namer = lib.T{}
	println(n.Name(), p.Key)
}
"""


@pytest.fixture
def module(tmp_path, monkeypatch):
    root = tmp_path / "m"
    for name, text in {"go.mod": "module example.com/m\n\ngo 1.22\n", "main.go": MAIN,
                       "base/base.go": BASE, "lib/lib.go": LIB}.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TINYPY_PKGCACHE", "1")
    monkeypatch.chdir(root)
    return root


def front_end(root: Path) -> BuildContext:
    """Load, parse and check ``root`` like a build does."""
    cfg = BuildConfig(inputs=["."])
    ctx = BuildContext(cfg, cfg.target_info, Timings())
    ctx.program = loader.load(list(cfg.inputs), cfg.build_tags(), ctx.target.goos)
    parse_stage(ctx)
    ctx.info = check_program(ctx)
    return ctx


def hits(ctx: BuildContext) -> set[str]:
    return set(ctx.pkgcache.hits)


def idents(files, name: str) -> list[ast.Ident]:
    return [n for f in files for n in ast.walk(f) if isinstance(n, ast.Ident) and n.name == name]


def test_second_build_loads_every_package(module):
    first = front_end(module)
    assert hits(first) == set()
    assert first.pkgcache.n_stores == len(first.program.packages) - 1  # all but main
    second = front_end(module)
    assert hits(second) == {p.path for p in second.program.packages if not p.main}

    # the loaded packages are the checked ones: positions, objects and identity across packages
    base_pkg, _, _ = second.info["example.com/m/base"]
    lib_pkg, lib_files, lib_info = second.info["example.com/m/lib"]
    _, main_files, main_info = second.info[second.program.main.path]
    f_use = next(i for i in idents(main_files, "F") if i in main_info.uses)
    assert main_info.uses[f_use] is lib_pkg.scope.lookup("F")
    assert str(second.fset.position(lib_pkg.scope.lookup("F").pos)).endswith("lib.go:11:6")
    answer = next(i for i in idents(lib_files, "Answer") if i in lib_info.uses)
    assert lib_info.uses[answer] is base_pkg.scope.lookup("Answer")
    assert second.fset.position(answer.pos).line == 11
    # main (checked fresh) and lib (loaded) share the instance base.Pair[string, int]
    p_def = next(i for i in idents(main_files, "p") if i in main_info.defs)
    new_sig = lib_pkg.scope.lookup("New").type
    assert main_info.defs[p_def].type is new_sig.results.vars[0].type
    # the same answers as a fresh check
    fresh_types = {str(tv.type) for tv in first.info["example.com/m/lib"][2].types.values()}
    assert {str(tv.type) for tv in lib_info.types.values()} == fresh_types


def test_entries_are_compact_and_load_the_same_syntax(module):
    """Syntax nodes are pickled as constructor calls and equal type records are shared
    (pkgcache._shared_types): a loaded package has the fresh check's records and nodes."""
    first = front_end(module)
    second = front_end(module)
    _, fresh_files, fresh_info = first.info["example.com/m/lib"]
    _, files, info = second.info["example.com/m/lib"]
    # (walking a declaration loads the body the entry kept apart: ast.LazyFuncDecl until then)
    assert [(type(n).__name__.removeprefix("Lazy"), n.pos) for f in files for n in ast.walk(f)] == \
        [(type(n).__name__, n.pos) for f in fresh_files for n in ast.walk(f)]
    assert sorted((tv.mode, str(tv.type), repr(tv.value)) for tv in info.types.values()) == \
        sorted((tv.mode, str(tv.type), repr(tv.value)) for tv in fresh_info.types.values())
    shared = {id(tv) for tv in info.types.values()}
    assert len(shared) < len(info.types)  # e.g. every use of the same variable
    # within the payload, and within each body kept apart, one record per distinct value
    bodies = [(d.body.pos, d.body.rbrace) for f in files for d in f.decls if isinstance(d, ast.FuncDecl)]
    for lo, hi in [(0, 0), *bodies]:
        part = [tv for e, tv in info.types.items()
                if (lo <= e.pos <= hi if hi else not any(a <= e.pos <= b for a, b in bodies))]
        assert len({id(tv) for tv in part}) == len({(tv.mode, id(tv.type), id(tv.value)) for tv in part})


def test_function_bodies_load_on_first_use(module):
    """An entry keeps each function body apart (syntax and the Info entries of its nodes);
    a loaded declaration reads it on first use, with the objects of the rest of the entry."""
    first = front_end(module)
    second = front_end(module)
    lib_pkg, files, info = second.info["example.com/m/lib"]
    decls = {d.name.name: d for f in files for d in f.decls if isinstance(d, ast.FuncDecl)}
    f_decl = decls["F"]
    assert type(f_decl) is ast.LazyFuncDecl and ast.has_body(f_decl)
    assert not any(isinstance(n, ast.Ident) and n.name == "x" and n in info.uses for n in info.uses)
    body = f_decl.body  # loads it
    assert type(f_decl) is ast.FuncDecl and f_decl.body is body
    x_use = next(n for n in ast.walk(body) if isinstance(n, ast.Ident) and n.name == "x")
    x_param = next(n for n in ast.walk(f_decl.type) if isinstance(n, ast.Ident) and n.name == "x")
    assert info.uses[x_use] is info.defs[x_param]  # the parameter, from the entry's payload
    answer = next(n for n in ast.walk(body) if isinstance(n, ast.Ident) and n.name == "Answer")
    assert info.uses[answer] is second.info["example.com/m/base"][0].scope.lookup("Answer")
    assert type(decls["Name"]) is ast.LazyFuncDecl  # not read: still in the entry
    for d in decls.values():
        assert d.body is not None
    fresh = first.info["example.com/m/lib"][2]
    assert sorted(str(tv.type) for tv in info.types.values()) == sorted(str(tv.type) for tv in fresh.types.values())


def test_large_package_literals_load_on_first_use(module):
    """A package variable initialised by a large composite literal (unicode's tables)
    keeps the literal's elements apart in the entry, like a function body."""
    rows = "".join(f'\t{{"key{i}", {i}}},\n' for i in range(200))
    (module / "base" / "table.go").write_text(f"package base\n\nvar Table = []Pair[string, int]{{\n{rows}}}\n")
    first = front_end(module)
    second = front_end(module)
    _, _, info = second.info["example.com/m/base"]
    item = next(it for it in info.init_order if it.lhs[0].name == "Table")
    lit = item.rhs
    assert type(lit) is ast.LazyCompositeLit
    elts = lit.elts  # loads them
    assert type(lit) is ast.CompositeLit and len(elts) == 200
    key = elts[199].elts[0]
    assert info.types[key].value is not None and str(info.types[key].type) == "string"
    for f in second.info["example.com/m/base"][1]:
        list(ast.walk(f))  # loads the function bodies too
    fresh = first.info["example.com/m/base"][2]
    assert sorted(str(tv.type) for tv in info.types.values()) == sorted(str(tv.type) for tv in fresh.types.values())


def test_changed_package_and_its_importers_miss(module):
    front_end(module)
    (module / "lib" / "lib.go").write_text(LIB + "\nfunc G() {}\n")
    ctx = front_end(module)
    assert hits(ctx) >= {"example.com/m/base"}
    assert "example.com/m/lib" not in hits(ctx)
    assert ctx.info["example.com/m/lib"][0].scope.lookup("G") is not None


def test_changed_import_invalidates_importer(module):
    front_end(module)
    (module / "base" / "base.go").write_text(BASE.replace("Answer = 42", "Answer = 43"))
    ctx = front_end(module)
    assert "example.com/m/base" not in hits(ctx)
    assert "example.com/m/lib" not in hits(ctx)  # lib itself is unchanged
    assert ctx.info["example.com/m/base"][0].scope.lookup("Answer").val == 43


def test_corrupted_entry_is_a_miss(module):
    first = front_end(module)
    key = first.pkgcache.keys["example.com/m/lib"]
    entry = pkgcache.cache.cache_dir() / pkgcache.KIND / key[:2] / key
    entry.write_bytes(entry.read_bytes()[:1000] + b"garbage")
    ctx = front_end(module)
    assert "example.com/m/lib" not in hits(ctx)
    assert "example.com/m/base" in hits(ctx)
    again = front_end(module)  # the miss rewrote the entry
    assert "example.com/m/lib" in hits(again)


def test_disabled_by_environment(module, monkeypatch):
    monkeypatch.setenv("TINYPY_PKGCACHE", "0")
    front_end(module)
    ctx = front_end(module)
    assert ctx.pkgcache is None


VARS = """package vars

var Table = []struct{ K string; V int }{{"a", 1}, {"b", 2}}

var Index = map[string]int{"a": 0}

var Computed = len(Table) + count()

func count() int { return 3 }
"""


def test_initialiser_verdicts_are_kept_and_checked(module, monkeypatch):
    """Whether a package variable is static data, lazy or init code is recorded under the
    package's cache key (build_static.Verdicts); a later build reads it instead of walking
    the initialisers again, and a damaged record is ignored and written anew."""
    from tinypy_go import cache
    from tinypy_go.ir import build_static
    from tinypy_go.pipeline import build_ssa

    (module / "vars").mkdir()
    (module / "vars" / "vars.go").write_text(VARS)
    main = MAIN.replace('"example.com/m/lib"\n', '"example.com/m/lib"\n\t"example.com/m/vars"\n')
    (module / "main.go").write_text(main.replace("p.Key)", "p.Key, vars.Computed)"))
    seen: dict[str, tuple[bytes | None, bytes]] = {}
    real_finish = build_static.Verdicts.finish

    def record(self):
        seen[self.key] = (self.known, bytes(self.found))
        real_finish(self)

    monkeypatch.setattr(build_static.Verdicts, "finish", record)

    def build() -> tuple[str, bytes | None, bytes]:
        ctx = front_end(module)
        seen.clear()
        build_ssa(ctx)
        key = build_static.Verdicts(ctx.pkgcache.keys["example.com/m/vars"], 0).key
        return key, *seen[key]

    key, known, found = build()
    assert known is None
    assert list(found) == [build_static.STATIC, build_static.LAZY, build_static.INIT_CODE]  # Table, Index, Computed
    assert build() == (key, found, found)
    cache.put("static", key, b"\x07\x07\x07")  # damaged: not verdicts
    assert build() == (key, None, found)
    assert cache.get("static", key) == found


# ---------------------------------------------------------------- forkcheck: a cold check on two cores


def _types_by_package(ctx: BuildContext) -> dict[str, set[str]]:
    return {path: {str(tv.type) for tv in info.types.values()} for path, (_, _, info) in ctx.info.items()}


def _scope_names(ctx: BuildContext, path: str) -> list[tuple[str, str]]:
    scope = ctx.info[path][0].scope
    return [(name, str(scope.lookup(name).type)) for name in sorted(scope.names())]


@pytest.fixture
def any_split(monkeypatch):
    """Fork for any program, however small (the test module is far below MIN_BYTES)."""
    from tinypy_go import forkcheck

    monkeypatch.setenv("TINYPY_FORKCHECK", "1")
    monkeypatch.setattr(forkcheck, "_two_cores", lambda: True)  # whatever the machine running the tests
    monkeypatch.setattr(forkcheck, "MIN_BYTES", 0)
    monkeypatch.setattr(forkcheck, "MIN_GAIN", 10.0)
    return forkcheck


def test_fork_check_takes_the_childs_packages(module, any_split, tmp_path, monkeypatch):
    forked = front_end(module)
    plan = forked.check_plan
    assert plan is not None and plan.split.excl
    assert set(plan.loaded) == plan.split.excl  # from the child's cache entries
    assert plan.split.excl <= hits(forked)
    assert list(forked.info) == [p.path for p in forked.program.packages]  # dependency order kept
    monkeypatch.setenv("TINYPY_FORKCHECK", "0")
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "serial"))
    serial = front_end(module)
    assert serial.check_plan is None
    fresh = [path for path in forked.info if path not in plan.split.excl]
    assert {p: _types_by_package(forked)[p] for p in fresh} == {p: _types_by_package(serial)[p] for p in fresh}
    for path in plan.split.excl:  # loaded: their bodies' types come with the bodies, on first use
        assert _scope_names(forked, path) == _scope_names(serial, path)
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    again = front_end(module)  # the child's entries load like any other
    assert hits(again) == {p.path for p in again.program.packages if not p.main}


def test_fork_check_survives_a_failed_child(module, any_split, monkeypatch):
    import os

    monkeypatch.setattr(any_split, "_child", lambda *args: os._exit(3))
    ctx = front_end(module)
    assert ctx.check_plan is not None and ctx.check_plan.loaded == []
    assert set(ctx.info) == {p.path for p in ctx.program.packages}  # all checked here
    assert ctx.pkgcache.n_stores == len(ctx.program.packages) - 1


def test_fork_plan_splits_the_wide_middle():
    from types import SimpleNamespace

    from tinypy_go import forkcheck

    def pkg(path, *imports, goroot=True):
        return SimpleNamespace(path=path, imports=list(imports), goroot=goroot, main=False)

    # base <- {left, right} <- top <- main: left and right can be checked at once
    pkgs = [pkg("base"), pkg("left", "base"), pkg("right", "base"), pkg("top", "left", "right"),
            pkg("main", "top", goroot=False)]
    sizes = {"base": 100_000, "left": 400_000, "right": 400_000, "top": 50_000, "main": 1_000}
    split = forkcheck.plan([(p, sizes[p.path]) for p in pkgs])
    assert split is not None
    assert split.excl in ({"left"}, {"right"})
    assert split.child == split.excl | {"base"} and "base" in split.first
    assert split.estimate < forkcheck.MIN_GAIN * split.serial
    # a chain gives nothing to share, and a small program is not worth a fork
    chain = [pkg("a"), pkg("b", "a"), pkg("c", "b")]
    assert forkcheck.plan([(p, 500_000) for p in chain]) is None
    assert forkcheck.plan([(p, sizes[p.path] // 100) for p in pkgs]) is None


def test_fork_check_with_part_of_the_program_cached(module, any_split, monkeypatch):
    from tinypy_go import cache

    monkeypatch.setenv("TINYPY_FORKCHECK", "0")
    first = front_end(module)
    std = [p for p in first.program.packages if p.goroot]
    lost = std[len(std) // 4]  # it and its importers miss, the packages below it hit
    cache._entry(pkgcache.KIND, first.pkgcache.keys[lost.path]).unlink()
    monkeypatch.setenv("TINYPY_FORKCHECK", "1")
    second = front_end(module)
    plan = second.check_plan
    assert hits(second) - set(plan.loaded)  # hits before the fork: the child imports them too
    assert lost.path in plan.split.child
    assert set(plan.loaded) == plan.split.excl
    assert hits(front_end(module)) == {p.path for p in second.program.packages if not p.main}
