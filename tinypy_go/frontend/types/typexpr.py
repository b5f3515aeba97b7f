"""Type expressions, identifiers, signatures, structs and interfaces."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import BUILTIN, CONSTANT, INVALID_MODE, NOVALUE, TYPEXPR, VALUE, VARIABLE
from tinypy_go.frontend.types.errors import INVALID_OP
from tinypy_go.frontend.types.operand import Operand
from tinypy_go.frontend.types.predicates import comparable_type, is_integer, is_untyped, is_valid
from tinypy_go.frontend.types.scope import Scope
from tinypy_go.frontend.types.universe import IOTA, UNIVERSE


class TypexprMixin:
    # ---------------------------------------------------------------- identifiers

    def lookup(self, name: str) -> O.Object | None:
        return self.env.scope.lookup_parent(name)[1]

    def ident(self, x: Operand, e: ast.Ident, def_named, want_type: bool) -> None:
        x.mode = INVALID_MODE
        x.expr = e
        x.type = T.INVALID_TYPE
        scope, obj = self.env.scope.lookup_parent(e.name)
        if obj is None and e.name == "_":
            # generics fix: a blank receiver type parameter, func (h *Heap[_]) Len(), is not declared
            # but still stands for the base type's parameter in the receiver type
            obj = getattr(self, "blank_recv_tparams", {}).get(e)
        if obj is None:
            if e.name == "_":
                self.error(e, "cannot use _ as value or type")
            else:
                self.errorf(e, "undefined: %s", e.name)
            return
        if (e.name == "comparable" or e.name == "any") and obj.parent is UNIVERSE and \
                not self.verify_versionf(e, (1, 18), "predeclared %s", e.name):
            return  # avoid follow-on errors
        self.info.uses[e] = obj
        typ = obj.type
        to = type(obj)
        if typ is None or (want_type and to is O.TypeName and obj.color != O.BLACK):
            self.obj_decl(obj, def_named)
            typ = obj.type
        if scope is not None and self.dot_import_map:
            pn = self.dot_import_map.get((id(scope), obj.name))
            if pn is not None:
                pn.used = True
        if to is O.Var:
            if obj.pkg is self.pkg:
                obj.used = True
            self.add_decl_dep(obj)
            if not is_valid(typ):
                return
            x.mode = VARIABLE
        elif to is O.Const:
            self.add_decl_dep(obj)
            if not is_valid(typ):
                return
            if obj is IOTA:
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return
                x.val = self.iota
            else:
                x.val = obj.val
            if x.val is None and obj.val is None and obj is not IOTA:
                x.val = None
            x.mode = CONSTANT
        elif to is O.TypeName:
            x.mode = TYPEXPR
        elif to is O.Func:
            self.add_decl_dep(obj)
            x.mode = VALUE
        elif to is O.Builtin:
            x.id = obj.id
            x.mode = BUILTIN
        elif to is O.Nil:
            x.mode = VALUE
        elif to is O.PkgName:
            self.errorf(e, "use of package %s not in selector", obj.name)
            return
        x.type = typ

    def add_decl_dep(self, obj: O.Object) -> None:
        d = self.env.decl
        if d is None:
            return
        if obj in self.obj_map:
            d.deps[obj] = None

    # ---------------------------------------------------------------- types

    def typ(self, e: ast.Expr) -> T.Type:
        return self.defined_type(e, None)

    def var_type(self, e: ast.Expr) -> T.Type:
        t = self.defined_type(e, None)
        self.valid_var_type(e, t)
        return t

    def valid_var_type(self, e: ast.Expr, t: T.Type) -> None:
        if type(T.unalias(t)) is T.TypeParam:
            return

        def check_later():
            if T.unalias(t) in self.invalid_named:
                return
            u = t.underlying()
            if type(u) is T.Interface:
                ts = u.type_set()
                if ts.comparable or (ts.terms is not None):
                    if ts.comparable and ts.terms is None:
                        self.soft_errorf(e, "cannot use type %s outside a type constraint: interface is (or embeds) "
                                            "comparable", t)
                    else:
                        self.soft_errorf(e, "cannot use type %s outside a type constraint: interface contains "
                                            "type constraints", t)

        self.later(check_later)

    def defined_type(self, e: ast.Expr, def_named) -> T.Type:
        t = self.typ_internal(e, def_named)
        self.record_type_and_value(e, TYPEXPR, t, None)
        return t

    def generic_type(self, e: ast.Expr, cause: list | None = None):
        """The generic type denoted by e (for instantiation), or invalid; if
        it is a type but not generic, the reason goes into cause."""
        x = Operand()
        if type(e) is ast.Ident:
            self.ident(x, e, None, True)
        elif type(e) is ast.SelectorExpr:
            self.selector(x, e, None, True)
        elif type(e) is ast.ParenExpr:
            return self.generic_type(e.x, cause)
        else:
            t = self.typ_internal(e, None)
            if cause is not None and is_valid(t):
                cause.append(self.sprintf("%s is not a generic type", t))
            return T.INVALID_TYPE
        if x.mode == INVALID_MODE:
            return T.INVALID_TYPE
        if x.mode != TYPEXPR:
            self.errorf(x, "%s is not a type", x)
            return T.INVALID_TYPE
        t = x.type
        self.record_type_and_value(e, TYPEXPR, t, None)
        tu = t if type(t) is T.Alias and t.type_params else T.unalias(t)
        if not (type(tu) in (T.Named, T.Alias) and tu.type_params and not tu.type_args) and is_valid(t):
            if cause is not None:
                cause.append(self.sprintf("%s is not a generic type", t))
            return T.INVALID_TYPE
        return t

    def typ_internal(self, e0: ast.Expr, def_named) -> T.Type:
        e = e0
        te = type(e)
        if te is ast.Ident or te is ast.SelectorExpr:
            x = Operand()
            if te is ast.Ident:
                self.ident(x, e, def_named, True)
            else:
                self.selector(x, e, def_named, True)
            if x.mode == TYPEXPR:
                t = x.type
                tu = t if type(t) is T.Alias and t.type_params and not t.type_args else T.unalias(t)
                if type(tu) in (T.Named, T.Alias) and tu.type_params and not tu.type_args:
                    self.errorf(e, "cannot use generic type %s without instantiation", t)
                    return T.INVALID_TYPE
                return t
            if x.mode == INVALID_MODE:
                return T.INVALID_TYPE
            if x.mode == NOVALUE:
                self.errorf(x, "%s used as type", x)
            else:
                self.errorf(x, "%s is not a type", x)
            return T.INVALID_TYPE
        if te is ast.IndexExpr or te is ast.IndexListExpr:
            self.verify_versionf(e.lbrack, (1, 18), "type instantiation")
            return self.instantiated_type(e, def_named)
        if te is ast.BadExpr:
            return T.INVALID_TYPE
        if te is ast.ParenExpr:
            return self.defined_type(e.x, def_named)
        if te is ast.ArrayType:
            if e.len is None:
                return T.Slice(self.var_type(e.elt))
            if type(e.len) is ast.Ellipsis:
                self.error(e.len, "invalid use of [...] array (outside a composite literal)")
                self.var_type(e.elt)
                return T.INVALID_TYPE
            n = self.array_length(e.len)
            return T.Array(self.var_type(e.elt), n)
        if te is ast.Ellipsis:
            self.error(e, "invalid use of ...")
            return T.INVALID_TYPE
        if te is ast.StructType:
            return self.struct_type(e)
        if te is ast.StarExpr:
            p = T.Pointer(None)
            p.elem = self.var_type(e.x)
            return p
        if te is ast.FuncType:
            saved = self.env
            self.env = saved.copy()
            try:
                return self.func_type(None, e, None)
            finally:
                self.env = saved
        if te is ast.InterfaceType:
            return self.interface_type(e, def_named)
        if te is ast.MapType:
            k = self.var_type(e.key)
            v = self.var_type(e.value)
            m = T.Map(k, v)

            def check_key():
                if type(T.unalias(k)) is T.TypeParam:
                    if not k.iface().type_set().is_comparable(None):
                        self.errorf(e.key, "invalid map key type %s (missing comparable constraint)", k)
                    return
                if is_valid(k) and not comparable_type(k, True, None):
                    why = ""
                    if type(k.underlying()) is T.Interface:
                        why = ""
                    self.errorf(e.key, "invalid map key type %s%s", k, why)

            self.later(check_key)
            return m
        if te is ast.ChanType:
            d = {ast.SEND | ast.RECV: T.SEND_RECV, ast.SEND: T.SEND_ONLY, ast.RECV: T.RECV_ONLY}.get(e.dir,
                                                                                                T.SEND_RECV)
            return T.Chan(d, self.var_type(e.value))
        if te is ast.BinaryExpr and e.op == "|" or te is ast.UnaryExpr and e.op == "~":
            self.errorf(e, "cannot use %s outside a type constraint", e)
            return T.INVALID_TYPE
        self.errorf(e0, "%s is not a type", e0)
        self.use(e0)
        return T.INVALID_TYPE

    def array_length(self, e: ast.Expr) -> int:
        if type(e) is ast.Ident:
            obj = self.lookup(e.name)
            if obj is None:
                self.errorf(e, "undefined array length %s or missing type constraint", e.name)
                return -1
            if type(obj) is not O.Const:
                self.errorf(e, "invalid array length %s", e.name)
                return -1
        x = Operand()
        self.expr(None, x, e)
        if x.mode != CONSTANT:
            if x.mode != INVALID_MODE:
                self.errorf(x, "array length %s must be constant", x)
            return -1
        if is_untyped(x.type) or is_integer(x.type):
            v = constant.to_int(x.val)
            if type(v) is int and 0 <= v < (1 << (self.sizes.word_size * 8 - 1)):
                return v
        if is_integer(x.type):
            self.errorf(x, "invalid array length %s", x)
        else:
            self.errorf(x, "array length %s must be integer", x)
        return -1

    def type_list(self, lst: list[ast.Expr]) -> list[T.Type] | None:
        res: list[T.Type] | None = []
        for e in lst:
            t = self.var_type(e)
            if not is_valid(t):
                res = None
            if res is not None:
                res.append(t)
        return res

    # ---------------------------------------------------------------- structs

    def struct_type(self, e: ast.StructType) -> T.Struct:
        fields: list[O.Var] = []
        tags: list[str] = []
        seen: dict[str, O.Var] = {}
        st = T.Struct(fields, tags)

        def add(ident: ast.Ident | None, pos: int, name: str, t: T.Type, embedded: bool, tag: str) -> None:
            if tag or tags:
                while len(tags) < len(fields):
                    tags.append("")
                tags.append(tag)
            fld = O.new_field(pos, self.pkg, name, t, embedded)
            if name != "_":
                alt = seen.get(name)
                if alt is not None:
                    self.errorf(pos, "%s redeclared", name)
                    self.error(alt.pos, f"\tother declaration of {name}")
                else:
                    seen[name] = fld
            if ident is not None:
                self.record_def(ident, fld)
            fields.append(fld)

        for f in e.fields.list:
            t = self.var_type(f.type)
            tag = ""
            if f.tag is not None:
                v = constant.make_from_literal("STRING", f.tag.value)
                if isinstance(v, str):
                    tag = v
                else:
                    self.errorf(f.tag, "incorrect tag syntax: %s", f.tag.value)
            if f.names:
                for n in f.names:
                    add(n, n.pos, n.name, t, False, tag)
            else:
                name_ident = _embedded_field_ident(f.type)
                if name_ident is None:
                    self.errorf(f.type, "embedded field type %s has no name", f.type)
                    continue
                add(name_ident, name_ident.pos, name_ident.name, t, True, tag)
                pos = f.type.pos

                def check_embedded(t=t, pos=pos):
                    et, is_ptr = _deref(t)
                    u = et.underlying()
                    if not is_valid(u):
                        return
                    if type(u) is T.Basic and u.kind == T.UNSAFE_POINTER:
                        self.error(pos, "embedded field type cannot be unsafe.Pointer")
                    elif type(u) is T.Pointer:
                        self.error(pos, "embedded field type cannot be a pointer")
                    elif type(T.unalias(et)) is T.TypeParam:
                        self.error(pos, "embedded field type cannot be a (pointer to a) type parameter")
                    elif is_ptr and type(u) is T.Interface:
                        self.error(pos, "embedded field type cannot be a pointer to an interface")

                self.later(check_embedded)
        if tags and len(tags) < len(fields):
            tags.extend([""] * (len(fields) - len(tags)))
        return st

    # ---------------------------------------------------------------- interfaces

    def interface_type(self, e: ast.InterfaceType, def_named) -> T.Interface:
        it = T.Interface()
        methods = it.methods
        for f in e.methods.list:
            if not f.names:
                t = self.parse_union(f.type) if _is_union_expr(f.type) else self.typ(f.type)
                it.embeddeds.append(t)
                it.embed_pos.append(f.type.pos)
                continue
            name = f.names[0]
            if name.name == "_":
                self.error(name, "methods must have a unique non-blank name")
                continue
            ft = f.type
            if type(ft) is not ast.FuncType:
                self.errorf(ft, "%s is not a method signature", ft)
                continue
            saved = self.env
            self.env = saved.copy()
            try:
                sig = self.func_type(None, ft, None)
            finally:
                self.env = saved
            # (type parameters of a method: the parser reported "interface method must have no
            # type parameters", as go/parser does; go/types never sees them)
            m = O.Func(name.pos, self.pkg, name.name, sig)
            recv_t = def_named if def_named is not None else it
            sig.recv = O.Var(name.pos, self.pkg, "", recv_t)
            self.record_def(name, m)
            dup = next((o for o in methods if o.name == m.name), None)
            if dup is not None:
                self.errorf(name, "duplicate method %s", m.name)
                self.error(dup.pos, f"\tother declaration of method {m.name}")
                continue
            methods.append(m)
        it.complete = True

        def check_embedded():
            for i, em in enumerate(it.embeddeds):
                if type(em) is T.Union:
                    continue
                u = em.underlying()
                if is_valid(u) and type(u) is not T.Interface and type(T.unalias(em)) is not T.TypeParam:
                    pass
                if type(T.unalias(em)) is T.TypeParam:
                    self.error(it.embed_pos[i], "term cannot be a type parameter")
            seen: dict[str, tuple[O.Func, int]] = {m.name: (m, m.pos) for m in it.methods}
            from tinypy_go.frontend.types.predicates import identical

            for i, em in enumerate(it.embeddeds):
                u = em.underlying()
                pos = it.embed_pos[i] if i < len(it.embed_pos) else 0
                if type(em) is T.Union:
                    if self.verify_versionf(pos, (1, 18), "embedding interface element %s", em) and \
                            len(em.terms) <= 100:
                        from tinypy_go.frontend.types.typeset import union_terms

                        terms = union_terms(em)
                        if terms is not None and len(terms) > 100:
                            self.errorf(pos, "cannot handle more than %d union terms (implementation limitation)",
                                        100)
                    continue
                if type(u) is not T.Interface:
                    if is_valid(u):
                        self.verify_versionf(pos, (1, 18), "embedding non-interface type %s", em)
                    continue
                if self.is_imported_constraint(em) and \
                        not self.verify_versionf(pos, (1, 18), "embedding constraint interface %s", em):
                    continue
                for m in u.type_set().methods:
                    other = seen.get(m.name)
                    if other is None:
                        seen[m.name] = (m, pos)
                    elif not self.allow_version(pos, (1, 14)) or \
                            (other[0] is not m and not identical(m.type, other[0].type)):
                        self.errorf(pos, "duplicate method %s", m.name)
                        self.error(other[1], f"\tother declaration of method {m.name}")

        self.later(check_embedded)
        return it

    def parse_union(self, e: ast.Expr) -> T.Type:
        tlist: list[ast.Expr] = []
        blist: list[ast.Expr] = []
        _flatten_union(e, tlist, blist)
        terms: list[T.Term] = []
        too_many = False
        for i, x in enumerate(tlist):
            tilde = False
            tx = x
            if type(x) is ast.UnaryExpr and x.op == "~":
                tilde = True
                tx = x.x
            t = self.typ(tx)
            if type(T.unalias(t)) is T.TypeParam:
                if len(tlist) > 1 or tilde:
                    self.errorf(x, "type in term %s cannot be a type parameter", x)
                else:
                    self.error(x, "term cannot be a type parameter")
                t = T.INVALID_TYPE
            if len(terms) >= 100:
                if not too_many:
                    self.errorf(x, "cannot handle more than %d union terms (implementation limitation)", 100)
                    too_many = True
            else:
                terms.append(T.Term(tilde, t))
            if i > 0:
                self.record_type_and_value(blist[i - 1], TYPEXPR, T.Union(list(terms)), None)
        if len(terms) == 1 and not terms[0].tilde:
            return terms[0].type
        if too_many:
            return T.INVALID_TYPE

        def check_terms():
            for i, term in enumerate(terms):
                t = term.type
                if not is_valid(t):
                    continue
                u = t.underlying()
                if term.tilde:
                    if type(u) is T.Interface:
                        self.errorf(tlist[i], "invalid use of ~ (%s is an interface)", t)
                        continue
                    from tinypy_go.frontend.types.predicates import identical

                    if not identical(t, u):
                        self.errorf(tlist[i], "invalid use of ~ (underlying type of %s is %s)", t, u)
                        continue
                if type(u) is T.Interface:
                    ts = u.type_set()
                    from tinypy_go.frontend.types.universe import COMPARABLE_TYPE

                    if t is COMPARABLE_TYPE:
                        self.error(tlist[i], "cannot use comparable in union")
                    elif ts.methods:
                        self.errorf(tlist[i], "cannot use %s in union (%s contains methods)", t, t)
                    elif ts.comparable:
                        self.errorf(tlist[i], "cannot use %s in union (%s embeds comparable)", t, t)
                    continue
                for j in range(i):
                    o = terms[j]
                    if not is_valid(o.type) or type(o.type.underlying()) is T.Interface:
                        continue
                    from tinypy_go.frontend.types.predicates import identical

                    if (term.tilde or o.tilde) and identical(u, o.type.underlying()) or identical(t, o.type) \
                            and term.tilde == o.tilde:
                        self.soft_errorf(tlist[i], "overlapping terms %s and %s", T.Union([term]) if term.tilde
                                         else t, T.Union([o]) if o.tilde else o.type)
                        break

        self.later(check_terms)
        return T.Union(terms)

    # ---------------------------------------------------------------- signatures

    def func_type(self, recv_par: ast.FieldList | None, ftyp: ast.FuncType, fobj: O.Func | None) -> T.Signature:
        sig = T.Signature()
        scope = Scope(self.env.scope, ftyp.pos, 0, "function", is_func=True)
        sig.scope = scope
        self.record_scope(ftyp, scope)
        self.env.scope = scope
        recv_tparams: list[T.TypeParam] = []
        recv_field = None
        if recv_par is not None and recv_par.list:
            recv_field = recv_par.list[0]
            recv_tparams = self.collect_recv_type_params(recv_field.type)
        if ftyp.type_params is not None and ftyp.type_params.list:
            sig.type_params = self.collect_type_params(ftyp.type_params)
            # (on a method, the parser reported "method must have no type parameters")
        saved_pending = getattr(self, "_pending_params", None)
        self._pending_params = []
        recv_list = []
        if recv_par is not None:
            if recv_tparams and len(recv_par.list) == 1 and len(recv_field.names) <= 1:
                rx = recv_field.type
                while type(rx) in (ast.ParenExpr, ast.StarExpr):
                    rx = rx.x
                if type(rx) in (ast.IndexExpr, ast.IndexListExpr):
                    self.verify_versionf(rx.lbrack, (1, 18), "type instantiation")
                recv_list = [self.generic_recv(scope, recv_field, recv_tparams)]
            else:
                recv_list, _ = self.collect_params(scope, recv_par, False)
        params, variadic = self.collect_params(scope, ftyp.params, True)
        results, _ = self.collect_params(scope, ftyp.results, False)
        for name, par in self._pending_params:
            self.declare(scope, name, par, scope.pos)
        self._pending_params = saved_pending
        sig.params = T.Tuple(params) if params else T.EMPTY_TUPLE
        sig.results = T.Tuple(results) if results else T.EMPTY_TUPLE
        sig.variadic = variadic
        if recv_par is not None:
            sig.recv_type_params = recv_tparams
            if not recv_list:
                self.error(recv_par, "method has no receiver")
                recv = O.new_param(recv_par.pos, self.pkg, "", T.INVALID_TYPE)
            else:
                if len(recv_list) > 1:
                    self.error(recv_list[-1].pos, "method has multiple receivers")
                recv = recv_list[0]
            sig.recv = recv
            generic = bool(recv_tparams)
            self.later(lambda: self.validate_recv(recv, recv_field, generic))
        return sig

    def validate_recv(self, recv: O.Var, field, generic: bool = False) -> None:
        rtyp = recv.type
        if not is_valid(rtyp):
            return
        t, _ = _deref(rtyp)
        t = T.unalias(t)
        pos = _recv_base(field.type).pos if field is not None else recv.pos  # at rbase, as go/types does
        if type(t) is T.Named:
            if t.obj.pkg is not self.pkg:
                self.errorf(pos, "cannot define new methods on non-local type %s", rtyp)
                return
            if t.type_args and not generic:
                self.errorf(pos, "cannot define new methods on instantiated type %s", t)
                return
            u = t.underlying()
            cause = ""
            if type(u) is T.Basic and u.kind == T.UNSAFE_POINTER:
                cause = "unsafe.Pointer"
            elif type(u) is T.Pointer or type(u) is T.Interface:
                cause = "pointer or interface type"
            if cause:
                self.errorf(pos, "invalid receiver type %s (%s)", rtyp, cause)
            return
        if type(t) is T.Basic:
            self.errorf(pos, "cannot define new methods on non-local type %s", rtyp)
            return
        self.errorf(pos, "invalid receiver type %s", recv.type)

    def generic_recv(self, scope: Scope, f: ast.Field, tps: list[T.TypeParam]) -> O.Var:
        """Receiver of a method of a generic type: the base type instantiated
        with the receiver's own type parameters."""
        e = f.type
        ptr = False
        outer = []
        while type(e) in (ast.ParenExpr, ast.StarExpr):
            outer.append(e)
            if type(e) is ast.StarExpr:
                ptr = True
            e = e.x
        base = e.x
        t: T.Type = T.INVALID_TYPE
        cause: list[str] = []
        gt = self.generic_type(base, cause)
        if cause:
            self.error(base, cause[0])
        if type(gt) is T.Alias:
            if T.unalias(gt) is not T.INVALID_TYPE:
                self.errorf(base, "cannot define new methods on generic alias type %s", gt)
            gt = T.INVALID_TYPE  # the receiver stays invalid (go.dev/issue/70417)
        if is_valid(gt):
            orig = T.unalias(gt)
            if len(orig.type_params) == len(tps):
                from tinypy_go.frontend.types.instantiate import instantiate_named

                t = instantiate_named(orig, list(tps))
                self.record_instance(base, list(tps), t)
        self.record_type_and_value(e, TYPEXPR, t, None)
        for tp, a in zip(tps, [e.index] if type(e) is ast.IndexExpr else e.indices, strict=False):
            self.record_type_and_value(a, TYPEXPR, tp, None)
        if ptr and is_valid(t):
            t = T.Pointer(t)
        for o in reversed(outer):
            self.record_type_and_value(o, TYPEXPR, t, None)
        if f.names:
            name = f.names[0]
            par = O.new_param(name.pos, self.pkg, name.name, t)
            self._pending_params.append((name, par))
        else:
            par = O.new_param(f.type.pos, self.pkg, "", t)
            self.record_implicit(f, par)
        return par

    def collect_recv_type_params(self, rtyp: ast.Expr) -> list[T.TypeParam]:
        """For ``func (r *List[T]) m()``: declare T as type parameters
        corresponding to List's."""
        e = rtyp
        while type(e) in (ast.ParenExpr, ast.StarExpr):
            e = e.x
        if type(e) not in (ast.IndexExpr, ast.IndexListExpr):
            return []
        idx = [e.index] if type(e) is ast.IndexExpr else e.indices
        base = e.x
        tps: list[T.TypeParam] = []
        for a in idx:
            if type(a) is not ast.Ident:
                self.errorf(a, "receiver type parameter %s must be an identifier", a)
                name = "_"
                pos = a.pos
            else:
                name = a.name
                pos = a.pos
            tn = O.TypeName(pos, self.pkg, name, None)
            tp = T.TypeParam(tn, None)
            tp.index = len(tps)
            tps.append(tp)
            if type(a) is ast.Ident:
                self.declare(self.env.scope, a, tn, self.env.scope.pos)
                if a.name == "_":  # generics fix: see ident()
                    if not hasattr(self, "blank_recv_tparams"):
                        self.blank_recv_tparams = {}
                    self.blank_recv_tparams[a] = tn
        # bounds: those of the base type's parameters, substituted
        gt = None
        if type(base) is ast.Ident:
            obj = self.lookup(base.name)
            if type(obj) is O.TypeName:
                if obj.type is None:
                    self.obj_decl(obj, None)
                gt = obj.type
                if gt is not None and not (type(gt) is T.Alias and gt.type_params):
                    gt = T.unalias(gt)
        if type(gt) is T.Named and gt.type_params:
            if len(gt.type_params) != len(tps):
                self.errorf(base, "receiver declares %d type parameter%s, but "
                            "receiver base type declares %d", len(tps), "s" if len(tps) != 1 else "",
                            len(gt.type_params))
            from tinypy_go.frontend.types.subst import subst

            smap = dict(zip(gt.type_params, tps, strict=False))
            for i, tp in enumerate(tps):
                if i < len(gt.type_params):
                    tp.bound = subst(gt.type_params[i].bound, smap)
                    self.mono.record_canon(tp, gt.type_params[i])
                else:
                    tp.bound = T.EMPTY_INTERFACE
        else:
            for tp in tps:
                tp.bound = T.EMPTY_INTERFACE
        return tps

    def collect_type_params(self, fl: ast.FieldList, on_declared=None) -> list[T.TypeParam]:
        tps: list[T.TypeParam] = []
        for f in fl.list:
            for n in f.names:
                tn = O.TypeName(n.pos, self.pkg, n.name, None)
                tp = T.TypeParam(tn, None)
                tp.index = len(tps)
                tps.append(tp)
                self.declare(self.env.scope, n, tn, self.env.scope.pos)
        if on_declared is not None:
            on_declared(tps)  # a generic type is generic already while its constraints are checked
        saved_in = self.env.in_tparam_list
        self.env.in_tparam_list = True
        i = 0
        for f in fl.list:
            bound = self.bound(f.type)
            if type(T.unalias(bound)) is T.TypeParam:
                self.error(f.type, "cannot use a type parameter as constraint")
                bound = T.INVALID_TYPE
            for _ in f.names:
                tps[i].bound = bound
                i += 1
        self.env.in_tparam_list = saved_in
        return tps

    def bound(self, e: ast.Expr) -> T.Type:
        if _is_union_expr(e) or (type(e) is ast.UnaryExpr and e.op == "~"):
            u = self.parse_union(e)
            it = T.Interface(embeddeds=[u])
            it.implicit = True
            it.complete = True
            self.record_type_and_value(e, TYPEXPR, it, None)
            return it
        t = self.typ(e)
        if is_valid(t) and type(t.underlying()) is not T.Interface:
            it = T.Interface(embeddeds=[t])
            it.implicit = True
            it.complete = True
            return it
        return t

    def collect_params(self, scope: Scope, fl: ast.FieldList | None, variadic_ok: bool):
        if fl is None:
            return [], False
        params: list[O.Var] = []
        variadic = False
        named = anonymous = False
        n = len(fl.list)
        for i, f in enumerate(fl.list):
            ftype = f.type
            if type(ftype) is ast.Ellipsis:
                ftype = ftype.elt
                if variadic_ok and i == n - 1 and len(f.names) <= 1:
                    variadic = True
                else:
                    self.soft_errorf(f.type, "can only use ... with final parameter in list")
            t = self.var_type(ftype) if ftype is not None else T.INVALID_TYPE
            if type(f.type) is ast.Ellipsis:
                t = T.Slice(t)
                self.record_type_and_value(f.type, TYPEXPR, t, None)
            if f.names:
                for name in f.names:
                    if not name.name:
                        self.error(name, "anonymous parameter")
                    par = O.new_param(name.pos, self.pkg, name.name, t)
                    # declared after the whole signature: parameter names are not in scope in parameter types
                    self._pending_params.append((name, par))
                    params.append(par)
                named = True
            else:
                par = O.new_param(ftype.pos if ftype is not None else f.pos, self.pkg, "", t)
                self.record_implicit(f, par)
                params.append(par)
                anonymous = True
        if named and anonymous:
            self.error(fl, "list contains both named and anonymous parameters")
        return params, variadic

    # ---------------------------------------------------------------- generic instantiation

    def instantiated_type(self, ix, def_named) -> T.Type:
        base = ix.x
        cause: list[str] = []
        gtyp = self.generic_type(base, cause)
        if cause:
            self.errorf(ix, INVALID_OP + "%s (%s)", ix, cause[0])
        idx = [ix.index] if type(ix) is ast.IndexExpr else ix.indices
        if not is_valid(gtyp):
            return gtyp  # (go/types does not look at the type arguments then)
        targs = self.type_list(idx)
        if targs is None:
            return T.INVALID_TYPE
        orig = gtyp if type(gtyp) is T.Alias and gtyp.type_params else T.unalias(gtyp)
        tps = orig.type_params
        if len(targs) != len(tps):
            if len(targs) < len(tps):
                self.errorf(ix.pos, "not enough type arguments for type %s: have %d, want %d", orig.obj.name,
                            len(targs), len(tps))
            else:
                self.errorf(ix.pos, "too many type arguments for type %s: have %d, want %d", orig.obj.name,
                            len(targs), len(tps))
            return T.INVALID_TYPE
        if type(orig) is T.Alias:
            inst = self.alias_instance(orig, targs)
        else:
            from tinypy_go.frontend.types.instantiate import instantiate_named

            inst = instantiate_named(orig, targs)
        self.record_instance(ix.x, targs, inst)
        self.mono.record_instance(self.pkg, ix.x.pos, tps, targs, idx)

        def verify():
            self.verify_type_args(tps, targs, idx, "")

        self.later(verify)
        return inst

    def alias_instance(self, orig: T.Alias, targs: list[T.Type]) -> T.Type:
        """A[targs] for a generic alias: its RHS with the arguments substituted
        (instances of aliases are not materialized here)."""
        from tinypy_go.frontend.types.subst import subst

        if orig.rhs is None:
            return T.INVALID_TYPE  # the alias' own RHS refers to it (a cycle, reported elsewhere)
        return subst(orig.rhs, dict(zip(orig.type_params, targs, strict=False)))

    def verify_type_args(self, tps, targs, exprs, ctx: str) -> bool:
        from tinypy_go.frontend.types.subst import subst

        smap = dict(zip(tps, targs, strict=False))
        for i, (tp, ta) in enumerate(zip(tps, targs, strict=False)):
            bound = subst(tp.bound, smap)
            cause = self.implements(ta, bound, True)
            if cause is not None:
                at = exprs[i] if exprs and i < len(exprs) else (exprs[0] if exprs else 0)
                self.error(at, cause)
                return False
        return True


