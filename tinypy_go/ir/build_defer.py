"""SSA construction for defer and recover (range-over-func is in build_rangefunc).

A frame that defers keeps a list of deferred calls in a local ``defers``
(``*runtime._defer``, ``Function.defer_head``); each ``defer`` statement binds
the callee and the arguments, evaluated now, into a closure ``f$deferN``
(or uses the deferred function literal itself when it takes no
arguments) and calls ``runtime.deferPush``.  Every return calls
``runtime.runDefers`` after the results are assigned and before named
results are read.  The backend adds the panic path (see
``backend/panics.py``).

recover() only recovers when called by a function that the defer mechanism
called directly: functions that call recover, and deferred function
literals, take the pending panic with ``runtime.recoverFrame()`` in their
prologue (``Function.recover_frame``); a thunk for a deferred function
without recover calls it too, so that functions called from the deferred
one cannot recover.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_closure import is_interface, result_type, under
from tinypy_go.ir.build_unsafe import UNSAFE_SIZE_BUILTINS, unsafe_size_builtin


def walk(node: Any, visit) -> None:
    """Call visit(n) on every AST node under node, not entering function
    literals (visit sees the FuncLit itself); visit returning False prunes."""
    if node is None:
        return
    if isinstance(node, list):
        for x in node:
            walk(x, visit)
        return
    if not isinstance(node, ast.Node):
        return
    if visit(node) is False or isinstance(node, ast.FuncLit):
        return
    names = _FIELD_NAMES.get(type(node))
    if names is None:  # dataclasses.fields is slow: cache the names per node class
        names = _FIELD_NAMES[type(node)] = tuple(f.name for f in dataclasses.fields(node))
    for name in names:
        v = getattr(node, name, None)
        if isinstance(v, (ast.Node, list)):
            walk(v, visit)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def contains(node: Any, pred) -> bool:
    found = False

    def visit(n):
        nonlocal found
        if found:
            return False
        if pred(n):
            found = True
            return False
        return None

    walk(node, visit)
    return found


def _scan(body: Any, info: api.Info) -> tuple[bool, bool]:
    """(calls recover, has a defer statement) for a function body: one walk,
    cached, as the builder asks both for every function it builds."""
    if getattr(body, "no_defer_or_recover", False):
        return (False, False)
    key = (id(body), id(info))
    got = _SCANNED.get(key)
    if got is not None and got[0] is body:
        return got[1]
    found = [False, False]

    def visit(n) -> None:
        k = type(n)
        if k is ast.DeferStmt:
            found[1] = True
        elif k is ast.CallExpr and not found[0]:
            f = ast.unparen(n.fun)
            if isinstance(f, ast.Ident) and f.name == "recover" and isinstance(info.uses.get(f), O.Builtin):
                found[0] = True

    walk(body, visit)
    res = (found[0], found[1])
    _SCANNED[key] = (body, res)
    return res


_SCANNED: dict[tuple[int, int], tuple[Any, tuple[bool, bool]]] = {}


def reset_cache() -> None:
    """Forget the previous build's bodies (loader.Loader, one per build), which
    this cache would otherwise keep alive with their whole programs."""
    _SCANNED.clear()


def calls_recover(body: Any, info: api.Info) -> bool:
    return _scan(body, info)[0]


def has_defer(body: Any, info: api.Info | None = None) -> bool:
    if info is None:
        return contains(body, lambda n: isinstance(n, ast.DeferStmt))
    return _scan(body, info)[1]


# Defer records of a function's first MANY_DEFERS defer statements (outside loops) live on its stack.
MANY_DEFERS = 64


class DeferBuilder:
    """Mixin of FunctionBuilder: defer statements, recover, the frame prologue."""

    def runtime_fn(self, name: str) -> ssa.Function:
        return self.pb.prog.packages["runtime"].functions[f"runtime.{name}"]

    def runtime_type(self, name: str) -> T.Type:
        return self.pb.prog.packages["runtime"].types_pkg.scope.lookup(name).type

    def call_runtime(self, name: str, args: list[ssa.Value], pos: int = 0) -> ssa.Value:
        fn = self.runtime_fn(name)
        return self.emit(ssa.Call(ssa.CallCommon(fn, args, signature=fn.signature, pos=pos),
                                  result_type(fn.signature), pos=pos))

    def function_prologue(self, body: ast.BlockStmt) -> None:
        """Set up the defer list and the recover frame of the function being built."""
        fn = self.fn
        fn.result_slots = list(self.named_results)
        entry = fn.blocks[0]
        if getattr(self, "deferred_lit", False) or calls_recover(body, self.info):
            frame_fn = self.runtime_fn("recoverFrame")
            c = ssa.Call(ssa.CallCommon(frame_fn, [], signature=frame_fn.signature),
                         result_type(frame_fn.signature))
            _insert_entry(entry, c)
            fn.recover_frame = c
        if has_defer(body, self.info) and getattr(self, "rangefunc", None) is None:
            head_t = T.Pointer(self.runtime_type("_defer"))
            a = ssa.Alloc(T.Pointer(head_t), head_t, False, "defers")
            fn.locals.append(a)
            _insert_entry(entry, a)
            fn.defer_head = a

    def defer_head_value(self) -> ssa.Value:
        if getattr(self, "rangefunc", None) is not None:  # a range-over-func body defers for its function
            return self.capture(("deferhead",), "defers", lambda p: p.defer_head_value())
        return self.fn.defer_head

    def emit_run_defers(self) -> None:
        if self.fn.defer_head is not None:
            self.call_runtime("runDefers", [self.fn.defer_head])

    # ------------------------------------------------------------ defer

    def stmt_defer(self, s: ast.DeferStmt) -> None:
        call = s.call
        fun = ast.unparen(call.fun)
        ftv = self.info.types.get(fun)
        if ftv is not None and ftv.mode == api.BUILTIN:
            fnval = self.defer_builtin(call, fun)
        elif isinstance(fun, ast.FuncLit) and not call.args:
            self.next_lit_deferred = True
            fnval = self.expr(fun)
        else:
            callee, args, sig = self.call_parts(call)
            fnval = self.call_thunk(callee, args, sig, call.pos, "defer")
        in_loop = any(t.continue_ is not None for t in self.targets) or bool(self.labels) or \
            getattr(self, "rangefunc", None) is not None
        rec_t = self.runtime_type("_defer")
        # past MANY_DEFERS sites the records go to the heap (like those in loops): thousands
        # of stack records overflow the 64 KiB shadow stack and swell the GC frame
        self.defer_sites = getattr(self, "defer_sites", 0) + 1
        if in_loop or self.defer_sites > MANY_DEFERS:
            self.call_runtime("deferPushHeap", [self.defer_head_value(), fnval], s.pos)
            return
        rec = self.local(rec_t, "defer", s.pos)
        self.call_runtime("deferPush", [self.defer_head_value(), rec, fnval], s.pos)

    def call_parts(self, e: ast.CallExpr, deferred: bool = True) -> tuple[ssa.Value, list[ssa.Value], T.Signature]:
        """Callee and evaluated arguments of a deferred call (or, with deferred=False, a
        go statement's), as expr_call computes them."""
        fun = ast.unparen(e.fun)
        sig = under(self.type_of(fun))
        args: list[ssa.Value] = []
        sel = self.info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None
        if sel is not None and sel.kind == api.METHOD_VAL and is_interface(sel.recv) and len(sel.index) == 1:
            callee = self.method_value(fun, sel)  # i.M bound now, called at return
        elif sel is not None and sel.kind == api.METHOD_VAL:
            callee, recv = self.method_callee(fun, sel)
            args.append(recv)
        elif sel is not None and sel.kind == api.METHOD_EXPR:
            callee = self.method_expr(fun, sel)
        else:
            if deferred and isinstance(fun, ast.FuncLit):
                self.next_lit_deferred = True
            callee = self.expr(fun)
        args.extend(self.call_args(e, sig))
        return callee, args, sig

    def call_thunk(self, callee: ssa.Value, args: list[ssa.Value], sig: T.Signature, pos: int,
                   kind: str) -> ssa.Value:
        """A closure calling callee(args) with everything bound now, for a defer or
        go statement (kind)."""
        from tinypy_go.ir.builder import FunctionBuilder, finish_function

        thunk = self.new_anon_function(T.Signature(), pos, None, kind)
        bound = ([] if isinstance(callee, ssa.Function) else [callee]) + list(args)
        fvs = [ssa.FreeVar(f"b{i}", v.type, thunk) for i, v in enumerate(bound)]
        thunk.free_vars = fvs
        sub = FunctionBuilder(self.pb, thunk)
        sub.block = thunk.new_block("entry")
        if isinstance(callee, ssa.Function):
            target, fargs = callee, fvs
            syntax = callee.syntax
            if kind == "defer" and (syntax is None or syntax.body is None
                                    or not calls_recover(syntax.body, self.info_for(callee))):
                sub.call_runtime("recoverFrame", [])
        else:
            target, fargs = fvs[0], fvs[1:]
        sub.emit(ssa.Call(ssa.CallCommon(target, list(fargs), signature=sig, pos=pos), result_type(sig), pos=pos))
        sub.emit(ssa.Return([]))
        finish_function(thunk)
        return self.make_closure(thunk, bound, pos)

    def info_for(self, fn: ssa.Function) -> api.Info:
        return self.info if fn.pkg is self.pb.pkg else _NO_INFO

    def defer_builtin(self, call: ast.CallExpr, fun: ast.Expr) -> ssa.Value:
        """defer println(...), defer panic(v), defer close(c), ...: a thunk over the evaluated arguments."""
        from tinypy_go.ir.build_expr import default_type
        from tinypy_go.ir.builder import FunctionBuilder, finish_function

        ident = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        name = self.object_of(ident).name
        vals = []
        for a in call.args:
            v = self.expr(a)
            if isinstance(v, ssa.Const):
                v = ssa.Const(default_type(v.type), v.value, v.pos)
            vals.append(v)
        if name == "delete" and len(vals) == 2:  # the key converts to the map's key type (e.g. any)
            mt = under(vals[0].type)
            if isinstance(mt, T.Map):
                vals[1] = self.conv(vals[1], mt.key, call.args[1])
        thunk = self.new_anon_function(T.Signature(), call.pos, None, "defer")
        fvs = [ssa.FreeVar(f"b{i}", v.type, thunk) for i, v in enumerate(vals)]
        thunk.free_vars = fvs
        sub = FunctionBuilder(self.pb, thunk)
        sub.block = thunk.new_block("entry")
        sub.call_runtime("recoverFrame", [])
        if name == "panic":
            sub.emit(ssa.Panic(sub.conv(fvs[0], T.EMPTY_INTERFACE, call), pos=call.pos))
        else:
            if name == "recover":
                fvs = []
            elif name == "close":  # lowered in the IR (build_go), not by the backend
                sub.call_runtime("chanClose", [sub._uptr(fvs[0], call.lparen)], call.lparen)
            elif name not in ("print", "println"):
                result = default_type(self.type_of(call)) if self.info.types.get(call) is not None else T.EMPTY_TUPLE
                sub.emit(ssa.Call(ssa.CallCommon(ssa.Builtin(name, pos=fun.pos), list(fvs), pos=call.pos),
                                  result, pos=call.pos))
            if name in ("print", "println"):
                sub.emit(ssa.Call(ssa.CallCommon(ssa.Builtin(name, pos=fun.pos), list(fvs), pos=call.pos),
                                  T.EMPTY_TUPLE, pos=call.pos))
            sub.emit(ssa.Return([]))
        finish_function(thunk)
        return self.make_closure(thunk, vals, call.pos)

    # ------------------------------------------------------------ recover and other builtins

    def builtin_call_more(self, e: ast.CallExpr, fun: ast.Expr, name: str) -> ssa.Value:
        if name == "close":
            return self.builtin_close(e)  # build_go
        if name == "recover":
            frame = self.fn.recover_frame
            fn = self.runtime_fn("recoverValue")
            rt = result_type(fn.signature)
            if frame is None:
                return ssa.Const(rt, None, e.pos)
            return self.emit(ssa.Call(ssa.CallCommon(fn, [frame], signature=fn.signature, pos=e.lparen), rt,
                                      pos=e.lparen))
        if name in UNSAFE_SIZE_BUILTINS:  # operand type involves a type parameter: ir/build_unsafe
            return unsafe_size_builtin(self, e, name)
        raise self.unsupported(e, f"builtin {name}")


_NO_INFO = api.Info()


def _insert_entry(entry: ssa.BasicBlock, instr: ssa.Instruction) -> None:
    instr.block = entry
    entry.instrs.insert(0, instr)
