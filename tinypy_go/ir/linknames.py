"""Push-//go:linkname bookkeeping: one definition per target, and overrides.

A function with a body whose ``//go:linkname local pkg.name`` names another
symbol pushes its body there (``Program.linkname_defs``).  Two such definitions
of one target would be a duplicate symbol for gc's linker, so they are a
compile error naming both positions; so is a push onto a function that has a
body of its own, except from the runtime.

The runtime's definition replaces such a body (an override): the target is
turned into a body-less function before any body is built, so every later
stage (``Program.link_target``, reachability, GC-root analysis, codegen) sees
an ordinary body-less function bound by //go:linkname.  This lets the runtime
stand in for the few standard-library functions that read data structures
whose layout differs here (``reflect.methodReceiver`` reads an itab, while our
non-empty interfaces hold the dynamic type's ``*abi.Type``; see
runtime/reflect_method.go).  The replacement must have the same LLVM signature.
"""

from __future__ import annotations

from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.ir import ssa


def register_push(prog: ssa.Program, fn: ssa.Function) -> None:
    """Record fn (with a body) as the definition of its //go:linkname target."""
    other = prog.linkname_defs.get(fn.link_name)
    if other is not None and other is not fn:
        fset = prog.fset
        raise CompileError([Diagnostic(
            fset.position(fn.pos),
            f"duplicate //go:linkname definition of {fn.link_name}: {fn.name} here and "
            f"{other.name} at {fset.position(other.pos)}")])
    prog.linkname_defs[fn.link_name] = fn


def apply_overrides(prog: ssa.Program) -> None:
    """Make every function with a body that the runtime pushes a definition to body-less."""
    for name, impl in prog.linkname_defs.items():
        if "." not in name:
            continue
        pkg = prog.packages.get(name.rsplit(".", 1)[0])
        target = pkg.functions.get(name) if pkg is not None else None
        if target is None or target is impl or target.bodyless:
            continue
        if impl.pkg is None or impl.pkg.path != "runtime":
            fset = prog.fset
            raise CompileError([Diagnostic(
                fset.position(impl.pos),
                f"duplicate definition of {name}: //go:linkname from {impl.name} here, "
                f"and its own body at {fset.position(target.pos)}")])
        target.bodyless = True
        target.builder = None
        target.params = [ssa.Parameter(v.name or f"_p{i}", v.type, target, v.pos)
                         for i, v in enumerate(target.signature.params.vars)]


def alias_pulled_vars(prog: ssa.Program, files_by_pkg: list[tuple[ssa.Package, list]]) -> None:
    """A package variable declared without a value under ``//go:linkname local
    runtime.name`` (math/bits' ``overflowError``, ...) is the runtime's variable of
    that name when our runtime defines one of an identical type: every use of the
    local variable refers to the runtime's.  Otherwise it stays a zero variable of
    its own, as before."""
    from tinypy_go.frontend.types.predicates import identical

    runtime = prog.packages.get("runtime")
    if runtime is None:
        return
    for pkg, files in files_by_pkg:
        if pkg.path == "runtime":
            continue
        for f in files:
            with_values = {n.name for decl in f.decls if getattr(decl, "tok", "") == "var"
                           for spec in decl.specs if getattr(spec, "values", None) for n in spec.names}
            for d in f.directives:
                if d.name != "go:linkname":
                    continue
                parts = d.args.split()
                if len(parts) != 2 or not parts[1].startswith("runtime.") or parts[0] in with_values:
                    continue
                local = pkg.globals.get(f"{pkg.path}.{parts[0]}")
                target = runtime.globals.get(parts[1])
                if local is None or target is None:
                    continue
                if not identical(local.elem, target.elem):
                    continue
                for key, g in list(prog.globals_by_obj.items()):
                    if g is local:
                        prog.globals_by_obj[key] = target