def _deref(t):
    t2 = T.unalias(t)
    if type(t2) is T.Pointer:
        return t2.elem, True
    return t, False


def _embedded_field_ident(e: ast.Expr) -> ast.Ident | None:
    te = type(e)
    if te is ast.Ident:
        return e
    if te is ast.StarExpr:
        if type(e.x) is not ast.StarExpr:
            return _embedded_field_ident(e.x)
    elif te is ast.SelectorExpr:
        return e.sel
    elif te is ast.IndexExpr or te is ast.IndexListExpr:
        return _embedded_field_ident(e.x)
    elif te is ast.ParenExpr:
        return _embedded_field_ident(e.x)
    return None


def _is_union_expr(e) -> bool:
    return (type(e) is ast.BinaryExpr and e.op == "|") or (type(e) is ast.UnaryExpr and e.op == "~")


def _flatten_union(e, out: list, binaries: list) -> None:
    if type(e) is ast.BinaryExpr and e.op == "|":
        _flatten_union(e.x, out, binaries)
        binaries.append(e)
        _flatten_union(e.y, out, binaries)
    else:
        out.append(e)


def _recv_base(e: ast.Expr) -> ast.Expr:
    """The receiver base type expression: without parentheses, one pointer
    indirection and type arguments (go/types unpackRecv)."""
    e = ast.unparen(e)
    if type(e) is ast.StarExpr:
        e = ast.unparen(e.x)
    if type(e) in (ast.IndexExpr, ast.IndexListExpr):
        e = e.x
    return e
