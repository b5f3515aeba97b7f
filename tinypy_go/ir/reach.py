"""Reachability over the SSA program, building function bodies as it goes.

Bodies are built lazily (``ssa.ensure_built``): starting from the exports and
``_start``, a function is built when a reachable function refers to it, and
every method of a type converted to an interface counts as reachable (a
superset of what the backend's dispatchers will call).  The runtime helpers
the backend calls by name are roots too (``backend/runtimerefs.py`` lists them).
"""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.lookup import method_set_names
from tinypy_go.ir import ssa
from tinypy_go.ir.generics import method_function

BUILT = "reach.built"  # Program.synthetic: ids of the functions build_reachable built


def boxed_methods(prog: ssa.Program, t: T.Type) -> list[ssa.Function]:
    """Methods a value of type t converted to an interface can be called through:
    the method set of *t, promoted methods of embedded fields included (so they
    get every whole-program treatment a directly called method gets)."""
    t = T.unalias(t)
    if type(t) is T.Pointer:
        t = T.unalias(t.elem)
    if type(t.underlying()) is T.Interface:
        return []
    out = []
    for m in method_set_names(T.Pointer(t)):
        f = method_function(prog, m)  # instantiated types too (ir/generics.py)
        if f is not None:
            out.append(f)
    return out


def reachable(prog: ssa.Program, roots: list[ssa.Function]):
    """Yield every function reachable from roots, building each body before it is scanned."""
    stack = list(roots)
    seen: set[int] = set()
    # a variable's lazy initialiser (Function.lazy_global) counts once something reached
    # uses the variable, as the backend keeps its call then (backend/staticdata.py)
    globals_used: set[int] = set()
    lazy_waiting: dict[int, list[ssa.Function]] = {}
    while stack:
        fn = stack.pop()
        if id(fn) in seen:
            continue
        g = fn.lazy_global
        if g is not None and id(g) not in globals_used:
            lazy_waiting.setdefault(id(g), []).append(fn)
            continue
        seen.add(id(fn))
        ssa.ensure_built(fn)
        yield fn
        if fn.name == "runtime.initAll":
            stack.extend(p.init for p in prog.packages.values() if p.init is not None)
        elif fn.name == "runtime.callMain":
            main = prog.packages.get("main")
            if main is not None and "main.main" in main.functions:
                stack.append(main.functions["main.main"])
        stack.extend(fn.anon_funcs)
        for b in fn.blocks:
            for instr in b.instrs:
                if isinstance(instr, ssa.MakeInterface):
                    stack.extend(boxed_methods(prog, instr.x.type))
                for op in instr.operands():
                    if isinstance(op, ssa.Function):
                        stack.append(prog.link_target(op) or op)
                    elif type(op) is ssa.Global and id(op) not in globals_used:
                        globals_used.add(id(op))
                        stack.extend(lazy_waiting.pop(id(op), ()))


def build_reachable(prog: ssa.Program, roots: list[ssa.Function],
                    runtime_helpers: list[ssa.Function]) -> int:
    """Build every function reachable from roots and from the runtime helpers the
    backend calls by name (``backend/runtimerefs.py``); returns how many were visited."""
    fns = list(reachable(prog, [*roots, *runtime_helpers]))
    prog.synthetic[BUILT] = {id(fn) for fn in fns}  # the backend's check of runtimerefs (codegen.py)
    return len(fns)
