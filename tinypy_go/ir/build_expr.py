"""SSA construction for expressions: values, addresses, conditions, calls."""

from __future__ import annotations

from typing import Any

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

BOOL = T.TYP[T.BOOL]
INT = T.TYP[T.INT]

_DEFAULT_KIND = {
    T.UNTYPED_BOOL: T.BOOL,
    T.UNTYPED_INT: T.INT,
    T.UNTYPED_RUNE: T.INT32,
    T.UNTYPED_FLOAT: T.FLOAT64,
    T.UNTYPED_COMPLEX: T.COMPLEX128,
    T.UNTYPED_STRING: T.STRING,
}


def default_type(t: T.Type) -> T.Type:
    if type(t) is T.Basic and t.kind in _DEFAULT_KIND:
        return T.TYP[_DEFAULT_KIND[t.kind]]
    return t


def under(t: T.Type) -> T.Type:
    return T.unalias(t).underlying()


def is_basic(t: T.Type, flag: int) -> bool:
    u = under(t)
    return type(u) is T.Basic and bool(u.info & flag)


def is_interface(t: T.Type) -> bool:
    return type(under(t)) is T.Interface


# Array literals of at least this many constants are copied from static data.
CONST_FILL_MIN = 64
# String concatenation chains of at least this many operands make one runtime call.
CONCAT_MIN = 16


