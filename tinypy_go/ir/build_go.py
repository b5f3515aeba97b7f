"""SSA construction for goroutines and channels, as calls of the runtime.

Nothing here needs new SSA instructions or backend support: every
operation becomes a call of a runtime function (``runtime/chan.go``,
``runtime/task_asyncify.go``), with channel values passed as
``unsafe.Pointer`` (a ChangeType: both are one pointer) and values moved
through addressable temporaries:

* ``go f(x, y)`` evaluates f, x and y now and calls ``runtime.spawn`` with a
  thunk closure ``func() { f(x, y) }`` (a function literal without
  arguments is spawned as it is);
* ``make(chan T, n)`` is ``chanMake(sizeof(T), n)``;
* ``ch <- v`` stores v in a temporary and calls ``chanSend(ch, &tmp)``;
* ``<-ch`` calls ``ok := chanRecv(ch, &tmp)`` and loads tmp (the comma-ok
  form also yields ok); ``for v := range ch`` loops until ok is false;
* ``select`` fills a local array of ``runtime.selectCase`` {chan, &tmp,
  send} in source order and branches on the index that
  ``chanSelect(&cases, n, block)`` returns (-1: default).

len and cap of channels are lowered in ``backend/channels.py``.
"""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_closure import under
from tinypy_go.ir.layout import layout

UNSAFE_POINTER = T.TYP[T.UNSAFE_POINTER]
UINTPTR = T.TYP[T.UINTPTR]
INT = T.TYP[T.INT]
BOOL = T.TYP[T.BOOL]


def is_recv(e: ast.Expr) -> bool:
    e = ast.unparen(e)
    return isinstance(e, ast.UnaryExpr) and e.op == "<-"


