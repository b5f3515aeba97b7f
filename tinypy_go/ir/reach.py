"""Reachability over the SSA program, building function bodies as it goes.

Bodies are built lazily (``ssa.ensure_built``): starting from the exports and
``_start``, a function is built when a reachable function refers to it.  The
runtime helpers the backend calls by name are roots too (``backend/runtimerefs.py``
lists them); the float printers come with a print of a float (``PRINTERS``), a
``sched``/``chans`` hint's target with the hinted function, and the functions of
``ir/conditions.py``'s table wait until their condition holds over what has been
reached (the backend stubs them otherwise).

Methods follow rapid type analysis, as the backend's dispatchers do
(``backend/interfaces.py``): a method of a type converted to an interface
(its whole method set, promoted methods included) counts once a reached
function calls a method of that name through an interface; its exported
methods count as soon as reflect can call methods (``REFLECT_METHOD_GIVERS``,
gc's ReflectMethod rule).  Names, not name and signature, so the set stays a
superset of what the dispatchers call.
"""

from __future__ import annotations

from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.lookup import method_set_names
from tinypy_go.ir import conditions, ssa
from tinypy_go.ir.build_static import static_refs, static_value_of
from tinypy_go.ir.conditions import REFLECT_METHOD_GIVERS
from tinypy_go.ir.generics import method_function
from tinypy_go.ir.runtimehints import RUNTIME

BUILT = "reach.built"  # Program.synthetic: ids of the functions build_reachable built

# The runtime's printers of floats and complex numbers, which print/println of such a
# value calls (backend/builtins.py): reached with that call, not rooted by name
# (backend/runtimerefs.py), as they bring strconv's float formatting
PRINTERS = {T.IS_FLOAT: ("runtime.printfloat", "runtime.printfloat32"),
            T.IS_COMPLEX: ("runtime.printcomplex", "runtime.printcomplex64")}
BY_CONSTRUCT = frozenset(name for names in PRINTERS.values() for name in names)

# Reflect can call methods once one of REFLECT_METHOD_GIVERS is reachable (gc's linker
# rule, ReflectMethod): then every exported method of a type with a descriptor may run
# (backend/reflectcall.py).
#
# Once one of these is reachable, reflect can turn any type with a descriptor into an
# interface's dynamic type (Value.Interface), so every such type counts as boxed
# (backend/typedesc.py, _PACKERS)
REFLECT_PACKERS = ("reflect.packEface", "internal/reflectlite.packEface")


def boxed_method_set(t: T.Type) -> list[O.Func]:
    """The methods a value of type t converted to an interface can be called through:
    the method set of *t, promoted methods of embedded fields included; none for an
    interface type.  A superset of what a dispatcher finds on t (backend/interfaces.py)."""
    t = T.unalias(t)
    if type(t) is T.Pointer:
        t = T.unalias(t.elem)
    if type(t.underlying()) is T.Interface:
        return []
    return method_set_names(T.Pointer(t))


def boxed_methods(prog: ssa.Program, t: T.Type) -> list[tuple[str, bool, ssa.Function]]:
    """(name, exported, function) of boxed_method_set(t) (so they get every
    whole-program treatment a directly called method gets)."""
    out = []
    for m in boxed_method_set(t):
        f = method_function(prog, m)  # instantiated types too (ir/generics.py)
        if f is not None:
            out.append((m.name, m.exported(), f))
    return out


def _components(t: T.Type, mtyp: bool = True) -> list[T.Type]:
    """The types reflect can reach from a descriptor of t: elements, keys, fields,
    parameters and results, interface method signatures, and (``mtyp``) the
    signatures of t's methods (abi.Method.Mtyp)."""
    t = T.unalias(t)
    u = t.underlying()
    k = type(u)
    out: list[T.Type] = []
    if k is T.Pointer or k is T.Slice or k is T.Chan or k is T.Array:
        out.append(u.elem)
    elif k is T.Map:
        out += (u.key, u.elem)
    elif k is T.Signature:
        out += (v.type for v in (*u.params.vars, *u.results.vars))
    elif k is T.Struct:
        out += (f.type for f in u.fields)
    elif k is T.Interface:
        out += (m.type for m in u.all_methods())
    base = T.unalias(u.elem) if k is T.Pointer else t
    if mtyp and type(base) is T.Named and k is not T.Interface:
        for m in method_set_names(T.Pointer(base)):
            sig = m.type
            out += (v.type for v in (*sig.params.vars, *sig.results.vars))
    return out


