"""SSA construction for function values: closures, methods and variadic calls.

Closures capture variables by reference, as go/ssa does: a function literal
that uses a variable of an enclosing function gets a ``FreeVar`` holding the
variable's *address*; the variable's ``Alloc`` is then marked ``heap`` so it
outlives the frame, and ``MakeClosure`` binds the addresses.  The backend
stores the bindings after the code pointer in a heap closure object, which
is both the func value and the closure's context pointer (gc's layout
``{fnptr, bindings...}``, backend/closures.py).

Go 1.22 gives each iteration of a 3-clause ``for`` loop a fresh copy of the
loop variables.  When a loop variable is captured or has its address taken
in the loop, it is *boxed*: a stack slot holds a pointer to the current heap
cell, every use loads the slot, and the post statement moves the value to a
fresh cell (``ForStmt`` in ``stmt_for`` calls ``loop_vars_begin`` /
``loop_vars_next``).

Methods: calls, method values (``x.M`` → a closure over the bound receiver,
function ``<method>$bound``), method expressions (``T.M``, ``(*T).M``) and
promoted methods go through ``method_receiver``, which walks the selection's
index path and takes the address of / dereferences the receiver as the
method wants.

Wrapper API for interface dispatch: ``method_wrapper(fb, recv_type, method,
path)`` returns (and caches per program) a synthetic function named
``(<recv_type>).<M>$wrapper`` whose first parameter has type ``recv_type``
(e.g. ``*T`` for a value-receiver method of ``T``, or an embedding struct for
a promoted method) followed by the method's parameters; it walks ``path``
(the embedded-field indices, without the method index) and calls the method.
"""

from __future__ import annotations

from typing import Any

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.version import GO1_22, parse_lang
from tinypy_go.ir import ssa

INT = T.TYP[T.INT]


def under(t: T.Type) -> T.Type:
    return T.unalias(t).underlying()


def _is_ptr(t: T.Type) -> bool:
    return type(under(t)) is T.Pointer


def result_type(sig: T.Signature) -> Any:
    n = len(sig.results.vars)
    return sig.results.vars[0].type if n == 1 else sig.results


