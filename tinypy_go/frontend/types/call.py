"""Calls, conversions-by-call, selectors and function instantiation."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import (
    BUILTIN,
    CONSTANT,
    FIELD_VAL,
    INVALID_MODE,
    METHOD_EXPR,
    METHOD_VAL,
    NOVALUE,
    TYPEXPR,
    VALUE,
    VARIABLE,
)
from tinypy_go.frontend.types.errors import INVALID_OP
from tinypy_go.frontend.types.expr import CONVERSION, EXPRESSION, STATEMENT
from tinypy_go.frontend.types.lookup import lookup_field_or_method
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import is_numeric, is_untyped, is_valid
from tinypy_go.frontend.types.typeset import core_type


class CallMixin:
    def call_expr(self, x: Operand, call: ast.CallExpr) -> int:
        fun = call.fun
        ix = fun if type(fun) in (ast.IndexExpr, ast.IndexListExpr) else None
        if ix is not None:
            if self.index_expr(x, ix):
                pass  # generic function instantiation, completed with the arguments
            else:
                ix = None
            x.expr = fun
            self.record(x)
        else:
            self.expr_or_type(x, fun, True)
        m = x.mode
        if m == INVALID_MODE:
            self.use(*call.args)
            x.expr = call
            return STATEMENT
        if m == TYPEXPR:
            self.non_generic(None, x)
            if x.mode == INVALID_MODE:
                return CONVERSION
            t = x.type
            x.mode = INVALID_MODE
            n = len(call.args)
            if n == 0:
                self.errorf(call.rparen, "missing argument in conversion to %s", t)
            elif n == 1:
                self.expr(None, x, call.args[0])
                if x.mode != INVALID_MODE:
                    if call.ellipsis:
                        self.errorf(call.args[0], "invalid use of ... in conversion to %s", t)
                    else:
                        u = t.underlying()
                        if type(u) is T.Interface and type(T.unalias(t)) is not T.TypeParam and \
                                not u.is_method_set():
                            self.errorf(call, "cannot use interface %s in conversion (contains specific type "
                                              "constraints or is comparable)", t)
                        else:
                            self.conversion(x, t)
            else:
                self.use(*call.args)
                self.errorf(call.args[-1], "too many arguments in conversion to %s", t)
            x.expr = call
            return CONVERSION
        if m == BUILTIN:
            bid = x.id
            if not self.builtin(x, call, bid):
                x.mode = INVALID_MODE
            x.expr = call
            if x.mode != INVALID_MODE and x.mode != CONSTANT:
                self.env.has_call_or_recv = True
            return STATEMENT if bid in _STATEMENT_BUILTINS else EXPRESSION
        from tinypy_go.frontend.types.under import common_under

        def is_func(t, u):
            if u is not None and type(u) is not T.Signature:
                return ("%s is not a function", t)
            return None

        sig, err = common_under(x.type, is_func)
        if type(sig) is not T.Signature:
            if err is None:
                err = ("no specific type",)
            self.errorf(x, INVALID_OP + "cannot call %s: %s", x, self.sprintf(*err))
            x.mode = INVALID_MODE
            x.expr = call
            return STATEMENT
        was_generic = bool(sig.type_params)
        xlist: list[ast.Expr] = []
        targs: list[T.Type] | None = None
        if ix is not None:
            xlist = [ix.index] if type(ix) is ast.IndexExpr else list(ix.indices)
            targs = self.type_list(xlist)
            if targs is None:
                self.use(*call.args)
                x.mode = INVALID_MODE
                x.expr = call
                return STATEMENT
            got, want = len(targs), len(sig.type_params)
            if got > want:
                self.errorf(xlist[want], "got %d type arguments but want %d", got, want)
                self.use(*call.args)
                x.mode = INVALID_MODE
                x.expr = call
                return STATEMENT
            if got == want and want > 0:
                self.verify_versionf(ix.lbrack, (1, 18), "function instantiation")
                sig = self.instantiate_signature(call.pos, call.fun, sig, targs, xlist)
                targs = None
                xlist = []
        args, atargs, atxlist = self.generic_expr_list(call.args)
        sig = self.arguments(call, sig, targs or [], xlist, args, atargs, atxlist)
        if was_generic and not sig.type_params:
            self.record_type_and_value(call.fun, VALUE, sig, None)
        n = len(sig.results.vars)
        if n == 0:
            x.mode = NOVALUE
        elif n == 1:
            x.mode = VALUE
            x.type = sig.results.vars[0].type
        else:
            x.mode = VALUE
            x.type = sig.results
        x.expr = call
        self.env.has_call_or_recv = True
        if x.mode == VALUE and sig.type_params and x.type is not None:
            pass
        return STATEMENT

    def generic_expr_list(self, elist: list[ast.Expr]):
        """Evaluate call arguments; generic function values stay generic."""
        res: list[Operand] = []
        targs: list = []
        xlists: list = []
        if len(elist) == 1:
            e = elist[0]
            x = Operand()
            self.raw_expr(None, x, e, None, True)
            self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
            if type(x.type) is T.Tuple and x.mode != INVALID_MODE:
                for v in x.type.vars:
                    res.append(Operand(VALUE, e, v.type))
                    targs.append(None)
                    xlists.append(None)
                return res, targs, xlists
            if x.mode in (8, 6, 9):  # comma-ok values are single values here
                x.mode = VALUE
            res.append(x)
            targs.append(None)
            xlists.append(None)
            return res, targs, xlists
        for e in elist:
            x = Operand()
            self.raw_expr(None, x, e, None, True)
            self.exclude(x, (NOVALUE, BUILTIN, TYPEXPR))
            self.single_value(x)
            if x.mode in (8, 6, 9):
                x.mode = VALUE
            res.append(x)
            targs.append(None)
            xlists.append(None)
        return res, targs, xlists

    def arguments(self, call: ast.CallExpr, sig: T.Signature, targs, xlist, args: list[Operand], atargs, atxlist):
        for a in args:
            if a.mode == INVALID_MODE:
                return sig
        nargs = len(args)
        npars = len(sig.params.vars)
        ddd = bool(call.ellipsis)
        sig_params = sig.params
        adjusted = False
        if sig.variadic:
            if ddd:
                if len(call.args) == 1 and nargs > 1:
                    self.errorf(call.ellipsis, "cannot use ... with %d-valued %s", nargs, call.args[0])
                    return sig
            else:
                if nargs >= npars - 1:
                    vars_ = list(sig.params.vars[:npars - 1])
                    last = sig.params.vars[npars - 1]
                    lt = last.type
                    et = lt.elem if type(lt) is T.Slice else (core_type(lt).elem if type(core_type(lt)) is T.Slice
                                                              else T.INVALID_TYPE)
                    while len(vars_) < nargs:
                        vars_.append(O.new_param(last.pos, last.pkg, last.name, et))
                    sig_params = T.Tuple(vars_)
                    adjusted = True
                    npars = nargs
                else:
                    npars -= 1
        else:
            if ddd:
                self.errorf(call.ellipsis, "cannot use ... in call to non-variadic %s", call.fun)
                return sig
        if nargs != npars:
            if nargs > npars:
                at = args[npars].expr
                qual = "too many"
            else:
                at = call.rparen
                qual = "not enough"
            params = sig.params.vars
            msg = (f"{qual} arguments in call to {self.sprintf('%s', call.fun)}\n\thave "
                   f"{self.types_summary([a.type for a in args], False)}\n\twant "
                   f"{self.types_summary([p.type for p in params], sig.variadic)}")
            self.error(at, msg)
            return sig
        if sig.type_params:
            if not self.allow_version(call, (1, 18)):
                if type(call.fun) in (ast.IndexExpr, ast.IndexListExpr):
                    self.version_errorf(call.fun.lbrack, (1, 18), "function instantiation")
                else:
                    self.version_errorf(call.lparen, (1, 18), "implicit function instantiation")
            tparams = sig.type_params
            targs = list(targs) + [None] * (len(tparams) - len(targs))
            from tinypy_go.frontend.types.infer import rename_tparams

            rtparams, rparams = rename_tparams(tparams, sig_params)
            inferred = self.infer(call, rtparams, targs, rparams, args, False, call.fun)
            if inferred is None:
                return sig
            from tinypy_go.frontend.types.instantiate import instantiate_signature
            from tinypy_go.frontend.types.subst import subst

            rsig = instantiate_signature(sig, inferred)
            self.record_instance(call.fun, inferred, rsig)
            self.mono.record_instance(self.pkg, call.lparen, tparams, inferred, xlist)
            self.later(lambda: self.verify_type_args(tparams, inferred, xlist or [call.fun], ""))
            smap = dict(zip(tparams, inferred, strict=False))
            if adjusted:
                sig_params = subst(sig_params, smap)
            else:
                sig_params = rsig.params
            sig = rsig
        def ctx() -> str:
            return "argument to " + self.sprintf("%s", call.fun)

        generic_arg_seen = False
        for i, a in enumerate(args):
            pt = sig_params.vars[i].type
            if type(a.type) is T.Signature and a.type.type_params and a.mode == VALUE:
                # implicitly instantiated generic function argument
                if not generic_arg_seen:
                    generic_arg_seen = True
                    self.verify_versionf(a, (1, 21), "implicitly instantiated function as argument")
                from tinypy_go.frontend.types.expr import new_target

                tgt = new_target(pt, sig_params.vars[i].name or "argument")
                if tgt is not None and not tgt.sig.type_params:
                    self.func_inst(tgt, a.pos(), a, None, True, as_argument=True)
                    if a.mode == INVALID_MODE:
                        continue
                    self.record_type_and_value(a.expr, VALUE, a.type, None)
            self.assignment(a, pt, ctx)
        return sig

    def types_summary(self, lst, variadic: bool) -> str:
        res = []
        for i, t in enumerate(lst):
            if t is None or not is_valid(t):
                s = "unknown type"
            elif is_untyped(t):
                if is_numeric(t):
                    s = "number"
                else:
                    s = T.unalias(t).name.replace("untyped ", "")
            elif variadic and i == len(lst) - 1 and type(t) is T.Slice:
                s = "..." + self.sprintf("%s", t.elem)
            else:
                s = self.sprintf("%s", t)
            res.append(s)
        return "(" + ", ".join(res) + ")"

    def instantiate_signature(self, pos, expr, sig: T.Signature, targs, xlist) -> T.Signature:
        from tinypy_go.frontend.types.instantiate import instantiate_signature

        inst = instantiate_signature(sig, targs)
        self.record_instance(expr, targs, inst)
        self.mono.record_instance(self.pkg, pos, sig.type_params, targs, xlist)
        tps = sig.type_params
        self.later(lambda: self.verify_type_args(tps, targs, xlist, ""))
        return inst

    def func_inst(self, target, pos, x: Operand, ix, infer: bool, as_argument: bool = False) -> None:
        """Instantiate generic function x, explicitly (f[T]) and/or from an
        assignment target (reverse inference)."""
        xlist = []
        targs: list = []
        inst_pos = ix.lbrack if ix is not None else pos
        # (a generic function argument was version-checked by arguments())
        version_err = as_argument or not self.verify_versionf(inst_pos, (1, 18), "function instantiation")
        if ix is not None:
            xlist = [ix.index] if type(ix) is ast.IndexExpr else list(ix.indices)
            targs = self.type_list(xlist)
            if targs is None:
                x.mode = INVALID_MODE
                return
        sig = x.type
        got, want = len(targs), len(sig.type_params)
        if got > want:
            self.errorf(xlist[want], "got %d type arguments but want %d", got, want)
            x.mode = INVALID_MODE
            return
        if got < want:
            if not infer:
                return
            args = []
            params = T.EMPTY_TUPLE
            reverse = False
            if target is not None:
                if not version_err and not self.allow_version(inst_pos, (1, 21)):
                    what = "partially" if ix is not None else "implicitly"
                    self.version_errorf(inst_pos, (1, 21), f"{what} instantiated function in assignment")
                gsig = T.Signature(sig.params, sig.results, sig.variadic)
                params = T.Tuple([O.Var(x.pos(), self.pkg, "", gsig)])
                desc = ast.Ident(x.pos(), target.desc)
                args = [Operand(VALUE, desc, target.sig)]
                reverse = True
            inferred = self.infer(pos, sig.type_params, targs + [None] * (want - got), params, args, reverse)
            if inferred is None:
                x.mode = INVALID_MODE
                return
            targs = inferred
        expr = ix.x if ix is not None else x.expr
        x.type = self.instantiate_signature(x.pos(), expr, sig, targs, xlist or [expr])
        x.mode = VALUE

    # ---------------------------------------------------------------- selectors

    def selector(self, x: Operand, e: ast.SelectorExpr, def_named, want_type: bool) -> None:
        sel = e.sel.name
        if type(e.x) is ast.Ident:
            ident = e.x
            _, obj = self.env.scope.lookup_parent(ident.name)
            if type(obj) is O.PkgName:
                self.record_use(ident, obj)
                obj.used = True
                pkg = obj.imported
                exp = pkg.scope.lookup(sel)
                if exp is None:
                    if not pkg.fake:
                        # go1.24: a better message when the name matches one ignoring case
                        alts = sorted(n for n in pkg.scope.elems if n[:1].isupper() and n.lower() == sel.lower())
                        if alts:
                            self.errorf(e.sel, "undefined: %s (but have %s)", e, alts[0])
                        else:
                            self.errorf(e.sel, "undefined: %s", e)
                    x.mode = INVALID_MODE
                    x.expr = e
                    return
                if not exp.exported():
                    self.errorf(e.sel, "name %s not exported by package %s", sel, pkg.name)
                self.record_use(e.sel, exp)
                te = type(exp)
                if te is O.Const:
                    x.mode = CONSTANT
                    x.type = exp.type
                    x.val = exp.val
                elif te is O.TypeName:
                    x.mode = TYPEXPR
                    x.type = exp.type
                elif te is O.Var:
                    x.mode = VARIABLE
                    x.type = exp.type
                elif te is O.Func:
                    x.mode = VALUE
                    x.type = exp.type
                elif te is O.Builtin:
                    x.mode = BUILTIN
                    x.type = exp.type
                    x.id = exp.id
                x.expr = e
                return
        self.expr_or_type(x, e.x, False)
        if x.mode == TYPEXPR:
            if def_named is not None and def_named is x.type:
                self.cycle_error([def_named.obj])
                x.mode = INVALID_MODE
                x.expr = e
                return
        elif x.mode == BUILTIN:
            self.errorf(e.sel, "invalid use of %s in selector expression", x)
            x.mode = INVALID_MODE
            x.expr = e
            return
        elif x.mode == INVALID_MODE:
            x.expr = e
            return
        if want_type:
            self.errorf(e.sel, "%s is not a type", e)
            x.mode = INVALID_MODE
            x.expr = e
            return
        obj, index, indirect = lookup_field_or_method(x.type, x.mode == VARIABLE, self.pkg, sel)
        if obj is None:
            if not is_valid(x.type.underlying()):
                x.mode = INVALID_MODE
                x.expr = e
                return
            if index is not None:
                self.errorf(e.sel, "ambiguous selector %s.%s", x.expr, sel)
            elif indirect:
                if x.mode == TYPEXPR:
                    self.errorf(e.sel, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)", x.type,
                                sel, x.type, sel)
                else:
                    self.errorf(e.sel, "cannot call pointer method %s on %s", sel, x.type)
            else:
                xu = x.type.underlying()
                if type(xu) is T.Pointer and type(xu.elem.underlying()) is T.Interface:
                    if type(T.unalias(xu.elem)) is T.TypeParam:
                        why = self.sprintf("type %s is pointer to type parameter, not type parameter", x.type)
                    else:
                        why = self.sprintf("type %s is pointer to interface, not interface", x.type)
                else:
                    alt, _, _ = lookup_field_or_method(x.type, x.mode == VARIABLE, self.pkg, sel, True)
                    why = self.lookup_error(x.type, sel, alt, False)
                self.errorf(e.sel, "%s.%s undefined (%s)", x.expr, sel, why)
            x.mode = INVALID_MODE
            x.expr = e
            return
        if type(obj) is O.Func and obj.type is None:
            self.obj_decl(obj, None)
        if x.mode == TYPEXPR:
            if type(obj) is not O.Func:
                self.errorf(e.x, "operand for field selector %s must be value of type %s", sel, x.type)
                x.mode = INVALID_MODE
                x.expr = e
                return
            self.record_selection(e, METHOD_EXPR, x.type, obj, index, indirect)
            sig = obj.type
            if type(sig) is not T.Signature or sig.recv is None:
                self.error(e, "illegal cycle in method declaration")
                x.mode = INVALID_MODE
                x.expr = e
                return
            params = list(sig.params.vars)
            name = ""
            if params and params[0].name:
                name = sig.recv.name or "_"
            params.insert(0, O.new_param(sig.recv.pos, sig.recv.pkg, name, x.type))
            x.mode = VALUE
            x.type = T.Signature(T.Tuple(params), sig.results, sig.variadic, None, sig.type_params)
            self.add_decl_dep(obj)
        else:
            if type(obj) is O.Var:
                self.record_selection(e, FIELD_VAL, x.type, obj, index, indirect)
                x.mode = VARIABLE if (x.mode == VARIABLE or indirect) else VALUE
                x.type = obj.type
            else:
                self.record_selection(e, METHOD_VAL, x.type, obj, index, indirect)
                x.mode = VALUE
                sig = obj.type
                x.type = T.Signature(sig.params, sig.results, sig.variadic, None, sig.type_params)
                self.add_decl_dep(obj)
        x.expr = e


_STATEMENT_BUILTINS = {O.CLEAR, O.CLOSE, O.COPY, O.DELETE, O.PANIC, O.PRINT, O.PRINTLN, O.RECOVER, O.ASSERT,
                       O.TRACE}