class ExprBuilder:
    """Mixin of FunctionBuilder: expressions."""

    # ------------------------------------------------------------ info access

    def tv(self, e: ast.Expr) -> api.TypeAndValue:
        tv = self.info.types.get(e)
        if tv is None:
            raise self.ice(e, f"no type recorded for {type(e).__name__}")
        return tv

    def type_of(self, e: ast.Expr) -> T.Type:
        t = self.info.types.get(e)
        if t is not None:
            return t.type
        if isinstance(e, ast.Ident):
            obj = self.info.object_of(e)
            if obj is not None:
                return obj.type
        raise self.ice(e, f"no type recorded for {type(e).__name__}")

    def object_of(self, ident: ast.Ident) -> O.Object | None:
        return self.info.object_of(ident)

    # ------------------------------------------------------------ values

    def expr(self, e: ast.Expr) -> ssa.Value:
        if self.hoisted:  # built ahead by the statement's evaluation order (build_order)
            v = self.hoisted.pop(id(e), None)
            if v is not None:
                return v
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == api.CONSTANT and tv.value is not None:
            return ssa.Const(default_type(tv.type), tv.value, e.pos)
        handler = _EXPR.get(type(e))
        if handler is None:
            raise self.unsupported(e, f"expression {type(e).__name__}")
        return handler(self, e)

    def expr_ident(self, e: ast.Ident) -> ssa.Value:
        obj = self.object_of(e)
        if isinstance(obj, O.Nil) or e.name == "nil" and obj is None:
            return ssa.Const(self.type_of(e), None, e.pos)
        if isinstance(obj, O.Var):
            return self.load(self.var_addr(obj, e), e.pos)
        if isinstance(obj, O.Func):
            if obj.type.type_params:
                return self.generic_func_ref(obj, e)  # ir/generics.py
            fn = self.pb.prog.funcs_by_obj.get(id(obj))
            if fn is None:
                raise self.unsupported(e, f"reference to function {obj.name}")
            return fn
        if isinstance(obj, O.Const):
            return ssa.Const(default_type(obj.type), obj.val, e.pos)
        raise self.unsupported(e, f"identifier {e.name}")

    def var_addr(self, obj: O.Var, node: ast.Node) -> ssa.Value:
        if id(obj) in self.boxed:  # a Go 1.22 per-iteration loop variable (build_closure)
            return self.load(self.boxed[id(obj)])
        a = self.vars.get(id(obj))
        if a is not None:
            return a
        g = self.pb.prog.globals_by_obj.get(id(obj))
        if g is not None:
            return g
        return self.capture_var(obj, node)

    def load(self, addr: ssa.Value, pos: int = 0) -> ssa.Value:
        elem = under(addr.type).elem
        return self.emit(ssa.UnOp("*", addr, elem, pos=pos))

    def expr_paren(self, e: ast.ParenExpr) -> ssa.Value:
        return self.expr(e.x)

    def expr_unary(self, e: ast.UnaryExpr) -> ssa.Value:
        op = e.op
        if op == "&":
            x = ast.unparen(e.x)
            if isinstance(x, ast.CompositeLit):
                return self.composite_lit_addr(x, heap=True)
            addr = self.addr(x)
            self.escape(addr)
            return addr
        if op == "+":
            return self.expr(e.x)
        if op in ("-", "!", "^"):
            x = self.expr(e.x)
            return self.emit(ssa.UnOp(op, x, self.value_type(e), pos=e.pos))
        if op == "<-":
            return self.recv(e)  # build_go
        raise self.unsupported(e, f"unary operator {op}")

    def value_type(self, e: ast.Expr) -> T.Type:
        return default_type(self.type_of(e))

    def expr_binary(self, e: ast.BinaryExpr) -> ssa.Value:
        op = e.op
        if op in ("&&", "||"):
            return self.logical(e)
        if op == "+" and type(e.x) is ast.BinaryExpr and e.x.op == "+":
            got = self.concat_chain(e)
            if got is not None:
                return got
        x = self.expr(e.x)
        y = self.expr(e.y)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            x, y = self.match_comparison(x, y, e)
            return self.emit(ssa.BinOp(op, x, y, BOOL, pos=e.op_pos))
        t = self.value_type(e)
        if op not in ("<<", ">>"):
            x = self.conv(x, t, e.x)
            y = self.conv(y, t, e.y)
        else:
            x = self.conv(x, t, e.x)
        return self.emit(ssa.BinOp(op, x, y, t, pos=e.op_pos))

    def concat_chain(self, e: ast.BinaryExpr) -> ssa.Value | None:
        """a + b + c + ... of at least CONCAT_MIN strings: one runtime.concatStrings call
        (a chain of 10,000 two-string concatenations takes LLVM minutes)."""
        t = self.value_type(e)
        u = under(t)
        if type(u) is not T.Basic or u.kind not in (T.STRING, T.UNTYPED_STRING):
            return None
        leaves: list[ast.Expr] = []
        x: ast.Expr = e
        while type(x) is ast.BinaryExpr and x.op == "+":
            tv = self.info.types.get(x)
            if tv is not None and tv.value is not None:
                break  # a constant prefix: one leaf
            leaves.append(x.y)
            x = x.x
        leaves.append(x)
        if len(leaves) < CONCAT_MIN:
            return None
        leaves.reverse()
        arr = T.Array(T.TYP[T.STRING], len(leaves))
        a = self.emit(ssa.Alloc(T.Pointer(arr), arr, True, "concat", pos=e.op_pos))
        for i, leaf in enumerate(leaves):  # left to right, as Go evaluates; each stored at once
            v = self.conv(self.conv(self.expr(leaf), t, leaf), T.TYP[T.STRING], leaf)
            ia = self.emit(ssa.IndexAddr(a, ssa.Const(INT, i), T.Pointer(T.TYP[T.STRING]), pos=e.op_pos))
            self.emit(ssa.Store(ia, v, pos=e.op_pos))
        sl = self.emit(ssa.Slice(a, None, None, None, T.Slice(T.TYP[T.STRING]), pos=e.op_pos))
        r = self.call_runtime("concatStrings", [sl], e.op_pos)
        return self.conv(r, t, e)

    def match_comparison(self, x: ssa.Value, y: ssa.Value, e: ast.BinaryExpr):
        """Give both operands the same type (interface comparisons convert the other side)."""
        if is_interface(x.type) and not is_interface(y.type):
            y = self.conv(y, x.type, e.y)
        elif is_interface(y.type) and not is_interface(x.type):
            x = self.conv(x, y.type, e.x)
        elif isinstance(x, ssa.Const) and x.value is None:
            x = ssa.Const(y.type, None, x.pos)
        elif isinstance(y, ssa.Const) and y.value is None:
            y = ssa.Const(x.type, None, y.pos)
        return x, y

    def logical(self, e: ast.BinaryExpr) -> ssa.Value:
        """x && y, x || y with short-circuit evaluation, as a phi."""
        rhs = self.new_block("binop.rhs")
        done = self.new_block("binop.done")
        if e.op == "&&":
            self.cond(e.x, rhs, done)
        else:
            self.cond(e.x, done, rhs)
        short_preds = {id(p) for p in done.preds}  # a set: a chain of 20,000 || gives as many preds
        self.block = rhs
        self.order([e.y])  # build_order
        y = self.conv(self.expr(e.y), BOOL, e.y)
        self.jump(done)
        short = ssa.Const(BOOL, e.op == "||")
        edges = [short if id(p) in short_preds else y for p in done.preds]
        self.block = done
        phi = ssa.Phi(edges, BOOL, e.op, pos=e.op_pos)
        self.emit(phi)
        return phi

    def cond(self, e: ast.Expr, t: ssa.BasicBlock, f: ssa.BasicBlock) -> None:
        """Branch to t if e is true, else to f, short-circuiting && || !."""
        e = ast.unparen(e)
        if isinstance(e, ast.BinaryExpr) and e.op in ("&&", "||"):
            mid = self.new_block("cond.rhs")
            if e.op == "&&":
                self.cond(e.x, mid, f)
            else:
                self.cond(e.x, t, mid)
            self.block = mid
            self.cond(e.y, t, f)
            return
        if isinstance(e, ast.UnaryExpr) and e.op == "!":
            self.cond(e.x, f, t)
            return
        self.order([e])  # build_order
        v = self.expr(e)
        self.branch(v, t, f, e.pos)

    def expr_selector(self, e: ast.SelectorExpr) -> ssa.Value:
        sel = self.info.selections.get(e)
        if sel is None:  # qualified identifier pkg.Name
            return self.expr_ident(e.sel)
        if sel.kind == api.FIELD_VAL:
            tv = self.info.types.get(e.x)
            if tv is not None and tv.mode == api.VARIABLE or sel.indirect or self.is_pointer(e.x):
                return self.load(self.field_path_addr(e.x, sel.index, e), e.sel.pos)
            v = self.expr(e.x)
            for i in sel.index:
                v = self.field_value(v, i, e)
            return v
        if sel.kind == api.METHOD_VAL:
            return self.method_value(e, sel)
        return self.method_expr(e, sel)

    def is_pointer(self, e: ast.Expr) -> bool:
        return type(under(self.type_of(e))) is T.Pointer

    def field_value(self, v: ssa.Value, index: int, node: ast.Node) -> ssa.Value:
        u = under(v.type)
        if type(u) is T.Pointer:
            st = under(u.elem)
            fa = self.emit(ssa.FieldAddr(v, index, T.Pointer(st.fields[index].type), pos=node.pos))
            return self.load(fa)
        return self.emit(ssa.Field(v, index, u.fields[index].type, pos=node.pos))

    def field_path_addr(self, x: ast.Expr, path: list[int], node: ast.Node) -> ssa.Value:
        """Address of x.f where path walks (embedded) fields, following pointers."""
        if self.is_pointer(x):
            base = self.expr(x)
        else:
            base = self.addr(x)
        for i, idx in enumerate(path):
            if i > 0 and type(under(under(base.type).elem)) is T.Pointer:
                base = self.load(base)
            st = under(under(base.type).elem)
            base = self.emit(ssa.FieldAddr(base, idx, T.Pointer(st.fields[idx].type), pos=node.pos))
        return base

    def expr_index(self, e: ast.IndexExpr) -> ssa.Value:
        inst = self.instantiated_func(e)  # f[int]: ir/generics.py
        if inst is not None:
            return inst
        xt = under(self.type_of(e.x))
        if type(xt) is T.Basic:  # string
            x = self.expr(e.x)
            idx = self.index_value(e.index)
            return self.emit(ssa.Index(x, idx, T.TYP[T.UINT8], pos=e.lbrack))
        if type(xt) is T.Array:
            tv = self.info.types.get(e.x)
            if tv is not None and tv.mode == api.VARIABLE:
                return self.load(self.addr(e), e.lbrack)
            x = self.expr(e.x)
            return self.emit(ssa.Index(x, self.index_value(e.index), xt.elem, pos=e.lbrack))
        if type(xt) in (T.Slice, T.Pointer):
            return self.load(self.addr(e), e.lbrack)
        if type(xt) is T.Map:
            return self.map_lookup(e)  # build_data
        raise self.unsupported(e, f"indexing {self.type_of(e.x)}")

    def index_value(self, e: ast.Expr) -> ssa.Value:
        return self.expr(e)

    def expr_star(self, e: ast.StarExpr) -> ssa.Value:
        return self.load(self.expr(e.x), e.pos)

    def expr_composite(self, e: ast.CompositeLit) -> ssa.Value:
        t = self.type_of(e)
        if type(under(t)) in (T.Slice, T.Map):
            return self.data_composite(e, t)  # build_data
        if type(under(t)) is T.Pointer:  # elided &T{...} inside []*T{...}
            return self.composite_lit_addr(e, heap=True)
        return self.load(self.composite_lit_addr(e, heap=False))

    def composite_lit_addr(self, e: ast.CompositeLit, heap: bool) -> ssa.Value:
        t = self.type_of(e)
        if type(under(t)) is T.Pointer:  # an elided &T{...} records *T
            t = under(t).elem
        u = under(t)
        if type(u) in (T.Slice, T.Map):
            return self.data_composite_addr(e, t)  # build_data
        if heap:
            a = self.emit(ssa.Alloc(T.Pointer(t), t, True, "complit", pos=e.pos))
        else:
            a = self.local(t, "complit", e.pos)
        if type(u) is T.Struct:
            for i, elt in enumerate(e.elts):
                if isinstance(elt, ast.KeyValueExpr):
                    path = self.struct_lit_key_path(u, elt.key)
                    val_e = elt.value
                else:
                    path, val_e = [i], elt
                fa, st = a, u
                for idx in path:  # a promoted field (go1.27): through embedded struct fields, never pointers
                    ftype = st.fields[idx].type
                    fa = self.emit(ssa.FieldAddr(fa, idx, T.Pointer(ftype), pos=val_e.pos))
                    st = under(ftype)
                self.emit(ssa.Store(fa, self.elem_value(val_e, ftype), pos=val_e.pos))
            return a
        if type(u) is T.Array:
            if self.constant_array_fill(a, e, u):
                return a
            index = 0
            for elt in e.elts:
                if isinstance(elt, ast.KeyValueExpr):
                    index = int(self.tv(elt.key).value)
                    val_e = elt.value
                else:
                    val_e = elt
                ia = self.emit(ssa.IndexAddr(a, ssa.Const(INT, index), T.Pointer(u.elem), pos=val_e.pos))
                self.emit(ssa.Store(ia, self.elem_value(val_e, u.elem), pos=val_e.pos))
                index += 1
            return a
        raise self.unsupported(e, f"composite literal of type {t}")

    def constant_array_fill(self, a: ssa.Value, e: ast.CompositeLit, u: T.Array) -> bool:
        """A long array literal of constants: copied from read-only data (as gc does)
        instead of one store per element (20,000 stores take LLVM minutes)."""
        if len(e.elts) < CONST_FILL_MIN or type(under(u.elem)) is not T.Basic:
            return False
        for elt in e.elts:
            v = elt.value if isinstance(elt, ast.KeyValueExpr) else elt
            tv = self.info.types.get(v)
            if tv is None or tv.value is None:
                return False
        from tinypy_go.ir.build_static import static_builder

        sb = static_builder(self.pb, self.info)
        g = sb.anonymous(sb.literal(e, u))
        self.emit(ssa.Store(a, self.load(g, e.lbrace), pos=e.lbrace))
        return True

    def struct_lit_key_path(self, u: T.Struct, key: ast.Expr) -> list[int]:
        """Field index path of a struct literal key: one index for a field of
        the struct itself, several for a promoted field (go1.27)."""
        name = key.name
        for j, f in enumerate(u.fields):
            if f.name == name:
                return [j]
        from tinypy_go.frontend.types.lookup import lookup_field_or_method

        fld = self.info.uses.get(key)
        obj, index, indirect = lookup_field_or_method(u, False, getattr(fld, "pkg", None), name)
        if obj is None or indirect or not index:
            raise self.ice(key, f"struct literal key {name} not found in {u}")
        return list(index)

    def store_expr(self, addr: ssa.Value, e: ast.Expr, t: T.Type) -> None:
        self.emit(ssa.Store(addr, self.conv(self.expr(e), t, e), pos=e.pos))

    # ------------------------------------------------------------ addresses

    def addr(self, e: ast.Expr) -> ssa.Value:
        e = ast.unparen(e)
        if isinstance(e, ast.Ident):
            obj = self.object_of(e)
            if isinstance(obj, O.Var):
                return self.var_addr(obj, e)
            raise self.ice(e, f"cannot take the address of {e.name}")
        if isinstance(e, ast.StarExpr):
            return self.expr(e.x)
        if isinstance(e, ast.SelectorExpr):
            sel = self.info.selections.get(e)
            if sel is None:
                return self.addr(e.sel)
            if sel.kind != api.FIELD_VAL:
                raise self.ice(e, "address of a method")
            return self.field_path_addr(e.x, sel.index, e)
        if isinstance(e, ast.IndexExpr):
            xt = under(self.type_of(e.x))
            if type(xt) is T.Array:
                base = self.addr(e.x)
                return self.emit(ssa.IndexAddr(base, self.index_value(e.index), T.Pointer(xt.elem), pos=e.lbrack))
            if type(xt) is T.Pointer:
                base = self.expr(e.x)
                elem = under(xt.elem).elem
                return self.emit(ssa.IndexAddr(base, self.index_value(e.index), T.Pointer(elem), pos=e.lbrack))
            if type(xt) is T.Slice:
                base = self.expr(e.x)
                return self.emit(ssa.IndexAddr(base, self.index_value(e.index), T.Pointer(xt.elem), pos=e.lbrack))
            raise self.unsupported(e, f"address of an element of {self.type_of(e.x)}")
        if isinstance(e, ast.CompositeLit):
            return self.composite_lit_addr(e, heap=True)
        raise self.unsupported(e, f"address of {type(e).__name__}")

    def escape(self, addr: ssa.Value) -> None:
        """A variable whose address is taken lives on the heap (no escape analysis yet);
        &x.f and &x[i] of an array variable take x's address too."""
        while isinstance(addr, (ssa.FieldAddr, ssa.IndexAddr)):
            addr = addr.x
        if isinstance(addr, ssa.Alloc) and not addr.heap:
            addr.heap = True

    # ------------------------------------------------------------ conversions

    def conv(self, v: ssa.Value, t: T.Type, node: ast.Node) -> ssa.Value:
        """Implicit conversion of v to type t (assignability)."""
        if v.type is t:
            return v
        if isinstance(v, ssa.Const):
            if is_interface(t) and (v.value is not None or _typed_nil(v.type)):  # (*T)(nil) boxes a type
                return self.emit(ssa.MakeInterface(ssa.Const(default_type(v.type), v.value, v.pos), t,
                                                   pos=node.pos))
            if not is_interface(t) or v.value is None:
                return ssa.Const(t, v.value, v.pos)
        if is_interface(t):
            if is_interface(v.type):
                return self.emit(ssa.ChangeType(v, t, pos=node.pos))
            return self.emit(ssa.MakeInterface(v, t, pos=node.pos))
        if _identical_repr(v.type, t):
            return v if under(v.type) is under(t) and T.unalias(v.type) is T.unalias(t) else \
                self.emit(ssa.ChangeType(v, t, pos=node.pos))
        return v

    def convert(self, v: ssa.Value, t: T.Type, node: ast.Node) -> ssa.Value:
        """Explicit conversion T(v)."""
        if isinstance(v, ssa.Const) and not is_interface(t) and v.value is None:
            return ssa.Const(t, None, v.pos)
        if is_interface(t):
            return self.conv(v, t, node)
        data = self.convert_data(v, t, node)  # build_data: string <-> slices, slice -> array
        if data is not None:
            return data
        su, tu = under(v.type), under(t)
        if type(su) is T.Basic and type(tu) is T.Basic:
            if su.kind == tu.kind or (su.info & T.IS_STRING and tu.info & T.IS_STRING):
                return self.emit(ssa.ChangeType(v, t, pos=node.pos))
            if su.info & T.IS_STRING or tu.info & T.IS_STRING:
                raise self.unsupported(node, f"conversion from {v.type} to {t}")
            return self.emit(ssa.Convert(v, t, pos=node.pos))
        if (type(su) is T.Pointer and type(tu) is T.Basic) or (type(tu) is T.Pointer and type(su) is T.Basic):
            return self.emit(ssa.Convert(v, t, pos=node.pos))
        if type(su) is type(tu):
            return self.emit(ssa.ChangeType(v, t, pos=node.pos))
        raise self.unsupported(node, f"conversion from {v.type} to {t}")

    # ------------------------------------------------------------ calls

    def expr_call(self, e: ast.CallExpr) -> ssa.Value:
        fun = ast.unparen(e.fun)
        ftv = self.info.types.get(fun)
        if ftv is not None and ftv.mode == api.TYPEXPR:
            if len(e.args) != 1:
                raise self.ice(e, "conversion with several arguments")
            return self.convert(self.expr(e.args[0]), ftv.type, e)
        if ftv is not None and ftv.mode == api.BUILTIN:
            return self.builtin_call(e, fun)
        sig = under(self.type_of(fun))
        if type(sig) is not T.Signature:
            raise self.ice(e, "call of a non-function")
        callee: ssa.Value
        args: list[ssa.Value] = []
        sel = self.info.selections.get(fun) if isinstance(fun, ast.SelectorExpr) else None
        method = None
        if sel is not None and sel.kind == api.METHOD_VAL and is_interface(sel.recv) and len(sel.index) == 1:
            callee = self.expr(fun.x)  # dynamic dispatch on the interface value
            method = sel.obj
        elif sel is not None and sel.kind == api.METHOD_VAL and _abstract(sel.obj):
            callee = self.method_receiver(fun.x, sel, fun)  # promoted from an embedded interface field
            method = sel.obj
        elif sel is not None and sel.kind == api.METHOD_VAL:
            callee, recv = self.method_callee(fun, sel)
            args.append(recv)
        elif sel is not None and sel.kind == api.METHOD_EXPR:
            callee = self.method_expr(fun, sel)  # build_closure
        else:
            callee = self.expr(fun)
        args.extend(self.call_args(e, sig))
        result = _result_type(sig)
        call = ssa.CallCommon(callee, args, method=method, signature=sig, pos=e.lparen)
        return self.emit(ssa.Call(call, result, pos=e.lparen))

    def method_callee(self, fun: ast.SelectorExpr, sel: api.Selection) -> tuple[ssa.Value, ssa.Value]:
        method: O.Func = sel.obj
        if is_interface(sel.recv):
            raise self.unsupported(fun, "calls of interface methods")
        fn = self.method_function(method, fun)  # plain or instantiated method (ir/generics.py)
        if fn is None:
            raise self.unsupported(fun, f"call of method {method.name}")
        return fn, self.method_receiver(fun.x, sel, fun)

    def call_args(self, e: ast.CallExpr, sig: T.Signature) -> list[ssa.Value]:
        params = sig.params.vars
        if sig.variadic and not e.ellipsis:
            return self.variadic_args(e, sig)
        if len(e.args) == 1 and len(params) > 1:
            v = self.expr(e.args[0])  # f(g()) with several results
            return [self.conv(self.emit(ssa.Extract(v, i, p.type)), p.type, e) for i, p in enumerate(params)]
        return [self.conv(self.expr(a), p.type, a) for a, p in zip(e.args, params, strict=True)]

    def builtin_call(self, e: ast.CallExpr, fun: ast.Expr) -> ssa.Value:
        ident = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        obj = self.object_of(ident)
        name = obj.name
        if name in _DATA_BUILTINS and not isinstance(fun, ast.SelectorExpr):
            return self.data_builtin(e, fun, name)  # build_data
        if name == "panic":
            v = self.conv(self.expr(e.args[0]), T.EMPTY_INTERFACE, e.args[0])
            self.emit(ssa.Panic(v, pos=e.pos))
            self.dead_end()
            return ssa.Const(T.EMPTY_TUPLE, None)
        if name == "new":  # new(T), or new(expr) (go1.26): a fresh variable holding expr's value
            arg = e.args[0]
            tv = self.info.types.get(arg)
            if tv is not None and tv.is_type():
                t = self.type_of(arg)
                return self.emit(ssa.Alloc(T.Pointer(t), t, True, "new", pos=e.pos))
            t = self.type_of(e).elem
            v = self.conv(self.expr(arg), t, arg)
            addr = self.emit(ssa.Alloc(T.Pointer(t), t, True, "new", pos=e.pos))
            self.emit(ssa.Store(addr, v, pos=e.pos))
            return addr
        if name in ("print", "println", "len", "cap", "Add", "String", "StringData", "SliceData", "Slice", "real",
                    "imag", "complex"):
            args = [self.expr(a) for a in e.args]
            if len(args) == 1 and type(args[0].type) is T.Tuple:  # println(f()) with a multi-value f
                args = [self.emit(ssa.Extract(args[0], i, v.type)) for i, v in enumerate(args[0].type.vars)]
            if name in ("print", "println"):
                args = [a if not isinstance(a, ssa.Const) else ssa.Const(default_type(a.type), a.value, a.pos)
                        for a in args]
            if name == "String":
                args[0] = self.conv(args[0], T.Pointer(T.TYP[T.UINT8]), e.args[0])
            result = self.type_of(e) if name not in ("print", "println") else T.EMPTY_TUPLE
            b = ssa.Builtin(name, pos=fun.pos)
            return self.emit(ssa.Call(ssa.CallCommon(b, args, pos=e.lparen), default_type(result), pos=e.lparen))
        return self.builtin_call_more(e, fun, name)  # recover: build_defer

    # ------------------------------------------------------------ package initialisation

    def global_initializer(self, item: api.Initializer) -> None:
        ast.load_literal(item.rhs)
        v = self.comma_ok_value(item.rhs) if len(item.lhs) == 2 else None  # build_data: v, ok = m[k]
        if v is None:
            v = self.expr(item.rhs)
        if len(item.lhs) == 1:
            g = self.pb.prog.globals_by_obj.get(id(item.lhs[0]))
            if g is not None:
                self.emit(ssa.Store(g, self.conv(v, g.elem, item.rhs)))
            return
        for i, var in enumerate(item.lhs):
            g = self.pb.prog.globals_by_obj.get(id(var))
            x = self.emit(ssa.Extract(v, i, var.type))
            if g is not None:
                self.emit(ssa.Store(g, x))


