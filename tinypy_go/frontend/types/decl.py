"""Declarations: package-level objects, local declarations, functions."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import CONSTANT, INVALID_MODE
from tinypy_go.frontend.types.objects import BLACK, GREY, WHITE
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import is_const_type, is_valid
from tinypy_go.frontend.types.scope import Scope


class DeclMixin:
    # ---------------------------------------------------------------- package level

    def package_objects(self) -> None:
        objs = sorted(self.obj_map, key=lambda o: o.order)
        types = [o for o in objs if isinstance(o, O.TypeName)]
        # non-alias types first, then aliases, then everything else
        for o in types:
            if not self.obj_map[o].tdecl.assign:
                self.obj_decl(o, None)
        for o in types:
            if self.obj_map[o].tdecl.assign:
                self.obj_decl(o, None)
        # method signatures next, so that interface checks in initializers see them
        for o in objs:
            if isinstance(o, O.Func) and self.obj_map[o].fdecl.recv is not None:
                self.obj_decl(o, None)
        for o in objs:
            if not isinstance(o, O.TypeName):
                self.obj_decl(o, None)
        self.method_decls = []

    def obj_decl(self, obj: O.Object, def_named) -> None:
        if obj.color == WHITE and obj.type is not None:
            obj.color = BLACK
            return
        if obj.color == GREY:
            to = type(obj)
            if to is O.Const or to is O.Var:
                if not self.valid_cycle(obj) or obj.type is None:
                    obj.type = T.INVALID_TYPE
            elif to is O.TypeName:
                if not self.valid_cycle(obj):
                    obj.type = T.INVALID_TYPE
            elif to is O.Func:
                self.valid_cycle(obj)
            return
        if obj.color == BLACK:
            return
        d = self.obj_map.get(obj)
        if d is None:
            return
        obj.color = GREY
        self.obj_path.append(obj)
        self.cur_pos = obj.pos
        saved_env = self.env
        saved_iota, saved_errpos = self.iota, self.errpos
        env = type(self.env)()
        env.decl = d
        env.scope = d.file
        self.env = env
        self.iota = None
        self.errpos = None
        try:
            to = type(obj)
            if to is O.Const:
                self.const_decl(obj, d.vtyp, d.init, d.inherited)
            elif to is O.Var:
                self.var_decl(obj, d.lhs, d.vtyp, d.init)
            elif to is O.TypeName:
                self.type_decl(obj, d.tdecl, def_named)
                if not d.tdecl.assign:
                    self.collect_methods(obj)
            elif to is O.Func:
                self.func_decl(obj, d)
        finally:
            self.env = saved_env
            self.iota, self.errpos = saved_iota, saved_errpos
            self.obj_path.pop()
            obj.color = BLACK

    def valid_cycle(self, obj: O.Object) -> bool:
        try:
            start = self.obj_path.index(obj)
        except ValueError:
            return True
        cycle = self.obj_path[start:]
        nval = ndef = 0
        for o in cycle:
            to = type(o)
            if to is O.Const or to is O.Var:
                nval += 1
            elif to is O.TypeName:
                if not (self.obj_map.get(o) and self.obj_map[o].tdecl.assign):
                    ndef += 1
            elif to is O.Func:
                pass
        if nval == len(cycle):
            return True
        if nval == 0 and ndef > 0:
            return True
        self.cycle_error(cycle)
        return False

    def cycle_error(self, cycle: list[O.Object]) -> None:
        # report at the object appearing first in the source
        i = min(range(len(cycle)), key=lambda k: cycle[k].pos)
        obj = cycle[i]
        tname = isinstance(obj, O.TypeName)
        if len(cycle) == 1:
            if tname:
                self.errorf(obj.pos, "invalid recursive type: %s refers to itself", obj.name)
            else:
                self.errorf(obj.pos, "invalid cycle in declaration: %s refers to itself", obj.name)
            return
        if tname:
            self.errorf(obj.pos, "invalid recursive type %s", obj.name)
        else:
            self.errorf(obj.pos, "invalid cycle in declaration of %s", obj.name)
        for k in range(len(cycle)):
            o = cycle[(i + k) % len(cycle)]
            self.error(o.pos, f"\t{o.name} refers to")
        self.error(obj.pos, f"\t{obj.name}")

    # ---------------------------------------------------------------- consts and vars

    def const_decl(self, obj: O.Const, typ: ast.Expr | None, init: ast.Expr | None, inherited: bool) -> None:
        obj.color = GREY if obj.color == WHITE else obj.color
        self.iota = obj.val
        obj.val = None
        if typ is not None:
            t = self.typ(typ)
            if not is_const_type(t):
                if is_valid(T.unalias(t).underlying()):
                    self.errorf(typ, "invalid constant type %s", t)
                obj.type = T.INVALID_TYPE
                self.iota = None
                return
            obj.type = t
        x = Operand()
        if init is not None:
            if inherited:
                self.errpos = obj.pos
            self.expr(None, x, init)
        self.init_const(obj, x)
        self.iota = None
        self.errpos = None

    def init_const(self, lhs: O.Const, x: Operand) -> None:
        if x.mode == INVALID_MODE or not is_valid(x.type) or not is_valid(lhs.type if lhs.type else T.TYP[1]):
            if lhs.type is None:
                lhs.type = T.INVALID_TYPE
            return
        if x.mode != CONSTANT:
            self.errorf(x, "%s is not constant", x)
            if lhs.type is None:
                lhs.type = T.INVALID_TYPE
            return
        if lhs.type is None:
            lhs.type = x.type
        self.assignment(x, lhs.type, "constant declaration")
        if x.mode == INVALID_MODE:
            return
        lhs.val = x.val

    def var_decl(self, obj: O.Var, lhs: list[O.Var] | None, typ: ast.Expr | None, init: ast.Expr | None) -> None:
        if typ is not None:
            obj.type = self.var_type(typ)
            if lhs:
                for v in lhs:
                    v.type = obj.type
        if init is None:
            if typ is None:
                obj.type = T.INVALID_TYPE
            return
        if not lhs or len(lhs) == 1:
            x = Operand()
            from tinypy_go.frontend.types.expr import new_target

            self.expr(new_target(obj.type, obj.name), x, init)
            self.init_var(obj, x, "variable declaration")
            return
        # several variables initialized by one multi-valued expression
        if typ is not None:
            for v in lhs:
                v.type = obj.type
        self.init_vars(lhs, [init], None)

    # ---------------------------------------------------------------- types

    def type_decl(self, obj: O.TypeName, tdecl: ast.TypeSpec, def_named) -> None:
        tparam0 = tdecl.type_params.list[0] if tdecl.type_params is not None and tdecl.type_params.list else None
        if tdecl.assign:
            # report the highest version requirement first (go/types typeDecl)
            version_err = False
            if tparam0 is not None and not self.verify_versionf(tparam0, (1, 23), "generic type alias"):
                version_err = True
            if not version_err and not self.verify_versionf(tdecl.assign, (1, 9), "type alias"):
                version_err = True
            if tparam0 is not None:
                self.generic_alias_decl(obj, tdecl)
                return
            obj.type = T.INVALID_TYPE
            rhs = self.defined_type(tdecl.type, None)
            obj.type = rhs
            return
        if tparam0 is not None:
            self.verify_versionf(tparam0, (1, 18), "type parameter")
        named = T.Named(obj)
        obj.type = named

        def valid():  # registered first, as go/types does: it runs before the checks of the types in the RHS
            if named._underlying is None:
                self.later(valid)  # the RHS depends on a generic type still being declared
            else:
                self.valid_type(named)

        self.later(valid)
        if tdecl.type_params is not None and tdecl.type_params.list:
            scope = Scope(self.env.scope, tdecl.pos, 0, "type " + obj.name)
            self.record_scope(tdecl, scope)
            saved = self.env
            self.env = saved.copy()
            self.env.scope = scope
            try:
                named.type_params = self.collect_type_params(
                    tdecl.type_params, lambda tps: setattr(named, "type_params", tps))
                rhs = self.defined_type(tdecl.type, named)
            finally:
                self.env = saved
        else:
            rhs = self.defined_type(tdecl.type, named)
        if type(T.unalias(rhs)) is T.TypeParam:
            self.error(tdecl.type, "cannot use a type parameter as RHS in type declaration")
            named._underlying = T.INVALID_TYPE
            return
        named.rhs = rhs
        u = self.resolve_underlying(named, rhs)
        if u is None:
            # depends on a generic type still being declared: finish later
            def finish():
                named._underlying = self.resolve_underlying(named, rhs) or T.INVALID_TYPE

            self.later(finish)
        else:
            named._underlying = u
        if self.go_version is not None and self.is_imported_constraint(rhs):
            self.later(lambda: self.verify_versionf(tdecl.type, (1, 18), "using type constraint %s", rhs))

    def generic_alias_decl(self, obj: O.TypeName, tdecl: ast.TypeSpec) -> None:
        """``type A[P any] = RHS`` (go1.24): a materialized Alias with type
        parameters; its instances are the substituted RHS (aliases are
        transparent in this checker)."""
        alias = T.Alias(None, None)
        alias.obj = obj
        obj.type = alias  # rhs None: unalias gives invalid while the RHS is checked (cycles)
        scope = Scope(self.env.scope, tdecl.pos, 0, "type " + obj.name)
        self.record_scope(tdecl, scope)
        saved = self.env
        self.env = saved.copy()
        self.env.scope = scope
        try:
            alias.type_params = self.collect_type_params(
                tdecl.type_params, lambda tps: setattr(alias, "type_params", tps))
            rhs = self.defined_type(tdecl.type, None)
        finally:
            self.env = saved
        if type(rhs) is T.TypeParam and rhs in alias.type_params:
            # spec: the given type cannot be a type parameter declared in the same declaration
            self.error(tdecl.type, "cannot use type parameter declared in alias declaration as RHS")
            rhs = T.INVALID_TYPE
        alias.rhs = rhs

    def resolve_underlying(self, named: T.Named, rhs: T.Type) -> T.Type:
        """Follow chains of defined types to a type literal."""
        seen = [named]
        u = T.unalias(rhs)
        while type(u) is T.Named:
            if u in seen:
                # type A B; type B A: report once, at the first in source
                cyc = seen[seen.index(u):]
                self.cycle_error([t.obj for t in cyc])
                for t in seen:
                    t._underlying = T.INVALID_TYPE
                self.invalid_named.update(cyc)
                return T.INVALID_TYPE
            seen.append(u)
            nu = u._underlying
            if nu is None:
                if u._resolver is not None:
                    if u.orig._underlying is None:
                        return None
                    return u.underlying()
                return T.INVALID_TYPE
            u = T.unalias(nu)
        return u

    def valid_type(self, named: T.Named) -> None:
        """Report types that contain themselves (struct/array/embedding cycles)."""
        path: list[T.Named] = []
        bad = self.invalid_named
        seen_inst: set[int] = set()

        def visit(t: T.Type) -> bool:
            t = T.unalias(t)
            tt = type(t)
            if tt is T.Named:
                inst = None
                if t.orig is not t:
                    if t.orig in path:
                        inst = t
                        t = t.orig
                    elif t.orig.obj is not None and t.orig.obj.pkg is self.pkg and t.orig._underlying is not None:
                        if id(t) in seen_inst:
                            return True
                        seen_inst.add(id(t))
                        return visit(t.underlying())
                    else:
                        return True
                if t in bad:
                    return False
                if t in path:
                    cyc = path[path.index(t):]
                    first = min(cyc, key=lambda n: n.obj.pos)
                    i = cyc.index(first)
                    cyc = cyc[i:] + cyc[:i]
                    objs = [n.obj for n in cyc]
                    if len(objs) == 1 and inst is not None:
                        # a generic type instantiated within itself: reported at the instance
                        at = next((i.pos for i, v in self.info.instances.items() if v.type is inst), objs[0].pos)
                        self.errorf(at, "invalid recursive type: %s refers to itself", objs[0].name)
                    elif len(objs) == 1:
                        self.errorf(objs[0].pos, "invalid recursive type: %s refers to itself", objs[0].name)
                    else:
                        self.errorf(objs[0].pos, "invalid recursive type %s", objs[0].name)
                        for o in objs:
                            self.error(o.pos, f"\t{o.name} refers to")
                        self.error(objs[0].pos, f"\t{objs[0].name}")
                    for n in cyc:
                        bad.add(n)
                        n._underlying = T.INVALID_TYPE
                    return False
                if t.obj is None or t.obj.pkg is not self.pkg:
                    return True
                path.append(t)
                rhs = getattr(t, "rhs", None) or t._underlying
                ok = visit(rhs) if rhs is not None else True
                path.pop()
                return ok
            if tt is T.Array:
                return visit(t.elem)
            if tt is T.Struct:
                return all(visit(f.type) for f in t.fields)
            if tt is T.Interface:
                return all(visit(e) for e in t.embeddeds)
            if tt is T.Union:
                return all(visit(x.type) for x in t.terms)
            return True

        visit(named)

    def collect_methods(self, obj: O.TypeName) -> None:
        methods = self._methods_by_base.get(obj)
        if not methods:
            return
        del self._methods_by_base[obj]
        named = obj.type
        if type(named) is not T.Named:
            return
        seen: dict[str, O.Func] = {m.name: m for m in named.methods}
        u = named._underlying
        fields = {}
        if type(u) is T.Struct:
            fields = {f.name: f for f in u.fields}
        for m in methods:
            if m.name != "_":
                alt = seen.get(m.name)
                if alt is not None:
                    if alt.pos:
                        self.errorf(m.pos, "method %s.%s already declared at %s", obj.name, m.name,
                                    str(self.fset.position(alt.pos)))
                    else:
                        self.errorf(m.pos, "method %s.%s already declared", obj.name, m.name)
                    continue
                seen[m.name] = m
                if m.name in fields:
                    self.later(lambda m=m: self.errorf(m.pos, "field and method with the same name %s", m.name))
            named.add_method(m)

    # ---------------------------------------------------------------- functions

    def func_decl(self, obj: O.Func, d) -> None:
        fdecl: ast.FuncDecl = d.fdecl
        obj.type = T.Signature()  # guard against cycles through the receiver
        sig = self.func_type(fdecl.recv, fdecl.type, obj)
        obj.type = sig
        for dr in fdecl.directives:
            if dr.name == "go:wasmimport":
                obj.wasmimport = dr.args.split()
        if fdecl.body is None:
            if sig.type_params:
                self.soft_errorf(fdecl.name, "generic function is missing function body")
            return
        env = self.env

        def body():
            self.func_body(d, obj.name, sig, fdecl.body, env.iota)

        self.later(body)

    def func_body(self, decl, name: str, sig: T.Signature, body: ast.BlockStmt, iota) -> None:
        saved_env, saved_iota = self.env, self.iota
        env = type(self.env)()
        env.decl = decl
        env.scope = sig.scope
        env.sig = sig
        env.iota = iota
        self.env = env
        self.iota = iota
        try:
            self.stmt_list(0, body.list)
            if env.has_label:
                self.labels(body)
            if len(sig.results.vars) and not self.is_terminating(body, ""):
                self.error(body.rbrace or body.pos, "missing return")
            self.usage(sig.scope)
        finally:
            self.env, self.iota = saved_env, saved_iota

    def usage(self, scope: Scope) -> None:
        unused = []
        self._collect_unused(scope, unused)
        unused.sort(key=lambda v: v.pos)
        for v in unused:
            self.soft_errorf(v.pos, "declared and not used: %s", v.name)

    def _collect_unused(self, scope: Scope, out: list) -> None:
        for v in scope.elems.values():
            if type(v) is O.Var and not v.used and v.name != "_" and not v.is_param:
                out.append(v)
        for c in scope.children:
            if not c.is_func:
                self._collect_unused(c, out)

    # ---------------------------------------------------------------- local declarations

    def decl_stmt(self, d: ast.GenDecl) -> None:
        pkg = self.pkg
        if d.tok == "const":
            last = None
            for iota, s in enumerate(d.specs):
                if s.type is not None or s.values:
                    last = s
                lhs = []
                for i, name in enumerate(s.names):
                    obj = O.Const(name.pos, pkg, name.name, None, iota)
                    lhs.append(obj)
                    init = None
                    if last is not None and i < len(last.values):
                        init = last.values[i]
                    self.const_decl(obj, last.type if last else None, init, last is not s)
                self.arity_match(s, last if last is not s else None)
                scope_pos = s.pos
                for i, name in enumerate(s.names):
                    self.declare(self.env.scope, name, lhs[i], scope_pos)
        elif d.tok == "var":
            for s in d.specs:
                lhs0 = [O.Var(n.pos, pkg, n.name, None) for n in s.names]
                if len(s.values) == 1 and len(s.names) > 1:
                    self.var_decl(lhs0[0], lhs0, s.type, s.values[0])
                elif not s.values:
                    if s.type is not None:
                        t = self.var_type(s.type)
                        for v in lhs0:
                            v.type = t
                    else:
                        for v in lhs0:
                            v.type = T.INVALID_TYPE
                elif len(s.values) == len(s.names):
                    for i, v in enumerate(lhs0):
                        self.var_decl(v, None, s.type, s.values[i])
                else:
                    if s.type is not None:
                        t = self.var_type(s.type)
                        for v in lhs0:
                            v.type = t
                    self.init_vars(lhs0, s.values, None)
                self.arity_match(s, None)
                for i, name in enumerate(s.names):
                    self.declare(self.env.scope, name, lhs0[i], s.pos)
        elif d.tok == "type":
            for s in d.specs:
                obj = O.TypeName(s.name.pos, pkg, s.name.name, None)
                self.declare(self.env.scope, s.name, obj, s.name.pos)
                obj.color = GREY
                self.obj_path.append(obj)
                try:
                    self.type_decl(obj, s, None)
                finally:
                    self.obj_path.pop()
                    obj.color = BLACK
        elif d.tok == "import":
            self.error(d, "imports must appear before other declarations")
