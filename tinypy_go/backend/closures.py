"""Lowering of closures and func values (gc's representation, which reflect relies on).

A func value is one pointer to a *closure object* whose first word is the
code pointer: ``{ptr fn, binding0, binding1, ...}``; a nil func is a null
pointer.  So func types are pointer-shaped (4 bytes, direct in interfaces).

* A static function used as a value is the address of one constant global
  ``@"<fn>$funcval" = {ptr @fn}`` (no allocation).
* ``MakeClosure`` allocates ``{ptr fn, bindings...}`` on the heap (a
  variable's address, or a bound method receiver, one field per free
  variable, in order); with no bindings it is the static global.
* Calling a func value ``f`` loads ``fn`` from word 0 (after a nil check:
  Go's nil-dereference panic) and passes ``f`` itself as the trailing
  ``ptr %context`` argument, which every Go function takes; a closure body
  loads its free variables from fields 1.. of ``%context`` in its entry
  block, other functions ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa


def context_type(g, fn: ssa.Function) -> str:
    """The LLVM type of fn's closure object: code pointer, then the free variables."""
    return "{" + ", ".join(["ptr", *(g.lty(fv.type) for fv in fn.free_vars)]) + "}"


@dataclass(slots=True)
class ClosureConsts:
    """One module's constant closure objects (code symbol -> global) and the
    //go:wasmimport adapters made so far."""

    funcvals: dict[str, str] = field(default_factory=dict)
    import_adapters: set[str] = field(default_factory=set)


def static_funcval(mg, fnsym: str) -> str:
    """The constant closure object ``{ptr fn}`` of a function symbol (one per function)."""
    cache = mg.closure_consts.funcvals
    got = cache.get(fnsym)
    if got is None:
        name = fnsym[:-1] + '$funcval"' if fnsym.endswith('"') else fnsym + "$funcval"
        got = cache[fnsym] = name
        mg.globals.append(f"{name} = internal unnamed_addr constant {{ptr}} {{ptr {fnsym}}}, align 4")
    return got


INVARIANT_MD = "!7001"  # an empty metadata node for !invariant.load


def code_ref(mg, fn: ssa.Function) -> str:
    """fn's symbol as the code pointer of a closure object (reflect may call it)."""
    from tinypy_go.backend import reflectcall

    sym = mg.func_ref(fn)
    if fn.wasm_import is not None:
        sym = _import_adapter(mg, fn, sym)
    reflectcall.note_address_taken(mg, fn, sym)
    return sym


def _import_adapter(mg, fn: ssa.Function, sym: str) -> str:
    """A //go:wasmimport function takes no context: func values call it through
    an adapter with the Go calling convention (else the indirect call traps)."""
    name = sym[:-1] + '$adapter"'
    cache = mg.closure_consts.import_adapters
    if name not in cache:
        cache.add(name)
        ret, params, _ = mg.signature_types(fn)
        plist = ", ".join([*(f"{t} %a{i}" for i, t in enumerate(params)), "ptr %context"])
        args = ", ".join(f"{t} %a{i}" for i, t in enumerate(params))
        if ret == "void":
            body = f"  call void {sym}({args})\n  ret void"
        else:
            body = f"  %r = call {ret} {sym}({args})\n  ret {ret} %r"
        mg.bodies.append(f"define internal {ret} {name}({plist}) {{\nentry:\n{body}\n}}")
    return name


def call_target(g, callee: ssa.Value) -> tuple[str, str]:
    """(code pointer, context argument) to call the func value callee (nil check included).

    Word 0 of a closure object never changes once written, so its load is marked
    ``!invariant.load``: LLVM may then forward the store of a fresh closure and
    turn the call into a direct one (and inline it), as with the old ``{ctx, fn}``
    pair.  A call of a MakeClosure result is direct right away."""
    fv = g.v(callee)
    if isinstance(callee, ssa.MakeClosure):
        return g.mg.func_ref(callee.fn), f"ptr {fv}"
    g.nil_check(fv)
    md = f"{INVARIANT_MD} = !{{}}"
    if md not in g.mg.attr_groups:
        g.mg.attr_groups.append(md)
    ref = g.new_tmp()
    g.emit(f"{ref} = load ptr, ptr {fv}, align 4, !invariant.load {INVARIANT_MD}")
    return ref, f"ptr {fv}"


def prologue(g) -> None:
    """Load the free variables of a closure body from its context."""
    fn = g.fn
    if not fn.free_vars:
        return
    cty = context_type(g, fn)
    for i, fv in enumerate(fn.free_vars):
        addr, val = f"%.fva{i}", f"%.fv{i}"
        g.entry_allocas.append(f"  {addr} = getelementptr inbounds {cty}, ptr %context, i32 0, i32 {i + 1}")
        g.entry_allocas.append(f"  {val} = load {g.lty(fv.type)}, ptr {addr}")
        g.values[id(fv)] = val


def lower_make_closure(g, instr: ssa.MakeClosure) -> None:
    fn = instr.fn
    code = code_ref(g.mg, fn)
    if not instr.bindings:
        g.define(instr, static_funcval(g.mg, code))
        return
    cty = context_type(g, fn)
    size, align = LT.PTR_SIZE, LT.PTR_SIZE
    for b in instr.bindings:
        s, a = LT.layout(b.type)
        size = (size + a - 1) // a * a + s
        align = max(align, a)
    size = (size + align - 1) // align * align
    ctx = g.runtime_call("runtime.alloc", [f"i32 {size}"], "ptr")
    g.emit(f"store ptr {code}, ptr {ctx}")
    for i, b in enumerate(instr.bindings):
        addr = g.new_tmp()
        g.emit(f"{addr} = getelementptr inbounds {cty}, ptr {ctx}, i32 0, i32 {i + 1}")
        g.emit(f"store {g.tv(b)}, ptr {addr}")
    g.define(instr, ctx)


def lower_slice_of_array(g, instr: ssa.Slice) -> None:
    """s = arr[:] for a pointer to an array (what variadic packing emits).
    The general slice expression lowering comes with slices."""
    xt = LT.underlying(instr.x.type)
    if instr.low is not None or instr.high is not None or instr.max is not None or type(xt) is not T.Pointer:
        raise g.error("not supported yet: slice expressions")
    n = LT.underlying(xt.elem).len
    a, b = g.new_tmp(), g.new_tmp()
    g.emit(f"{a} = insertvalue {LT.SLICE} undef, ptr {g.v(instr.x)}, 0")
    g.emit(f"{b} = insertvalue {LT.SLICE} {a}, i32 {n}, 1")
    g.emit(f"{g.reg(instr)} = insertvalue {LT.SLICE} {b}, i32 {n}, 2")


def register(handlers: dict) -> None:
    handlers[ssa.MakeClosure] = lower_make_closure
    handlers.setdefault(ssa.Slice, lower_slice_of_array)