class ClosureBuilder:
    """Mixin of FunctionBuilder: function literals, captures, methods, variadics."""

    # ------------------------------------------------------------ captures

    def capture_var(self, obj: O.Var, node: ast.Node) -> ssa.Value:
        """Address of a variable of an enclosing function, as a free variable."""
        parent = getattr(self, "parent_builder", None)
        if parent is None:
            raise self.unsupported(node, f"variable {obj.name} captured from an enclosing function")
        return self.capture(("var", id(obj)), obj.name, lambda p: p.var_addr(obj, node))

    def capture(self, key: Any, name: str, outer: Any) -> ssa.Value:
        """A value of the enclosing function (computed there by ``outer(parent)``)
        made available here as a FreeVar; addresses of Allocs make them escape."""
        got = self.captured.get(key)
        if got is not None:
            return got
        parent = self.parent_builder
        val = outer(parent)
        if isinstance(val, ssa.Alloc):
            parent.escape(val)
        fv = ssa.FreeVar(name, val.type, self.fn, getattr(val, "pos", 0),
                         isinstance(val, (ssa.Alloc, ssa.Global)) or (isinstance(val, ssa.FreeVar) and val.addr))
        self.fn.free_vars.append(fv)
        self.bindings.append(val)
        self.captured[key] = fv
        if key[0] == "var":
            self.vars[key[1]] = fv
        return fv

    # ------------------------------------------------------------ function literals

    def expr_func_lit(self, e: ast.FuncLit) -> ssa.Value:
        sig = self.type_of(e)
        anon = self.new_anon_function(sig, e.pos, e)
        sub = self.sub_builder(anon)
        if getattr(self, "next_lit_deferred", False):  # set by build_defer for `defer func(){...}()`
            sub.deferred_lit = True
            self.next_lit_deferred = False
        sub.build_body(e.type, e.body, None)
        return self.make_closure(anon, sub.bindings, e.pos)

    def new_anon_function(self, sig: T.Signature, pos: int, syntax: Any, suffix: str = "") -> ssa.Function:
        top = self.fn
        self.closure_count += 1
        anon = ssa.Function(f"{top.name}${suffix}{self.closure_count}", sig, top.pkg, pos, syntax=syntax,
                            parent=top, synthetic="" if syntax is not None else "closure")
        top.anon_funcs.append(anon)
        return anon

    def sub_builder(self, anon: ssa.Function):
        sub = type(self)(self.pb, anon)
        sub.parent_builder = self
        return sub

    def make_closure(self, fn: ssa.Function, bindings: list[ssa.Value], pos: int = 0) -> ssa.Value:
        if not bindings:
            return fn
        return self.emit(ssa.MakeClosure(fn, list(bindings), fn.signature, pos=pos))

    # ------------------------------------------------------------ Go 1.22 loop variables

    def loop_vars_per_iteration(self, node: ast.Node) -> bool:
        """Whether the loop at ``node`` has Go 1.22's fresh variables per iteration:
        not in a file whose language version (its module's go line) is older."""
        versions = getattr(self.info, "file_versions", None)
        if not versions:
            return True
        key = ("loopvar-files", id(versions))  # filename -> per-iteration, once per package
        by_name = self.pb.prog.synthetic.get(key)
        if by_name is None:
            by_name = {}
            for f, v in versions.items():
                lang = parse_lang(v)
                if lang is not None and lang < GO1_22:
                    by_name[f.filename] = False
            self.pb.prog.synthetic[key] = by_name
        return not by_name or by_name.get(self.pb.fset.position(node.pos).filename, True)

    def loop_vars_begin(self, s: ast.ForStmt) -> list[O.Var]:
        """Box the loop variables declared by s.init that a closure or & may capture
        (none before go1.22: then the loop has one variable, declared by s.init)."""
        init = s.init
        if not (isinstance(init, ast.AssignStmt) and init.tok == ":=") or not self.loop_vars_per_iteration(s):
            return []
        objs = [self.info.defs.get(x) for x in init.lhs if isinstance(x, ast.Ident)]
        objs = [o for o in objs if o is not None]
        if not objs:
            return []
        wanted = _captured_in({id(o) for o in objs}, [s.body, s.cond, s.post], self.info)
        boxed = []
        for o in objs:
            if id(o) not in wanted:
                continue
            cell = self.vars.get(id(o))
            if not isinstance(cell, ssa.Alloc):
                continue
            self.escape(cell)
            slot = self.local(T.Pointer(o.type), f"{o.name}.box")
            self.emit(ssa.Store(slot, cell))
            self.boxed[id(o)] = slot
            boxed.append(o)
        return boxed

    def loop_vars_next(self, boxed: list[O.Var]) -> None:
        """At the post statement: copy each boxed variable into a fresh cell."""
        for o in boxed:
            slot = self.boxed[id(o)]
            old = self.load(slot)
            val = self.load(old)
            cell = self.emit(ssa.Alloc(T.Pointer(o.type), o.type, True, o.name))
            self.emit(ssa.Store(cell, val))
            self.emit(ssa.Store(slot, cell))

    # ------------------------------------------------------------ methods

    def method_fn(self, node: ast.Node, method: O.Func) -> ssa.Function:
        fn = self.method_function(method, node)  # plain or instantiated method (ir/generics.py)
        if fn is None:
            raise self.unsupported(node, f"method {method.name}")
        return fn

    def method_receiver(self, x: ast.Expr, sel: api.Selection, node: ast.Node) -> ssa.Value:
        """The receiver argument for x.M: walk the embedded fields of the
        selection path, then take the address or dereference as M wants."""
        method: O.Func = sel.obj
        want_ptr = method.pointer_receiver()
        tv = self.info.types.get(x)
        if self.is_pointer(x):
            val, is_addr = self.expr(x), False
        elif tv is not None and tv.mode == api.VARIABLE:
            val, is_addr = self.addr(x), True
            if want_ptr:
                self.escape(_root_alloc(val))
        else:
            val, is_addr = self.expr(x), False
        return self.walk_receiver(val, is_addr, sel.index[:-1], want_ptr, node.pos)

    def walk_receiver(self, val: ssa.Value, is_addr: bool, path: list[int], want_ptr: bool,
                      pos: int = 0) -> ssa.Value:
        for idx in path:
            if is_addr:
                obj_t = under(val.type).elem
                if _is_ptr(obj_t):
                    val = self.load(val, pos)
                    st = under(under(obj_t).elem)
                else:
                    st = under(obj_t)
                val = self.emit(ssa.FieldAddr(val, idx, T.Pointer(st.fields[idx].type), pos=pos))
                continue
            u = under(val.type)
            if type(u) is T.Pointer:
                st = under(u.elem)
                val, is_addr = self.emit(ssa.FieldAddr(val, idx, T.Pointer(st.fields[idx].type), pos=pos)), True
            else:
                val = self.emit(ssa.Field(val, idx, u.fields[idx].type, pos=pos))
        if is_addr:
            obj_t = under(val.type).elem
            if _is_ptr(obj_t):  # the object is a pointer (embedded *T): continue from its value
                val = self.load(val, pos)
            else:
                return val if want_ptr else self.load(val, pos)
        if _is_ptr(val.type):
            return val if want_ptr else self.load(val, pos)
        if not want_ptr:
            return val
        cell = self.emit(ssa.Alloc(T.Pointer(val.type), val.type, True, "recv", pos=pos))
        self.emit(ssa.Store(cell, val))
        return cell

    def method_value(self, e: ast.SelectorExpr, sel: api.Selection, typ: T.Type | None = None) -> ssa.Value:
        """x.M as a value: a closure binding the receiver evaluated now (typ:
        the instantiated type of x.M[int], for a generic method)."""
        if is_interface(sel.recv):
            if len(sel.index) != 1:
                raise self.unsupported(e, "method values of embedded interfaces")
            recv = self.expr(e.x)
            self.nil_iface_check(recv, e.pos)  # Go panics when the method value is evaluated
            bound = iface_thunk(self, sel.obj, recv.type, bound=True)
            return self.emit(ssa.MakeClosure(bound, [recv], self.type_of(e), pos=e.pos))
        fn = self.method_fn(e, sel.obj)
        recv = self.method_receiver(e.x, sel, e)
        bound = bound_function(self, fn)
        return self.emit(ssa.MakeClosure(bound, [recv], typ or self.type_of(e), pos=e.pos))

    def nil_iface_check(self, recv: ssa.Value, pos: int) -> None:
        """Panic (nil pointer dereference) if the interface value recv is nil."""
        isnil = self.emit(ssa.BinOp("==", recv, ssa.Const(recv.type, None), T.TYP[T.BOOL], pos=pos))
        bad, ok = self.new_block("mvalue.nil"), self.new_block("mvalue.ok")
        self.branch(isnil, bad, ok)
        self.block = bad
        self.call_runtime("panicNilDeref", [], pos)
        self.jump(ok)
        self.block = ok

    def method_expr(self, e: ast.SelectorExpr, sel: api.Selection) -> ssa.Value:
        """T.M / (*T).M as a function whose first parameter is the receiver."""
        if is_interface(sel.recv):
            return iface_thunk(self, sel.obj, sel.recv, bound=False)
        fn = self.method_fn(e, sel.obj)
        recv_t = sel.recv
        if len(sel.index) == 1 and _is_ptr(recv_t) == sel.obj.pointer_receiver():
            return fn
        return method_wrapper(self, recv_t, sel.obj, sel.index[:-1], fn)

    # ------------------------------------------------------------ variadic calls

    def variadic_args(self, e: ast.CallExpr, sig: T.Signature) -> list[ssa.Value]:
        """f(a, b, c) for f(x T, rest ...U): pack the trailing arguments into a []U."""
        params = sig.params.vars
        nfixed = len(params) - 1
        slice_t = params[-1].type
        elem = under(slice_t).elem
        if len(e.args) == 1 and nfixed != 0 or (len(e.args) == 1 and type(self.type_of(e.args[0])) is T.Tuple):
            tup_t = self.type_of(e.args[0])
            if type(tup_t) is T.Tuple:
                v = self.expr(e.args[0])
                vals = [self.emit(ssa.Extract(v, i, x.type)) for i, x in enumerate(tup_t.vars)]
                nodes = [e.args[0]] * len(vals)
            else:
                vals, nodes = [self.expr(e.args[0])], [e.args[0]]
        else:
            vals = [self.expr(a) for a in e.args]
            nodes = list(e.args)
        out = [self.conv(v, p.type, n) for v, p, n in zip(vals[:nfixed], params[:nfixed], nodes, strict=False)]
        rest = [self.conv(v, elem, n) for v, n in zip(vals[nfixed:], nodes[nfixed:], strict=True)]
        out.append(self.pack_slice(rest, slice_t, e.pos))
        return out

    def pack_slice(self, vals: list[ssa.Value], slice_t: T.Type, pos: int = 0) -> ssa.Value:
        if not vals:
            return ssa.Const(slice_t, None, pos)
        elem = under(slice_t).elem
        arr_t = T.Array(elem, len(vals))
        arr = self.emit(ssa.Alloc(T.Pointer(arr_t), arr_t, True, "varargs", pos=pos))
        for i, v in enumerate(vals):
            ia = self.emit(ssa.IndexAddr(arr, ssa.Const(INT, i), T.Pointer(elem), pos=pos))
            self.emit(ssa.Store(ia, v, pos=pos))
        return self.emit(ssa.Slice(arr, None, None, None, slice_t, pos=pos))


