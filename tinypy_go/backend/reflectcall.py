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

from dataclasses import dataclass, field
from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.codegen import symbol
from tinypy_go.backend.typenames import type_key
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

TABLE = symbol("tinypy.reflectcall.table")
COUNT = symbol("tinypy.reflectcall.count")
INTRINSIC = "runtime.reflectcallTable"


@dataclass(slots=True)
class ReflectCallState:
    """One module's reflectcall table: symbol -> (function, or explicit (params,
    results)) of what reflect may call; whether reflectcallTable is called; the
    (Ifn, Tfn) wrappers made per (type, method)."""

    funcs: dict[str, tuple] = field(default_factory=dict)
    used: bool = False
    methods: dict[tuple, tuple[str, str]] = field(default_factory=dict)


def _state(mg: Any) -> ReflectCallState:
    return mg.reflectcall_state


def note_address_taken(mg: Any, fn: ssa.Function, sym: str) -> None:
    """fn's code pointer (sym) goes into a closure object: reflect may call it."""
    _state(mg).funcs.setdefault(sym, (fn, None))


def note_reflect_callable(mg: Any, sym: str, params: list[T.Type], results: list[T.Type]) -> None:
    """A function that is not a Go function value but that reflect calls
    (a method wrapper taking the receiver word first)."""
    _state(mg).funcs.setdefault(sym, (None, (params, results)))


def lower_table_call(g: Any, instr: ssa.Call) -> None:
    """``reflectcallTable() (unsafe.Pointer, uintptr)``."""
    _state(g.mg).used = True
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


def _sig_key(params: list[T.Type], sig: T.Signature) -> str:
    from tinypy_go.frontend.types import objects as O

    plain = T.Signature(T.Tuple([O.Var(0, None, "", t) for t in params]), sig.results, sig.variadic)
    return type_key(plain)


def _reflect_visible_signatures(mg: Any) -> set[str] | None:
    """Type keys of the func types that have a type descriptor (only their values can
    reach reflect.Value.Call), or None when the descriptors cannot be listed."""
    descs = getattr(getattr(mg.ifaces, "types", None), "descs", None)
    if descs is None:
        return None
    out = set()
    for d in descs.values():
        u = LT.underlying(d.t)
        if type(u) is T.Signature:
            out.add(type_key(T.Signature(u.params, u.results, u.variadic)))
    return out


def finish(mg: Any) -> None:
    """Emit the thunks and the table (after the worklist has run dry)."""
    from tinypy_go.backend.closures import static_funcval

    st = _state(mg)
    if not st.used:
        return
    thunks: dict[tuple, str] = {}
    entries = []
    visible = _reflect_visible_signatures(mg)
    for sym, (fn, explicit) in st.funcs.items():
        if fn is not None:
            params = [p.type for p in fn.params]
            results = [v.type for v in fn.signature.results.vars]
            if visible is not None and _sig_key(params, fn.signature) not in visible:
                continue  # no descriptor of its func type: reflect cannot hold it
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


# ---------------------------------------------------------------- methods (abi.Method.Ifn / Tfn)


def methods_callable(mg: Any) -> bool:
    """Can reflect call methods (Value.Method(i).Call, Type.Method(i).Func.Call)?
    Only then do descriptors need Ifn/Tfn (and the wrappers get built)."""
    # gc's linker rule (ReflectMethod): only the functions that hand out methods count;
    # methodReceiver itself is reachable from every Value.Interface (makeMethodValue)
    from tinypy_go.ir.conditions import REFLECT_METHOD_GIVERS

    p = mg.prog.packages.get("reflect")
    if p is None:
        return False
    for name in REFLECT_METHOD_GIVERS:
        fn = p.functions.get(name)
        if fn is not None and id(fn) in mg.queued:
            return True
    return False


