"""Explicit conversions T(x)."""

from __future__ import annotations

from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import CONSTANT, INVALID_MODE, VALUE
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import (
    all_basic,
    default_type,
    identical,
    identical_ignore_tags,
    is_const_type,
    is_integer,
    is_untyped,
)


def _is_bytes_or_runes(u) -> bool:
    if type(u) is T.Slice:
        e = u.elem.underlying()
        return type(e) is T.Basic and e.kind in (T.UINT8, T.INT32)
    return False


def _basic_kind(u) -> int:
    return u.kind if type(u) is T.Basic else -1


class ConversionsMixin:
    def conversion(self, x: Operand, t: T.Type) -> None:
        const_arg = x.mode == CONSTANT
        ok = False
        cause = ""
        tt = T.unalias(t)
        if const_arg and is_const_type(t):
            ok, v = self._const_convertible(x, t)
            if ok:
                x.val = v
            elif is_integer(x.type) and is_integer(t):
                self.errorf(x, "constant %s overflows %s", constant.to_string(x.val), t)
                x.mode = INVALID_MODE
                return
        elif const_arg and type(tt) is T.TypeParam:
            ts = tt.iface().type_set()
            ok = True
            if not ts.terms:
                cause = self.sprintf("%s does not contain specific types", t)
                ok = False
            else:
                for term in ts.terms:
                    u = term.type.underlying()
                    if all_basic(x.type, T.IS_STRING) and _is_bytes_or_runes(u):
                        continue
                    ok2, _ = self._const_convertible(x, u)
                    if not ok2:
                        if is_integer(x.type) and is_integer(u):
                            cause = self.sprintf("constant %s overflows %s (in %s)", constant.to_string(x.val), u, t)
                        else:
                            cause = self.sprintf("cannot convert %s to type %s (in %s)", x, u, t)
                        ok = False
                        break
            x.mode = VALUE
        else:
            ok, cause = self.convertible_to(x, t)
            if ok:
                x.mode = VALUE
        if not ok:
            if cause:
                self.errorf(x, "cannot convert %s to type %s: %s", x, t, cause)
            else:
                self.errorf(x, "cannot convert %s to type %s", x, t)
            x.mode = INVALID_MODE
            return
        if is_untyped(x.type):
            final = t
            from tinypy_go.frontend.types.predicates import is_interface

            if (is_interface(t) and type(tt) is not T.TypeParam) or (const_arg and not is_const_type(t)) or \
                    x.is_nil():
                final = default_type(x.type)
            elif x.mode == CONSTANT and is_integer(x.type) and all_basic(t, T.IS_STRING):
                final = x.type
            self.update_expr_type(x.expr, final, True)
        x.type = t

    def _const_convertible(self, x: Operand, t: T.Type):
        from tinypy_go.frontend.types.expr import representable_const

        u = t.underlying()
        if type(u) is not T.Basic:
            return False, None
        ok, v = representable_const(x.val, self, u)
        if ok:
            return True, v
        if is_integer(x.type) and u.info & T.IS_STRING:
            i = constant.to_int(x.val)
            cp = 0xFFFD
            if type(i) is int and 0 <= i <= 0x10FFFF and not (0xD800 <= i < 0xE000):
                cp = i
            return True, chr(cp)
        return False, None

    def convertible_to(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        ok, cause = self.assignable_to(x, t)
        if ok:
            return True, ""
        v = x.type
        vu = v.underlying()
        tu = t.underlying()
        vp = T.unalias(v) if type(T.unalias(v)) is T.TypeParam else None
        tp = T.unalias(t) if type(T.unalias(t)) is T.TypeParam else None
        if identical_ignore_tags(vu, tu) and vp is None and tp is None:
            return True, ""
        va, ta = T.unalias(v), T.unalias(t)
        if type(va) is T.Pointer and type(ta) is T.Pointer:
            if identical_ignore_tags(va.elem.underlying(), ta.elem.underlying()) and \
                    type(T.unalias(va.elem)) is not T.TypeParam and type(T.unalias(ta.elem)) is not T.TypeParam:
                return True, ""
        if vp is None and tp is None:
            vi, ti = _basic_info(vu), _basic_info(tu)
            if vi & (T.IS_INTEGER | T.IS_FLOAT) and ti & (T.IS_INTEGER | T.IS_FLOAT):
                return True, ""
            if vi & T.IS_COMPLEX and ti & T.IS_COMPLEX:
                return True, ""
            if (vi & T.IS_INTEGER or _is_bytes_or_runes(vu)) and ti & T.IS_STRING:
                return True, ""
            if vi & T.IS_STRING and _is_bytes_or_runes(tu):
                return True, ""
            if (type(vu) is T.Pointer or _basic_kind(vu) == T.UINTPTR) and _basic_kind(tu) == T.UNSAFE_POINTER:
                return True, ""
            if _basic_kind(vu) == T.UNSAFE_POINTER and (type(tu) is T.Pointer or _basic_kind(tu) == T.UINTPTR):
                return True, ""
            if type(vu) is T.Slice:
                if type(tu) is T.Array and identical(vu.elem, tu.elem):
                    if self.allow_version(x, (1, 20)):
                        return True, ""
                    return False, "conversion of slice to array requires go1.20 or later"
                if type(tu) is T.Pointer:
                    a = tu.elem.underlying()
                    if type(a) is T.Array and identical(vu.elem, a.elem):
                        if self.allow_version(x, (1, 17)):
                            return True, ""
                        return False, "conversion of slice to array pointer requires go1.17 or later"
            return False, cause
        causes: list[str] = []

        def terms(tp_):
            ts = tp_.iface().type_set()
            return ts.terms if ts.terms else None

        if vp is not None and tp is not None:
            vts, tts = terms(vp), terms(tp)
            if not vts or not tts:
                return False, ""
            for vt in vts:
                for tt in tts:
                    ok, _ = self.convertible_to(Operand(x.mode, x.expr, vt.type, x.val), tt.type)
                    if not ok:
                        return False, self.sprintf("cannot convert %s (in %s) to type %s (in %s)", vt.type, vp,
                                                   tt.type, tp)
            return True, ""
        if vp is not None:
            vts = terms(vp)
            if not vts:
                return False, ""
            for vt in vts:
                ok, _ = self.convertible_to(Operand(x.mode, x.expr, vt.type, x.val), t)
                if not ok:
                    return False, self.sprintf("cannot convert %s (in %s) to type %s", vt.type, vp, t)
            return True, ""
        tts = terms(tp)
        if not tts:
            return False, ""
        for tt in tts:
            ok, _ = self.convertible_to(x, tt.type)
            if not ok:
                return False, self.sprintf("cannot convert %s to type %s (in %s)", x.type, tt.type, tp)
        del causes
        return True, ""


def _basic_info(u) -> int:
    return u.info if type(u) is T.Basic else 0