def _typed_nil(t: T.Type) -> bool:
    """A nil of a pointer, slice, map or func type (not untyped nil, not an interface)."""
    u = under(t)
    return not is_interface(t) and not (type(u) is T.Basic and u.kind == T.UNTYPED_NIL)


def _abstract(method: O.Func) -> bool:
    """An interface's method (reached through an embedded interface field): dispatched dynamically."""
    recv = getattr(method.type, "recv", None)
    return recv is not None and is_interface(recv.type)


# Builtins lowered by build_data (slices and maps).
_DATA_BUILTINS = frozenset({"make", "append", "copy", "delete", "clear", "min", "max"})


def _result_type(sig: T.Signature) -> Any:
    n = len(sig.results.vars)
    if n == 1:
        return sig.results.vars[0].type
    return sig.results


def _identical_repr(a: T.Type, b: T.Type) -> bool:
    return under(a) is under(b)


_EXPR = {
    ast.Ident: ExprBuilder.expr_ident,
    ast.ParenExpr: ExprBuilder.expr_paren,
    ast.UnaryExpr: ExprBuilder.expr_unary,
    ast.BinaryExpr: ExprBuilder.expr_binary,
    ast.CallExpr: ExprBuilder.expr_call,
    ast.SelectorExpr: ExprBuilder.expr_selector,
    ast.IndexExpr: ExprBuilder.expr_index,
    ast.IndexListExpr: ExprBuilder.expr_index,
    ast.StarExpr: ExprBuilder.expr_star,
    ast.CompositeLit: ExprBuilder.expr_composite,
    ast.FuncLit: lambda self, e: self.expr_func_lit(e),  # build_closure
    ast.SliceExpr: lambda b, e: b.expr_slice(e),  # build_data
}


def _register_iface() -> None:
    from tinypy_go.ir import build_iface

    _EXPR[ast.TypeAssertExpr] = build_iface.expr_type_assert


_register_iface()
