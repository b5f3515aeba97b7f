"""Range over functions (Go 1.23 iterators), as cmd/compile's rangefunc rewrite does it.

``for k, v := range seq { body }`` becomes, in the function P containing it::

    #state := READY; #next := 0
    seq(func(k K, v V) bool {          // the body closure B, "P$rangeN"
        if #state != READY { runtime.panicrangestate(#state) }
        #state = PANIC                 // "running": a panic leaves it so
        body                           // continue → #state = READY; return true
        #state = READY; return true    // break    → #state = DONE; return false
    })                                 // other exits: #next = code; #state = DONE; return false
    if #state == PANIC { runtime.panicrangestate(MISSING_PANIC) }
    #state = EXHAUSTED
    if #next == code₁ { exit₁ } ...    // return / break L / continue L, redone in P

``return x`` in the body stores x in result slots of the enclosing real
function (its named results, or hidden slots) and exits with code -1;
when P is itself a body closure the exit propagates outwards the same way.
``defer`` in the body pushes on the real function's defer list.
"""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_closure import under

BOOL = T.TYP[T.BOOL]
INT = T.TYP[T.INT]

RF_DONE, RF_READY, RF_PANIC, RF_EXHAUSTED, RF_MISSING_PANIC = 0, 1, 2, 3, 4
RETURN_CODE = -1


class RangeFuncCtx:
    """What a body closure knows about its loop."""

    __slots__ = ("state", "next", "exits")

    def __init__(self, state: ssa.Alloc, next_: ssa.Alloc):
        self.state = state  # Allocs in the enclosing function
        self.next = next_
        self.exits: list[tuple[int, ast.Node]] = []  # (code, ReturnStmt or BranchStmt)