class _Methods:
    """The methods of boxed types, released for scanning by rapid type analysis."""

    __slots__ = ("invoked", "waiting", "reflect_calls", "boxed", "described", "reflect_boxes", "mtyp")

    def __init__(self) -> None:
        self.invoked: set[str] = set()  # method names called through an interface
        self.waiting: dict[str, list[tuple[bool, ssa.Function]]] = {}  # name -> (exported, method)
        self.reflect_calls = False  # a REFLECT_METHOD_GIVERS function was reached
        self.boxed: set[int] = set()  # ids of the types whose method sets were added
        # types that get a descriptor, and what reflect reaches from them (a superset of
        # backend/typedesc.py's): boxed too once reflect_boxes (a REFLECT_PACKERS was reached)
        self.described: dict[int, T.Type] = {}
        self.reflect_boxes = False
        # a method's signature (abi.Method.Mtyp) is reachable from a descriptor only once
        # something reads it (conditions.MTYP_READERS) or reflect can call methods
        self.mtyp = False

    def describe(self, prog: ssa.Program, t: T.Type) -> list[ssa.Function]:
        """t gets a descriptor (boxed, asserted to): with every type reflect can reach
        from it, boxed once reflect_boxes; the methods that count so far."""
        out: list[ssa.Function] = []
        work = [t]
        while work:
            t = work.pop()
            if id(t) in self.described:
                continue
            self.described[id(t)] = t
            if self.reflect_boxes:
                out.extend(self.box(prog, t))
            work.extend(_components(t, self.mtyp))
        return out

    def read_mtyp(self, prog: ssa.Program) -> list[ssa.Function]:
        """Method signatures became readable: describe them for every described type."""
        self.mtyp = True
        out: list[ssa.Function] = []
        for t in list(self.described.values()):
            for c in _components(t):
                out.extend(self.describe(prog, c))
        return out

    def reflect_box(self, prog: ssa.Program) -> list[ssa.Function]:
        """Reflect can box any described type: box them all."""
        self.reflect_boxes = True
        out: list[ssa.Function] = []
        for t in list(self.described.values()):
            out.extend(self.box(prog, t))
        return out

    def box(self, prog: ssa.Program, t: T.Type) -> list[ssa.Function]:
        """Note type t as boxed; its methods that already count."""
        if id(t) in self.boxed:
            return []
        self.boxed.add(id(t))
        out = []
        for name, exported, fn in boxed_methods(prog, t):
            if name in self.invoked or exported and self.reflect_calls:
                out.append(fn)
            else:
                self.waiting.setdefault(name, []).append((exported, fn))
        return out

    def invoke(self, name: str) -> list[ssa.Function]:
        """A call of method name through an interface: the waiting methods of that name."""
        if name in self.invoked:
            return []
        self.invoked.add(name)
        return [fn for _, fn in self.waiting.pop(name, ())]

    def reflect(self) -> list[ssa.Function]:
        """Reflect can call methods: every waiting exported method."""
        self.reflect_calls = True
        out = []
        for name, ms in list(self.waiting.items()):
            out.extend(fn for exported, fn in ms if exported)
            rest = [(e, fn) for e, fn in ms if not e]
            if rest:
                self.waiting[name] = rest
            else:
                del self.waiting[name]
        return out


