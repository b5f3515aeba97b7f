"""SSA construction for statements and control flow."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_expr import BOOL, INT, default_type, under
from tinypy_go.ir.build_go import is_recv

_ASSIGN_OPS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "&=": "&", "|=": "|", "^=": "^",
               "<<=": "<<", ">>=": ">>", "&^=": "&^"}


class StmtBuilder:
    """Mixin of FunctionBuilder: statements."""

    def stmt_list(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    def stmt(self, s: ast.Stmt) -> None:
        handler = _STMT.get(type(s))
        if handler is None:
            what = _UNSUPPORTED_STMT.get(type(s), f"statement {type(s).__name__}")
            raise self.unsupported(s, what)
        self.cur_pos = s.pos  # for an internal error's position (PackageBuilder.build_function)
        handler(self, s)

    # ------------------------------------------------------------ simple statements

    def stmt_empty(self, s: ast.EmptyStmt) -> None:
        pass

    def stmt_expr(self, s: ast.ExprStmt) -> None:
        self.order([s.x])  # build_order
        self.expr(s.x)
        self.order_done(s)

    def stmt_block(self, s: ast.BlockStmt) -> None:
        self.stmt_list(s.list)

    def stmt_decl(self, s: ast.DeclStmt) -> None:
        d = s.decl
        if d.tok != "var":
            return  # const and type declarations produce no code
        for spec in d.specs:
            self.var_spec(spec)

    def var_spec(self, spec: ast.ValueSpec) -> None:
        objs = [self.info.defs.get(n) for n in spec.names]
        if not spec.values:
            for n, obj in zip(spec.names, objs, strict=True):
                if obj is not None:
                    self.add_var(obj, n.pos)
            return
        self.order(spec.values)  # build_order
        values = self.rhs_values(spec.values, len(spec.names), [o.type if o else None for o in objs], spec)
        self.order_done(spec)
        for n, obj, v in zip(spec.names, objs, values, strict=True):
            if obj is None:
                continue
            a = self.add_var(obj, n.pos)
            self.emit(ssa.Store(a, self.conv(v, obj.type, n), pos=n.pos))

    def rhs_values(self, exprs: list[ast.Expr], n: int, types: list, node: ast.Node) -> list[ssa.Value]:
        """Evaluate right-hand sides, splitting a multi-value call."""
        if len(exprs) == n:
            return [self.expr(e) for e in exprs]
        if len(exprs) == 1 and n == 2 and isinstance(ast.unparen(exprs[0]), ast.TypeAssertExpr):
            from tinypy_go.ir.build_iface import comma_ok_type_assert

            pair = comma_ok_type_assert(self, ast.unparen(exprs[0]))
            return [self.emit(ssa.Extract(pair, i, v.type)) for i, v in enumerate(pair.type.vars)]
        if len(exprs) == 1 and n == 2 and is_recv(exprs[0]):  # v, ok := <-ch (build_go)
            return list(self.recv(exprs[0], comma_ok=True))
        if len(exprs) == 1:
            tup = self.comma_ok_value(exprs[0]) if n == 2 else None  # build_data: v, ok := m[k]
            if tup is None:
                tup = self.expr(exprs[0])
            tt = tup.type
            if type(tt) is not T.Tuple:
                raise self.unsupported(node, "comma-ok expressions")
            return [self.emit(ssa.Extract(tup, i, v.type)) for i, v in enumerate(tt.vars)]
        raise self.ice(node, "assignment count mismatch")

    def stmt_assign(self, s: ast.AssignStmt) -> None:
        tok = s.tok
        if tok == ":=":
            self.order(s.rhs)  # build_order
        else:
            self.order([*s.lhs, *s.rhs], lvalues=len(s.lhs))
        self.assign(s)
        self.order_done(s)

    def assign(self, s: ast.AssignStmt) -> None:
        tok = s.tok
        if tok in _ASSIGN_OPS:
            if self.is_map_index(s.lhs[0]):
                self.map_op_assign(s, _ASSIGN_OPS[tok])  # build_data
                return
            addr = self.addr(s.lhs[0])
            old = self.load(addr, s.lhs[0].pos)
            rhs = self.expr(s.rhs[0])
            op = _ASSIGN_OPS[tok]
            t = addr.type.elem if hasattr(addr.type, "elem") else old.type
            if op not in ("<<", ">>"):
                rhs = self.conv(rhs, t, s.rhs[0])
            v = self.emit(ssa.BinOp(op, old, rhs, t, pos=s.tok_pos))
            self.emit(ssa.Store(addr, v, pos=s.tok_pos))
            return
        if tok == ":=":
            targets: list[ssa.Value | None] = []
            for lhs in s.lhs:
                ident = lhs
                if ident.name == "_":
                    targets.append(None)
                    continue
                obj = self.info.defs.get(ident)
                if obj is not None:
                    targets.append(("new", obj, ident))
                else:
                    used = self.info.uses.get(ident)
                    targets.append(self.var_addr(used, ident))
            types = [t[1].type if isinstance(t, tuple) else (under(t.type).elem if t is not None else None)
                     for t in targets]
            values = self.rhs_values(s.rhs, len(s.lhs), types, s)
            for tgt, v, lhs in zip(targets, values, s.lhs, strict=True):
                if tgt is None:
                    continue
                if isinstance(tgt, tuple):
                    _, obj, ident = tgt
                    a = self.add_var(obj, ident.pos)
                    self.emit(ssa.Store(a, self.conv(v, obj.type, lhs), pos=ident.pos))
                else:
                    self.emit(ssa.Store(tgt, self.conv(v, under(tgt.type).elem, lhs), pos=lhs.pos))
            return
        # plain assignment: evaluate addresses, then values, then store
        addrs: list[ssa.Value | None] = []
        for lhs in s.lhs:
            if isinstance(lhs, ast.Ident) and lhs.name == "_":
                addrs.append(None)
            else:
                addrs.append(self.lvalue(lhs))  # an address, or a map element (build_data)
        values = self.rhs_values(s.rhs, len(s.lhs), [], s)
        for a, v, lhs in zip(addrs, values, s.lhs, strict=True):
            if a is not None:
                self.lvalue_store(a, v, lhs)

    def stmt_incdec(self, s: ast.IncDecStmt) -> None:
        if self.is_map_index(s.x):
            self.map_incdec(s)  # build_data
            return
        addr = self.addr(s.x)
        old = self.load(addr, s.x.pos)
        t = old.type
        v = self.emit(ssa.BinOp("+" if s.tok == "++" else "-", old, ssa.Const(t, 1), t, pos=s.tok_pos))
        self.emit(ssa.Store(addr, v, pos=s.tok_pos))

    # ------------------------------------------------------------ return

    def stmt_return(self, s: ast.ReturnStmt) -> None:
        if self.rangefunc is not None:  # inside a range-over-func body (build_rangefunc)
            self.rangefunc_return(s)
            return
        self.emit_return(s.results, s.pos, s)

    def emit_return(self, results: list[ast.Expr], pos: int, node: ast.Node | None = None) -> None:
        sig = self.fn.signature
        want = sig.results.vars
        values: list[ssa.Value] = []
        if results:
            self.order(results)  # build_order
            raw = self.rhs_values(results, len(want), [r.type for r in want], node)
            self.order_done(node)
            values = [self.conv(v, r.type, results[min(i, len(results) - 1)])
                      for i, (v, r) in enumerate(zip(raw, want, strict=True))]
            if self.named_results:
                for a, v in zip(self.named_results, values, strict=True):
                    self.emit(ssa.Store(a, v))
        self.emit_run_defers()  # build_defer
        if self.named_results:
            values = [self.load(a) for a in self.named_results]
        self.emit(ssa.Return(values, pos=pos))
        self.dead_end()

    # ------------------------------------------------------------ if / for / switch

    def stmt_if(self, s: ast.IfStmt) -> None:
        if s.init is not None:
            self.stmt(s.init)
        then = self.new_block("if.then")
        done = self.new_block("if.done")
        els = self.new_block("if.else") if s.else_ is not None else done
        self.cond(s.cond, then, els)
        self.block = then
        self.stmt(s.body)
        self.jump(done)
        if s.else_ is not None:
            self.block = els
            self.stmt(s.else_)
            self.jump(done)
        self.block = done

    def stmt_for(self, s: ast.ForStmt, label: str = "") -> None:
        if s.init is not None:
            self.stmt(s.init)
        boxed = self.loop_vars_begin(s)  # Go 1.22 per-iteration variables (build_closure)
        body = self.new_block("for.body")
        done = self.new_block("for.done")
        loop = self.new_block("for.loop") if s.cond is not None else body
        cont = self.new_block("for.post") if s.post is not None or boxed else loop
        self.jump(loop)
        if s.cond is not None:
            self.block = loop
            self.cond(s.cond, body, done)
        self.block = body
        self.targets.append(_target(break_=done, continue_=cont, label=label))
        self.stmt(s.body)
        self.targets.pop()
        self.jump(cont)
        if s.post is not None or boxed:
            self.block = cont
            self.loop_vars_next(boxed)
            if s.post is not None:
                self.stmt(s.post)
            self.jump(loop)
        self.block = done

    def stmt_range(self, s: ast.RangeStmt, label: str = "") -> None:
        xt = under(self.type_of(s.x))
        if s.tok == ":=" and not self.loop_vars_per_iteration(s):
            # before go1.22 the key and value are declared once, before the loop
            self.shared_range_vars[id(s)] = self.range_vars(s)
        if type(xt) is T.Signature:  # Go 1.23 iterators (build_rangefunc)
            self.range_func(s, label)
            return
        if type(xt) is T.Basic and xt.info & T.IS_INTEGER:
            self.range_int(s, label)
            return
        if type(xt) in (T.Slice, T.Array) or (type(xt) is T.Pointer and type(under(xt.elem)) is T.Array):
            self.range_indexed(s, xt, label)
            return
        if type(xt) is T.Basic and xt.info & T.IS_STRING:
            self.range_string(s, label)
            return
        if type(xt) is T.Map:
            self.range_map(s, label)  # build_data
            return
        if type(xt) is T.Chan:
            self.range_chan(s, label)  # build_go
            return
        raise self.unsupported(s, f"range over {self.type_of(s.x)}")

    def range_targets(self, s: ast.RangeStmt) -> tuple[ssa.Value | None, ssa.Value | None]:
        """Addresses the key and value are stored to on each iteration."""
        shared = self.shared_range_vars.get(id(s))
        if shared is not None:
            return shared
        return self.range_vars(s)

    def range_vars(self, s: ast.RangeStmt) -> tuple[ssa.Value | None, ssa.Value | None]:
        """The key and value variables of ``s`` (new ones for ``:=``), in the current block."""
        out: list[ssa.Value | None] = []
        for e in (s.key, s.value):
            if e is None or (isinstance(e, ast.Ident) and e.name == "_"):
                out.append(None)
            elif s.tok == ":=":
                obj = self.info.defs.get(e)
                out.append(self.add_var(obj, e.pos) if obj is not None else None)
            else:
                out.append(self.addr(e))
        return out[0], out[1]

    def range_int(self, s: ast.RangeStmt, label: str) -> None:
        n = self.expr(s.x)
        t = default_type(n.type) if not (s.key is not None and s.tok == "=") else n.type
        if isinstance(n, ssa.Const):
            key_t = self.type_of(s.key) if s.key is not None and not (
                isinstance(s.key, ast.Ident) and s.key.name == "_") else INT
            n = ssa.Const(default_type(key_t), n.value)
            t = n.type
        counter = self.local(t, "range.index")
        self.emit(ssa.Store(counter, ssa.Const(t, 0)))
        self.range_loop(s, label, counter, n, None)

    def range_indexed(self, s: ast.RangeStmt, xt: T.Type, label: str) -> None:
        if type(xt) is T.Array:
            length = ssa.Const(INT, xt.len)
            # An array variable is ranged over in place unless the value is used: then
            # Go ranges over a copy (later writes to the array are not seen).
            uses_value = s.value is not None and not (isinstance(s.value, ast.Ident) and s.value.name == "_")
            base = self.addr(s.x) if self.info.types[s.x].mode == 5 and not uses_value else None
            if base is None:
                tmp = self.local(self.type_of(s.x), "range.array")
                self.emit(ssa.Store(tmp, self.expr(s.x)))
                base = tmp
        elif type(xt) is T.Pointer:
            base = self.expr(s.x)
            length = ssa.Const(INT, under(xt.elem).len)
        else:
            base = self.expr(s.x)
            length = self.emit(ssa.Call(ssa.CallCommon(ssa.Builtin("len"), [base]), INT))
        counter = self.local(INT, "range.index")
        self.emit(ssa.Store(counter, ssa.Const(INT, 0)))
        self.range_loop(s, label, counter, length, base)

    def range_string(self, s: ast.RangeStmt, label: str) -> None:
        """for i, r := range str: decode one UTF-8 sequence per iteration."""
        text = self.expr(s.x)
        decode = self.pb.prog.packages["runtime"].functions["runtime.decodeRune"]
        index = self.local(INT, "range.index")
        nxt = self.local(INT, "range.next")
        self.emit(ssa.Store(nxt, ssa.Const(INT, 0)))
        loop, body, done = self.new_block("rangestr.loop"), self.new_block("rangestr.body"), \
            self.new_block("rangestr.done")
        post = self.new_block("rangestr.post")
        self.jump(loop)
        self.block = loop
        i = self.load(nxt)
        n = self.emit(ssa.Call(ssa.CallCommon(ssa.Builtin("len"), [text]), INT))
        self.branch(self.emit(ssa.BinOp("<", i, n, BOOL, pos=s.pos)), body, done)
        self.block = body
        self.emit(ssa.Store(index, i))
        res = self.emit(ssa.Call(ssa.CallCommon(decode, [text, i], signature=decode.signature),
                                 decode.signature.results, pos=s.pos))
        rune_v = self.emit(ssa.Extract(res, 0, T.TYP[T.INT32]))
        self.emit(ssa.Store(nxt, self.emit(ssa.Extract(res, 1, INT))))
        key_addr, val_addr = self.range_targets(s)
        if key_addr is not None:
            self.emit(ssa.Store(key_addr, self.conv(i, under(key_addr.type).elem, s)))
        if val_addr is not None:
            self.emit(ssa.Store(val_addr, self.conv(rune_v, under(val_addr.type).elem, s)))
        self.targets.append(_target(break_=done, continue_=post, label=label))
        self.stmt(s.body)
        self.targets.pop()
        self.jump(post)
        self.block = post
        self.jump(loop)
        self.block = done

    def range_loop(self, s, label, counter, length, base) -> None:
        t = counter.elem
        loop = self.new_block("range.loop")
        body = self.new_block("range.body")
        post = self.new_block("range.post")
        done = self.new_block("range.done")
        self.jump(loop)
        self.block = loop
        i = self.load(counter)
        self.branch(self.emit(ssa.BinOp("<", i, self.conv(length, t, s), BOOL, pos=s.pos)), body, done)
        self.block = body
        key_addr, val_addr = self.range_targets(s)
        if key_addr is not None:
            self.emit(ssa.Store(key_addr, self.conv(i, under(key_addr.type).elem, s)))
        if val_addr is not None and base is not None:
            elem_t = under(val_addr.type).elem
            bt = under(base.type)
            if type(bt) is T.Pointer:
                arr_or_elem = under(bt.elem)
                et = arr_or_elem.elem
            else:
                et = bt.elem
            ea = self.emit(ssa.IndexAddr(base, i, T.Pointer(et)))
            self.emit(ssa.Store(val_addr, self.conv(self.load(ea), elem_t, s)))
        self.targets.append(_target(break_=done, continue_=post, label=label))
        self.stmt(s.body)
        self.targets.pop()
        self.jump(post)
        self.block = post
        nxt = self.emit(ssa.BinOp("+", self.load(counter), ssa.Const(t, 1), t))
        self.emit(ssa.Store(counter, nxt))
        self.jump(loop)
        self.block = done

    def stmt_switch(self, s: ast.SwitchStmt, label: str = "") -> None:
        if s.init is not None:
            self.stmt(s.init)
        tag = self.expr(s.tag) if s.tag is not None else ssa.Const(BOOL, True)
        done = self.new_block("switch.done")
        clauses: list[ast.CaseClause] = s.body.list
        bodies = [self.new_block("switch.body") for _ in clauses]
        default_idx = next((i for i, c in enumerate(clauses) if c.list is None), None)
        for i, c in enumerate(clauses):
            if c.list is None:
                continue
            for e in c.list:
                nxt = self.new_block("switch.next")
                if s.tag is None:
                    self.cond(e, bodies[i], nxt)
                else:
                    v = self.expr(e)
                    x, y = self.match_comparison(tag, v, ast.BinaryExpr(e.pos, s.tag, e.pos, "==", e))
                    if isinstance(y, ssa.Const) and y.value is not None:
                        y = ssa.Const(x.type, y.value, y.pos)
                    self.branch(self.emit(ssa.BinOp("==", x, y, BOOL, pos=e.pos)), bodies[i], nxt)
                self.block = nxt
        self.jump(bodies[default_idx] if default_idx is not None else done)
        for i, c in enumerate(clauses):
            self.block = bodies[i]
            ft = bodies[i + 1] if i + 1 < len(bodies) else None
            self.targets.append(_target(break_=done, fallthrough=ft, label=label))
            self.stmt_list(c.body)
            self.targets.pop()
            self.jump(done)
        self.block = done

    # ------------------------------------------------------------ labels and branches

    def stmt_labeled(self, s: ast.LabeledStmt) -> None:
        lt = self.label_block(s.label.name)
        self.jump(lt.block)
        self.block = lt.block
        inner = s.stmt
        name = s.label.name
        if isinstance(inner, ast.ForStmt):
            self.stmt_for(inner, name)
        elif isinstance(inner, ast.RangeStmt):
            self.stmt_range(inner, name)
        elif isinstance(inner, ast.SwitchStmt):
            self.stmt_switch(inner, name)
        elif isinstance(inner, ast.TypeSwitchStmt):
            from tinypy_go.ir.build_iface import stmt_type_switch

            stmt_type_switch(self, inner, name)
        elif isinstance(inner, ast.SelectStmt):
            self.stmt_select(inner, name)  # build_go
        else:
            self.stmt(inner)

    def label_block(self, name: str):
        from tinypy_go.ir.builder import LabelTargets

        lt = self.labels.get(name)
        if lt is None:
            lt = LabelTargets(self.new_block(f"label.{name}"))
            self.labels[name] = lt
        return lt

    def stmt_branch(self, s: ast.BranchStmt) -> None:
        tok = s.tok
        if tok == "goto":
            self.jump(self.label_block(s.label.name).block)
            self.dead_end()
            return
        target = None
        for t in reversed(self.targets):
            if s.label is not None and t.label != s.label.name:
                continue
            if tok == "break" and t.break_ is not None:
                target = t.break_
            elif tok == "continue" and t.continue_ is not None:
                target = t.continue_
            elif tok == "fallthrough":
                target = t.fallthrough
            if target is not None:
                break
        if target is None and self.rangefunc is not None:  # leaves a range-over-func body
            self.rangefunc_branch(s)
            return
        if target is None:
            raise self.ice(s, f"no target for {tok}")
        self.jump(target)
        self.dead_end()


def _target(**kw):
    from tinypy_go.ir.builder import Target

    return Target(**kw)


# Statements without a handler, named for the error message.
_UNSUPPORTED_STMT: dict = {}

_STMT = {
    ast.EmptyStmt: StmtBuilder.stmt_empty,
    ast.ExprStmt: StmtBuilder.stmt_expr,
    ast.BlockStmt: StmtBuilder.stmt_block,
    ast.DeclStmt: StmtBuilder.stmt_decl,
    ast.AssignStmt: StmtBuilder.stmt_assign,
    ast.IncDecStmt: StmtBuilder.stmt_incdec,
    ast.ReturnStmt: StmtBuilder.stmt_return,
    ast.IfStmt: StmtBuilder.stmt_if,
    ast.ForStmt: StmtBuilder.stmt_for,
    ast.RangeStmt: StmtBuilder.stmt_range,
    ast.SwitchStmt: StmtBuilder.stmt_switch,
    ast.LabeledStmt: StmtBuilder.stmt_labeled,
    ast.BranchStmt: StmtBuilder.stmt_branch,
    ast.DeferStmt: lambda self, s: self.stmt_defer(s),  # build_defer
    ast.GoStmt: lambda self, s: self.stmt_go(s),  # build_go
    ast.SendStmt: lambda self, s: self.stmt_send(s),  # build_go
    ast.SelectStmt: lambda self, s: self.stmt_select(s),  # build_go
}


def _register_iface() -> None:
    from tinypy_go.ir import build_iface

    _STMT[ast.TypeSwitchStmt] = build_iface.stmt_type_switch


_register_iface()

__all__ = ["StmtBuilder", "O"]
