"""Panics that can be recovered, without the wasm exception-handling proposal.

``analyze`` decides the mode once per program: when a function reachable
from the roots defers or calls recover, the program is built in *unwinding*
mode (``ModuleGen.unwind``); otherwise panics print and exit on the spot,
as before, at no cost.

In unwinding mode (see ``runtime/panic_unwind.go``):

- ``panic(v)`` calls ``runtime.panicBegin(v)`` and branches to the
  function's panic exit (the value is printed by ``runtime.fatalpanic``
  with ``printpanicval`` if nothing recovers it);
- a failed run-time check calls its runtime helper (which starts the panic
  and returns) and branches to the panic exit;
- after every call that may panic, ``runtime.unwinding`` is loaded and, when
  set, control goes to the panic exit;
- the panic exit (``panic.exit``) runs the frame's deferred calls, then
  returns zero values while still unwinding, or the named results when a
  deferred call recovered.

The cost is a load and a branch after each call, and a small exit block per
function that calls anything.  ``runtime._start``, ``runtime.runDefers``
and exported functions' wrappers test ``unwinding`` themselves (the runtime's
``//tinypy:unwinds``), and calls of ``//tinypy:nopanic`` functions are not
tested (``ir/runtimehints.py``).
"""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.ir import ssa
from tinypy_go.ir.runtimehints import hinted


def analyze(prog: ssa.Program, roots: list[ssa.Function]) -> bool:
    """Does any function reachable from roots defer, call recover or call
    runtime.Goexit (which ends its goroutine by unwinding it, deferred calls or not)?"""
    from tinypy_go.ir.reach import reachable

    return any(fn.defer_head is not None or fn.recover_frame is not None or fn.name == "runtime.Goexit"
               for fn in reachable(prog, roots))


def unwinding_flag(g) -> str:
    """Emit a load of runtime.unwinding; returns the i1 register."""
    rt = g.mg.prog.packages["runtime"]
    u = g.new_tmp("unw")
    g.emit(f"{u} = load i1, ptr {g.mg.global_ref(rt.globals['runtime.unwinding'])}")
    return u


def after_call(g, callee: ssa.Value) -> None:
    """Leave through the panic exit if the call just made started a panic."""
    if not g.mg.unwind or g.fn is None or g.fn.name in hinted(g.mg.prog, "unwinds"):
        return
    if isinstance(callee, ssa.Function) and (callee.name in hinted(g.mg.prog, "nopanic")
                                             or callee.wasm_import is not None):
        return
    u = unwinding_flag(g)
    ok = g.new_label("call.ok")
    g.branch_to_panic_exit(u, ok)
    g.start_block(ok)


def after_panic(g) -> None:
    """Terminate the block after a call of a runtime panic helper."""
    if g.fn is None:  # a generated dispatcher: return, the caller tests the flag
        g.emit(g.zero_return if g.mg.unwind else "unreachable")
        return
    if g.mg.unwind and g.fn.name not in hinted(g.mg.prog, "unwinds"):
        g.branch_to_panic_exit()
    else:
        g.emit("unreachable")


def exit_block(g) -> list[str]:
    """The panic exit: run deferred calls, then return."""
    if not g.uses_panic_exit:
        return []
    fn = g.fn
    ret, _, _ = g.mg.signature_types(fn)
    lines = ["panic.exit:"]
    zero = "  ret void" if ret == "void" else f"  ret {ret} {'null' if ret == 'ptr' else 'zeroinitializer'}"
    if fn.defer_head is None:
        return [*lines, zero]
    with g.emitting_into(lines):
        _run_defers_and_return(g, fn, ret, lines, zero)
    return lines


def _run_defers_and_return(g, fn: ssa.Function, ret: str, lines: list[str], zero: str) -> None:
    """The panic exit's body after its label: run the deferred calls; return zero
    while still unwinding, else the (possibly recovered) named results."""
    g.runtime_call("runtime.runDefers", [f"ptr {g.v(fn.defer_head)}"])
    u = unwinding_flag(g)
    g.emit(f"br i1 {u}, label %panic.ret0, label %panic.retn")
    lines.append("panic.ret0:")
    lines.append(zero)
    lines.append("panic.retn:")
    slots = fn.result_slots
    if not slots or ret == "void":
        lines.append(zero)
    else:
        vals = []
        for s in slots:
            r = g.new_tmp()
            g.emit(f"{r} = load {g.lty(s.elem)}, ptr {g.v(s)}")
            vals.append((g.lty(s.elem), r))
        if len(vals) == 1:
            g.emit(f"ret {vals[0][0]} {vals[0][1]}")
        else:
            agg = "undef"
            for i, (t, r) in enumerate(vals):
                nxt = g.new_tmp()
                g.emit(f"{nxt} = insertvalue {ret} {agg}, {t} {r}, {i}")
                agg = nxt
            g.emit(f"ret {ret} {agg}")


def lower_panic(g, instr: ssa.Panic) -> bool:
    """panic(v) in unwinding mode; False leaves it to builtins.lower_panic (print and exit)."""
    if not g.mg.unwind:
        return False
    g.runtime_call("runtime.panicBegin", [f"{LT.IFACE} {g.v(instr.x)}"])
    after_panic(g)
    return True


def export_check(mg) -> str:
    """Lines after an exported function's call: an unrecovered panic ends the program."""
    if not mg.unwind:
        return ""
    rt = mg.prog.packages["runtime"]
    flag = mg.global_ref(rt.globals["runtime.unwinding"])
    fatal = mg.func_ref(mg.runtime_func("runtime.fatalpanic"))
    return (f"  %unw = load i1, ptr {flag}\n  br i1 %unw, label %fatal, label %ok\n"
            f"fatal:\n  call void {fatal}(ptr undef)\n  unreachable\nok:\n")


def init_check(mg, n: int) -> list[str]:
    """Lines after the n-th package initialiser call in runtime.initAll (n numbers its labels)."""
    if not mg.unwind:
        return []
    rt = mg.prog.packages["runtime"]
    flag = mg.global_ref(rt.globals["runtime.unwinding"])
    return [f"  %unw{n} = load i1, ptr {flag}", f"  br i1 %unw{n}, label %stop{n}, label %go{n}",
            f"stop{n}:", "  ret void", f"go{n}:"]
