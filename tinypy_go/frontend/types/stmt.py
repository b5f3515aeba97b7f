"""Statements, labels and termination analysis (go/types stmt.go, labels.go,
return.go)."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import BUILTIN, CONSTANT, INVALID_MODE, TYPEXPR, VALUE
from tinypy_go.frontend.types.errors import INVALID_OP
from tinypy_go.frontend.types.expr import CONVERSION, EXPRESSION, STATEMENT
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import (
    all_basic,
    comparable,
    has_nil,
    identical,
    is_boolean,
    is_integer,
    is_interface,
    is_valid,
)
from tinypy_go.frontend.types.scope import Scope

BREAK_OK = 1
CONTINUE_OK = 2
FALLTHROUGH_OK = 4
FINAL_SWITCH_CASE = 8
IN_TYPE_SWITCH = 16

_ASSIGN_OPS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "&=": "&", "|=": "|", "^=": "^",
               "<<=": "<<", ">>=": ">>", "&^=": "&^"}


class StmtMixin:
    # ---------------------------------------------------------------- scopes

    def open_scope(self, node: ast.Node, comment: str) -> None:
        scope = Scope(self.env.scope, node.pos, 0, comment)
        self.record_scope(node, scope)
        self.env.scope = scope

    def close_scope(self) -> None:
        self.env.scope = self.env.scope.parent

    # ---------------------------------------------------------------- statements

    def stmt_list(self, ctxt: int, lst: list[ast.Stmt]) -> None:
        inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)
        # trailing empty statements are ignored for fallthrough placement
        n = len(lst)
        while n > 0 and type(lst[n - 1]) is ast.EmptyStmt:
            n -= 1
        for i, s in enumerate(lst):
            c = inner
            if ctxt & FALLTHROUGH_OK and i + 1 == n:
                c |= FALLTHROUGH_OK
            if ctxt & FINAL_SWITCH_CASE and i + 1 == n:
                c |= FINAL_SWITCH_CASE
            self.stmt(c, s)

    def simple_stmt(self, s: ast.Stmt | None) -> None:
        if s is not None:
            self.stmt(0, s)

    def stmt(self, ctxt: int, s: ast.Stmt) -> None:
        top = len(self.delayed)
        self.cur_pos = s.pos
        h = _STMT_DISPATCH.get(type(s))
        if h is None:
            self.error(s, "invalid statement")
        else:
            h(self, ctxt, s)
        self.process_delayed(top)

    def _s_empty(self, ctxt, s):
        pass

    def _s_bad(self, ctxt, s):
        pass

    def _s_decl(self, ctxt, s):
        self.decl_stmt(s.decl)

    def _s_labeled(self, ctxt, s):
        self.env.has_label = True
        self.stmt(ctxt, s.stmt)

    def _s_expr(self, ctxt, s):
        x = Operand()
        kind = self.raw_expr(None, x, s.x, None, False)
        if x.mode == BUILTIN:
            msg = "must be called"
        elif x.mode == TYPEXPR:
            msg = "is not an expression"
        else:
            if kind == STATEMENT:
                return
            msg = "is not used"
        self.errorf(x, "%s %s", x, msg)

    def _s_send(self, ctxt, s):
        ch = Operand()
        val = Operand()
        self.expr(None, ch, s.chan)
        self.expr(None, val, s.value)
        if ch.mode == INVALID_MODE or val.mode == INVALID_MODE:
            return
        elem = self.chan_elem(s.arrow, ch, False)
        if elem is not None:
            self.assignment(val, elem, "send")

    def _s_incdec(self, ctxt, s):
        x = Operand()
        self.expr(None, x, s.x)
        if x.mode == INVALID_MODE:
            return
        if not all_basic(x.type, T.IS_NUMERIC):
            self.errorf(s.x, INVALID_OP + "%s%s (non-numeric type %s)", s.x, s.tok, x.type)
            return
        one = ast.BasicLit(s.x.pos, "INT", "1")
        self.assign_op(s.x, one, "+" if s.tok == "++" else "-", s)

    def assign_op(self, lhs: ast.Expr, rhs: ast.Expr, op: str, s) -> None:
        x = Operand()
        self.binary(x, None, lhs, rhs, op, s.tok_pos)
        if x.mode == INVALID_MODE:
            return
        self.assign_var(lhs, None, x, "assignment operation")

    def _s_assign(self, ctxt, s):
        if s.tok == "=" or s.tok == ":=":
            if not s.lhs:
                self.error(s, "missing lhs in assignment")
                return
            if s.tok == ":=":
                self.short_var_decl(s.tok_pos, s.lhs, s.rhs)
            else:
                self.assign_vars(s.lhs, s.rhs)
            return
        if len(s.lhs) != 1 or len(s.rhs) != 1:
            self.errorf(s.tok_pos, "assignment operation %s requires single-valued expressions", s.tok)
            return
        op = _ASSIGN_OPS.get(s.tok)
        if op is None:
            self.errorf(s.tok_pos, "unknown assignment operation %s", s.tok)
            return
        x = Operand()
        self.binary(x, None, s.lhs[0], s.rhs[0], op, s.tok_pos)
        if x.mode == INVALID_MODE:
            return
        self.assign_var(s.lhs[0], None, x, "assignment operation")

    def _s_go(self, ctxt, s):
        self.suspended_call("go", s.call)

    def _s_defer(self, ctxt, s):
        self.suspended_call("defer", s.call)

    def suspended_call(self, keyword: str, call) -> None:
        x = Operand()
        if type(call) is not ast.CallExpr:
            self.raw_expr(None, x, call, None, False)
            self.errorf(x, "expression in %s must be function call", keyword)
            return
        kind = self.raw_expr(None, x, call, None, False)
        if kind == CONVERSION:
            msg = "requires function call, not conversion"
        elif kind == EXPRESSION:
            msg = "discards result of"
        else:
            return
        self.errorf(x, "%s %s %s", keyword, msg, x)

    def _s_return(self, ctxt, s):
        res = self.env.sig.results
        if res.vars and res.vars[0].name and not s.results:
            # naked return: named results must not be shadowed
            for v in res.vars:
                alt = self.lookup(v.name)
                if alt is not None and alt is not v:
                    self.errorf(s, "result parameter %s not in scope at return", v.name)
                    self.error(alt.pos, f"\tinner declaration of {self.sprintf('%s', alt)}")
            return
        if s.results or res.vars:
            self.init_vars(res.vars, s.results, s)

    def _s_branch(self, ctxt, s):
        if s.label is not None:
            self.env.has_label = True
            return
        tok = s.tok
        if self.ignore_branch_errors:
            return
        if tok == "break":
            if not ctxt & BREAK_OK:
                self.error(s, "break not in for, switch, or select statement")
        elif tok == "continue":
            if not ctxt & CONTINUE_OK:
                self.error(s, "continue not in for statement")
        elif tok == "fallthrough":
            if not ctxt & FALLTHROUGH_OK:
                if ctxt & FINAL_SWITCH_CASE:
                    msg = "cannot fallthrough final case in switch"
                elif ctxt & IN_TYPE_SWITCH:
                    msg = "cannot fallthrough in type switch"
                else:
                    msg = "fallthrough statement out of place"
                self.error(s, msg)
        elif tok == "goto":
            self.error(s, "branch statement: goto")

    def _s_block(self, ctxt, s):
        self.open_scope(s, "block")
        self.stmt_list(ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE), s.list)
        self.close_scope()

    def _s_if(self, ctxt, s):
        self.open_scope(s, "if")
        self.simple_stmt(s.init)
        x = Operand()
        self.expr(None, x, s.cond)
        if x.mode != INVALID_MODE and not all_basic(x.type, T.IS_BOOLEAN):
            self.error(s.cond, "non-boolean condition in if statement")
        inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)
        self.stmt(inner, s.body)
        if s.else_ is not None:
            if type(s.else_) in (ast.IfStmt, ast.BlockStmt):
                self.stmt(inner, s.else_)
            else:
                self.error(s.else_, "invalid else branch in if statement")
        self.close_scope()

    def multiple_defaults(self, lst) -> None:
        first = None
        for c in lst:
            d = None
            if type(c) is ast.CaseClause:
                if c.list is None:
                    d = c
            elif type(c) is ast.CommClause:
                if c.comm is None:
                    d = c
            if d is not None:
                if first is not None:
                    self.errorf(d, "multiple defaults (first at %s)", str(self.fset.position(first.pos)))
                else:
                    first = d

    def _s_switch(self, ctxt, s):
        inner = (ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)) | BREAK_OK
        self.open_scope(s, "switch")
        self.simple_stmt(s.init)
        x = Operand()
        if s.tag is not None:
            self.expr(None, x, s.tag)
            self.assignment(x, None, "switch expression")
            if x.mode != INVALID_MODE and not comparable(x.type) and not has_nil(x.type):
                self.errorf(x, "cannot switch on %s (%s is not comparable)", x, x.type)
                x.mode = INVALID_MODE
        else:
            x.mode = CONSTANT
            x.type = T.TYP[T.BOOL]
            x.val = True
            x.expr = ast.Ident(s.body.pos, "true")
        self.multiple_defaults(s.body.list)
        seen: dict = {}
        n = len(s.body.list)
        for i, c in enumerate(s.body.list):
            if type(c) is not ast.CaseClause:
                self.error(c, "incorrect expression switch case")
                continue
            self.case_values(x, c.list or [], seen)
            self.open_scope(c, "case")
            ci = inner | (FALLTHROUGH_OK if i + 1 < n else FINAL_SWITCH_CASE)
            self.stmt_list(ci, c.body)
            self.close_scope()
        self.close_scope()

    def case_values(self, x: Operand, values, seen: dict) -> None:
        for e in values:
            v = Operand()
            self.expr(None, v, e)
            if x.mode == INVALID_MODE or v.mode == INVALID_MODE:
                continue
            self.convert_untyped(v, x.type)
            if v.mode == INVALID_MODE:
                continue
            res = Operand()
            res.copy_from(v)
            self.comparison(res, x, "==", True)
            if res.mode == INVALID_MODE:
                continue
            if v.mode != CONSTANT:
                continue
            gv = v.val
            if type(gv) in (int, str) or type(gv).__name__ == "Fraction":
                lst = seen.setdefault((type(gv).__name__ if type(gv) is str else "n", gv), [])
                dup = False
                for pos, t in lst:
                    if identical(v.type, t):
                        self.errorf(v, "duplicate case %s in expression switch", v)
                        self.error(pos, "\tprevious case")
                        dup = True
                        break
                if not dup:
                    lst.append((v.pos(), v.type))

    def is_nil_expr(self, e) -> bool:
        e = ast.unparen(e)
        if type(e) is ast.Ident:
            return type(self.lookup(e.name)) is O.Nil
        return False

    def case_types(self, x: Operand | None, types, seen: dict):
        t = None
        for e in types:
            if self.is_nil_expr(e):
                t = None
                self.expr(None, Operand(), e)
            else:
                t = self.var_type(e)
                if not is_valid(t):
                    continue
            dup = False
            for ot, other in seen.items():
                if (t is None and ot is None) or (t is not None and ot is not None and identical(t, ot)):
                    ts = "nil" if t is None else self.sprintf("%s", t)
                    self.errorf(e, "duplicate case %s in type switch", ts)
                    self.error(other, "\tprevious case")
                    dup = True
                    break
            if dup:
                continue
            seen[t] = e
            if x is not None and t is not None:
                self.type_assertion(e, x, t, True)
        return t

    def _s_type_switch(self, ctxt, s):
        inner = (ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)) | BREAK_OK | IN_TYPE_SWITCH
        self.open_scope(s, "type switch")
        try:
            self.simple_stmt(s.init)
            lhs = None
            g = s.assign
            if type(g) is ast.ExprStmt:
                rhs = g.x
            elif type(g) is ast.AssignStmt:
                if len(g.lhs) != 1 or g.tok != ":=" or len(g.rhs) != 1 or type(g.lhs[0]) is not ast.Ident:
                    self.error(s, "incorrect form of type switch guard")
                    return
                lhs = g.lhs[0]
                if lhs.name == "_":
                    self.soft_errorf(lhs, "no new variable on left side of :=")
                    lhs = None
                else:
                    self.record_def(lhs, None)
                rhs = g.rhs[0]
            else:
                self.error(s, "incorrect form of type switch guard")
                return
            if type(rhs) is not ast.TypeAssertExpr or rhs.type is not None:
                self.error(s, "incorrect form of type switch guard")
                return
            sx = None
            x = Operand()
            self.expr(None, x, rhs.x)
            if x.mode != INVALID_MODE:
                if type(T.unalias(x.type)) is T.TypeParam:
                    self.errorf(x, "cannot use type switch on type parameter value %s", x)
                elif is_interface(x.type):
                    sx = x
                else:
                    self.errorf(x, "%s is not an interface", x)
            self.multiple_defaults(s.body.list)
            lhs_vars = []
            seen: dict = {}
            for c in s.body.list:
                if type(c) is not ast.CaseClause:
                    self.error(c, "incorrect type switch case")
                    continue
                t = self.case_types(sx, c.list or [], seen)
                self.open_scope(c, "case")
                if lhs is not None:
                    if not c.list or len(c.list) != 1 or t is None:
                        t = sx.type if sx is not None else T.INVALID_TYPE
                    obj = O.Var(lhs.pos, self.pkg, lhs.name, t)
                    self.declare(self.env.scope, None, obj, 0)
                    self.record_implicit(c, obj)
                    lhs_vars.append(obj)
                self.stmt_list(inner, c.body)
                self.close_scope()
            if lhs is not None:
                used = any(v.used for v in lhs_vars)
                for v in lhs_vars:
                    v.used = True
                if not used:
                    self.soft_errorf(lhs, "%s declared and not used", lhs.name)
        finally:
            self.close_scope()

    def _s_select(self, ctxt, s):
        inner = (ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)) | BREAK_OK
        self.multiple_defaults(s.body.list)
        for c in s.body.list:
            if type(c) is not ast.CommClause:
                continue
            valid = False
            rhs = None
            comm = c.comm
            if comm is None or type(comm) is ast.SendStmt:
                valid = True
            elif type(comm) is ast.AssignStmt:
                if len(comm.rhs) == 1:
                    rhs = comm.rhs[0]
            elif type(comm) is ast.ExprStmt:
                rhs = comm.x
            if rhs is not None:
                u = ast.unparen(rhs)
                if type(u) is ast.UnaryExpr and u.op == "<-":
                    valid = True
            if not valid:
                self.error(comm, "select case must be send or receive (possibly with assignment)")
                continue
            self.open_scope(c, "case")
            if comm is not None:
                self.stmt(inner, comm)
            self.stmt_list(inner, c.body)
            self.close_scope()

    def _s_for(self, ctxt, s):
        inner = (ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)) | BREAK_OK | CONTINUE_OK
        self.open_scope(s, "for")
        self.simple_stmt(s.init)
        if s.cond is not None:
            x = Operand()
            self.expr(None, x, s.cond)
            if x.mode != INVALID_MODE and not all_basic(x.type, T.IS_BOOLEAN):
                self.error(s.cond, "non-boolean condition in for statement")
        self.simple_stmt(s.post)
        if type(s.post) is ast.AssignStmt and s.post.tok == ":=":
            self.soft_errorf(s.post, "cannot declare in post statement")
            self.use(*s.post.lhs)
        self.stmt(inner, s.body)
        self.close_scope()

    def _s_range(self, ctxt, s):
        inner = (ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE)) | BREAK_OK | CONTINUE_OK
        skey, svalue = s.key, s.value
        is_def = s.tok == ":="
        x = Operand()
        self.expr(None, x, s.x)
        key = val = None
        if x.mode != INVALID_MODE:
            k, v, cause, ok = range_key_val(x.type, lambda ver: self.allow_version(x.expr, ver), self)
            if not ok and cause:
                self.soft_errorf(x, "cannot range over %s: %s", x, cause)
            elif not ok:
                self.soft_errorf(x, "cannot range over %s", x)
            elif k is None and skey is not None:
                self.soft_errorf(skey, "range over %s permits no iteration variables", x)
            elif v is None and svalue is not None:
                self.soft_errorf(svalue, "range over %s permits only one iteration variable", x)
            key, val = k, v
        self.open_scope(s, "range")
        lhs = [skey, svalue]
        rhs = [key, val]
        range_over_int = x.mode != INVALID_MODE and is_integer(x.type)
        if is_def:
            vars_ = []
            for i, e in enumerate(lhs):
                if e is None:
                    continue
                if type(e) is ast.Ident:
                    obj = O.Var(e.pos, self.pkg, e.name, None)
                    self.record_def(e, obj)
                    if e.name != "_":
                        vars_.append(obj)
                else:
                    self.errorf(e, "cannot declare %s", e)
                    obj = O.Var(e.pos, self.pkg, "_", None)
                t = rhs[i]
                if t is None or t is T.INVALID_TYPE:
                    obj.type = T.INVALID_TYPE
                    obj.used = True
                    continue
                if range_over_int:
                    self.init_var(obj, x, "range clause")
                else:
                    y = Operand(VALUE, e, t)
                    self.init_var(obj, y, "assignment")
            if vars_:
                for obj in vars_:
                    self.declare(self.env.scope, None, obj, 0)
            else:
                self.error(s.tok_pos, "no new variables on left side of :=")
        elif skey is not None:
            for i, e in enumerate(lhs):
                if e is None:
                    continue
                t = rhs[i]
                if t is None or t is T.INVALID_TYPE:
                    continue
                if range_over_int:
                    self.assign_var(e, None, x, "range clause")
                    if x.mode != INVALID_MODE and not is_integer(x.type):
                        self.soft_errorf(e, "cannot use iteration variable of type %s", x.type)
                else:
                    y = Operand(VALUE, e, t)
                    self.assign_var(e, None, y, "assignment")
        elif range_over_int:
            self.assignment(x, None, "range clause")
        self.stmt(inner, s.body)
        self.close_scope()

    # ---------------------------------------------------------------- labels

    def labels(self, body: ast.BlockStmt) -> None:
        if self.ignore_branch_errors:
            self.mute_errors += 1
            try:
                self._labels(body)
            finally:
                self.mute_errors -= 1
            return
        self._labels(body)

    def _labels(self, body: ast.BlockStmt) -> None:
        all_labels = Scope(None, body.pos, 0, "label")
        fwd = self.block_branches(all_labels, None, None, body.list)
        for jmp in fwd:
            name = jmp.label.name
            alt = all_labels.lookup(name)
            if alt is not None:
                msg = "goto %s jumps into block"
                alt.used = True
            else:
                msg = "label %s not declared"
            self.errorf(jmp.label, msg, name)
        for lbl in all_labels.elems.values():
            if not lbl.used:
                self.soft_errorf(lbl.pos, "label %s declared and not used", lbl.name)

    def block_branches(self, all_labels: Scope, parent, lstmt, lst):
        """Resolve labeled branches; returns unresolved forward gotos."""
        b = {"parent": parent, "lstmt": lstmt, "labels": {}}
        fwd_jumps: list[ast.BranchStmt] = []
        var_decl_pos = [0]
        bad_jumps: list = []

        def record_var_decl(pos):
            var_decl_pos[0] = pos
            bad_jumps[:] = list(fwd_jumps)

        def jumps_over_var_decl(jmp) -> bool:
            if var_decl_pos[0]:
                return jmp in bad_jumps
            return False

        def enclosing_target(bb, name):
            while bb is not None:
                t = bb["lstmt"]
                if t is not None and t.label.name == name:
                    return t
                bb = bb["parent"]
            return None

        def goto_target(bb, name):
            while bb is not None:
                t = bb["labels"].get(name)
                if t is not None:
                    return t
                bb = bb["parent"]
            return None

        def block_branches_inner(lstmt2, lst2):
            fwd_jumps.extend(self.block_branches(all_labels, b, lstmt2, lst2))

        def stmt_branches(s):
            ts = type(s)
            if ts is ast.DeclStmt:
                if s.decl.tok == "var":
                    record_var_decl(s.pos)
            elif ts is ast.LabeledStmt:
                name = s.label.name
                if name != "_":
                    lbl = O.Label(s.label.pos, self.pkg, name)
                    alt = all_labels.insert(lbl)
                    if alt is not None:
                        self.errorf(lbl.pos, "label %s already declared", name)
                        self.error(alt.pos, "\tother declaration of " + name)
                    else:
                        b["labels"][name] = s
                        self.record_def(s.label, lbl)
                    i = 0
                    while i < len(fwd_jumps):
                        jmp = fwd_jumps[i]
                        if jmp.label.name == name:
                            lbl.used = True
                            self.record_use(jmp.label, lbl)
                            if jumps_over_var_decl(jmp):
                                self.soft_errorf(jmp.label, "goto %s jumps over variable declaration at line %d",
                                                 name, self.fset.position(var_decl_pos[0]).line)
                            fwd_jumps.pop(i)
                        else:
                            i += 1
                    lstmt_ = s
                    stmt_branches_labeled(s.stmt, lstmt_)
                    return
                stmt_branches(s.stmt)
            elif ts is ast.BranchStmt:
                if s.label is None:
                    return
                name = s.label.name
                tok = s.tok
                if tok == "break":
                    valid = False
                    t = enclosing_target(b, name)
                    if t is not None:
                        if type(t.stmt) in (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt,
                                            ast.RangeStmt):
                            valid = True
                    if not valid:
                        self.errorf(s.label, "invalid break label %s", name)
                        return
                elif tok == "continue":
                    valid = False
                    t = enclosing_target(b, name)
                    if t is not None and type(t.stmt) in (ast.ForStmt, ast.RangeStmt):
                        valid = True
                    if not valid:
                        self.errorf(s.label, "invalid continue label %s", name)
                        return
                elif tok == "goto":
                    if goto_target(b, name) is None:
                        fwd_jumps.append(s)
                        return
                else:
                    return
                obj = all_labels.lookup(name)
                obj.used = True
                self.record_use(s.label, obj)
            elif ts is ast.AssignStmt:
                if s.tok == ":=":
                    record_var_decl(s.pos)
            elif ts is ast.BlockStmt:
                block_branches_inner(None, s.list)
            elif ts is ast.IfStmt:
                stmt_branches(s.body)
                if s.else_ is not None:
                    stmt_branches(s.else_)
            elif ts is ast.CaseClause or ts is ast.CommClause:
                block_branches_inner(None, s.body)
            elif ts in (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt, ast.RangeStmt):
                stmt_branches(s.body)

        def stmt_branches_labeled(s, lstmt_):
            ts = type(s)
            if ts in (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt, ast.RangeStmt):
                fwd_jumps.extend(self.block_branches(all_labels, b, lstmt_, s.body.list))
            else:
                stmt_branches(s)

        for s in lst:
            stmt_branches(s)
        return fwd_jumps

    # ---------------------------------------------------------------- termination

    def is_terminating(self, s, label: str) -> bool:
        ts = type(s)
        if ts is ast.ReturnStmt:
            return True
        if ts is ast.BranchStmt:
            return s.tok in ("goto", "fallthrough")
        if ts is ast.ExprStmt:
            call = ast.unparen(s.x)
            if type(call) is ast.CallExpr and self.env.is_panic and call in self.env.is_panic:
                return True
            return False
        if ts is ast.LabeledStmt:
            return self.is_terminating(s.stmt, s.label.name)
        if ts is ast.BlockStmt:
            return self.is_terminating_list(s.list, "")
        if ts is ast.IfStmt:
            return s.else_ is not None and self.is_terminating(s.body, "") and self.is_terminating(s.else_, "")
        if ts is ast.SwitchStmt or ts is ast.TypeSwitchStmt:
            return self.is_terminating_switch(s.body, label)
        if ts is ast.SelectStmt:
            for cc in s.body.list:
                if not self.is_terminating_list(cc.body, "") or _has_break_list(cc.body, label, True):
                    return False
            return True
        if ts is ast.ForStmt:
            return s.cond is None and not _has_break(s.body, label, True)
        return False

    def is_terminating_list(self, lst, label: str) -> bool:
        n = len(lst)
        while n > 0 and type(lst[n - 1]) is ast.EmptyStmt:
            n -= 1
        return n > 0 and self.is_terminating(lst[n - 1], label)

    def is_terminating_switch(self, body: ast.BlockStmt, label: str) -> bool:
        has_default = False
        for cc in body.list:
            if cc.list is None:
                has_default = True
            if not self.is_terminating_list(cc.body, "") or _has_break_list(cc.body, label, True):
                return False
        return has_default


def _has_break_list(lst, label: str, implicit: bool) -> bool:
    return any(_has_break(s, label, implicit) for s in lst)


def _has_break(s, label: str, implicit: bool) -> bool:
    ts = type(s)
    if ts is ast.BranchStmt:
        if s.tok == "break":
            if s.label is None:
                return implicit
            return s.label.name == label
        return False
    if ts is ast.LabeledStmt:
        return _has_break(s.stmt, label, implicit)
    if ts is ast.BlockStmt:
        return _has_break_list(s.list, label, implicit)
    if ts is ast.IfStmt:
        return _has_break(s.body, label, implicit) or (s.else_ is not None and _has_break(s.else_, label, implicit))
    if ts is ast.CaseClause or ts is ast.CommClause:
        return _has_break_list(s.body, label, implicit)
    if ts in (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt, ast.RangeStmt):
        return bool(label) and _has_break(s.body, label, False)
    return False


def range_key_val(typ: T.Type, allow_version=None, check=None):
    """(key type, value type, cause, ok) for ranging over typ; allow_version(v)
    tells whether a go``v`` range form may be used (go/types rangeKeyVal,
    go1.25: the type set needs a common underlying type)."""
    from tinypy_go.frontend.types.under import common_under

    def fmt(err) -> str:
        if check is not None:
            return check.sprintf(*err)
        from tinypy_go.frontend.types.typestring import type_string

        return err[0] % tuple(type_string(a) if isinstance(a, T.Type) else a for a in err[1:])

    def bad(cause: str):
        return T.INVALID_TYPE, T.INVALID_TYPE, cause, False

    def cond(t, u):
        if type(u) is T.Chan and u.dir == T.SEND_ONLY:
            return ("receive from send-only channel %s", t)
        return None

    orig = typ
    ct, err = common_under(typ, cond)
    if ct is None:
        return bad(fmt(err))
    if type(ct) is T.Pointer and type(ct.elem.underlying()) is T.Array:
        ct = ct.elem.underlying()
    tc = type(ct)
    if tc is T.Basic:
        if ct.info & T.IS_STRING:
            return T.TYP[T.INT], T.UNIVERSE_RUNE, "", True
        if all_basic(ct, T.IS_INTEGER):
            if allow_version is not None and not allow_version((1, 22)):
                return bad("requires go1.22 or later")
            return orig, None, "", True
    elif tc is T.Array or tc is T.Slice:
        return T.TYP[T.INT], ct.elem, "", True
    elif tc is T.Map:
        return ct.key, ct.elem, "", True
    elif tc is T.Chan:
        return ct.elem, None, "", True
    elif tc is T.Signature:
        if allow_version is not None and not allow_version((1, 23)):
            return bad("requires go1.23 or later")
        pre = "func must be func(yield func(...) bool): "
        if len(ct.params.vars) != 1:
            return bad(pre + "wrong argument count")
        if ct.results.vars:
            return bad(pre + "unexpected results")
        cb, err = common_under(ct.params.vars[0].type)
        if type(cb) is not T.Signature:
            if err is not None:
                return bad(pre + "in yield type, " + fmt(err))
            return bad(pre + "argument is not func")
        if len(cb.params.vars) > 2:
            return bad(pre + "yield func has too many parameters")
        res = cb.results.vars
        if len(res) != 1 or not identical(res[0].type, T.TYP[T.BOOL]):
            if len(res) == 1 and is_boolean(res[0].type):
                return bad(pre + "yield func returns user-defined boolean, not bool")
            return bad(pre + "yield func does not return bool")
        if cb.variadic:
            return bad(fmt(("yield func of type %s cannot be variadic", cb)))
        k = cb.params.vars[0].type if len(cb.params.vars) >= 1 else None
        v = cb.params.vars[1].type if len(cb.params.vars) >= 2 else None
        return k, v, "", True
    return None, None, "", False


_STMT_DISPATCH = {
    ast.BadStmt: StmtMixin._s_bad,
    ast.EmptyStmt: StmtMixin._s_empty,
    ast.DeclStmt: StmtMixin._s_decl,
    ast.LabeledStmt: StmtMixin._s_labeled,
    ast.ExprStmt: StmtMixin._s_expr,
    ast.SendStmt: StmtMixin._s_send,
    ast.IncDecStmt: StmtMixin._s_incdec,
    ast.AssignStmt: StmtMixin._s_assign,
    ast.GoStmt: StmtMixin._s_go,
    ast.DeferStmt: StmtMixin._s_defer,
    ast.ReturnStmt: StmtMixin._s_return,
    ast.BranchStmt: StmtMixin._s_branch,
    ast.BlockStmt: StmtMixin._s_block,
    ast.IfStmt: StmtMixin._s_if,
    ast.SwitchStmt: StmtMixin._s_switch,
    ast.TypeSwitchStmt: StmtMixin._s_type_switch,
    ast.SelectStmt: StmtMixin._s_select,
    ast.ForStmt: StmtMixin._s_for,
    ast.RangeStmt: StmtMixin._s_range,
}
