"""Text form of the SSA IR (``tinypy build -internal-dumpssa``), go/ssa style."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tinypy_go.ir import ssa


def _type_str(t: Any) -> str:
    if t is None:
        return "?"
    try:
        from tinypy_go.frontend.types import type_string  # type: ignore[attr-defined]

        return type_string(t)
    except Exception:  # noqa: BLE001 - printing must never fail
        return str(t)


def instr_text(instr: ssa.Instruction, tstr: Callable[[Any], str] = _type_str) -> str:
    """One instruction as a line of text (without the register on the left)."""
    match instr:
        case ssa.Alloc():
            where = "new" if instr.heap else "local"
            note = f" ({instr.comment})" if instr.comment else ""
            return f"{where} {tstr(instr.elem)}{note}"
        case ssa.BinOp():
            return f"{instr.x.ref()} {instr.op} {instr.y.ref()}"
        case ssa.UnOp():
            return f"{instr.op}{instr.x.ref()}{',ok' if instr.comma_ok else ''}"
        case ssa.Call():
            return instr.call.describe()
        case ssa.Convert():
            return f"convert {tstr(instr.type)} <- {tstr(instr.x.type)} ({instr.x.ref()})"
        case ssa.ChangeType():
            return f"changetype {tstr(instr.type)} <- {tstr(instr.x.type)} ({instr.x.ref()})"
        case ssa.MakeInterface():
            return f"make {tstr(instr.type)} <- {tstr(instr.x.type)} ({instr.x.ref()})"
        case ssa.TypeAssert():
            return f"typeassert{',ok' if instr.comma_ok else ''} {instr.x.ref()}.({tstr(instr.asserted)})"
        case ssa.Extract():
            return f"extract {instr.tuple.ref()} #{instr.index}"
        case ssa.FieldAddr():
            return f"&{instr.x.ref()}.#{instr.field}"
        case ssa.Field():
            return f"{instr.x.ref()}.#{instr.field}"
        case ssa.IndexAddr():
            return f"&{instr.x.ref()}[{instr.index.ref()}]"
        case ssa.Index():
            return f"{instr.x.ref()}[{instr.index.ref()}]"
        case ssa.Slice():
            parts = [v.ref() if v else "" for v in (instr.low, instr.high)]
            if instr.max is not None:
                parts.append(instr.max.ref())
            return f"slice {instr.x.ref()}[{':'.join(parts)}]"
        case ssa.MakeClosure():
            return f"make closure {instr.fn.name} [{', '.join(b.ref() for b in instr.bindings)}]"
        case ssa.MakeSlice():
            return f"make {tstr(instr.type)} {instr.len.ref()} {instr.cap.ref()}"
        case ssa.MakeMap():
            return f"make {tstr(instr.type)} {instr.reserve.ref() if instr.reserve else ''}".rstrip()
        case ssa.Lookup():
            return f"{instr.x.ref()}[{instr.index.ref()}]{',ok' if instr.comma_ok else ''}"
        case ssa.MapUpdate():
            return f"{instr.map.ref()}[{instr.key.ref()}] = {instr.value.ref()}"
        case ssa.Range():
            return f"range {instr.x.ref()}"
        case ssa.Next():
            return f"next {instr.iter.ref()}"
        case ssa.SliceToArrayPointer():
            return f"slice to array pointer *{tstr(instr.type)} <- {tstr(instr.x.type)} ({instr.x.ref()})"
        case ssa.Phi():
            edges = ", ".join(
                f"{p.index}: {v.ref()}" for p, v in zip(instr.block.preds, instr.edges, strict=False)
            )
            return f"phi [{edges}]"
        case ssa.Store():
            return f"*{instr.addr.ref()} = {instr.val.ref()}"
        case ssa.CallInstr():
            return f"{instr.kind} {instr.call.describe()}"
        case ssa.RunDefers():
            return "rundefers"
        case ssa.Jump():
            return f"jump {instr.block.succs[0].index}" if instr.block and instr.block.succs else "jump ?"
        case ssa.If():
            s = instr.block.succs if instr.block else []
            targets = " else ".join(str(b.index) for b in s) if len(s) == 2 else "?"
            return f"if {instr.cond.ref()} goto {targets}"
        case ssa.Return():
            return "return " + ", ".join(r.ref() for r in instr.results)
        case ssa.Panic():
            return f"panic {instr.x.ref()}"
        case ssa.Unreachable():
            return "unreachable"
    return f"<{type(instr).__name__}>"


def function_text(fn: ssa.Function, tstr: Callable[[Any], str] = _type_str) -> str:
    lines = [f"# Name: {fn.name}"]
    if fn.synthetic:
        lines.append(f"# Synthetic: {fn.synthetic}")
    if fn.parent is not None:
        lines.append(f"# Parent: {fn.parent.name}")
    if fn.export_name:
        lines.append(f"# Export: {fn.export_name}")
    if fn.wasm_import:
        lines.append(f"# WasmImport: {fn.wasm_import[0]} {fn.wasm_import[1]}")
    if fn.free_vars:
        lines.append("# Free variables:")
        for i, fv in enumerate(fn.free_vars):
            lines.append(f"# {i:3d}:\t{fv.name} {tstr(fv.type)}")
    params = ", ".join(f"{p.name} {tstr(p.type)}" for p in fn.params)
    lines.append(f"func {fn.name}({params}) {tstr(_results(fn.signature))}:")
    if fn.is_external:
        lines.append("\t(external)")
    for b in fn.blocks:
        preds = ", ".join(str(p.index) for p in b.preds)
        succs = ", ".join(str(s.index) for s in b.succs)
        lines.append(f"{b.index}:\t\t\t\t\t\t\t\t\t{b.comment} P:[{preds}] S:[{succs}]")
        for instr in b.instrs:
            text = instr_text(instr, tstr)
            if isinstance(instr, ssa.ValueInstr):
                lines.append(f"\t{instr.name} = {text}\t{tstr(instr.type)}")
            else:
                lines.append(f"\t{text}")
    return "\n".join(lines) + "\n"


def _results(sig: Any) -> Any:
    return getattr(sig, "results", None)


def program_text(prog: ssa.Program, functions: list[ssa.Function] | None = None) -> str:
    fns = functions if functions is not None else list(prog.all_functions())
    return "\n".join(function_text(fn) for fn in fns)