def method_text(mg: Any, t: T.Type, m: Any) -> tuple[str, str] | None:
    """(Ifn, Tfn) code symbols for method m of type t's method set, as gc fills
    ``abi.Method``: Ifn takes the interface data word as receiver (what reflect's
    storeRcvr puts in the frame for Value.Method calls), Tfn the receiver by
    value as an ordinary first argument (Type.Method(i).Func).  Both are
    registered with the reflectcall table.  None when m has no body here, or is
    unexported (reflect lists and calls exported methods only)."""
    if not m.exported():
        return None
    st = _state(mg)
    key = (type_key(t), id(m))
    got = st.methods.get(key)
    if got is not None:
        return got
    ifaces = mg.ifaces
    obj, path = ifaces.method_of(t, m)
    if obj is None:
        return None
    msig = obj.type
    params = [p.type for p in msig.params.vars]
    results = [v.type for v in msig.results.vars]
    tname = type_key(t)
    ifn = symbol(f"{tname}.{m.name}$ifn")
    mg.bodies.append(_method_wrapper(mg, ifn, t, obj, path, params, results, by_value=False))
    note_reflect_callable(mg, ifn, [T.TYP[T.UNSAFE_POINTER], *params], results)
    if type(LT.underlying(t)) is T.Pointer:
        tfn = ifn  # the receiver word is the pointer itself: same function, same frame shape
    else:
        tfn = symbol(f"{tname}.{m.name}$tfn")
        mg.bodies.append(_method_wrapper(mg, tfn, t, obj, path, params, results, by_value=True))
        note_reflect_callable(mg, tfn, [t, *params], results)
    st.methods[key] = (ifn, tfn)
    return ifn, tfn



def _method_wrapper(mg: Any, sym: str, t: T.Type, obj: Any, path: list[int], params: list[T.Type],
                    results: list[T.Type], by_value: bool) -> str:
    """``RET sym(ptr %value | T %recv, params..., ptr %context)`` calling method obj of t."""
    from tinypy_go.backend.funcgen import FuncGen
    from tinypy_go.backend.interfaces import _is_iface_method
    from tinypy_go.ir.generics import method_function

    ifaces = mg.ifaces
    ret = LT.tuple_type(T.Tuple(list(obj.type.results.vars)))
    ptys = [LT.llvm_type(p) for p in params]
    g = FuncGen(mg, None, zero_return="ret void" if ret == "void" else f"ret {ret} zeroinitializer")
    g.start_block("entry")
    recv_base = t
    if by_value:
        first = f"{LT.llvm_type(t)} %recv"
        g.entry_allocas.append(f"  %value = alloca {LT.llvm_type(t)}, align {max(LT.layout(t)[1], 1)}")
        g.emit(f"store {LT.llvm_type(t)} %recv, ptr %value")
        recv_base = T.Pointer(t)
    else:
        first = "ptr %value"
    fn = method_function(mg.prog, obj)
    if fn is None and len(path) > 1 and _is_iface_method(obj):
        ifaces.redispatch(g, recv_base, path, obj, ptys, ret)
    elif fn is None:
        g.emit("unreachable")
    else:
        recv_t = fn.params[0].type if fn.params else obj.type.recv.type
        recv = ifaces.receiver(g, recv_base, path, recv_t)
        args = [f"{g.lty(recv_t)} {recv}", *(f"{p} %a{i}" for i, p in enumerate(ptys)), "ptr undef"]
        call = f"call {ret} {mg.func_ref(fn)}({', '.join(args)})"
        if ret == "void":
            g.emit(call)
            g.emit("ret void")
        else:
            g.emit(f"%r = {call}")
            g.emit(f"ret {ret} %r")
    body = [g.lines[0], *g.entry_allocas, *g.lines[1:]]
    plist = ", ".join([first, *(f"{p} %a{i}" for i, p in enumerate(ptys)), "ptr %context"])
    return "\n".join([f"define internal {ret} {sym}({plist}) {{", *body, "}"])