def is_interface(t: T.Type) -> bool:
    return type(under(t)) is T.Interface


def _root_alloc(v: ssa.Value) -> ssa.Value:
    while isinstance(v, (ssa.FieldAddr, ssa.IndexAddr)):
        v = v.x
    return v


def _captured_in(ids: set[int], nodes: list, info: api.Info) -> set[int]:
    """Which of the variables (by id) are used inside a function literal or
    have their address taken (&x, x.f) within nodes."""
    found: set[int] = set()

    def visit(n: Any, in_lit: bool) -> None:
        if n is None:
            return
        if isinstance(n, list):
            for x in n:
                visit(x, in_lit)
            return
        if not isinstance(n, ast.Node):
            return
        if isinstance(n, ast.Ident):
            if in_lit:
                o = info.uses.get(n)
                if o is not None and id(o) in ids:
                    found.add(id(o))
            return
        if isinstance(n, ast.FuncLit):
            visit(n.body, True)
            return
        if isinstance(n, ast.UnaryExpr) and n.op == "&":
            x = ast.unparen(n.x)
            while isinstance(x, (ast.SelectorExpr, ast.IndexExpr)):
                x = ast.unparen(x.x)
            if isinstance(x, ast.Ident):
                o = info.uses.get(x)
                if o is not None and id(o) in ids:
                    found.add(id(o))
        if isinstance(n, ast.SelectorExpr):  # x.M() with a pointer receiver takes &x
            sel = info.selections.get(n)
            x = ast.unparen(n.x)
            if sel is not None and sel.kind == api.METHOD_VAL and isinstance(x, ast.Ident) and \
                    sel.obj.pointer_receiver():
                o = info.uses.get(x)
                if o is not None and id(o) in ids:
                    found.add(id(o))
        for name in ast.node_fields(n):
            visit(getattr(n, name, None), in_lit)

    for n in nodes:
        visit(n, False)
    return found