class RangeFuncBuilder:
    """Mixin of FunctionBuilder: range-over-func loops."""

    def range_func(self, s: ast.RangeStmt, label: str) -> None:
        from tinypy_go.ir.builder import Target, finish_function

        _check_gotos(self, s.body)
        seq = self.expr(s.x)
        sig = under(self.type_of(s.x))
        ysig: T.Signature = under(sig.params.vars[0].type)
        state = self.local(INT, "#state", s.pos)
        self.emit(ssa.Store(state, ssa.Const(INT, RF_READY)))
        next_ = self.local(INT, "#next", s.pos)
        self.emit(ssa.Store(next_, ssa.Const(INT, 0)))
        ctx = RangeFuncCtx(state, next_)

        body_fn = self.new_anon_function(ysig, s.pos, None, "range")
        b = self.sub_builder(body_fn)
        b.rangefunc = ctx
        b.block = body_fn.new_block("entry")
        body_fn.params = [ssa.Parameter(v.name or f"p{i}", v.type, body_fn) for i, v in enumerate(ysig.params.vars)]
        st_fv = b.rf_state()
        cur = b.load(st_fv)
        ok, bad = body_fn.new_block("rangefunc.ok"), body_fn.new_block("rangefunc.bad")
        b.branch(b.emit(ssa.BinOp("==", cur, ssa.Const(INT, RF_READY), BOOL, pos=s.pos)), ok, bad)
        b.block = bad
        b.call_runtime("panicrangestate", [cur], s.pos)
        b.emit(ssa.Unreachable())
        b.block = ok
        b.emit(ssa.Store(st_fv, ssa.Const(INT, RF_PANIC)))
        for e, p in zip((s.key, s.value), body_fn.params + [None, None], strict=False):
            if e is None or p is None or (isinstance(e, ast.Ident) and e.name == "_"):
                continue
            if s.tok == ":=":
                obj = self.info.defs.get(e)
                if obj is None:
                    continue
                a = b.add_var(obj, e.pos)
            else:
                a = b.addr(e)
            b.emit(ssa.Store(a, b.conv(p, under(a.type).elem, e)))
        cont = body_fn.new_block("rangefunc.continue")
        brk = body_fn.new_block("rangefunc.break")
        b.targets.append(Target(break_=brk, continue_=cont, label=label))
        b.stmt(s.body)
        b.targets.pop()
        b.jump(cont)
        b.block = cont
        b.emit(ssa.Store(st_fv, ssa.Const(INT, RF_READY)))
        b.emit(ssa.Return([ssa.Const(BOOL, True)]))
        b.block = brk
        b.emit(ssa.Store(st_fv, ssa.Const(INT, RF_DONE)))
        b.emit(ssa.Return([ssa.Const(BOOL, False)]))
        b.dead_end()
        finish_function(body_fn)

        clo = self.make_closure(body_fn, b.bindings, s.pos)
        self.emit(ssa.Call(ssa.CallCommon(seq, [clo], signature=sig, pos=s.pos), T.EMPTY_TUPLE, pos=s.pos))
        after = self.load(state)
        missing, fine = self.new_block("rangefunc.missing"), self.new_block("rangefunc.exhausted")
        self.branch(self.emit(ssa.BinOp("==", after, ssa.Const(INT, RF_PANIC), BOOL)), missing, fine)
        self.block = missing
        self.call_runtime("panicrangestate", [ssa.Const(INT, RF_MISSING_PANIC)], s.pos)
        self.emit(ssa.Unreachable())
        self.block = fine
        self.emit(ssa.Store(state, ssa.Const(INT, RF_EXHAUSTED)))
        if ctx.exits:
            code_v = self.load(next_)
            for code, node in ctx.exits:
                yes, no = self.new_block("rangefunc.exit"), self.new_block("rangefunc.next")
                self.branch(self.emit(ssa.BinOp("==", code_v, ssa.Const(INT, code), BOOL)), yes, no)
                self.block = yes
                if code == RETURN_CODE:
                    self.rf_do_return(node.pos)
                else:
                    self.stmt_branch(node)
                self.block = no

    # ------------------------------------------------------------ inside body closures

    def rf_state(self) -> ssa.Value:
        ctx = self.rangefunc
        return self.capture(("rfstate", id(ctx)), "#state", lambda p: ctx.state)

    def rf_next(self) -> ssa.Value:
        ctx = self.rangefunc
        return self.capture(("rfnext", id(ctx)), "#next", lambda p: ctx.next)

    def rf_exit(self, code: int, node: ast.Node) -> None:
        """Leave the body closure so that the loop's function performs exit `code`."""
        ctx = self.rangefunc
        if code != RETURN_CODE or not any(c == RETURN_CODE for c, _ in ctx.exits):
            ctx.exits.append((code, node))
        self.emit(ssa.Store(self.rf_next(), ssa.Const(INT, code)))
        self.emit(ssa.Store(self.rf_state(), ssa.Const(INT, RF_DONE)))
        self.emit(ssa.Return([ssa.Const(BOOL, False)]))
        self.dead_end()

    def rf_top(self):
        b = self
        while getattr(b, "rangefunc", None) is not None:
            b = b.parent_builder
        return b

    def rf_result_slots(self) -> list[ssa.Value]:
        """Addresses of the real function's results, valid in this builder."""
        if getattr(self, "rangefunc", None) is None:
            if self.named_results:
                return self.named_results
            hidden = getattr(self, "rf_hidden", None)
            if hidden is None:
                hidden = []
                entry = self.fn.blocks[0]
                for i, r in enumerate(self.fn.signature.results.vars):
                    a = ssa.Alloc(T.Pointer(r.type), r.type, False, f"~ret{i}")
                    a.block = entry
                    entry.instrs.insert(0, a)
                    self.fn.locals.append(a)
                    hidden.append(a)
                self.rf_hidden = hidden
            return hidden
        n = len(self.rf_top().fn.signature.results.vars)
        return [self.capture(("rfres", i), f"~ret{i}", lambda p, i=i: p.rf_result_slots()[i]) for i in range(n)]

    def rangefunc_return(self, s: ast.ReturnStmt) -> None:
        if s.results:
            want = self.rf_top().fn.signature.results.vars
            raw = self.rhs_values(s.results, len(want), [r.type for r in want], s)
            vals = [self.conv(v, r.type, s.results[min(i, len(s.results) - 1)])
                    for i, (v, r) in enumerate(zip(raw, want, strict=True))]
            for a, v in zip(self.rf_result_slots(), vals, strict=True):
                self.emit(ssa.Store(a, v))
        self.rf_exit(RETURN_CODE, s)

    def rf_do_return(self, pos: int) -> None:
        """A return that happened in a loop body, redone here."""
        if getattr(self, "rangefunc", None) is not None:
            self.rf_exit(RETURN_CODE, ast.ReturnStmt(pos, []))
            return
        if self.named_results or not self.fn.signature.results.vars:
            self.emit_return([], pos)
            return
        vals = [self.load(a) for a in self.rf_result_slots()]
        self.emit_run_defers()
        self.emit(ssa.Return(vals, pos=pos))
        self.dead_end()

    def rangefunc_branch(self, s: ast.BranchStmt) -> None:
        """break/continue L to a statement outside the body closure."""
        if s.tok == "goto" or s.tok == "fallthrough":
            raise self.unsupported(s, f"{s.tok} out of a range-over-func loop body")
        ctx = self.rangefunc
        code = len([c for c, _ in ctx.exits if c != RETURN_CODE]) + 1
        self.rf_exit(code, s)


def _check_gotos(fb, body: ast.BlockStmt) -> None:
    """goto from a loop body to a label outside it would cross the body closure."""
    from tinypy_go.ir.build_defer import walk

    labels: set[str] = set()
    gotos: list[ast.BranchStmt] = []

    def visit(n):
        if isinstance(n, ast.LabeledStmt):
            labels.add(n.label.name)
        elif isinstance(n, ast.BranchStmt) and n.tok == "goto":
            gotos.append(n)

    walk(body, visit)
    for g in gotos:
        if g.label.name not in labels:
            raise fb.unsupported(g, "goto out of a range-over-func loop body")
