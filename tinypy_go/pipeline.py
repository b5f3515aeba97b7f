"""The middle of the build: type-check every package, build SSA, emit LLVM IR.

These are the hooks the build driver (``build.py``) calls between parsing
and object emission.  Packages arrive in dependency order, so each one is
checked with its imports already checked.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend.token import Position


def check_program(ctx: Any) -> dict[str, tuple[Any, list, Any]]:
    """Type-check all packages; returns path -> (types.Package, files, Info), in the
    program's dependency order."""
    plan = getattr(ctx, "check_plan", None)  # forkcheck.Plan: a child checks part of them
    packages = ctx.program.packages if plan is None else plan.order(ctx.program.packages)
    try:
        checked = check_packages(ctx, packages, plan)
    finally:
        if plan is not None:
            plan.abandon()  # when an error stopped the check before the join
    return {pkg.path: checked[pkg.path] for pkg in ctx.program.packages}


def check_packages(ctx: Any, packages: list[Any], plan: Any = None) -> dict[str, tuple[Any, list, Any]]:
    """Type-check ``packages`` (dependency order) and store them in the package cache;
    before the first one that ``plan`` says needs the child's packages, join it."""
    from tinypy_go.frontend.types import api
    from tinypy_go.frontend.types.check import check_package
    from tinypy_go.frontend.types.typesize import check_sizes

    checked: dict[str, tuple[Any, list, Any]] = {}

    def importer(path: str):
        if path == "unsafe":
            from tinypy_go.frontend.types.universe import UNSAFE

            return UNSAFE
        got = checked.get(path)
        if got is None:
            raise CompileError([Diagnostic(Position("", 0, 0), f"could not import {path}")])
        return got[0]

    pc = getattr(ctx, "pkgcache", None)  # pkgcache.PackageCache or None
    try:
        for pkg in packages:
            if plan is not None and plan.needs_join(pkg):
                plan.join(ctx)
            hit = pc.checked(pkg.path) if pc is not None else None
            if hit is not None:
                checked[pkg.path] = hit
                continue
            files = ctx.syntax[pkg.path]
            info = api.Info()
            path = "main" if pkg.main else pkg.path
            lang = getattr(pkg, "go_version", "")
            try:
                tpkg = check_package(path, ctx.fset, files, importer, info=info, go_version=lang)
            except CompileError as e:
                raise CompileError(lang_hints(e.diagnostics, files, lang)) from None
            too_large = check_sizes(info, ctx.fset)
            if too_large:
                raise CompileError(too_large)
            checked[pkg.path] = (tpkg, files, info)
            reactor = getattr(ctx.config, "reactor", False)  # -buildmode=c-shared: main is not run
            if pkg.main and pkg.name == "main" and not reactor and not _declares_main(tpkg):
                # the linker's error in go build (it is the one that looks for main.main)
                raise CompileError([Diagnostic(Position("runtime.main_main·f", 0, 0),
                                               "function main is undeclared in the main package")])
            if pc is not None and not pkg.main:
                pc.store(pkg, tpkg, files, info)  # now, before importers' checks add to its objects
    finally:
        if pc is not None:
            pc.finish()
    return checked


def _declares_main(tpkg: Any) -> bool:
    from tinypy_go.frontend.types import objects

    obj = tpkg.scope.lookup("main")
    return isinstance(obj, objects.Func)


_VERSION_ERROR = re.compile(r"requires go[0-9]+\.[0-9]+ or later")


def lang_hints(diags: list[Diagnostic], files: list, lang: str) -> list[Diagnostic]:
    """cmd/compile's hint after a ``requires go1.N or later`` error: where the file's
    version came from (its ``//go:build`` line, or -lang, i.e. the go.mod go line)."""
    from tinypy_go.frontend.types.version import GO1_21, file_go_version, version_string

    declared = {f.filename: file_go_version(f) for f in files}
    out = []
    for d in diags:
        if _VERSION_ERROR.search(d.message):
            fv = declared.get(d.position.filename)
            if fv is not None and fv >= GO1_21:
                d = Diagnostic(d.position, f"{d.message} (file declares //go:build {version_string(fv)})", d.soft)
            elif lang:
                d = Diagnostic(d.position, f"{d.message} (-lang was set to {lang}; check go.mod)", d.soft)
        out.append(d)
    return out


def build_ssa(ctx: Any):
    from tinypy_go import ldflags
    from tinypy_go.ir import bigframes, builder, escape, reach

    pc = getattr(ctx, "pkgcache", None)  # the packages stored in (or loaded from) the package cache
    keys = {path: pc.keys[path] for path in pc.stored} if pc is not None else None
    prog = builder.build_program(ctx.fset, list(ctx.info.values()), cache_keys=keys)
    ldflags.apply_x(prog, ctx.config.ldflags_x, ctx.program)
    ldflags.apply_stack_size(prog, getattr(ctx.config, "stack_size", None))
    # build the bodies of everything reachable from the exports and _start, then
    # move non-escaping heap Allocs to the stack
    from tinypy_go.backend.codegen import wanted_export
    from tinypy_go.backend.runtimerefs import called_by_name

    reach.build_reachable(prog, [fn for fn in prog.all_functions()
                                 if fn.export_name and wanted_export(fn, ctx.config)], called_by_name(prog))
    escape.stack_allocate(prog)
    bigframes.heap_big_locals(prog)  # locals over 256 bytes would overflow the 64 KiB stack
    if ctx.config.dump_ssa:
        sys.stdout.write(main_ssa_text(prog))
    return prog


def main_ssa_text(prog: Any) -> str:
    """The SSA of the main package's functions, closures included (``-internal-dumpssa``)."""
    from tinypy_go.ir import printer, ssa

    main = prog.packages.get("main")
    fns = [ssa.ensure_built(fn) for p in prog.packages.values() if p is main for fn in list(_all(p))]
    return printer.program_text(prog, fns)


def _all(pkg):
    from tinypy_go.ir.ssa import _with_anon

    for fn in pkg.functions.values():
        yield from _with_anon(fn)


def compile_program(ctx: Any):
    from tinypy_go.backend import asyncify, codegen
    from tinypy_go.build import CompiledModule

    text, exports, _imports, sched = codegen.generate_module(ctx.ssa, ctx.config)
    pattern = getattr(ctx.config, "print_allocs", "")
    if pattern:  # after codegen: it builds the bodies nothing reached before (test functions, ...)
        from tinypy_go.ir import allocs

        for line in allocs.report(ctx.ssa, pattern):
            print(line, file=sys.stderr)
    return CompiledModule(text, exports=exports, entry="_start" if "_start" in exports else None,
                          asyncify_removable=asyncify.removable(sched.may_block))
