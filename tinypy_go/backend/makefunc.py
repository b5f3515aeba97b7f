"""Trampolines for func values made by reflect (``reflect.MakeFunc``, method values).

Our func value is a pointer to ``{code, captures...}`` and a call passes that
pointer as the trailing ``ptr %context``.  gc's makeFuncStub/methodValueCall
are assembly that read any caller's frame; a wasm function has exactly one
signature, so the code of a made func value must be a function of its func
type's signature.  For every func type with a descriptor (only those can be
held by Go code: a type assertion or a typed variable needs the descriptor),
this module emits one *trampoline* per shape (LLVM parameter/result types and
their frame offsets, backend/reflectcall.py's ``_shape``)::

    RET tramp(P0 %a0, ..., ptr %context):
        frame = runtime.alloc(size)         ; heap: the collector scans it
        store each argument at its stack-ABI offset
        runtime.reflectStubCall(%context, frame)
        load and return the results (from retOffset)

and the table ``[N x {ptr descriptor, ptr tramp}]`` that
``runtime.makeFuncTable`` returns (runtime/reflect_makefunc.go), with
``reflectStubCall`` as a func value.  The runtime's overrides of
reflect.MakeFunc / reflect.makeMethodValue put the trampoline of the func
type into the context object; reflectStubCall hands the frame to reflect's
callReflect / callMethod, which lay it out exactly as reflect's funcLayout
does for the wasm stack ABI (no argument registers).

Everything is emitted only when the table intrinsic is reached *and* reflect
can make such values: ``reflect.MakeFunc`` is reachable or reflect can call
methods (``reflectcall.methods_callable``); otherwise the table is empty and
the stub nil, so other programs do not grow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.codegen import symbol
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir.conditions import MAKEFUNC as _MAKEFUNC

INTRINSIC = "runtime.makeFuncTable"
TABLE = symbol("tinypy.makefunc.table")
COUNT = symbol("tinypy.makefunc.count")
STUB = symbol("tinypy.makefunc.stub")
_STUB_FN = "runtime.reflectStubCall"


@dataclass(slots=True)
class MakeFuncState:
    """One module's table: whether makeFuncTable is called, whether the trampolines
    are enabled (finish_round), and the symbols of the stub and allocator they call."""

    used: bool = False
    enabled: bool = False
    stub: str = ""
    alloc: str = ""


def _state(mg: Any) -> MakeFuncState:
    return mg.makefunc_state


def lower_table_call(g: Any, instr: Any) -> None:
    """``makeFuncTable() (unsafe.Pointer, uintptr, func(ctxt, frame unsafe.Pointer))``."""
    _state(g.mg).used = True
    n, s, a, b = g.new_tmp(), g.new_tmp(), g.new_tmp(), g.new_tmp()
    g.emit(f"{n} = load i32, ptr {COUNT}")
    g.emit(f"{s} = load ptr, ptr {STUB}")
    g.emit(f"{a} = insertvalue {{ptr, i32, ptr}} {{ptr {TABLE}, i32 0, ptr null}}, i32 {n}, 1")
    g.emit(f"{b} = insertvalue {{ptr, i32, ptr}} {a}, ptr {s}, 2")
    g.define(instr, b)


def _runtime_fn(mg: Any, name: str) -> Any:
    rt = mg.prog.packages.get("runtime")
    return rt.functions.get(name) if rt is not None else None


def _enabled(mg: Any) -> bool:
    from tinypy_go.backend.reflectcall import methods_callable

    mf = _runtime_fn(mg, _MAKEFUNC)
    return (mf is not None and id(mf) in mg.queued) or methods_callable(mg)


def finish_round(mg: Any) -> bool:
    """During the worklist fixpoint: once the table is used and enabled, schedule the
    runtime functions the trampolines call; True if that queued anything."""
    st = _state(mg)
    if not st.used or st.enabled or not _enabled(mg):
        return False
    st.enabled = True
    st.stub = mg.func_ref(_runtime_fn(mg, _STUB_FN))
    st.alloc = mg.func_ref(_runtime_fn(mg, "runtime.alloc"))
    return True


def _shape(u: T.Signature) -> tuple | None:
    from tinypy_go.backend.reflectcall import _shape as frame_shape

    params = [v.type for v in u.params.vars]
    results = [v.type for v in u.results.vars]
    try:
        if sum(LT.scalar_count(p) for p in params) > LT.MAX_WASM_PARAMS:
            return None
        shape = frame_shape(params, results)
        ret = LT.tuple_type(u.results)
    except LT.UnsupportedType:
        return None
    ends = [o + LT.layout(t)[0] for t, (_, o, _) in zip(params, shape[0], strict=True)]
    ends += [o + LT.layout(t)[0] for t, (_, o, _) in zip(results, shape[1], strict=True)]
    size = max([LT.PTR_SIZE, *ends])
    size = (size + 7) // 8 * 8
    return (*shape, ret, size)


def _trampoline(name: str, shape: tuple, stub: str, alloc: str) -> str:
    params, results, ret, size = shape
    plist = ", ".join([*(f"{llty} %a{i}" for i, (llty, _, _) in enumerate(params)), "ptr %context"])
    lines = [f"define internal {ret} {name}({plist}) {{", "entry:",
             f"  %frame = call ptr {alloc}(i32 {size}, ptr undef)"]
    for i, (llty, off, align) in enumerate(params):
        lines.append(f"  %a{i}.p = getelementptr inbounds i8, ptr %frame, i32 {off}")
        lines.append(f"  store {llty} %a{i}, ptr %a{i}.p, align {align}")
    lines.append(f"  call void {stub}(ptr %context, ptr %frame, ptr undef)")
    if not results:
        lines.append("  ret void")
    else:
        vals = []
        for i, (llty, off, align) in enumerate(results):
            lines.append(f"  %r{i}.p = getelementptr inbounds i8, ptr %frame, i32 {off}")
            lines.append(f"  %r{i} = load {llty}, ptr %r{i}.p, align {align}")
            vals.append((llty, f"%r{i}"))
        if len(vals) == 1:
            lines.append(f"  ret {ret} {vals[0][1]}")
        else:
            cur = "undef"
            for i, (llty, v) in enumerate(vals):
                lines.append(f"  %t{i} = insertvalue {ret} {cur}, {llty} {v}, {i}")
                cur = f"%t{i}"
            lines.append(f"  ret {ret} {cur}")
    lines.append("}")
    return "\n".join(lines)


def finish(mg: Any) -> None:
    """Emit the table, its count and the stub global (after the fixpoint)."""
    from tinypy_go.backend.closures import static_funcval

    st = _state(mg)
    if not st.used:
        return
    entries: list[str] = []
    if st.enabled:
        tramps: dict[tuple, str] = {}
        for d in list(mg.ifaces.types.descs.values()):
            u = LT.underlying(d.t)
            if type(u) is not T.Signature:
                continue
            shape = _shape(u)
            if shape is None:
                continue
            tr = tramps.get(shape)
            if tr is None:
                tr = tramps[shape] = symbol(f"tinypy.makefunc.tramp.{len(tramps)}")
                mg.bodies.append(_trampoline(tr, shape, st.stub, st.alloc))
            entries.append(f"{{ptr, ptr}} {{ptr {d.sym}, ptr {tr}}}")
    stub = static_funcval(mg, st.stub) if st.enabled else "null"
    mg.globals.append(f"{TABLE} = internal constant [{len(entries)} x {{ptr, ptr}}] [{', '.join(entries)}], "
                      "align 4")
    mg.globals.append(f"{COUNT} = internal constant i32 {len(entries)}")
    mg.globals.append(f"{STUB} = internal constant ptr {stub}, align 4")
