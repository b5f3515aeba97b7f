"""Expressions: operands, untyped constants, unary/binary operators,
literals, composite literals, type assertions (go/types expr.go)."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import (
    BUILTIN,
    COMMAOK,
    CONSTANT,
    INVALID_MODE,
    MAPINDEX,
    NOVALUE,
    TYPEXPR,
    VALUE,
    VARIABLE,
)
from tinypy_go.frontend.types.errors import INVALID_OP
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import (
    all_basic,
    comparable_type,
    default_type,
    has_name,
    has_nil,
    identical,
    is_boolean,
    is_integer,
    is_numeric,
    is_string,
    is_typed,
    is_untyped,
    is_valid,
    max_type,
)
from tinypy_go.frontend.types.typeset import core_type
from tinypy_go.frontend.types.version import GO1_27

_UNARY_PRED = {
    "+": T.IS_NUMERIC, "-": T.IS_NUMERIC, "^": T.IS_INTEGER, "!": T.IS_BOOLEAN,
}
_BINARY_PRED = {
    "+": T.IS_NUMERIC | T.IS_STRING, "-": T.IS_NUMERIC, "*": T.IS_NUMERIC, "/": T.IS_NUMERIC,
    "%": T.IS_INTEGER, "&": T.IS_INTEGER, "|": T.IS_INTEGER, "^": T.IS_INTEGER, "&^": T.IS_INTEGER,
    "&&": T.IS_BOOLEAN, "||": T.IS_BOOLEAN,
}
_COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}
_OP_NAMES2 = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift"}

# expression kinds returned by expr_internal
CONVERSION, EXPRESSION, STATEMENT = 0, 1, 2


def composite_kind(t: T.Type) -> str:
    u = t.underlying()
    return {T.Basic: "", T.Array: "array", T.Slice: "slice", T.Struct: "struct", T.Pointer: "pointer",
            T.Signature: "func", T.Interface: "interface", T.Map: "map", T.Chan: "chan", T.Tuple: "tuple",
            T.Union: "union"}.get(type(u), "")


def _basic_pred(t: T.Type, info: int) -> bool:
    return all_basic(t, info)


class Target:
    """Assignment target of a function type, for reverse type inference."""

    __slots__ = ("sig", "desc")

    def __init__(self, sig: T.Signature, desc: str):
        self.sig = sig
        self.desc = desc


def new_target(t, desc: str) -> Target | None:
    if t is not None:
        u = t.underlying()
        if type(u) is T.Signature:
            return Target(u, desc)
    return None


class ExprMixin:
    # ---------------------------------------------------------------- entry points

    def expr(self, target, x: Operand, e: ast.Expr) -> None:
        self.raw_expr(target, x, e, None, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def gen_expr(self, x: Operand, e: ast.Expr) -> None:
        self.raw_expr(None, x, e, None, True)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def expr_with_hint(self, x: Operand, e: ast.Expr, hint) -> None:
        self.raw_expr(None, x, e, hint, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        self.single_value(x)

    def expr_or_type(self, x: Operand, e: ast.Expr, allow_generic: bool) -> None:
        self.raw_expr(None, x, e, None, allow_generic)
        self.exclude(x, (NOVALUE,))
        self.single_value(x)

    def multi_expr(self, e: ast.Expr, allow_comma_ok: bool) -> list[Operand]:
        x = Operand()
        self.raw_expr(None, x, e, None, False)
        self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
        if type(x.type) is T.Tuple and x.mode != INVALID_MODE:
            out = []
            for v in x.type.vars:
                out.append(Operand(VALUE, e, v.type))
            return out
        if allow_comma_ok and x.mode in (MAPINDEX, COMMAOK, 9):
            x2 = Operand(VALUE, e, T.TYP[T.UNTYPED_BOOL])
            if x.mode == 9:
                from tinypy_go.frontend.types.universe import ERROR_TYPE

                x2.type = ERROR_TYPE
            return [x, x2]
        return [x]

    def exclude(self, x: Operand, modes) -> None:
        m = x.mode
        if m in modes:
            if m == NOVALUE:
                if TYPEXPR in modes:
                    msg = "%s used as value"
                else:
                    msg = "%s used as value or type"
            elif m == BUILTIN:
                msg = "%s must be called"
            else:
                msg = "%s is not an expression"
            self.errorf(x, msg, x)
            x.mode = INVALID_MODE

    def single_value(self, x: Operand) -> None:
        if x.mode == VALUE and type(x.type) is T.Tuple:
            self.errorf(x, "multiple-value %s in single-value context", x)
            x.mode = INVALID_MODE

    def use(self, *es) -> bool:
        """Evaluate expressions for their side effects on errors/usage only."""
        ok = True
        for e in es:
            if e is None:
                continue
            x = Operand()
            if type(e) is ast.Ident and e.name == "_":
                continue
            self.raw_expr(None, x, e, None, True)
            if x.mode == INVALID_MODE:
                ok = False
        return ok

    def use_lhs(self, *es) -> bool:
        ok = True
        for e in es:
            v = None
            v_used = False
            u = ast.unparen(e)
            if type(u) is ast.Ident:
                if u.name == "_":
                    continue
                _, obj = self.env.scope.lookup_parent(u.name)
                if type(obj) is O.Var and obj.pkg is self.pkg:
                    v = obj
                    v_used = v.used
            x = Operand()
            self.raw_expr(None, x, e, None, True)
            if v is not None:
                v.used = v_used
            if x.mode == INVALID_MODE:
                ok = False
        return ok

    def raw_expr(self, target, x: Operand, e: ast.Expr, hint, allow_generic: bool) -> int:
        kind = self.expr_internal(target, x, e, hint)
        if not allow_generic:
            self.non_generic(target, x)
        self.record(x)
        return kind

    def non_generic(self, target, x: Operand) -> None:
        if x.mode == INVALID_MODE or x.mode == NOVALUE:
            return
        what = ""
        if x.mode == TYPEXPR:
            t = x.type if type(x.type) is T.Alias and x.type.type_params else T.unalias(x.type)
            if type(t) in (T.Named, T.Alias) and t.type_params and not t.type_args:
                what = "type"
        elif x.mode == VALUE:
            t = x.type
            if type(t) is T.Signature and t.type_params:
                if target is not None:
                    self.func_inst(target, x.pos(), x, None, True)
                    return
                what = "function"
        if what:
            self.errorf(x.expr, "cannot use generic %s %s without instantiation", what, x.expr)
            x.mode = INVALID_MODE
            x.type = T.INVALID_TYPE

    def record(self, x: Operand) -> None:
        mode = x.mode
        if mode == INVALID_MODE:
            typ = T.INVALID_TYPE
            val = None
        elif mode == NOVALUE:
            typ = None
            val = None
        else:
            typ = x.type
            val = x.val if mode == CONSTANT else None
        if typ is not None and is_untyped(typ):
            self.remember_untyped(x.expr, False, mode, typ, val)
        else:
            self.record_type_and_value(x.expr, mode, typ, val)

    # ---------------------------------------------------------------- dispatch

    def expr_internal(self, target, x: Operand, e: ast.Expr, hint) -> int:
        x.mode = INVALID_MODE
        x.type = T.INVALID_TYPE
        x.val = None
        te = type(e)
        h = _EXPR_DISPATCH.get(te)
        if h is None:
            if te in _TYPE_EXPRS:
                x.mode = TYPEXPR
                x.type = self.typ(e)
                x.expr = e
                return EXPRESSION
            self.errorf(e, "%s is not an expression", e)
            x.mode = INVALID_MODE
            x.expr = e
            return STATEMENT
        kind = h(self, target, x, e, hint)
        x.expr = e
        return kind

    def _e_bad(self, target, x, e, hint):
        x.mode = INVALID_MODE
        return STATEMENT

    def _e_ident(self, target, x, e, hint):
        self.ident(x, e, None, False)
        return EXPRESSION

    def _e_ellipsis(self, target, x, e, hint):
        self.error(e, "invalid use of ...")
        x.mode = INVALID_MODE
        return STATEMENT

    def _e_basic_lit(self, target, x, e, hint):
        if e.kind in ("INT", "FLOAT", "IMAG") and len(e.value) > 2 and not self.allow_version(e, (1, 13)):
            from tinypy_go.frontend.types.version import lang_compat

            lang_compat(self, e)
        if e.kind in ("INT", "FLOAT", "IMAG") and len(e.value) > 10000:
            self.errorf(e, "excessively long constant: %s... (%d chars)", e.value[:10], len(e.value))
            x.mode = INVALID_MODE
            return EXPRESSION
        x.set_const(e.kind, e.value)
        if x.mode == INVALID_MODE:
            self.errorf(e, "malformed constant: %s", e.value)
        elif type(x.val) is int and x.val.bit_length() > 512:
            self.error(e, "constant overflow")
            x.val = None
        return EXPRESSION

    def _e_func_lit(self, target, x, e, hint):
        saved = self.env
        self.env = saved.copy()
        try:
            sig = self.func_type(None, e.type, None)
        finally:
            self.env = saved
        decl = self.env.decl
        iota = self.iota
        self.later(lambda: self.func_body(decl, "<function literal>", sig, e.body, iota))
        x.mode = VALUE
        x.type = sig
        return EXPRESSION

    def _e_paren(self, target, x, e, hint):
        kind = self.raw_expr(None, x, e.x, None, False)
        x.expr = e
        return kind

    def _e_selector(self, target, x, e, hint):
        self.selector(x, e, None, False)
        return EXPRESSION

    def _e_index(self, target, x, e, hint):
        if self.index_expr(x, e):
            self.func_inst(target, e.pos, x, e, True)
        if x.mode == INVALID_MODE:
            return EXPRESSION
        return EXPRESSION

    def _e_slice(self, target, x, e, hint):
        self.slice_expr(x, e)
        return EXPRESSION

    def _e_type_assert(self, target, x, e, hint):
        self.expr(None, x, e.x)
        if x.mode == INVALID_MODE:
            return EXPRESSION
        if e.type is None:
            self.error(e, "use of .(type) outside type switch")
            x.mode = INVALID_MODE
            return EXPRESSION
        if type(T.unalias(x.type)) is T.TypeParam:
            self.errorf(x, INVALID_OP + "cannot use type assertion on type parameter value %s", x)
            x.mode = INVALID_MODE
            return EXPRESSION
        if type(x.type.underlying()) is not T.Interface:
            self.errorf(x, INVALID_OP + "%s is not an interface", x)
            x.mode = INVALID_MODE
            return EXPRESSION
        t = self.var_type(e.type)
        if not is_valid(t):
            x.mode = INVALID_MODE
            return EXPRESSION
        self.type_assertion(e, x, t, False)
        x.mode = COMMAOK
        x.type = t
        return EXPRESSION

    def type_assertion(self, e, x: Operand, t: T.Type, type_switch: bool) -> None:
        cause = self.assertable_to(x.type, t)
        if cause is None:
            return
        if type_switch:
            self.errorf(e, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", e, x, t, cause)
            return
        self.errorf(e, "impossible type assertion: %s\n\t%s does not implement %s %s", e, t, x.type, cause)

    def assertable_to(self, v: T.Type, t: T.Type) -> str | None:
        if type(t.underlying()) is T.Interface:
            return None
        from tinypy_go.frontend.types.lookup import missing_method

        m, f, why = missing_method(t, v.underlying(), False)
        if m is None:
            return None
        return self.missing_method_cause(t, v, m, f, why)

    def _e_call(self, target, x, e, hint):
        return self.call_expr(x, e)

    def _e_star(self, target, x, e, hint):
        self.expr_or_type(x, e.x, False)
        if x.mode == INVALID_MODE:
            return EXPRESSION
        if x.mode == TYPEXPR:
            self.valid_var_type(e.x, x.type)
            x.type = T.Pointer(x.type)
            return EXPRESSION
        base = None
        ct = core_type(x.type)
        if ct is None:
            self.errorf(x, INVALID_OP + "cannot indirect %s", x)
            x.mode = INVALID_MODE
            return EXPRESSION
        if type(ct) is T.Pointer:
            base = ct.elem
        if base is None:
            self.errorf(x, INVALID_OP + "cannot indirect %s", x)
            x.mode = INVALID_MODE
            return EXPRESSION
        if not is_valid(base):
            x.mode = INVALID_MODE
            return EXPRESSION
        x.mode = VARIABLE
        x.type = base
        return EXPRESSION

    def _e_unary(self, target, x, e, hint):
        self.unary(x, e)
        if x.mode == INVALID_MODE:
            return EXPRESSION
        if e.op == "<-":
            x.expr = e
            return STATEMENT
        return EXPRESSION

    def _e_binary(self, target, x, e, hint):
        self.binary(x, e, e.x, e.y, e.op, e.op_pos)
        return EXPRESSION

    def _e_key_value(self, target, x, e, hint):
        self.error(e, "no key:value expected")
        x.mode = INVALID_MODE
        return EXPRESSION

    def _e_composite(self, target, x, e, hint):
        self.composite_lit(x, e, hint)
        return EXPRESSION

    # ---------------------------------------------------------------- operators

    def op_ok(self, preds: dict, x: Operand, op: str) -> bool:
        info = preds.get(op)
        if info is None:
            self.errorf(x, "unknown operator %s", op)
            return False
        if not all_basic(x.type, info):
            self.errorf(x, INVALID_OP + "operator %s not defined on %s", op, x)
            return False
        return True

    def unary(self, x: Operand, e: ast.UnaryExpr) -> None:
        self.expr(None, x, e.x)
        if x.mode == INVALID_MODE:
            return
        op = e.op
        if op == "&":
            if type(ast.unparen(e.x)) is not ast.CompositeLit and x.mode != VARIABLE:
                self.errorf(x, INVALID_OP + "cannot take address of %s", x)
                x.mode = INVALID_MODE
                return
            x.mode = VALUE
            x.type = T.Pointer(x.type)
            return
        if op == "<-":
            elem = self.chan_elem(x, x, True)
            if elem is None:
                x.mode = INVALID_MODE
                return
            x.mode = COMMAOK
            x.type = elem
            self.env.has_call_or_recv = True
            return
        if op == "~":
            if not all_basic(x.type, T.IS_INTEGER):
                self.error(e, "cannot use ~ outside of interface or type constraint")
                x.mode = INVALID_MODE
                return
            self.error(e, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)")
            op = "^"
        if not self.op_ok(_UNARY_PRED, x, op):
            x.mode = INVALID_MODE
            return
        if x.mode == CONSTANT:
            if x.val is None:
                return
            prec = 0
            if all_basic(x.type, T.IS_UNSIGNED) and is_typed(x.type):
                prec = self.sizes.sizeof(x.type) * 8
            x.val = constant.unary_op(op, x.val, prec)
            x.expr = e
            self.overflow(x, x.expr.pos)
            return
        x.mode = VALUE

    def overflow(self, x: Operand, op_pos: int) -> None:
        if x.val is None:
            self.error(op_pos, "constant result is not representable")
            return
        if is_typed(x.type):
            self.representable(x, x.type.underlying())
            return
        if type(x.val) is int and constant.bit_len(x.val) > 512:
            op = _op_name(x.expr)
            if op:
                op += " "
            self.errorf(op_pos, "constant %soverflow", op)
            x.val = None

    def representable(self, x: Operand, typ) -> None:
        v, code = self.representation(x, typ)
        if code:
            self.invalid_conversion(code, x, typ)
            x.mode = INVALID_MODE
            return
        x.val = v

    def representation(self, x: Operand, typ: T.Basic):
        ok, v = representable_const(x.val, self, typ)
        if not ok:
            if is_numeric(x.type) and is_numeric(typ):
                if not is_integer(x.type) and is_integer(typ):
                    return None, "truncated"
                return None, "overflows"
            return None, "invalid"
        return v, ""

    def invalid_conversion(self, code: str, x: Operand, target) -> None:
        if code == "truncated":
            self.errorf(x, "%s truncated to %s", x, target)
        elif code == "overflows":
            self.errorf(x, "%s overflows %s", x, target)
        else:
            self.errorf(x, "cannot convert %s to type %s", x, target)

    def binary(self, x: Operand, e, lhs: ast.Expr, rhs: ast.Expr, op: str, op_pos: int) -> None:
        y = Operand()
        self.expr(None, x, lhs)
        self.expr(None, y, rhs)
        if x.mode == INVALID_MODE:
            return
        if y.mode == INVALID_MODE:
            x.mode = INVALID_MODE
            x.expr = y.expr
            return
        if op == "<<" or op == ">>":
            self.shift(x, y, e, op)
            return
        self.match_types(x, y)
        if x.mode == INVALID_MODE:
            return
        if op in _COMPARISONS:
            self.comparison(x, y, op, False)
            return
        if not identical(x.type, y.type):
            if is_valid(x.type) and is_valid(y.type):
                if e is not None:
                    self.errorf(e, INVALID_OP + "%s (mismatched types %s and %s)", e, x.type, y.type)
                else:
                    self.errorf(x, INVALID_OP + "%s %s= %s (mismatched types %s and %s)", lhs, op, rhs, x.type,
                                y.type)
            x.mode = INVALID_MODE
            return
        if not self.op_ok(_BINARY_PRED, x, op):
            x.mode = INVALID_MODE
            return
        if op == "/" or op == "%":
            if (x.mode == CONSTANT or all_basic(x.type, T.IS_INTEGER)) and y.mode == CONSTANT and \
                    constant.sign(y.val) == 0:
                self.error(y, INVALID_OP + "division by zero")
                x.mode = INVALID_MODE
                return
            if x.mode == CONSTANT and y.mode == CONSTANT and all_basic(x.type, T.IS_COMPLEX):
                re2 = constant.real(y.val)
                im2 = constant.imag(y.val)
                if re2 is not None and im2 is not None and re2 * re2 + im2 * im2 == 0:
                    self.error(y, INVALID_OP + "division by zero")
                    x.mode = INVALID_MODE
                    return
        if x.mode == CONSTANT and y.mode == CONSTANT:
            if x.val is None or y.val is None:
                x.val = None
                return
            if op == "/" and is_integer(x.type):
                op = "//"
            x.val = constant.binary_op(x.val, op, y.val)
            x.expr = e
            self.overflow(x, op_pos)
            return
        x.mode = VALUE

    def match_types(self, x: Operand, y: Operand) -> None:
        def may_convert(x: Operand, y: Operand) -> bool:
            if is_typed(x.type) and is_typed(y.type):
                return False
            # go1.24: a numeric type can only convert to another numeric type
            if all_basic(x.type, T.IS_NUMERIC) != all_basic(y.type, T.IS_NUMERIC):
                return False
            if _non_tparam_iface(x.type) or _non_tparam_iface(y.type):
                return True
            if all_basic(x.type, T.IS_BOOLEAN) != all_basic(y.type, T.IS_BOOLEAN):
                return False
            if all_basic(x.type, T.IS_STRING) != all_basic(y.type, T.IS_STRING):
                return False
            if x.is_nil():
                return has_nil(y.type)
            if y.is_nil():
                return has_nil(x.type)
            if type(x.type.underlying()) is T.Pointer or type(y.type.underlying()) is T.Pointer:
                return False
            return True

        if may_convert(x, y):
            self.convert_untyped(x, y.type)
            if x.mode == INVALID_MODE:
                return
            self.convert_untyped(y, x.type)
            if y.mode == INVALID_MODE:
                x.mode = INVALID_MODE

    def shift(self, x: Operand, y: Operand, e, op: str) -> None:
        xval = None
        if x.mode == CONSTANT:
            xval = constant.to_int(x.val)
        if all_basic(x.type, T.IS_INTEGER) or (is_untyped(x.type) and type(xval) is int):
            pass
        else:
            self.errorf(x, INVALID_OP + "shifted operand %s must be integer", x)
            x.mode = INVALID_MODE
            return
        yval = None
        if y.mode == CONSTANT:
            yval = constant.to_int(y.val)
            if type(yval) is int and yval < 0:
                self.errorf(y, INVALID_OP + "negative shift count %s", y)
                x.mode = INVALID_MODE
                return
            if is_untyped(y.type):
                self.representable(y, T.TYP[T.UINT])
                if y.mode == INVALID_MODE:
                    x.mode = INVALID_MODE
                    return
        else:
            if all_basic(y.type, T.IS_INTEGER):
                if not all_basic(y.type, T.IS_UNSIGNED) and \
                        not self.verify_versionf(y, (1, 13), INVALID_OP + "signed shift count %s", y):
                    x.mode = INVALID_MODE
                    return
            elif is_untyped(y.type):
                self.convert_untyped(y, T.TYP[T.UINT])
                if y.mode == INVALID_MODE:
                    x.mode = INVALID_MODE
                    return
            else:
                self.errorf(y, INVALID_OP + "shift count %s must be integer", y)
                x.mode = INVALID_MODE
                return
        if x.mode == CONSTANT:
            if y.mode == CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                    if not is_integer(x.type):
                        x.type = T.TYP[T.UNTYPED_INT]
                    return
                if type(yval) is not int or yval > 1023 - 1 + 52:
                    self.errorf(y, INVALID_OP + "invalid shift count %s", y)
                    x.mode = INVALID_MODE
                    return
                if not is_integer(x.type):
                    x.type = T.TYP[T.UNTYPED_INT]
                x.val = constant.shift(xval, op, yval)
                x.expr = e
                self.overflow(x, e.op_pos if type(e) is ast.BinaryExpr else x.expr.pos)
                return
            if is_untyped(x.type):
                info = self.untyped.get(x.expr)
                if info is not None:
                    self.untyped[x.expr] = (True, info[1], info[2], info[3])
                x.mode = VALUE
                return
        if not all_basic(x.type, T.IS_INTEGER):
            self.errorf(x, INVALID_OP + "shifted operand %s must be integer", x)
            x.mode = INVALID_MODE
            return
        x.mode = VALUE

    def comparison(self, x: Operand, y: Operand, op: str, switch_case: bool) -> None:
        if not is_valid(x.type) or not is_valid(y.type):
            x.mode = INVALID_MODE
            return
        if switch_case:
            op = "=="
        err_op = x
        cause = ""
        ok = self.assignable_to(x, y.type)[0] or self.assignable_to(y, x.type)[0]
        if not ok:
            err_op = y
            cause = self.sprintf("mismatched types %s and %s", x.type, y.type)
        else:
            if op in ("==", "!="):
                if x.is_nil() or y.is_nil():
                    t = y.type if x.is_nil() else x.type
                    if not has_nil(t):
                        err_op = y
                        ok = False
                elif not comparable_type(x.type, True, None):
                    err_op = x
                    cause = self.incomparable_cause(x.type)
                    ok = False
                elif not comparable_type(y.type, True, None):
                    err_op = y
                    cause = self.incomparable_cause(y.type)
                    ok = False
            else:
                if not all_basic(x.type, T.IS_ORDERED):
                    err_op = x
                    ok = False
                elif not all_basic(y.type, T.IS_ORDERED):
                    err_op = y
                    ok = False
        if ok:
            if x.mode == CONSTANT and y.mode == CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                else:
                    x.val = constant.compare(x.val, op, y.val)
            else:
                x.mode = VALUE
                self.update_expr_type(x.expr, default_type(x.type), True)
                self.update_expr_type(y.expr, default_type(y.type), True)
            x.type = T.TYP[T.UNTYPED_BOOL]
            return
        if not cause:
            xtp = type(T.unalias(x.type)) is T.TypeParam
            ytp = type(T.unalias(y.type)) is T.TypeParam
            if xtp or ytp:
                if not xtp:
                    err_op = y
                cause = self.sprintf("type parameter %s is not comparable with %s", err_op.type, op)
            else:
                cause = self.sprintf("operator %s not defined on %s", op, self.kind_string(err_op.type))
        if switch_case:
            self.errorf(x, "invalid case %s in switch on %s (%s)", x.expr, y.expr, cause)
        else:
            self.errorf(err_op, INVALID_OP + "%s %s %s (%s)", x.expr, op, y.expr, cause)
        x.mode = INVALID_MODE

    def kind_string(self, t: T.Type) -> str:
        u = t.underlying()
        if type(u) is T.Interface:
            if type(T.unalias(t)) is T.TypeParam:
                return self.sprintf("type parameter %s", t)
            return "interface"
        k = composite_kind(t)
        if k and k not in ("tuple", "union"):
            return k
        return self.sprintf("%s", t)

    def incomparable_cause(self, t: T.Type) -> str:
        u = t.underlying()
        if type(u) in (T.Slice, T.Signature, T.Map):
            return self.kind_string(t) + " can only be compared to nil"
        causes = []
        comparable_type(t, True, None, lambda fmt, *args: causes.append(self.sprintf(fmt, *args)))
        return causes[0] if causes else ""

    # ---------------------------------------------------------------- untyped conversion

    def update_expr_type(self, x: ast.Expr, typ: T.Type, final: bool) -> None:
        old = self.untyped.get(x)
        if old is None:
            return
        is_lhs, mode, otyp, val = old
        tx = type(x)
        if tx is ast.ParenExpr:
            self.update_expr_type(x.x, typ, final)
        elif tx is ast.UnaryExpr:
            if val is None:
                self.update_expr_type(x.x, typ, final)
        elif tx is ast.BinaryExpr:
            if val is None:
                if x.op in _COMPARISONS:
                    pass
                elif x.op in ("<<", ">>"):
                    self.update_expr_type(x.x, typ, final)
                else:
                    self.update_expr_type(x.x, typ, final)
                    self.update_expr_type(x.y, typ, final)
        if not final and is_untyped(typ):
            self.untyped[x] = (is_lhs, mode, T.unalias(typ).underlying(), val)
            return
        del self.untyped[x]
        if is_lhs:
            if not all_basic(typ, T.IS_INTEGER):
                self.errorf(x, INVALID_OP + "shifted operand %s (type %s) must be integer", x, typ)
                return
        if val is not None:
            c = Operand(mode, x, otyp, val)
            self.convert_untyped(c, typ)
            if c.mode == INVALID_MODE:
                return
            val = c.val
        self.record_type_and_value(x, mode, typ, val)

    def update_expr_val(self, x: ast.Expr, val) -> None:
        info = self.untyped.get(x)
        if info is not None:
            self.untyped[x] = (info[0], info[1], info[2], val)

    def convert_untyped(self, x: Operand, target: T.Type) -> None:
        new_type, val, code = self.implicit_type_and_value(x, target)
        if code:
            t = target
            if type(T.unalias(target)) is not T.TypeParam:
                t = target.underlying()
            self.invalid_conversion(code, x, t)
            x.mode = INVALID_MODE
            return
        if val is not None:
            x.val = val
            self.update_expr_val(x.expr, val)
        if new_type is not x.type:
            x.type = new_type
            self.update_expr_type(x.expr, new_type, False)

    def implicit_type_and_value(self, x: Operand, target: T.Type):
        """(new type, new value, error code) for using untyped x as target."""
        if x.mode == INVALID_MODE or is_typed(x.type) or not is_valid(target):
            return x.type, None, ""
        if is_untyped(target):
            m = max_type(x.type, target)
            if m is not None:
                return m, None, ""
            return None, None, "invalid"
        tt = T.unalias(target)
        u = target.underlying()
        tu = type(u)
        if type(tt) is T.TypeParam:
            ts = tt.iface().type_set()
            if ts.terms is None or not ts.terms:
                return None, None, "invalid"
            for term in ts.terms:
                t, _, _ = self.implicit_type_and_value(x, term.type.underlying())
                if t is None:
                    return None, None, "invalid"
            if x.is_nil():
                return T.TYP[T.UNTYPED_NIL], None, ""
            return target, None, ""
        if tu is T.Basic:
            if x.mode == CONSTANT:
                v, code = self.representation(x, u)
                if code:
                    return None, None, code
                return target, v, ""
            k = T.unalias(x.type).kind
            if k == T.UNTYPED_BOOL:
                if not is_boolean(target):
                    return None, None, "invalid"
            elif k in (T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT, T.UNTYPED_COMPLEX):
                if not is_numeric(target):
                    return None, None, "invalid"
            elif k == T.UNTYPED_STRING:
                if not is_string(target):
                    return None, None, "invalid"
            elif k == T.UNTYPED_NIL:
                if not has_nil(target):
                    return None, None, "invalid"
                return T.TYP[T.UNTYPED_NIL], None, ""
            else:
                return None, None, "invalid"
            return target, None, ""
        if tu is T.Interface:
            if x.is_nil():
                return T.TYP[T.UNTYPED_NIL], None, ""
            if not u.empty():
                return None, None, "invalid"
            return default_type(x.type), None, ""
        if tu in (T.Pointer, T.Signature, T.Slice, T.Map, T.Chan):
            if not x.is_nil():
                return None, None, "invalid"
            return T.TYP[T.UNTYPED_NIL], None, ""
        return None, None, "invalid"

    # ---------------------------------------------------------------- assignability

    def assignable_to(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        """(ok, cause) like operand.assignableTo."""
        if x.mode == INVALID_MODE or not is_valid(t):
            return True, ""
        v = x.type
        if identical(v, t):
            return True, ""
        vu = v.underlying()
        tu = t.underlying()
        vp = T.unalias(v) if type(T.unalias(v)) is T.TypeParam else None
        tp = T.unalias(t) if type(T.unalias(t)) is T.TypeParam else None
        if is_untyped(vu):
            if tp is not None:
                ts = tp.iface().type_set()
                if ts.terms is None or not ts.terms:
                    return False, ""
                for term in ts.terms:
                    nt, _, _ = self.implicit_type_and_value(x, term.type)
                    if nt is None:
                        return False, ""
                return True, ""
            nt, _, _ = self.implicit_type_and_value(x, t)
            return nt is not None, ""
        if identical(vu, tu) and (not has_name(v) or not has_name(t)) and vp is None and tp is None:
            return True, ""
        if (type(tu) is T.Interface and tp is None) or _is_iface_ptr(tu):
            cause = self.implements(v, t, False)
            if cause is None:
                return True, ""
            if vp is None:
                return False, cause
            cause = ""
        if type(vu) is T.Interface and vp is None:
            if self.implements(t, v, False) is not None:
                return False, "need type assertion"
        if type(vu) is T.Chan and vu.dir == T.SEND_RECV:
            if type(tu) is T.Chan and identical(vu.elem, tu.elem):
                return (not has_name(v) or not has_name(t)), ""
        if vp is None and tp is None:
            return False, ""
        if not has_name(v) and tp is not None:
            ts = tp.iface().type_set()
            if ts.terms is None or not ts.terms:
                return False, ""
            for term in ts.terms:
                ok, cause = self.assignable_to(x, term.type)
                if not ok:
                    return False, self.sprintf("cannot assign %s to %s (in %s)", x.type, term.type, tp)
            return True, ""
        if vp is not None and not has_name(t):
            ts = vp.iface().type_set()
            if ts.terms is None or not ts.terms:
                return False, ""
            for term in ts.terms:
                x2 = Operand(x.mode, x.expr, term.type, x.val)
                ok, cause = self.assignable_to(x2, t)
                if not ok:
                    return False, self.sprintf("cannot assign %s (in %s) to %s", term.type, vp, t)
            return True, ""
        return False, ""

    def implements(self, v: T.Type, t: T.Type, constraint: bool) -> str | None:
        """None if v implements (or satisfies) t, else the cause."""
        vu = v.underlying()
        tu = t.underlying()
        if not is_valid(vu) or not is_valid(tu):
            return None
        if type(vu) is T.Pointer and not is_valid(vu.elem.underlying()):
            return None
        verb = "satisfy" if constraint else "implement"
        if type(tu) is not T.Interface:
            if _is_iface_ptr(tu):
                detail = self.sprintf("type %s is pointer to interface, not interface", t)
            else:
                detail = self.sprintf("%s is not an interface", t)
            return self.sprintf("%s does not %s %s (%s)", v, verb, t, detail)
        tts = tu.type_set()
        if tts.is_all():
            return None
        vi = vu if type(vu) is T.Interface else None
        if vi is not None and vi.type_set().is_empty():
            return None
        if tts.is_empty():
            return self.sprintf("cannot %s %s (empty type set)", verb, t)
        from tinypy_go.frontend.types.lookup import missing_method

        m, f, why = missing_method(v, tu, True)
        if m is not None:
            cause = self.missing_method_cause(v, t, m, f, why)
            return self.sprintf("%s does not %s %s %s", v, verb, t, cause)

        def check_comparability():
            if not tts.comparable and not (tts.terms is not None and False):
                if not tu.is_comparable() or tts.terms is not None:
                    return None
            if comparable_type(v, False, None):
                return None
            if constraint and comparable_type(v, True, None):
                return None
            return self.sprintf("%s does not %s comparable", v, verb)

        if tts.terms is None:
            return check_comparability()
        if vi is not None:
            vts = vi.type_set()
            if vts.terms is None or not all(_term_in(term, tts.terms) for term in vts.terms):
                return self.sprintf("%s does not %s %s", v, verb, t)
            return check_comparability()
        alt = None
        found = False
        for term in tts.terms:
            if _includes(term, v):
                found = True
                break
            if alt is None and not term.tilde and identical(term.type, term.type.underlying()):
                if _includes(T.Term(True, term.type), v):
                    alt = term.type
        if not found:
            if alt is not None:
                detail = self.sprintf("possibly missing ~ for %s in %s", alt, t)
            elif _mentions(tu, v):
                detail = self.sprintf("%s mentions %s, but %s is not in the type set of %s", t, v, v, t)
            else:
                detail = self.sprintf("%s missing in %s", v, " | ".join(repr_term(self, x) for x in tts.terms))
            return self.sprintf("%s does not %s %s (%s)", v, verb, t, detail)
        return check_comparability()

    def chan_elem(self, at, x: Operand, recv: bool) -> T.Type | None:
        """The element type of channel operand x for a receive (recv) or a
        send, or None after reporting why not (go/types chanElem, go1.25)."""
        from tinypy_go.frontend.types.under import common_under

        def cond(t, u):
            if u is None:
                return ("no specific channel type",)
            if type(u) is not T.Chan:
                return ("non-channel %s", t)
            if recv and u.dir == T.SEND_ONLY:
                return ("send-only channel %s", t)
            if not recv and u.dir == T.RECV_ONLY:
                return ("receive-only channel %s", t)
            return None

        u, err = common_under(x.type, cond)
        if u is not None:
            return u.elem
        cause = self.sprintf(*err)
        is_tp = type(T.unalias(x.type)) is T.TypeParam
        what = "cannot receive from" if recv else "cannot send to"
        if is_tp:
            self.errorf(at, INVALID_OP + "%s %s: %s", what, x, cause)
        else:
            self.errorf(at, INVALID_OP + "%s %s %s", what, cause, x)
        return None

    def missing_method_cause(self, v, t, m, f, why: str) -> str:
        if f is not None and f.type is None:
            self.obj_decl(f, None)
        if why == "missing":
            if _is_iface_ptr(v.underlying()):
                return "(" + self.sprintf("type %s is pointer to interface, not interface", v) + ")"
            if _is_iface_ptr(t.underlying()):
                return "(" + self.sprintf("type %s is pointer to interface, not interface", t) + ")"
            return f"(missing method {m.name})"
        if why == "case":
            return (f"(missing method {m.name})\n\t\thave {self.func_string(f)}\n\t\t"
                    f"want {self.func_string(m)}")
        if why == "wrong":
            fs, ms = self.func_string(f), self.func_string(m)
            if fs == ms:
                return f"(wrong type for method {m.name})"
            return f"(wrong type for method {m.name})\n\t\thave {fs}\n\t\twant {ms}"
        if why == "ptr":
            return f"(method {m.name} has pointer receiver)"
        if why == "ambig":
            return self.sprintf("(ambiguous selector %s.%s)", v, m.name)
        return f"(missing method {m.name})"

    def func_string(self, f) -> str:
        from tinypy_go.frontend.types.typestring import signature_string

        if isinstance(f, O.Var):
            return f.name
        return f.name + signature_string(f.type, self.qualifier, False)

    # ---------------------------------------------------------------- composite literals

    def composite_lit(self, x: Operand, e: ast.CompositeLit, hint) -> None:
        typ = base = None
        if e.type is not None:
            at = e.type
            if type(at) is ast.ArrayType and type(at.len) is ast.Ellipsis and at.len.elt is None:
                typ = T.Array(self.var_type(at.elt), -1)
                base = typ
            else:
                typ = self.typ(e.type)
                base = typ
        elif hint is not None:
            typ = hint
            ct = core_type(typ)
            if ct is None:
                self.errorf(e, "invalid composite literal element type %s (no core type)", typ)
                x.mode = INVALID_MODE
                return
            base = ct.elem if type(ct) is T.Pointer else typ
        else:
            self.error(e, "missing type in composite literal")
            for el in e.elts:
                self.use(el.value if type(el) is ast.KeyValueExpr else el)
            x.mode = INVALID_MODE
            return
        bn = T.unalias(base)
        if type(bn) is T.Named and bn._underlying is None and bn._resolver is None:
            self.error(e, "invalid recursive type")
            for el in e.elts:
                self.use(el.value if type(el) is ast.KeyValueExpr else el)
            x.mode = INVALID_MODE
            return
        utyp = core_type(base)
        tu = type(utyp)
        if tu is T.Struct:
            fields = utyp.fields
            if e.elts and type(e.elts[0]) is ast.KeyValueExpr:
                visited: dict = {}  # trie over field index paths (go/types trie.go)
                for el in e.elts:
                    if type(el) is not ast.KeyValueExpr:
                        self.error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    key = el.key
                    self.expr(None, x, el.value) if False else None
                    if type(key) is not ast.Ident:
                        self.expr(None, x, el.value)
                        self.errorf(el, "invalid field name %s in struct literal", key)
                        continue
                    from tinypy_go.frontend.types.lookup import lookup_field_or_method

                    obj, index, indirect = lookup_field_or_method(utyp, False, self.pkg, key.name)
                    if obj is None:
                        self.expr(None, x, el.value)
                        alt, _, _ = lookup_field_or_method(utyp, False, self.pkg, key.name, True)
                        self.error(key, self.lookup_error(base, key.name, alt, True))
                        continue
                    if type(obj) is not O.Var:
                        self.expr(None, x, el.value)
                        self.errorf(key, "%s is not a field", key)
                        continue
                    fld = obj
                    if len(index) > 1 and not self.verify_versionf(
                            key, GO1_27, "use of promoted field %s in struct literal of type %s",
                            _field_path(utyp, index), base):
                        self.expr(None, x, el.value)
                        continue
                    if indirect:
                        self.expr(None, x, el.value)
                        self.errorf(key, "invalid implicit pointer indirection to reach %s", key)
                        continue
                    self.record_use(key, fld)
                    self.expr_with_hint(x, el.value, fld.type)
                    self.assignment(x, fld.type, "struct literal")
                    alt, n = _trie_insert(visited, index, fld)
                    if n:
                        if fld is alt:
                            self.errorf(el, "duplicate field name %s in struct literal", fld.name)
                        elif n < len(index):
                            self.errorf(el, "cannot specify promoted field %s and enclosing embedded field %s",
                                        fld.name, alt.name)
                        else:
                            self.errorf(el, "cannot specify embedded field %s and enclosed promoted field %s",
                                        fld.name, alt.name)
            else:
                for i, el in enumerate(e.elts):
                    if type(el) is ast.KeyValueExpr:
                        self.error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    hint_t = fields[i].type if i < len(fields) else None
                    self.expr_with_hint(x, el, hint_t)
                    if i >= len(fields):
                        self.errorf(x, "too many values in struct literal of type %s", base)
                        break
                    fld = fields[i]
                    if not fld.exported() and fld.pkg is not self.pkg:
                        self.errorf(x, "implicit assignment to unexported field %s in struct literal of type %s",
                                    fld.name, base)
                        continue
                    self.assignment(x, fld.type, "struct literal")
                if e.elts and len(e.elts) < len(fields):
                    self.errorf(e.rbrace, "too few values in struct literal of type %s", base)
        elif tu is T.Array:
            n = self.indexed_elts(e.elts, utyp.elem, utyp.len)
            if utyp.len < 0:
                utyp.len = n
                if e.type is not None:
                    self.record_type_and_value(e.type, TYPEXPR, utyp, None)
        elif tu is T.Slice:
            self.indexed_elts(e.elts, utyp.elem, -1)
        elif tu is T.Map:
            key_iface = type(utyp.key.underlying()) is T.Interface and type(T.unalias(utyp.key)) is not T.TypeParam
            visited: dict = {}
            for el in e.elts:
                if type(el) is not ast.KeyValueExpr:
                    self.error(el, "missing key in map literal")
                    continue
                self.expr_with_hint(x, el.key, utyp.key)
                self.assignment(x, utyp.key, "map literal")
                if x.mode == INVALID_MODE:
                    continue
                if x.mode == CONSTANT:
                    k = _key_val(x.val)
                    dup = False
                    if key_iface:
                        lst = visited.setdefault(k, [])
                        dup = any(identical(vt, x.type) for vt in lst)
                        lst.append(x.type)
                    else:
                        dup = k in visited
                        visited[k] = None
                    if dup:
                        self.errorf(x, "duplicate key %s in map literal", constant.to_string(x.val))
                        continue
                self.expr_with_hint(x, el.value, utyp.elem)
                self.assignment(x, utyp.elem, "map literal")
        else:
            for el in e.elts:
                self.use(el.value if type(el) is ast.KeyValueExpr else el)
            if utyp is not None and is_valid(utyp):
                self.errorf(e, "invalid composite literal type %s", typ)
            x.mode = INVALID_MODE
            return
        x.mode = VALUE
        x.type = typ

    def indexed_elts(self, elts: list[ast.Expr], typ: T.Type, length: int) -> int:
        visited: set[int] = set()
        index = 0
        max_index = 0
        for e in elts:
            valid_index = False
            eval_ = e
            if type(e) is ast.KeyValueExpr:
                kt, i = self.index_value(e.key, length)
                if is_valid(kt):
                    if i >= 0:
                        index = i
                        valid_index = True
                    else:
                        self.errorf(e, "index %s must be integer constant", e.key)
                eval_ = e.value
            elif length >= 0 and index >= length:
                self.errorf(e, "index %d is out of bounds (>= %d)", index, length)
            else:
                valid_index = True
            if valid_index:
                if index in visited:
                    self.errorf(e, "duplicate index %d in array or slice literal", index)
                else:
                    visited.add(index)
            index += 1
            if index > max_index:
                max_index = index
            x = Operand()
            self.expr_with_hint(x, eval_, typ)
            self.assignment(x, typ, "array or slice literal")
        return max_index

    def lookup_error(self, typ: T.Type, sel: str, obj, struct_lit: bool) -> str:
        """Go's wording for a failed selector or struct literal key lookup;
        obj is a case-insensitive match, if any."""
        missing, misspelled, unexported, inaccessible = range(4)
        e = missing
        alt = ""
        if obj is not None:
            alt = obj.name
            if obj.pkg is self.pkg:
                e = misspelled
            elif sel[:1].isupper():
                if alt[:1].isupper():
                    e = misspelled
                elif sel[1:] == alt[1:]:
                    e = unexported
            elif alt[:1].isupper():
                if sel[1:] == alt[1:]:
                    e = misspelled
            elif sel == alt:
                e = inaccessible
        if struct_lit:
            if e == misspelled:
                return self.sprintf("unknown field %s in struct literal of type %s, but does have %s", sel, typ, alt)
            if e == unexported:
                return self.sprintf("unknown field %s in struct literal of type %s, but does have unexported %s", sel,
                                    typ, alt)
            if e == inaccessible:
                return self.sprintf("cannot refer to unexported field %s in struct literal of type %s", alt, typ)
            return self.sprintf("unknown field %s in struct literal of type %s", sel, typ)
        what = "field" if isinstance(obj, O.Var) else "method" if isinstance(obj, O.Func) else "object"
        if e == misspelled:
            return self.sprintf("type %s has no field or method %s, but does have %s %s", typ, sel, what, alt)
        if e == unexported:
            return self.sprintf("type %s has no field or method %s, but does have unexported %s %s", typ, sel, what,
                                alt)
        if e == inaccessible:
            return self.sprintf("cannot refer to unexported %s %s", what, alt)
        return self.sprintf("type %s has no field or method %s", typ, sel)


def _key_val(v):
    t = type(v)
    if t is constant.Complex:
        if v.im == 0:
            return _key_val(v.re)
        return (v.re, v.im)
    if t is int or t is bool:
        return (t.__name__, v) if t is bool else v
    return v


def _field_index(fields, pkg, name: str, fold: bool) -> int:
    if name == "_":
        return -1
    for i, f in enumerate(fields):
        if fold:
            if f.name.lower() == name.lower():
                return i
        elif f.same_id(pkg, name):
            return i
    return -1


def _is_iface_ptr(t) -> bool:
    return type(t) is T.Pointer and type(t.elem.underlying()) is T.Interface and \
        type(T.unalias(t.elem)) is not T.TypeParam


def _includes(term: T.Term, t: T.Type) -> bool:
    if term.tilde:
        return identical(term.type.underlying(), t.underlying())
    return identical(term.type, t)


def _term_in(term: T.Term, terms) -> bool:
    for o in terms:
        if o.tilde:
            if identical(o.type.underlying(), term.type.underlying()):
                return True
        elif not term.tilde and identical(o.type, term.type):
            return True
    return False


def _mentions(it: T.Interface, t: T.Type) -> bool:
    for e in it.embeddeds:
        if type(e) is T.Union:
            if any(identical(x.type, t) for x in e.terms):
                return True
        elif identical(e, t):
            return True
    return False


def repr_term(chk, term: T.Term) -> str:
    from tinypy_go.frontend.types.typestring import type_string

    return ("~" if term.tilde else "") + type_string(term.type)


def _op_name(e) -> str:
    if type(e) is ast.BinaryExpr:
        return _OP_NAMES2.get(e.op, "")
    if type(e) is ast.UnaryExpr and e.op == "^":
        return "bitwise complement"
    return ""


_INT_BITS = {T.INT8: 8, T.INT16: 16, T.INT32: 32, T.INT64: 64, T.UINT8: 8, T.UINT16: 16, T.UINT32: 32, T.UINT64: 64}
_INT_RANGES: dict[tuple[int, int], tuple[int, int]] = {}


def representable_const(x, chk, typ: T.Basic):
    """(ok, rounded value) for constant x as a value of basic type typ."""
    if x is None:
        return True, None
    k = typ.kind
    kx = constant.kind(x)
    info = typ.info
    if info & T.IS_INTEGER:
        xi = x if type(x) is int else constant.to_int(x)
        if type(xi) is not int:
            return False, None
        if info & T.IS_UNTYPED:
            return True, xi
        ws = chk.sizes.word_size if chk is not None else 4
        r = _INT_RANGES.get((k, ws))
        if r is None:
            bits = ws * 8 if k in (T.INT, T.UINT, T.UINTPTR) else _INT_BITS[k]
            if info & T.IS_UNSIGNED:
                r = (0, (1 << bits) - 1)
            else:
                r = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
            _INT_RANGES[(k, ws)] = r
        return r[0] <= xi <= r[1], xi
    if info & T.IS_FLOAT:
        f = constant.to_float(x)
        if f is None:
            return False, None
        if k == T.FLOAT32:
            r = constant.round_float32(f)
            return r is not None, r
        if k == T.FLOAT64:
            r = constant.round_float64(f)
            return r is not None, r
        return True, f
    if info & T.IS_COMPLEX:
        c = constant.to_complex(x)
        if c is None:
            return False, None
        if k == T.COMPLEX64:
            re, im = constant.round_float32(c.re), constant.round_float32(c.im)
        elif k == T.COMPLEX128:
            re, im = constant.round_float64(c.re), constant.round_float64(c.im)
        else:
            return True, c
        if re is None or im is None:
            return False, None
        return True, constant.Complex(re, im)
    if info & T.IS_STRING:
        return kx == constant.STRING, x
    if info & T.IS_BOOLEAN:
        return kx == constant.BOOL, x
    return False, None


_EXPR_DISPATCH = {
    ast.BadExpr: ExprMixin._e_bad,
    ast.Ident: ExprMixin._e_ident,
    ast.Ellipsis: ExprMixin._e_ellipsis,
    ast.BasicLit: ExprMixin._e_basic_lit,
    ast.FuncLit: ExprMixin._e_func_lit,
    ast.CompositeLit: ExprMixin._e_composite,
    ast.ParenExpr: ExprMixin._e_paren,
    ast.SelectorExpr: ExprMixin._e_selector,
    ast.IndexExpr: ExprMixin._e_index,
    ast.IndexListExpr: ExprMixin._e_index,
    ast.SliceExpr: ExprMixin._e_slice,
    ast.TypeAssertExpr: ExprMixin._e_type_assert,
    ast.CallExpr: ExprMixin._e_call,
    ast.StarExpr: ExprMixin._e_star,
    ast.UnaryExpr: ExprMixin._e_unary,
    ast.BinaryExpr: ExprMixin._e_binary,
    ast.KeyValueExpr: ExprMixin._e_key_value,
}
_TYPE_EXPRS = {ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType, ast.MapType, ast.ChanType}


def _field_path(t: T.Type, index: list[int]) -> str:
    """``B.C.x``: the field names along an index path (go/types fieldPath)."""
    names = []
    for i in index:
        u = t.underlying()
        if type(u) is T.Pointer:
            u = u.elem.underlying()
        if type(u) is not T.Struct:
            break
        f = u.fields[i]
        names.append(f.name)
        t = f.type
    return ".".join(names)


def _trie_insert(tr: dict, key: list[int], val) -> tuple:
    """Insert val at path key; on a collision with a key that is a prefix of
    key (or has key as prefix) return (that value, length of the common path)."""
    for depth, i in enumerate(key):
        v = tr.get(i)
        if v is None:
            if depth == len(key) - 1:
                tr[i] = ("leaf", val)
                return val, 0
            node: dict = {}
            tr[i] = node
            tr = node
        elif type(v) is dict:
            tr = v
        else:
            return v[1], depth + 1
    while tr:  # key is a prefix of an existing key: pick a value below
        v = tr[min(tr)]
        if type(v) is dict:
            tr = v
        else:
            return v[1], len(key)
    return val, 0


def _non_tparam_iface(t: T.Type) -> bool:
    """An interface that is not a type parameter (go/types isNonTypeParamInterface)."""
    return type(T.unalias(t)) is not T.TypeParam and type(t.underlying()) is T.Interface