# ---------------------------------------------------------------- synthetic functions


def _cache(fb) -> dict:
    return fb.pb.prog.synthetic


def _add_synthetic(fb, fn: ssa.Function) -> None:
    fb.pb.pkg.functions[fn.name] = fn


def _params_for(fn: ssa.Function, sig: T.Signature, first: list[tuple[str, T.Type]]) -> list[ssa.Parameter]:
    ps = [ssa.Parameter(n, t, fn) for n, t in first]
    ps += [ssa.Parameter(v.name or f"a{i}", v.type, fn) for i, v in enumerate(sig.params.vars)]
    fn.params = ps
    return ps


def _finish_call(fb, callee: ssa.Value, args: list[ssa.Value], msig: T.Signature) -> None:
    res_t = result_type(msig)
    call = fb.emit(ssa.Call(ssa.CallCommon(callee, args, signature=msig, has_ellipsis=msig.variadic), res_t))
    n = len(msig.results.vars)
    if n == 0:
        fb.emit(ssa.Return([]))
    elif n == 1:
        fb.emit(ssa.Return([call]))
    else:
        fb.emit(ssa.Return([fb.emit(ssa.Extract(call, i, v.type)) for i, v in enumerate(msig.results.vars)]))


def _method_sig(method: O.Func) -> T.Signature:
    s = method.type
    return T.Signature(s.params, s.results, s.variadic)