def reachable(prog: ssa.Program, roots: list[ssa.Function]):
    """Yield every function reachable from roots, building each body before it is scanned."""
    stack = list(roots)
    seen: set[int] = set()
    # a variable's lazy initialiser (Function.lazy_global) counts once something reached
    # uses the variable, as the backend keeps its call then (backend/staticdata.py)
    globals_used: set[int] = set()
    lazy_waiting: dict[int, list[ssa.Function]] = {}
    methods = _Methods()
    # ir/conditions.py: functions held back until their condition holds, and the types
    # MakeInterface boxes (the roots of what values can exist, for "producible")
    held: dict[int, ssa.Function] = {}
    made: dict[int, T.Type] = {}
    make_iface, type_assert, call, call_instr = ssa.MakeInterface, ssa.TypeAssert, ssa.Call, ssa.CallInstr
    function, global_, link_target, builtin = ssa.Function, ssa.Global, prog.link_target, ssa.Builtin
    rt = prog.packages.get(RUNTIME)
    rt_functions = rt.functions if rt is not None else {}
    true_kinds: set[str] = set()

    def reached(pkg: str, name: str) -> bool:
        p = prog.packages.get(pkg)
        f = p.functions.get(name) if p is not None else None
        return f is not None and id(f) in seen

    def producible(kind: str) -> bool:
        """A superset of backend/condreach.py's: everything described once reflect's
        typelinks table is reached, else what reflect reaches from the boxed types."""
        if kind in true_kinds:
            return True
        if reached("runtime", conditions.TYPELINKS_FN):
            types = list(methods.described.values())
        else:
            mtyp = methods.mtyp
            types, seen_types, work = [], set(), list(made.values())
            while work:
                t = work.pop()
                if id(t) not in seen_types:
                    seen_types.add(id(t))
                    types.append(t)
                    work.extend(_components(t, mtyp))
        if any(conditions.of_kind(kind, T.unalias(t).underlying()) for t in types):
            true_kinds.add(kind)
            return True
        return False

    def hold(fn: ssa.Function) -> bool:
        rule = conditions.RULES.get(fn.name)
        if rule is None or fn.pkg is None or conditions.holds(rule[0], reached, producible):
            return False
        callee = conditions.MUST_CALL.get(fn.name)
        return callee is None or conditions.calls(fn, callee)

    def use_global(g: ssa.Global) -> None:
        """g is used: its lazy initialiser counts, and what its static data refers to."""
        work = [g]
        while work:
            g = work.pop()
            if id(g) in globals_used:
                continue
            globals_used.add(id(g))
            stack.extend(lazy_waiting.pop(id(g), ()))
            if g.static_value is not None:
                for ref in static_refs(static_value_of(g)):
                    if isinstance(ref, ssa.Function):
                        stack.append(prog.link_target(ref) or ref)
                    elif type(ref) is ssa.Global:
                        work.append(ref)
    while True:
        while stack:
            fn = stack.pop()
            if id(fn) in seen or id(fn) in held:
                continue
            g = fn.lazy_global
            if g is not None and id(g) not in globals_used:
                lazy_waiting.setdefault(id(g), []).append(fn)
                continue
            if hold(fn):
                held[id(fn)] = fn
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
            elif fn.name in REFLECT_METHOD_GIVERS and fn.pkg is not None and fn.pkg.path == "reflect" \
                    and not methods.reflect_calls:
                stack.extend(methods.reflect())
            elif fn.name in REFLECT_PACKERS and not methods.reflect_boxes:
                stack.extend(methods.reflect_box(prog))
            if not methods.mtyp and fn.pkg is not None and (
                    (fn.pkg.path, fn.name) in conditions.MTYP_READERS or methods.reflect_calls):
                stack.extend(methods.read_mtyp(prog))
            stack.extend(fn.anon_funcs)
            if fn.hints:  # the runtime's //tinypy: hints: the backend may call a replacement
                for hint in ("sched", "chans"):
                    arg = fn.hints.get(hint)
                    target = rt_functions.get(f"{RUNTIME}.{arg}") if arg else None
                    if target is not None:
                        stack.append(target)
            for b in fn.blocks:
                for instr in b.instrs:
                    k = type(instr)  # exact classes: the SSA instructions have no subclasses
                    if k is make_iface:
                        made.setdefault(id(instr.x.type), instr.x.type)
                        stack.extend(methods.box(prog, instr.x.type))
                        stack.extend(methods.describe(prog, instr.x.type))
                    elif k is type_assert:
                        stack.extend(methods.describe(prog, instr.asserted))
                    elif (k is call or k is call_instr) and instr.call.method is not None:
                        stack.extend(methods.invoke(instr.call.method.name))
                    elif k is call and type(instr.call.value) is builtin and instr.call.value.name in ("print",
                                                                                                    "println"):
                        stack.extend(_printers(rt_functions, instr.call.args))
                    for op in instr.operands():
                        t = type(op)
                        if t is function:
                            stack.append(link_target(op) or op)
                        elif t is global_ and id(op) not in globals_used:
                            use_global(op)

        # the worklist is empty: release the held functions whose condition now holds
        ready = [fn for fn in held.values() if conditions.holds(conditions.RULES[fn.name][0], reached, producible)]
        if not ready:
            return
        for fn in ready:
            del held[id(fn)]
            stack.append(fn)


def _printers(rt_functions: dict[str, ssa.Function], args: list[ssa.Value]) -> list[ssa.Function]:
    """The PRINTERS a print/println of args calls."""
    out = []
    for a in args:
        u = T.unalias(a.type).underlying()
        if type(u) is T.Basic:
            for flag, names in PRINTERS.items():
                if u.info & flag:
                    out += (rt_functions[n] for n in names if n in rt_functions)
    return out


def build_reachable(prog: ssa.Program, roots: list[ssa.Function],
                    runtime_helpers: list[ssa.Function]) -> int:
    """Build every function reachable from roots and from the runtime helpers the
    backend calls by name (``backend/runtimerefs.py``); returns how many were visited."""
    fns = list(reachable(prog, [*roots, *runtime_helpers]))
    prog.synthetic[BUILT] = {id(fn) for fn in fns}  # the backend's check of runtimerefs (codegen.py)
    return len(fns)
