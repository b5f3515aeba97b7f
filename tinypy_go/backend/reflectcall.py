"""``runtime.reflectcall``: calling any func value from a reflect frame.

reflect.Value.call lays the arguments out in a frame at Go's stack-ABI
offsets (wasm has no argument registers): each value aligned to its
alignment, a method receiver first as one pointer word, the results from
``retOffset`` = the end of the arguments rounded up to a pointer.  It then
calls ``runtime.reflectcall(frameType, fn, frame, ...)`` with ``fn`` a closure
pointer (backend/closures.py), which knows nothing about the signature.

So the backend pairs code pointers with *thunks*: for every function whose
address is stored in a closure object (``note_address_taken``: static
function values and ``MakeClosure``) and every method wrapper reflect's
Method calls use (``note_reflect_callable``), a table entry ``{ptr code, ptr
thunk}``; ``runtime.reflectcall`` (runtime/reflectcall.go) finds ``fn``'s code
pointer in the table and calls the thunk as ``func(fn, frame unsafe.Pointer)``.
A thunk, one per LLVM *shape* (argument and result types with their frame
offsets), loads the arguments, calls ``fn``'s code with ``fn`` as the context
and stores the results.

The table is emitted only when ``runtime.reflectcallTable`` is reached (that
is, when reflect's ``call`` is), after the worklist has run dry, so programs
without reflect calls pay nothing.
"""

from __future__ import annotations

from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.codegen import symbol
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

TABLE = symbol("tinypy.reflectcall.table")
COUNT = symbol("tinypy.reflectcall.count")
INTRINSIC = "runtime.reflectcallTable"


def _state(mg: Any) -> dict:
    st = mg.__dict__.get("_reflectcall")
    if st is None:
        st = mg._reflectcall = {"funcs": {}, "used": False}
    return st


def note_address_taken(mg: Any, fn: ssa.Function, sym: str) -> None:
    """fn's code pointer (sym) goes into a closure object: reflect may call it."""
    _state(mg)["funcs"].setdefault(sym, (fn, None))


def note_reflect_callable(mg: Any, sym: str, params: list[T.Type], results: list[T.Type]) -> None:
    """A function that is not a Go function value but that reflect calls
    (a method wrapper taking the receiver word first)."""
    _state(mg)["funcs"].setdefault(sym, (None, (params, results)))


def lower_table_call(g: Any, instr: ssa.Call) -> None:
    """``reflectcallTable() (unsafe.Pointer, uintptr)``."""
    _state(g.mg)["used"] = True
    n, r = g.new_tmp(), g.new_tmp()
    g.emit(f"{n} = load i32, ptr {COUNT}")
    g.emit(f"{r} = insertvalue {{ptr, i32}} {{ptr {TABLE}, i32 0}}, i32 {n}, 1")
    g.define(instr, r)


def frame_offsets(types: list[T.Type], start: int = 0) -> tuple[list[int], int]:
    """Offsets of values laid out as reflect's abiSeq.stackAssign does, and the end."""
    off, offs = start, []
    for t in types:
        size, align = LT.layout(t)
        off = (off + align - 1) // align * align
        offs.append(off)
        off += size
    return offs, off


def _shape(params: list[T.Type], results: list[T.Type]) -> tuple:
    poffs, end = frame_offsets(params)
    ret_off = (end + LT.PTR_SIZE - 1) // LT.PTR_SIZE * LT.PTR_SIZE
    roffs, _ = frame_offsets(results, ret_off)
    return (tuple((LT.llvm_type(t), o, LT.layout(t)[1]) for t, o in zip(params, poffs, strict=True)),
            tuple((LT.llvm_type(t), o, LT.layout(t)[1]) for t, o in zip(results, roffs, strict=True)))


def _thunk(name: str, shape: tuple) -> str:
    params, results = shape
    lines = [f"define internal void {name}(ptr %f, ptr %frame, ptr %context) {{", "entry:"]
    args = []
    for i, (llty, off, align) in enumerate(params):
        lines.append(f"  %a{i}.p = getelementptr inbounds i8, ptr %frame, i32 {off}")
        lines.append(f"  %a{i} = load {llty}, ptr %a{i}.p, align {align}")
        args.append(f"{llty} %a{i}")
    args.append("ptr %f")
    lines.append("  %code = load ptr, ptr %f")
    if not results:
        lines.append(f"  call void %code({', '.join(args)})")
    else:
        rty = results[0][0] if len(results) == 1 else "{" + ", ".join(r[0] for r in results) + "}"
        lines.append(f"  %r = call {rty} %code({', '.join(args)})")
        for i, (llty, off, align) in enumerate(results):
            val = "%r"
            if len(results) > 1:
                val = f"%r{i}"
                lines.append(f"  {val} = extractvalue {rty} %r, {i}")
            lines.append(f"  %r{i}.p = getelementptr inbounds i8, ptr %frame, i32 {off}")
            lines.append(f"  store {llty} {val}, ptr %r{i}.p, align {align}")
    lines += ["  ret void", "}"]
    return "\n".join(lines)


def finish(mg: Any) -> None:
    """Emit the thunks and the table (after the worklist has run dry)."""
    from tinypy_go.backend.closures import static_funcval

    st = _state(mg)
    if not st["used"]:
        return
    thunks: dict[tuple, str] = {}
    entries = []
    for sym, (fn, explicit) in st["funcs"].items():
        if fn is not None:
            params = [p.type for p in fn.params]
            results = [v.type for v in fn.signature.results.vars]
        else:
            params, results = explicit
        try:
            shape = _shape(params, results)
        except LT.UnsupportedType:
            continue
        th = thunks.get(shape)
        if th is None:
            th = thunks[shape] = symbol(f"tinypy.reflectcall.thunk.{len(thunks)}")
            mg.bodies.append(_thunk(th, shape))
        entries.append(f"{{ptr, ptr}} {{ptr {sym}, ptr {static_funcval(mg, th)}}}")
    mg.globals.append(f"{TABLE} = internal constant [{len(entries)} x {{ptr, ptr}}] [{', '.join(entries)}], "
                      "align 4")
    mg.globals.append(f"{COUNT} = internal constant i32 {len(entries)}")