class GoBuilder:
    """Mixin of FunctionBuilder: go statements, channel operations, select."""

    # ------------------------------------------------------------ helpers

    def _uptr(self, v: ssa.Value, pos: int = 0) -> ssa.Value:
        """A channel or a pointer as an unsafe.Pointer argument."""
        if type(under(v.type)) is T.Chan:
            return self.emit(ssa.ChangeType(v, UNSAFE_POINTER, pos=pos))
        return self.emit(ssa.Convert(v, UNSAFE_POINTER, pos=pos))

    # ------------------------------------------------------------ go

    def stmt_go(self, s: ast.GoStmt) -> None:
        call = s.call
        fun = ast.unparen(call.fun)
        ftv = self.info.types.get(fun)
        if ftv is not None and ftv.mode == api.BUILTIN:
            fnval = self.defer_builtin(call, fun)  # build_defer: a thunk over the evaluated arguments
        elif isinstance(fun, ast.FuncLit) and not call.args:
            fnval = self.expr(fun)
        else:
            callee, args, sig = self.call_parts(call, deferred=False)  # build_defer.py
            fnval = self.call_thunk(callee, args, sig, call.pos, "go")
        self.call_runtime("spawn", [fnval], s.pos)

    # ------------------------------------------------------------ channels

    def make_chan(self, e: ast.CallExpr, t: T.Type, sizes: list[ssa.Value]) -> ssa.Value:
        elem = under(t).elem
        size, _ = layout(elem)
        n = sizes[0] if sizes else ssa.Const(INT, 0)
        if isinstance(n, ssa.Const):
            n = ssa.Const(INT, n.value, n.pos)
        elif under(n.type) is not INT:
            n = self.emit(ssa.Convert(n, INT, pos=e.lparen))
        p = self.call_runtime("chanMake", [ssa.Const(UINTPTR, size), n], e.lparen)
        return self.emit(ssa.ChangeType(p, t, pos=e.lparen))

    def builtin_close(self, e: ast.CallExpr) -> ssa.Value:
        ch = self.expr(e.args[0])
        return self.call_runtime("chanClose", [self._uptr(ch, e.lparen)], e.lparen)

    def stmt_send(self, s: ast.SendStmt) -> None:
        self.order([s.chan, s.value])  # build_order
        ch = self.expr(s.chan)
        elem = under(ch.type).elem
        v = self.conv(self.expr(s.value), elem, s.value)
        self.order_done(s)
        tmp = self.local(elem, "send", s.arrow)
        self.emit(ssa.Store(tmp, v, pos=s.arrow))
        self.call_runtime("chanSend", [self._uptr(ch, s.arrow), self._uptr(tmp, s.arrow)], s.arrow)

    def recv(self, e: ast.UnaryExpr, comma_ok: bool = False):
        """<-ch: the value, or (value, ok) with comma_ok."""
        e = ast.unparen(e)
        ch = self.expr(e.x)
        elem = under(ch.type).elem
        tmp = self.local(elem, "recv", e.pos)
        ok = self.call_runtime("chanRecv", [self._uptr(ch, e.pos), self._uptr(tmp, e.pos)], e.pos)
        v = self.load(tmp, e.pos)
        return (v, ok) if comma_ok else v

    def range_chan(self, s: ast.RangeStmt, label: str) -> None:
        from tinypy_go.ir.builder import Target

        ch = self.expr(s.x)
        elem = under(ch.type).elem
        tmp = self.local(elem, "rangechan", s.range_pos)
        cp = self._uptr(ch, s.range_pos)
        tp = self._uptr(tmp, s.range_pos)
        loop = self.new_block("rangechan.loop")
        body = self.new_block("rangechan.body")
        done = self.new_block("rangechan.done")
        self.jump(loop)
        self.block = loop
        ok = self.call_runtime("chanRecv", [cp, tp], s.range_pos)
        self.branch(ok, body, done, s.pos)
        self.block = body
        key_addr, _ = self.range_targets(s)
        if key_addr is not None:
            v = self.load(tmp, s.range_pos)
            self.emit(ssa.Store(key_addr, self.conv(v, under(key_addr.type).elem, s)))
        self.targets.append(Target(break_=done, continue_=loop, label=label))
        self.stmt(s.body)
        self.targets.pop()
        self.jump(loop)
        self.block = done

    # ------------------------------------------------------------ select

    def stmt_select(self, s: ast.SelectStmt, label: str = "") -> None:
        from tinypy_go.ir.builder import Target

        clauses: list[ast.CommClause] = list(s.body.list)
        cases = []  # (clause, tmp or None, is_send)
        has_default = False
        words: list[ssa.Value] = []
        for cc in clauses:
            comm = cc.comm
            if comm is None:
                has_default = True
                continue
            if isinstance(comm, ast.SendStmt):
                ch = self.expr(comm.chan)
                elem = under(ch.type).elem
                v = self.conv(self.expr(comm.value), elem, comm.value)
                tmp = self.local(elem, "selsend", comm.arrow)
                self.emit(ssa.Store(tmp, v, pos=comm.arrow))
                send = True
            else:
                rx = comm.x if isinstance(comm, ast.ExprStmt) else comm.rhs[0]
                rx = ast.unparen(rx)
                ch = self.expr(rx.x)
                elem = under(ch.type).elem
                tmp = self.local(elem, "selrecv", rx.pos)
                send = False
            cases.append((cc, tmp, send))
            flag = ssa.Const(UINTPTR, 1 if send else 0)
            words += [self._uptr(ch, cc.pos), self._uptr(tmp, cc.pos),
                      self.emit(ssa.Convert(flag, UNSAFE_POINTER, pos=cc.pos))]
        n = len(cases)
        arr_t = T.Array(UNSAFE_POINTER, max(3 * n, 1))
        arr = self.local(arr_t, "selectcases", s.pos)
        for i, w in enumerate(words):
            a = self.emit(ssa.IndexAddr(arr, ssa.Const(INT, i), T.Pointer(UNSAFE_POINTER), pos=s.pos))
            self.emit(ssa.Store(a, w, pos=s.pos))
        res = self.call_runtime("chanSelect", [self._uptr(arr, s.pos), ssa.Const(INT, n),
                                               ssa.Const(BOOL, not has_default)], s.pos)
        chosen = self.emit(ssa.Extract(res, 0, INT))
        recv_ok = self.emit(ssa.Extract(res, 1, BOOL))
        done = self.new_block("select.done")
        self.targets.append(Target(break_=done, label=label))
        index = 0
        for cc in clauses:
            body = self.new_block("select.body")
            nxt = self.new_block("select.next")
            want = -1 if cc.comm is None else index
            cond = self.emit(ssa.BinOp("==", chosen, ssa.Const(INT, want), BOOL, pos=cc.pos))
            self.branch(cond, body, nxt, cc.pos)
            self.block = body
            if cc.comm is not None:
                _, tmp, send = cases[index]
                index += 1
                if not send and isinstance(cc.comm, ast.AssignStmt):
                    self._select_assign(cc.comm, tmp, recv_ok)
            self.stmt_list(cc.body)
            self.jump(done)
            self.block = nxt
        self.emit(ssa.Unreachable(pos=s.pos))  # chanSelect returns one of the indexes tested
        self.targets.pop()
        self.block = done

    def _select_assign(self, a: ast.AssignStmt, tmp: ssa.Value, ok: ssa.Value) -> None:
        """case v[, ok] := <-ch / case x[, y] = <-ch."""
        values = [self.load(tmp, a.pos), ok]
        for lhs, v in zip(a.lhs, values, strict=False):
            if isinstance(lhs, ast.Ident) and lhs.name == "_":
                continue
            if a.tok == ":=":
                obj = self.info.defs.get(lhs)
                if obj is None:  # redeclared in := : assign
                    addr = self.addr(lhs)
                else:
                    addr = self.add_var(obj, lhs.pos)
            else:
                addr = self.addr(lhs)
            self.emit(ssa.Store(addr, self.conv(v, under(addr.type).elem, lhs), pos=lhs.pos))
