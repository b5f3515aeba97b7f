"""Built-in functions (len, append, make, ... and package unsafe)."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import BUILTIN, CONSTANT, FIELD_VAL, INVALID_MODE, NOVALUE, TYPEXPR, VALUE, VARIABLE
from tinypy_go.frontend.types.errors import INVALID_ARG, INVALID_OP
from tinypy_go.frontend.types.lookup import deref_struct_ptr, lookup_field_or_method
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import (
    all_basic,
    identical,
    is_numeric,
    is_string,
    is_untyped,
    is_valid,
)
from tinypy_go.frontend.types.typeset import core_type
from tinypy_go.frontend.types.under import all_string, slice_elem, typeset
from tinypy_go.frontend.types.version import GO1_26

# id -> (nargs, variadic)
_ARITY = {
    O.APPEND: (1, True), O.CAP: (1, False), O.CLEAR: (1, False), O.CLOSE: (1, False), O.COMPLEX: (2, False),
    O.COPY: (2, False), O.DELETE: (2, False), O.IMAG: (1, False), O.LEN: (1, False), O.MAKE: (1, True),
    O.MAX: (1, True), O.MIN: (1, True), O.NEW: (1, False), O.PANIC: (1, False), O.PRINT: (0, True),
    O.PRINTLN: (0, True), O.REAL: (1, False), O.RECOVER: (0, False), O.ADD: (2, False), O.ALIGNOF: (1, False),
    O.OFFSETOF: (1, False), O.SIZEOF: (1, False), O.SLICE: (2, False), O.SLICEDATA: (1, False),
    O.STRING_: (2, False), O.STRINGDATA: (1, False), O.ASSERT: (1, False), O.TRACE: (0, True),
}


def make_sig(res, *args) -> T.Signature:
    params = T.Tuple([O.new_param(0, None, "", a) for a in args]) if args else T.EMPTY_TUPLE
    results = T.Tuple([O.new_param(0, None, "", res)]) if res is not None else T.EMPTY_TUPLE
    return T.Signature(params, results)


def _under_is(t: T.Type, f) -> bool:
    tt = T.unalias(t)
    if type(tt) is T.TypeParam:
        ts = tt.iface().type_set()
        if ts.terms is None or not ts.terms:
            return f(None)
        return all(f(term.type.underlying()) for term in ts.terms)
    return f(t.underlying())


def _array_ptr_deref(t):
    if type(t) is T.Pointer:
        u = t.elem.underlying()
        if type(u) is T.Array:
            return u
    return t


class BuiltinsMixin:
    def apply_type_func(self, f, x: Operand, bid: int):
        tp = T.unalias(x.type)
        if type(tp) is T.TypeParam:
            ts = tp.iface().type_set()
            if not ts.terms:
                return None
            terms = []
            for term in ts.terms:
                r = f(term.type)
                if r is None:
                    return None
                terms.append(T.Term(term.tilde, r))
            self.soft_errorf(x, "%s not supported as argument to built-in %s for go1.18 (see go.dev/issue/50937)",
                             x, O.BUILTIN_NAMES[bid])
            tn = O.TypeName(0, self.pkg, tp.obj.name, None)
            it = T.Interface(embeddeds=[T.Union(terms)])
            it.complete = True
            ptyp = T.TypeParam(tn, it)
            ptyp.index = tp.index
            return ptyp
        return f(x.type)

    def builtin(self, x: Operand, call: ast.CallExpr, bid: int) -> bool:
        arg_list = call.args
        name = O.BUILTIN_NAMES[bid]
        if call.ellipsis and bid != O.APPEND:
            self.errorf(call.ellipsis, INVALID_OP + "invalid use of ... with built-in %s", name)
            self.use(*arg_list)
            return False
        saved_call = None
        if bid in (O.LEN, O.CAP):
            saved_call = self.env.has_call_or_recv
            self.env.has_call_or_recv = False
        try:
            return self._builtin(x, call, bid, name, arg_list)
        finally:
            if saved_call is not None:
                self.env.has_call_or_recv = saved_call

    def _builtin(self, x: Operand, call: ast.CallExpr, bid: int, name: str, arg_list) -> bool:
        args: list[Operand] = []
        if bid in (O.MAKE, O.NEW, O.OFFSETOF, O.TRACE):
            nargs = len(arg_list)
        else:
            args, _, _ = self.generic_expr_list(arg_list) if arg_list else ([], None, None)
            for a in args:
                self.non_generic(None, a)
            nargs = len(args)
            for a in args:
                if a.mode == INVALID_MODE:
                    return False
            if nargs > 0:
                x.copy_from(args[0])
        want, variadic = _ARITY[bid]
        msg = ""
        if nargs < want:
            msg = "not enough"
        elif not variadic and nargs > want:
            msg = "too many"
        if msg:
            self.errorf(call.rparen, INVALID_OP + "%s arguments for %s (expected %d, found %d)", msg, call, want,
                        nargs)
            return False
        fun = call.fun
        need = _VERSIONED.get(bid)
        if need is not None:
            v, what = need
            self.verify_versionf(fun, v, what, *((name,) if "%" in what else ()))

        if bid == O.APPEND:
            # go1.25: the first argument must be a slice (or a type parameter whose type set has one slice type)
            s = x.type
            et, err = slice_elem(x)
            if err is not None:
                self.errorf(x, "invalid append: %s", self.sprintf(*err))
                return False
            if nargs == 2 and call.ellipsis:
                if self.assignable_to(x, T.Slice(T.UNIVERSE_BYTE))[0]:
                    y = args[1]
                    has_string = False
                    for _, u in typeset(y.type):
                        if type(u) is T.Slice and identical(u.elem, T.UNIVERSE_BYTE):
                            continue
                        if u is not None and is_string(u):
                            has_string = True
                            continue
                        y = None
                        break
                    if y is not None and has_string:
                        sig = make_sig(s, s, y.type)
                        sig.variadic = True
                        self.record_builtin_type(fun, sig)
                        x.mode = VALUE
                        x.type = s
                        return True
            sig = make_sig(s, s, T.Slice(et))
            sig.variadic = True
            self.arguments(call, sig, [], [], args, None, None)
            x.mode = VALUE
            x.type = s
            self.record_builtin_type(fun, sig)
            return True

        if bid in (O.CAP, O.LEN):
            mode = INVALID_MODE
            val = None
            t = _array_ptr_deref(x.type.underlying())
            tt = type(t)
            if tt is T.Basic:
                if is_string(t) and bid == O.LEN:
                    if x.mode == CONSTANT:
                        mode = CONSTANT
                        val = constant.string_len(x.val)
                    else:
                        mode = VALUE
            elif tt is T.Array:
                mode = VALUE
                if not self.env.has_call_or_recv:
                    mode = CONSTANT
                    val = t.len if t.len >= 0 else None
            elif tt is T.Slice or tt is T.Chan:
                mode = VALUE
            elif tt is T.Map:
                if bid == O.LEN:
                    mode = VALUE
            elif tt is T.Interface and type(T.unalias(x.type)) is T.TypeParam:
                def ok(u):
                    u = _array_ptr_deref(u) if u is not None else None
                    if type(u) is T.Basic:
                        return is_string(u) and bid == O.LEN
                    if type(u) in (T.Array, T.Slice, T.Chan):
                        return True
                    return type(u) is T.Map and bid == O.LEN

                if _under_is(x.type, ok):
                    mode = VALUE
            if mode == INVALID_MODE:
                if is_valid(x.type.underlying()):
                    self.errorf(x, INVALID_ARG + "%s for built-in %s", x, name)
                return False
            if mode != CONSTANT:
                self.record_builtin_type(fun, make_sig(T.TYP[T.INT], x.type))
            x.mode = mode
            x.type = T.TYP[T.INT]
            x.val = val
            return True

        if bid == O.CLEAR:
            def ok(u):
                if type(u) in (T.Map, T.Slice):
                    return True
                self.errorf(x, INVALID_ARG + "cannot clear %s: argument must be (or constrained by) map or slice",
                            x)
                return False

            if not _under_is(x.type, ok):
                return False
            x.mode = NOVALUE
            self.record_builtin_type(fun, make_sig(None, x.type))
            return True

        if bid == O.CLOSE:
            def ok(u):
                if type(u) is not T.Chan:
                    self.errorf(x, INVALID_OP + "cannot close non-channel %s", x)
                    return False
                if u.dir == T.RECV_ONLY:
                    self.errorf(x, INVALID_OP + "cannot close receive-only channel %s", x)
                    return False
                return True

            if not _under_is(x.type, ok):
                return False
            x.mode = NOVALUE
            self.record_builtin_type(fun, make_sig(None, x.type))
            return True

        if bid == O.COMPLEX:
            y = args[1]
            d = (1 if is_untyped(x.type) else 0) | (2 if is_untyped(y.type) else 0)
            if d == 1:
                self.convert_untyped(x, y.type)
            elif d == 2:
                self.convert_untyped(y, x.type)
            elif d == 3:
                if x.mode == CONSTANT and y.mode == CONSTANT:
                    for o in (x, y):
                        if is_numeric(o.type) and constant.sign(constant.imag(o.val) or 0) == 0:
                            o.type = T.TYP[T.UNTYPED_FLOAT]
                else:
                    self.convert_untyped(x, T.TYP[T.FLOAT64])
                    self.convert_untyped(y, T.TYP[T.FLOAT64])
            if x.mode == INVALID_MODE or y.mode == INVALID_MODE:
                return False
            if not identical(x.type, y.type):
                self.errorf(x, INVALID_OP + "%s (mismatched types %s and %s)", call, x.type, y.type)
                return False
            res = self.apply_type_func(_complex_of, x, bid)
            if res is None:
                self.errorf(x, INVALID_ARG + "arguments have type %s, expected floating-point", x.type)
                return False
            if x.mode == CONSTANT and y.mode == CONSTANT:
                x.val = constant.Complex(constant.to_float(x.val), constant.to_float(y.val))
            else:
                x.mode = VALUE
                self.record_builtin_type(fun, make_sig(res, x.type, x.type))
            x.type = res
            return True

        if bid == O.COPY:
            dst_e, err = slice_elem(x)
            if err is not None:
                self.errorf(x, "invalid copy: %s", self.sprintf(*err))
                return False
            y = args[1]
            special = False
            if self.assignable_to(x, T.Slice(T.UNIVERSE_BYTE))[0]:
                special = True
                for _, u in typeset(y.type):
                    if not (type(u) is T.Slice and identical(u.elem, T.UNIVERSE_BYTE) or
                            u is not None and is_string(u)):
                        special = False
                        break
            if not special:
                src_e, err = slice_elem(y)
                if err is not None:
                    if not all_string(y.type):
                        self.errorf(y, "invalid copy: %s", self.sprintf(*err))
                        return False
                    src_e = T.UNIVERSE_BYTE
                if not identical(dst_e, src_e):
                    self.errorf(x, "invalid copy: arguments %s and %s have different element types %s and %s",
                                x, y, dst_e, src_e)
                    return False
            self.record_builtin_type(fun, make_sig(T.TYP[T.INT], x.type, y.type))
            x.mode = VALUE
            x.type = T.TYP[T.INT]
            return True

        if bid == O.DELETE:
            map_t = x.type
            keys = []

            def ok(u):
                if type(u) is not T.Map:
                    self.errorf(x, INVALID_ARG + "%s is not a map", x)
                    return False
                if keys and not identical(u.key, keys[0]):
                    self.errorf(x, INVALID_ARG + "maps of %s must have identical key types", x)
                    return False
                keys.append(u.key)
                return True

            if not _under_is(map_t, ok):
                return False
            x.copy_from(args[1])
            self.assignment(x, keys[0], "argument to delete")
            if x.mode == INVALID_MODE:
                return False
            x.mode = NOVALUE
            self.record_builtin_type(fun, make_sig(None, map_t, keys[0]))
            return True

        if bid in (O.IMAG, O.REAL):
            if is_untyped(x.type):
                if x.mode == CONSTANT:
                    if is_numeric(x.type):
                        x.type = T.TYP[T.UNTYPED_COMPLEX]
                else:
                    self.convert_untyped(x, T.TYP[T.COMPLEX128])
                    if x.mode == INVALID_MODE:
                        return False
            res = self.apply_type_func(_float_of, x, bid)
            if res is None:
                self.errorf(x, INVALID_ARG + "argument has type %s, expected complex type", x.type)
                return False
            if x.mode == CONSTANT:
                x.val = constant.real(x.val) if bid == O.REAL else constant.imag(x.val)
            else:
                x.mode = VALUE
                self.record_builtin_type(fun, make_sig(res, x.type))
            x.type = res
            return True

        if bid == O.MAKE:
            arg0 = arg_list[0]
            t = self.var_type(arg0)
            if not is_valid(t):
                self.use(*arg_list[1:])
                return False
            ct = core_type(t)
            if type(ct) is T.Slice:
                mn = 2
            elif type(ct) in (T.Map, T.Chan):
                mn = 1
            elif ct is None:
                self.errorf(arg0, INVALID_ARG + "cannot make %s: no core type", arg0)
                return False
            else:
                self.errorf(arg0, INVALID_ARG + "cannot make %s; type must be slice, map, or channel", arg0)
                return False
            if nargs < mn or mn + 1 < nargs:
                self.errorf(call, INVALID_OP + "%s expects %d or %d arguments; found %d", call, mn, mn + 1, nargs)
                self.use(*arg_list[1:])
                return False
            types = [t]
            sizes = []
            for a in arg_list[1:]:
                at, size = self.index_value(a, -1)
                types.append(at)
                if size >= 0:
                    sizes.append(size)
            if len(sizes) == 2 and sizes[0] > sizes[1]:
                self.error(arg_list[1], INVALID_ARG + "length and capacity swapped")
            x.mode = VALUE
            x.type = t
            self.record_builtin_type(fun, make_sig(t, *types))
            return True

        if bid in (O.MAX, O.MIN):
            op = ">" if bid == O.MAX else "<"
            for i, a in enumerate(args):
                if not all_basic(a.type, T.IS_ORDERED):
                    self.errorf(a, INVALID_ARG + "%s cannot be ordered", a)
                    return False
                if i > 0:
                    self.match_types(x, a)
                    if x.mode == INVALID_MODE:
                        return False
                    if not identical(x.type, a.type):
                        self.errorf(a, INVALID_ARG + "mismatched types %s (previous argument) and %s (type of %s)",
                                    x.type, a.type, a.expr)
                        return False
                    if x.mode == CONSTANT and a.mode == CONSTANT:
                        if constant.compare(a.val, op, x.val):
                            x.copy_from(a)
                    else:
                        x.mode = VALUE
            if x.mode != CONSTANT:
                x.mode = VALUE
                self.assignment(x, T.EMPTY_INTERFACE, "argument to built-in " + name)
                if x.mode == INVALID_MODE:
                    return False
            for a in args:
                self.update_expr_type(a.expr, x.type, True)
            if x.mode != CONSTANT:
                self.record_builtin_type(fun, make_sig(x.type, *([x.type] * nargs)))
            return True

        if bid == O.NEW:  # new(T), or new(expr) since go1.26
            arg = arg_list[0]
            self.expr_or_type(x, arg, False)
            self.exclude(x, (NOVALUE, BUILTIN))
            if x.mode == INVALID_MODE:
                return False
            if x.mode == TYPEXPR:
                self.valid_var_type(arg, x.type)
            else:
                if is_untyped(x.type):  # overflow and untyped nil
                    self.assignment(x, None, "argument to new")
                    if x.mode == INVALID_MODE:
                        return False
                self.verify_versionf(fun, GO1_26, "new(%s)", arg)
            t = x.type
            if not is_valid(t):
                return False
            x.mode = VALUE
            x.type = T.Pointer(t)
            self.record_builtin_type(fun, make_sig(x.type, t))
            return True

        if bid == O.PANIC:
            sig = self.env.sig
            if sig is not None and sig.results.vars:
                if self.env.is_panic is None:
                    self.env.is_panic = set()
                self.env.is_panic.add(call)
            self.assignment(x, T.EMPTY_INTERFACE, "argument to panic")
            if x.mode == INVALID_MODE:
                return False
            x.mode = NOVALUE
            self.record_builtin_type(fun, make_sig(None, T.EMPTY_INTERFACE))
            return True

        if bid in (O.PRINT, O.PRINTLN):
            params = []
            for a in args:
                self.assignment(a, None, "argument to built-in " + name)
                if a.mode == INVALID_MODE:
                    return False
                params.append(a.type)
            x.mode = NOVALUE
            self.record_builtin_type(fun, make_sig(None, *params))
            return True

        if bid == O.RECOVER:
            x.mode = VALUE
            x.type = T.EMPTY_INTERFACE
            self.record_builtin_type(fun, make_sig(x.type))
            return True

        if bid == O.ADD:
            self.assignment(x, T.TYP[T.UNSAFE_POINTER], "argument to unsafe.Add")
            if x.mode == INVALID_MODE:
                return False
            y = args[1]
            if not self.is_valid_index(y, "length", True):
                return False
            x.mode = VALUE
            x.type = T.TYP[T.UNSAFE_POINTER]
            self.record_builtin_type(fun, make_sig(x.type, x.type, y.type))
            return True

        if bid in (O.ALIGNOF, O.SIZEOF):
            what = "unsafe.Alignof" if bid == O.ALIGNOF else "unsafe.Sizeof"
            self.assignment(x, None, "argument to " + what)
            if x.mode == INVALID_MODE:
                return False
            if _has_var_size(x.type):
                x.mode = VALUE
                self.record_builtin_type(fun, make_sig(T.TYP[T.UINTPTR], x.type))
            else:
                v = self.sizes.alignof(x.type) if bid == O.ALIGNOF else self.sizes.sizeof(x.type)
                if v < 0:
                    self.errorf(x, "%s is too large", x)
                    return False
                x.mode = CONSTANT
                x.val = v
            x.type = T.TYP[T.UINTPTR]
            return True

        if bid == O.OFFSETOF:
            arg0 = arg_list[0]
            selx = ast.unparen(arg0)
            if type(selx) is not ast.SelectorExpr:
                self.errorf(arg0, INVALID_ARG + "%s is not a selector expression", arg0)
                self.use(arg0)
                return False
            self.expr(None, x, selx.x)
            if x.mode == INVALID_MODE:
                return False
            base = deref_struct_ptr(x.type)
            sel = selx.sel.name
            obj, index, indirect = lookup_field_or_method(base, False, self.pkg, sel)
            if obj is None:
                self.errorf(x, INVALID_ARG + "%s has no single field %s", base, sel)
                return False
            if type(obj) is O.Func:
                self.errorf(arg0, INVALID_ARG + "%s is a method value", arg0)
                return False
            if indirect:
                self.errorf(x, INVALID_ARG + "field %s is embedded via a pointer in %s", sel, base)
                return False
            self.record_selection(selx, FIELD_VAL, base, obj, index, False)
            self.record(Operand(VARIABLE if x.mode == VARIABLE else VALUE, selx, obj.type))
            if _has_var_size(base):
                x.mode = VALUE
                self.record_builtin_type(fun, make_sig(T.TYP[T.UINTPTR], obj.type))
            else:
                offs = 0
                t = base
                for i in index:
                    st = t.underlying()
                    o = self.sizes.offsetsof(st.fields)[i]
                    if o < 0 or offs < 0:
                        offs = -1
                        break
                    offs += o
                    t = st.fields[i].type
                if offs < 0 or offs > (1 << 63) - 1:
                    self.errorf(x, "%s is too large", x)
                    return False
                x.mode = CONSTANT
                x.val = offs
            x.type = T.TYP[T.UINTPTR]
            return True

        if bid == O.SLICE:
            ptr = core_type(x.type)
            if type(ptr) is not T.Pointer:
                self.errorf(x, INVALID_ARG + "%s is not a pointer", x)
                return False
            y = args[1]
            if not self.is_valid_index(y, "length", False):
                return False
            x.mode = VALUE
            x.type = T.Slice(ptr.elem)
            self.record_builtin_type(fun, make_sig(x.type, ptr, y.type))
            return True

        if bid == O.SLICEDATA:
            sl = core_type(x.type)
            if type(sl) is not T.Slice:
                self.errorf(x, INVALID_ARG + "%s is not a slice", x)
                return False
            x.mode = VALUE
            x.type = T.Pointer(sl.elem)
            self.record_builtin_type(fun, make_sig(x.type, sl))
            return True

        if bid == O.STRING_:
            self.assignment(x, T.Pointer(T.UNIVERSE_BYTE), "argument to unsafe.String")
            if x.mode == INVALID_MODE:
                return False
            y = args[1]
            if not self.is_valid_index(y, "length", False):
                return False
            x.mode = VALUE
            x.type = T.TYP[T.STRING]
            self.record_builtin_type(fun, make_sig(x.type, T.Pointer(T.UNIVERSE_BYTE), y.type))
            return True

        if bid == O.STRINGDATA:
            self.assignment(x, T.TYP[T.STRING], "argument to unsafe.StringData")
            if x.mode == INVALID_MODE:
                return False
            x.mode = VALUE
            x.type = T.Pointer(T.UNIVERSE_BYTE)
            self.record_builtin_type(fun, make_sig(x.type, T.TYP[T.STRING]))
            return True
        if bid == O.ASSERT:
            if x.mode != CONSTANT or not all_basic(x.type, T.IS_BOOLEAN):
                self.errorf(x, INVALID_ARG + "%s is not a boolean constant", x)
                return False
            if x.val is not True:
                self.errorf(call, "%s failed", call)
            x.mode = NOVALUE
            return True
        if bid == O.TRACE:
            self.use(*arg_list)
            x.mode = NOVALUE
            return True
        self.not_supported(call, f"built-in {name}")
        return False


# built-ins added after Go 1: (version, what to name in "... requires go1.N or later")
_VERSIONED = {
    O.CLEAR: ((1, 21), "clear"), O.MIN: ((1, 21), "built-in %s"), O.MAX: ((1, 21), "built-in %s"),
    O.ADD: ((1, 17), "unsafe.Add"), O.SLICE: ((1, 17), "unsafe.Slice"),
    O.SLICEDATA: ((1, 20), "unsafe.SliceData"), O.STRING_: ((1, 20), "unsafe.String"),
    O.STRINGDATA: ((1, 20), "unsafe.StringData"),
}


def _complex_of(t):
    u = t.underlying()
    if type(u) is T.Basic:
        return {T.FLOAT32: T.TYP[T.COMPLEX64], T.FLOAT64: T.TYP[T.COMPLEX128],
                T.UNTYPED_FLOAT: T.TYP[T.UNTYPED_COMPLEX]}.get(u.kind)
    return None


def _float_of(t):
    u = t.underlying()
    if type(u) is T.Basic:
        return {T.COMPLEX64: T.TYP[T.FLOAT32], T.COMPLEX128: T.TYP[T.FLOAT64],
                T.UNTYPED_COMPLEX: T.TYP[T.UNTYPED_FLOAT]}.get(u.kind)
    return None


def _has_var_size(t, seen=None) -> bool:
    t = T.unalias(t)
    if seen is None:
        seen = set()
    if id(t) in seen:
        return False
    seen.add(id(t))
    if type(t) is T.TypeParam:
        return True
    u = t.underlying()
    if type(u) is T.Array:
        return _has_var_size(u.elem, seen)
    if type(u) is T.Struct:
        return any(_has_var_size(f.type, seen) for f in u.fields)
    return False
