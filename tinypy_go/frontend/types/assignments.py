"""Assignments, variable initialization and short variable declarations."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import (
    COMMAERR,
    COMMAOK,
    CONSTANT,
    INVALID_MODE,
    MAPINDEX,
    VALUE,
    VARIABLE,
)
from tinypy_go.frontend.types.expr import new_target
from tinypy_go.frontend.types.exprstring import expr_string
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import default_type, is_untyped, is_valid


def _measure(n: int, unit: str) -> str:
    return f"{n} {unit}{'s' if n != 1 else ''}"


class AssignMixin:
    def assignment(self, x: Operand, t: T.Type | None, context: str) -> None:
        self.single_value(x)
        if x.mode == INVALID_MODE:
            return
        if x.mode not in (CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK, COMMAERR):
            self.errorf(x, "cannot assign %s to %s in %s", x, t, context)
            x.mode = INVALID_MODE
            return
        if is_untyped(x.type):
            target = t
            if t is None or (type(t.underlying()) is T.Interface and type(T.unalias(t)) is not T.TypeParam):
                if t is None and x.type is T.TYP[T.UNTYPED_NIL]:
                    self.errorf(x, "use of untyped nil in %s", context)
                    x.mode = INVALID_MODE
                    return
                target = default_type(x.type)
            new_type, val, code = self.implicit_type_and_value(x, target)
            if code:
                msg = self.sprintf("cannot use %s as %s value in %s", x, target, context)
                if code == "truncated":
                    msg += " (truncated)"
                elif code == "overflows":
                    msg += " (overflows)"
                self.error(x, msg)
                x.mode = INVALID_MODE
                return
            if val is not None:
                x.val = val
                self.update_expr_val(x.expr, val)
            if new_type is not x.type:
                x.type = new_type
                self.update_expr_type(x.expr, new_type, False)
        sig = x.type.underlying() if x.type is not None else None
        if type(sig) is T.Signature and sig.type_params:
            self.errorf(x, "cannot use generic function %s without instantiation in %s", x.expr, context)
            x.mode = INVALID_MODE
            return
        if t is None:
            return
        ok, cause = self.assignable_to(x, t)
        if not ok:
            if cause:
                self.errorf(x, "cannot use %s as %s value in %s: %s", x, t, context, cause)
            else:
                self.errorf(x, "cannot use %s as %s value in %s", x, t, context)
            x.mode = INVALID_MODE

    def init_var(self, lhs: O.Var, x: Operand, context: str) -> None:
        if x.mode == INVALID_MODE or not is_valid(x.type) or (lhs.type is not None and not is_valid(lhs.type)):
            if lhs.type is None:
                lhs.type = T.INVALID_TYPE
            x.mode = INVALID_MODE
            return
        if lhs.type is None:
            typ = x.type
            if is_untyped(typ):
                if typ is T.TYP[T.UNTYPED_NIL]:
                    self.errorf(x, "use of untyped nil in %s", context)
                    lhs.type = T.INVALID_TYPE
                    x.mode = INVALID_MODE
                    return
                typ = default_type(typ)
            lhs.type = typ
        self.assignment(x, lhs.type, context)

    def init_vars(self, lhs: list[O.Var], orig_rhs: list[ast.Expr], return_stmt) -> None:
        context = "return statement" if return_stmt is not None else "assignment"
        l, r = len(lhs), len(orig_rhs)
        is_call = r == 1 and type(ast.unparen(orig_rhs[0])) is ast.CallExpr
        if l == r and not is_call:
            for i, v in enumerate(lhs):
                x = Operand()
                desc = v.name
                if return_stmt is not None and not desc:
                    desc = "result variable"
                self.expr(new_target(v.type, desc), x, orig_rhs[i])
                self.init_var(v, x, context)
            return
        if r != 1:
            if self.use(*orig_rhs):
                if return_stmt is not None:
                    rhs = [self._eval(e) for e in orig_rhs]
                    self.return_error(return_stmt, lhs, rhs)
                else:
                    self.assign_error(orig_rhs, l, r)
            for v in lhs:
                if v.type is None:
                    v.type = T.INVALID_TYPE
            return
        rhs = self.multi_expr(orig_rhs[0], l == 2 and return_stmt is None)
        comma_ok = len(rhs) == 2 and rhs[0].expr is rhs[1].expr and rhs[0].mode in (MAPINDEX, COMMAOK, COMMAERR)
        r = len(rhs)
        if l == r:
            for i, v in enumerate(lhs):
                self.init_var(v, rhs[i], context)
            if comma_ok and rhs[0].mode != INVALID_MODE and rhs[1].mode != INVALID_MODE:
                self.record_comma_ok_types(orig_rhs[0], [rhs[0].type, rhs[1].type])
            return
        if rhs[0].mode != INVALID_MODE:
            if return_stmt is not None:
                self.return_error(return_stmt, lhs, rhs)
            else:
                self.assign_error(orig_rhs, l, r)
        for v in lhs:
            if v.type is None:
                v.type = T.INVALID_TYPE

    def _eval(self, e: ast.Expr) -> Operand:
        x = Operand()
        self.expr(None, x, e)
        return x

    def lhs_var(self, lhs: ast.Expr):
        ident = ast.unparen(lhs)
        if type(ident) is ast.Ident and ident.name == "_":
            self.record_def(ident, None)
            return None
        v = None
        v_used = False
        if type(ident) is ast.Ident:
            obj = self.lookup(ident.name)
            if type(obj) is O.Var and obj.pkg is self.pkg:
                v = obj
                v_used = v.used
        x = Operand()
        self.expr(None, x, lhs)
        if v is not None:
            v.used = v_used
        if x.mode == INVALID_MODE or not is_valid(x.type):
            return T.INVALID_TYPE
        if x.mode in (VARIABLE, MAPINDEX):
            return x.type
        if type(x.expr) is ast.SelectorExpr:
            op = Operand()
            self.expr(None, op, x.expr.x)
            if op.mode == MAPINDEX:
                self.errorf(x, "cannot assign to struct field %s in map", expr_string(x.expr))
                return T.INVALID_TYPE
        self.errorf(x, "cannot assign to %s (neither addressable nor a map index expression)", x.expr)
        return T.INVALID_TYPE

    def assign_var(self, lhs: ast.Expr, rhs: ast.Expr | None, x: Operand | None, context: str) -> None:
        t = self.lhs_var(lhs)
        if t is not None and not is_valid(t):
            if x is not None:
                x.mode = INVALID_MODE
            else:
                self.use(rhs)
            return
        if x is None:
            x = Operand()
            self.expr(new_target(t, expr_string(lhs)), x, rhs)
        if t is None and context == "assignment":
            context = "assignment to _ identifier"
        self.assignment(x, t, context)

    def assign_vars(self, lhs: list[ast.Expr], orig_rhs: list[ast.Expr]) -> None:
        l, r = len(lhs), len(orig_rhs)
        is_call = r == 1 and type(ast.unparen(orig_rhs[0])) is ast.CallExpr
        if l == r and not is_call:
            for i, e in enumerate(lhs):
                self.assign_var(e, orig_rhs[i], None, "assignment")
            return
        if r != 1:
            ok_l = self.use_lhs(*lhs)
            ok_r = self.use(*orig_rhs)
            if ok_l and ok_r:
                self.assign_error(orig_rhs, l, r)
            return
        rhs = self.multi_expr(orig_rhs[0], l == 2)
        comma_ok = len(rhs) == 2 and rhs[0].expr is rhs[1].expr and rhs[0].mode in (MAPINDEX, COMMAOK, COMMAERR)
        r = len(rhs)
        if l == r:
            for i, e in enumerate(lhs):
                self.assign_var(e, None, rhs[i], "assignment")
            if comma_ok and rhs[0].mode != INVALID_MODE and rhs[1].mode != INVALID_MODE:
                self.record_comma_ok_types(orig_rhs[0], [rhs[0].type, rhs[1].type])
            return
        if rhs[0].mode != INVALID_MODE:
            self.assign_error(orig_rhs, l, r)
        self.use_lhs(*lhs)

    def assign_error(self, rhs: list[ast.Expr], l: int, r: int) -> None:
        vars_ = _measure(l, "variable")
        vals = _measure(r, "value")
        rhs0 = rhs[0]
        if len(rhs) == 1:
            call = ast.unparen(rhs0)
            if type(call) is ast.CallExpr:
                self.errorf(rhs0, "assignment mismatch: %s but %s returns %s", vars_, call.fun, vals)
                return
        self.errorf(rhs0, "assignment mismatch: %s but %s", vars_, vals)

    def return_error(self, at, lhs: list[O.Var], rhs: list[Operand]) -> None:
        l, r = len(lhs), len(rhs)
        qual = "not enough"
        if r > l:
            at = rhs[l]
            qual = "too many"
        elif r > 0:
            at = rhs[r - 1]
        self.error(at, f"{qual} return values\n\thave {self.types_summary([x.type for x in rhs], False)}\n\t"
                       f"want {self.types_summary([v.type for v in lhs], False)}")

    def short_var_decl(self, pos, lhs: list[ast.Expr], rhs: list[ast.Expr]) -> None:
        top = len(self.delayed)
        scope = self.env.scope
        seen: set[str] = set()
        lhs_vars: list[O.Var | None] = [None] * len(lhs)
        new_vars: list[O.Var] = []
        has_err = False
        for i, e in enumerate(lhs):
            if type(e) is not ast.Ident:
                self.use_lhs(e)
                self.errorf(e, "non-name %s on left side of :=", e)
                has_err = True
                continue
            name = e.name
            if name != "_":
                if name in seen:
                    self.errorf(e, "%s repeated on left side of :=", e)
                    has_err = True
                    continue
                seen.add(name)
            alt = scope.lookup(name)
            if alt is not None:
                self.record_use(e, alt)
                if type(alt) is O.Var:
                    lhs_vars[i] = alt
                else:
                    self.errorf(e, "cannot assign to %s", e)
                    has_err = True
                continue
            obj = O.Var(e.pos, self.pkg, name, None)
            lhs_vars[i] = obj
            if name != "_":
                new_vars.append(obj)
            self.record_def(e, obj)
        for i, v in enumerate(lhs_vars):
            if v is None:
                lhs_vars[i] = O.Var(lhs[i].pos, self.pkg, "_", None)
        self.init_vars(lhs_vars, rhs, None)
        self.process_delayed(top)
        if not new_vars and not has_err:
            self.soft_errorf(pos, "no new variables on left side of :=")
            return
        for obj in new_vars:
            self.declare(scope, None, obj, 0)
