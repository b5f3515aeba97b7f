"""Index and slice expressions."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import CONSTANT, INVALID_MODE, MAPINDEX, TYPEXPR, VALUE, VARIABLE
from tinypy_go.frontend.types.errors import INVALID_ARG, INVALID_OP
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import all_basic, identical, is_string, is_untyped, is_valid
from tinypy_go.frontend.types.typeset import core_string


class IndexMixin:
    def index_expr(self, x: Operand, e) -> bool:
        """Returns True if e is an instantiation of a generic function."""
        indices = [e.index] if type(e) is ast.IndexExpr else e.indices
        self.expr_or_type(x, e.x, True)
        if x.mode == INVALID_MODE:
            self.use(*indices)
            return False
        if x.mode == TYPEXPR:
            x.mode = INVALID_MODE
            x.type = self.var_type(e)
            if is_valid(x.type):
                x.mode = TYPEXPR
            return False
        if x.mode == VALUE:
            sig = x.type.underlying()
            if type(sig) is T.Signature and sig.type_params:
                return True
        self.non_generic(None, x)
        if x.mode == INVALID_MODE:
            return False
        valid = False
        length = -1
        typ = x.type.underlying()
        tt = type(typ)
        if tt is T.Basic:
            if is_string(typ):
                valid = True
                if x.mode == CONSTANT:
                    length = constant.string_len(x.val)
                x.mode = VALUE
                x.type = T.UNIVERSE_BYTE
        elif tt is T.Array:
            valid = True
            length = typ.len
            if x.mode != VARIABLE:
                x.mode = VALUE
            x.type = typ.elem
        elif tt is T.Pointer:
            a = typ.elem.underlying()
            if type(a) is T.Array:
                valid = True
                length = a.len
                x.mode = VARIABLE
                x.type = a.elem
        elif tt is T.Slice:
            valid = True
            x.mode = VARIABLE
            x.type = typ.elem
        elif tt is T.Map:
            index = self.single_index(e, indices)
            if index is None:
                x.mode = INVALID_MODE
                return False
            key = Operand()
            self.expr_with_hint(key, index, typ.key)
            self.assignment(key, typ.key, "map index")
            x.mode = MAPINDEX
            x.type = typ.elem
            x.expr = e
            return False
        elif tt is T.Interface and type(T.unalias(x.type)) is T.TypeParam:
            ts = typ.type_set()
            st = {"key": None, "elem": None, "len": -1, "mode": VARIABLE, "first": True}
            ok = ts.terms is not None and bool(ts.terms)
            if ok:
                for term in ts.terms:
                    u = term.type.underlying()
                    l, k, el = -1, None, None
                    if type(u) is T.Basic and is_string(u):
                        el = T.UNIVERSE_BYTE
                        st["mode"] = VALUE
                    elif type(u) is T.Array:
                        l, el = u.len, u.elem
                        if x.mode != VARIABLE:
                            st["mode"] = VALUE
                    elif type(u) is T.Pointer and type(u.elem.underlying()) is T.Array:
                        a = u.elem.underlying()
                        l, el = a.len, a.elem
                    elif type(u) is T.Slice:
                        el = u.elem
                    elif type(u) is T.Map:
                        k, el = u.key, u.elem
                    if el is None:
                        ok = False
                        break
                    if st["first"]:
                        st["first"] = False
                        length = l
                        st["key"], st["elem"] = k, el
                        continue
                    if not identical(st["key"], k) or not identical(st["elem"], el):
                        ok = False
                        break
                    if 0 <= l < length:
                        length = l
            if ok:
                if st["key"] is not None:
                    index = self.single_index(e, indices)
                    if index is None:
                        x.mode = INVALID_MODE
                        return False
                    k = Operand()
                    self.expr(None, k, index)
                    self.assignment(k, st["key"], "map index")
                    x.mode = MAPINDEX
                    x.type = st["elem"]
                    x.expr = e
                    return False
                valid = True
                x.mode = st["mode"]
                x.type = st["elem"]
        if not valid:
            self.errorf(x, INVALID_OP + "cannot index %s", x)
            self.use(*indices)
            x.mode = INVALID_MODE
            return False
        index = self.single_index(e, indices)
        if index is None:
            x.mode = INVALID_MODE
            return False
        self.index_value(index, length)
        return False

    def single_index(self, e, indices):
        if not indices:
            self.errorf(e, "index expression %s with 0 indices", e)
            return None
        if len(indices) > 1:
            self.error(indices[1], INVALID_OP + "more than one index")
        return indices[0]

    def index_value(self, index: ast.Expr, max_: int):
        """(type, constant value or -1) of an index expression."""
        x = Operand()
        self.expr(None, x, index)
        if not self.is_valid_index(x, "index", False):
            return T.INVALID_TYPE, -1
        if x.mode != CONSTANT:
            return x.type, -1
        if x.val is None:
            return T.INVALID_TYPE, -1
        v = constant.to_int(x.val)
        if max_ >= 0 and v >= max_:
            self.errorf(x, INVALID_ARG + "index %s out of bounds [0:%d]", constant.to_string(x.val), max_)
            return T.INVALID_TYPE, -1
        return x.type, v

    def is_valid_index(self, x: Operand, what: str, allow_negative: bool) -> bool:
        if x.mode == INVALID_MODE:
            return False
        self.convert_untyped(x, T.TYP[T.INT])
        if x.mode == INVALID_MODE:
            return False
        if not all_basic(x.type, T.IS_INTEGER):
            self.errorf(x, INVALID_ARG + "%s %s must be integer", what, x)
            return False
        if x.mode == CONSTANT:
            if not allow_negative and constant.sign(x.val) < 0:
                self.errorf(x, INVALID_ARG + "%s %s must not be negative", what, x)
                return False
            from tinypy_go.frontend.types.expr import representable_const

            ok, v = representable_const(x.val, self, T.TYP[T.INT])
            if not ok:
                self.errorf(x, INVALID_ARG + "%s %s overflows int", what, x)
                return False
        return True

    def slice_expr(self, x: Operand, e: ast.SliceExpr) -> None:
        self.expr(None, x, e.x)
        if x.mode == INVALID_MODE:
            self.use(e.low, e.high, e.max)
            return
        valid = False
        length = -1
        u = core_string(x.type)
        tu = type(u)
        if u is None:
            self.errorf(x, INVALID_OP + "cannot slice %s: %s has no core type", x, x.type)
            x.mode = INVALID_MODE
            return
        if tu is T.Basic:
            if is_string(u):
                if e.slice3:
                    self.error(e.max if e.max is not None else e, INVALID_OP + "3-index slice of string")
                    x.mode = INVALID_MODE
                    return
                valid = True
                if x.mode == CONSTANT:
                    length = constant.string_len(x.val)
                if is_untyped(x.type):
                    x.type = T.TYP[T.STRING]
        elif tu is T.Array:
            valid = True
            length = u.len
            if x.mode != VARIABLE:
                self.errorf(x, INVALID_OP + "cannot slice %s (value not addressable)", x)
                x.mode = INVALID_MODE
                return
            x.type = T.Slice(u.elem)
        elif tu is T.Pointer:
            a = u.elem.underlying()
            if type(a) is T.Array:
                valid = True
                length = a.len
                x.type = T.Slice(a.elem)
        elif tu is T.Slice:
            valid = True
        if not valid:
            self.errorf(x, INVALID_OP + "cannot slice %s", x)
            x.mode = INVALID_MODE
            return
        x.mode = VALUE
        if e.slice3 and (e.high is None or e.max is None):
            self.error(e.rbrack, "2nd and 3rd index required in 3-index slice")
            x.mode = INVALID_MODE
            return
        ind = []
        exprs = [e.low, e.high, e.max]
        for i, ex in enumerate(exprs):
            v = -1
            if ex is not None:
                mx = length + 1 if length >= 0 else -1
                _, iv = self.index_value(ex, mx)
                if iv >= 0:
                    v = iv
            elif i == 0:
                v = 0
            elif length >= 0:
                v = length
            ind.append(v)
        done = False
        for i, a in enumerate(ind[:-1]):
            if a > 0 and not done:
                for j, b in enumerate(ind[i + 1:]):
                    if 0 <= b < a:
                        self.errorf(exprs[i + 1 + j], "invalid slice indices: %d < %d", b, a)
                        done = True
                        break
