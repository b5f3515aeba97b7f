"""Functions that can only run under a whole-program fact (conditional reachability).

Some standard-library functions are referenced by every program that uses fmt or
reflect but can only execute when the program can create the data they handle
(gc's linker treats reflect's method machinery the same way, ReflectMethod):
``reflect.makeMethodValue`` handles flagMethod Values, which only
``(reflect.Value).Method`` creates; fmt's float formatting runs only if a float
can reach fmt.  The table here is read by two sides with their own view of the
program:

* ``ir/reach.py`` holds a listed function back from building until its condition
  holds over what it has reached so far (fixpoint at the end of its worklist);
* ``backend/condreach.py`` holds it back from lowering, and gives the ones still
  held after its fixpoint a stub body (``trap`` or ``noop``).

Reach's view is a superset of the backend's (it reaches more functions and
boxes more types), so whatever the backend releases, reach has built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

# Reflect can call methods once one of these is reachable (gc's linker rule, ReflectMethod):
# then every exported method of a type with a descriptor may run (backend/reflectcall.py)
REFLECT_METHOD_GIVERS = ("(reflect.Value).Method", "(reflect.Value).MethodByName",
                         "(*reflect.rtype).Method", "(*reflect.rtype).MethodByName")


# functions that read abi.Method.Mtyp (besides the flagMethod paths, live only when reflect
# can call methods): without one of them a live method table entry needs no Mtyp, and
# reflect reaches no method signature from a descriptor (backend/typedesc.py)
MTYP_READERS = (("reflect", "reflect.implements"), ("internal/reflectlite", "internal/reflectlite.implements"),
                ("reflect", "(*reflect.rtype).Method"), ("reflect", "reflect.StructOf"))

# the runtime's reflect.MakeFunc (backend/makefunc.py looks it up; defined here, not
# spelled in backend/, so that backend/runtimerefs.py does not take it for a call)
MAKEFUNC = "runtime.reflect_MakeFunc"

# reflect's table of every type descriptor (backend/typedesc.py): once it is reached,
# every described type is producible
TYPELINKS_FN = "runtime.typelinksTable"


@dataclass(frozen=True, slots=True)
class Condition:
    """True once any of ``reached`` (package path, function name) is reached, or a
    value of kind ``producible`` ("map", "float") can exist as an interface's dynamic
    type or a reflect.Value.  With neither: never."""

    reached: tuple[tuple[str, str], ...] = ()
    producible: str = ""


METHODS_CALLABLE = Condition(reached=tuple(("reflect", n) for n in REFLECT_METHOD_GIVERS))
NEVER = Condition()
GODEBUG_READ = Condition(reached=(("internal/godebug", "(*internal/godebug.Setting).Value"),))
MAPS = Condition(reached=(("reflect", "reflect.MapOf"),), producible="map")
FLOATS = Condition(producible="float")
PREOPENS_READ = Condition(reached=tuple(("syscall", n) for n in ("syscall.preparePath", "syscall.Getwd",
                                                                  "syscall.Chdir")))

# function name -> (condition under which it can run or matter, stub: "trap" or "noop")
RULES: dict[str, tuple[Condition, str]] = {
    "reflect.makeMethodValue": (METHODS_CALLABLE, "trap"),  # flagMethod Values: (reflect.Value).Method
    "reflect.methodReceiver": (METHODS_CALLABLE, "trap"),
    # the runtime's overrides of those two (runtime/reflect_makefunc.go, reflect_method.go):
    # both sides see the //go:linkname target
    "runtime.reflect_makeMethodValue": (METHODS_CALLABLE, "trap"),
    "runtime.reflect_methodReceiver": (METHODS_CALLABLE, "trap"),
    # runtime/std_os.go's godebug_setNewIncNonDefault discards the function it is given
    "internal/godebug.newIncNonDefault": (NEVER, "trap"),
    # GODEBUG parsing fills a cache only (*Setting).Value reads; without a reader the
    # runtime's call of the registered update function does nothing observable
    "internal/godebug.update": (GODEBUG_READ, "noop"),
    "runtime.godebug_setUpdate": (GODEBUG_READ, "noop"),  # and the runtime needn't read $GODEBUG
    # fmt's sorted map printing when no map value can be seen (not reflect's own Map*
    # methods: called on another kind they must panic with reflect's message)
    "internal/fmtsort.Sort": (MAPS, "trap"),
    # fmt's float formatting (strconv's shortest-float tables) when no float can reach it
    "(*fmt.pp).fmtFloat": (FLOATS, "trap"),
    "(*fmt.pp).fmtComplex": (FLOATS, "trap"),
    # and the runtime's printing of a float panic value (internal/strconv's AppendFloat)
    "runtime.printpanicFloat": (FLOATS, "trap"),
    # the code of reflect-made func values' trampolines (backend/makefunc.py): only once
    # reflect.MakeFunc is reached or reflect can call methods (makefunc._enabled)
    "runtime.reflectStubCall": (Condition(reached=(("runtime", MAKEFUNC), *METHODS_CALLABLE.reached)), "trap"),
    # syscall's wasip1 preopen scan (fs_wasip1.go's second init) fills preopens and cwd, read
    # only by preparePath (every path-taking call), Getwd and Chdir
    "syscall.init#2": (PREOPENS_READ, "noop"),
}
# a held function must also call this function (an init is known by number only)
MUST_CALL: dict[str, str] = {"syscall.init#2": "syscall.fd_prestat_get"}


def holds(cond: Condition, reached: Callable[[str, str], bool], producible: Callable[[str], bool]) -> bool:
    """Whether cond is true in a view: ``reached(package, name)``, ``producible(kind)``."""
    return any(reached(p, n) for p, n in cond.reached) or bool(cond.producible) and producible(cond.producible)


def of_kind(kind: str, u: T.Type) -> bool:
    """Whether underlying type u is a value kind a Condition names."""
    if kind == "map":
        return type(u) is T.Map
    if kind == "float":
        return type(u) is T.Basic and bool(u.info & (T.IS_FLOAT | T.IS_COMPLEX))
    raise ValueError(f"unknown value kind {kind!r}")


def calls(fn: ssa.Function, callee: str) -> bool:
    """Whether fn's body calls the function named callee (identifies an init by content)."""
    fn = ssa.ensure_built(fn)
    for b in fn.blocks or ():
        for instr in b.instrs:
            call = getattr(instr, "call", None)
            target = call.static_callee() if isinstance(call, ssa.CallCommon) else None
            if target is not None and target.name == callee:
                return True
    return False