def bound_function(fb, fn: ssa.Function) -> ssa.Function:
    """``<method>$bound``: the method with its receiver taken from the closure context."""
    from tinypy_go.ir.builder import FunctionBuilder, finish_function

    key = ("bound", id(fn))
    got = _cache(fb).get(key)
    if got is not None:
        return got
    msig = _method_sig(fn.obj)
    b = ssa.Function(f"{fn.name}$bound", msig, fn.pkg, fn.pos, synthetic="bound method")
    _cache(fb)[key] = b
    recv_t = fn.signature.recv.type
    fv = ssa.FreeVar("recv", recv_t, b)
    b.free_vars.append(fv)
    ps = _params_for(b, msig, [])
    sub = FunctionBuilder(fb.pb, b)
    sub.block = b.new_block("entry")
    _finish_call(sub, fn, [fv, *ps], fn.signature)
    finish_function(b)
    _add_synthetic(fb, b)
    return b


def method_wrapper(fb, recv_type: T.Type, method: O.Func, path: list[int],
                   fn: ssa.Function | None = None) -> ssa.Function:
    """A function ``(recv recv_type, params...)`` calling ``method`` (its function
    fn, e.g. a generic method's instance) on the receiver reached through the
    embedded fields ``path`` (see module doc)."""
    from tinypy_go.ir.builder import FunctionBuilder, finish_function

    if fn is None:
        fn = fb.method_function(method)  # plain or instantiated method (ir/generics.py)
    if fn is None:
        raise fb.ice(None, f"no function for method {method.name}")
    key = ("wrapper", T.type_string(recv_type) if hasattr(T, "type_string") else str(recv_type), id(fn),
           tuple(path))
    got = _cache(fb).get(key)
    if got is not None:
        return got
    msig = _method_sig(fn.obj) if fn.obj is not None else _method_sig(method)
    wsig = T.Signature(T.Tuple([O.Var(0, None, "recv", recv_type), *msig.params.vars]), msig.results,
                       msig.variadic)
    w = ssa.Function(f"({recv_type}).{method.name}$wrapper", wsig, fn.pkg, fn.pos, synthetic="method wrapper")
    _cache(fb)[key] = w
    ps = _params_for(w, msig, [("recv", recv_type)])
    sub = FunctionBuilder(fb.pb, w)
    sub.block = w.new_block("entry")
    recv = sub.walk_receiver(ps[0], False, list(path), method.pointer_receiver())
    _finish_call(sub, fn, [recv, *ps[1:]], fn.signature)
    finish_function(w)
    _add_synthetic(fb, w)
    return w


def iface_thunk(fb, method: O.Func, iface_t: T.Type, bound: bool) -> ssa.Function:
    """``I.M$bound`` (receiver in the context: method value i.M) or ``I.M$thunk``
    (receiver as first parameter: method expression I.M), calling M dynamically."""
    from tinypy_go.ir.builder import FunctionBuilder, finish_function

    key = ("ifacebound" if bound else "ifacethunk", str(iface_t), id(method))
    got = _cache(fb).get(key)
    if got is not None:
        return got
    msig = _method_sig(method)
    if bound:
        sig = msig
        name = f"({iface_t}).{method.name}$bound"
    else:
        sig = T.Signature(T.Tuple([O.Var(0, None, "recv", iface_t), *msig.params.vars]), msig.results, msig.variadic)
        name = f"({iface_t}).{method.name}$thunk"
    f = ssa.Function(name, sig, fb.pb.pkg, 0, synthetic="interface method value")
    _cache(fb)[key] = f
    if bound:
        recv: ssa.Value = ssa.FreeVar("recv", iface_t, f)
        f.free_vars.append(recv)
        ps = _params_for(f, msig, [])
    else:
        ps = _params_for(f, msig, [("recv", iface_t)])
        recv, ps = ps[0], ps[1:]
    sub = FunctionBuilder(fb.pb, f)
    sub.block = f.new_block("entry")
    res_t = result_type(msig)
    call = sub.emit(ssa.Call(ssa.CallCommon(recv, list(ps), method=method, signature=msig), res_t))
    n = len(msig.results.vars)
    if n == 0:
        sub.emit(ssa.Return([]))
    elif n == 1:
        sub.emit(ssa.Return([call]))
    else:
        sub.emit(ssa.Return([sub.emit(ssa.Extract(call, i, v.type)) for i, v in enumerate(msig.results.vars)]))
    finish_function(f)
    _add_synthetic(fb, f)
    return f
