"""Collecting package-level objects from all files (go/types resolver)."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.scope import Scope
from tinypy_go.frontend.types.universe import UNSAFE
from tinypy_go.frontend.types.version import GO1_27


class DeclInfo:
    """Package-level declaration data; deps collects the package-level
    objects this declaration refers to (for initialization order)."""

    __slots__ = ("file", "lhs", "vtyp", "init", "inherited", "tdecl", "fdecl", "deps", "version")

    def __init__(self, file: Scope, lhs=None, vtyp=None, init=None, inherited=False, tdecl=None, fdecl=None):
        self.file = file
        self.lhs = lhs
        self.vtyp = vtyp
        self.init = init
        self.inherited = inherited
        self.tdecl = tdecl
        self.fdecl = fdecl
        self.deps: dict[O.Object, None] = {}

    def has_initializer(self) -> bool:
        return self.init is not None or (self.fdecl is not None and self.fdecl.body is not None)

    def add_dep(self, obj: O.Object) -> None:
        self.deps[obj] = None


class ResolverMixin:
    def declare(self, scope: Scope, ident: ast.Ident | None, obj: O.Object, scope_pos: int) -> None:
        if obj.name != "_":
            alt = scope.insert(obj)
            if alt is not None:
                self.report_redeclared(obj, alt)
                return
            obj.scope_pos = scope_pos
        if ident is not None:
            self.record_def(ident, obj)

    def report_redeclared(self, obj: O.Object, alt: O.Object, msg: str | None = None) -> None:
        self.error(obj.pos, msg or f"{obj.name} redeclared in this block")
        if alt.pos:
            self.error(alt.pos, f"\tother declaration of {obj.name}")

    def arity_match(self, s: ast.ValueSpec, init: ast.ValueSpec | None) -> None:
        l = len(s.names)
        r = len(s.values)
        if init is not None:
            r = len(init.values)
        if init is None and r == 0:
            if s.type is None:
                self.error(s, "missing type or init expr")
        elif l < r:
            if l < len(s.values):
                n = s.values[l]
                self.errorf(n, "extra init expr %s", n)
            else:
                self.errorf(s, "extra init expr at %s", str(self.fset.position(init.values[0].pos)))
        elif l > r and (init is not None or r != 1):
            n = s.names[r]
            self.errorf(n, "missing init expr for %s", n.name)

    def import_package(self, at, path: str) -> Package | None:
        if path == "unsafe":
            return UNSAFE
        imp = self.imp_map.get(path)
        if imp is not None:
            return imp
        if path == "C":
            self.not_supported(at, "cgo")
        try:
            if self.importer is None:
                raise LookupError(f"no importer for {path}")
            imp = self.importer(path)
        except Exception as e:  # importer failures become Go errors
            from tinypy_go.errors import CompileError

            if isinstance(e, CompileError):
                raise
            self.errorf(at, "could not import %s (%s)", path, str(e))
            imp = Package(path, path.rsplit("/", 1)[-1])
            imp.fake = True
        self.imp_map[path] = imp
        return imp

    def collect_objects(self) -> None:
        pkg = self.pkg
        pkg_imports = {id(p): p for p in pkg.imports}
        methods: list[tuple[O.Func, bool, ast.Ident]] = []
        for _fileno, f in enumerate(self.files):
            file_scope = Scope(pkg.scope, f.pos, _file_end(self, f), f"file {f.filename}")
            self.file_scopes.append(file_scope)
            self.record_scope(f, file_scope)
            for decl in f.decls:
                td = type(decl)
                if td is ast.GenDecl:
                    if decl.tok == "import":
                        for s in decl.specs:
                            self._collect_import(s, file_scope, pkg_imports)
                    elif decl.tok == "const":
                        last = None
                        for iota, s in enumerate(decl.specs):
                            if s.type is not None or s.values:
                                last = s
                            for i, name in enumerate(s.names):
                                obj = O.Const(name.pos, pkg, name.name, None, iota)
                                init = None
                                if last is not None and i < len(last.values):
                                    init = last.values[i]
                                d = DeclInfo(file_scope, vtyp=last.type if last else None, init=init,
                                             inherited=last is not s)
                                self.declare_pkg_obj(name, obj, d)
                            self.arity_match(s, last if last is not s else None)
                    elif decl.tok == "var":
                        for s in decl.specs:
                            lhs = [O.Var(n.pos, pkg, n.name, None) for n in s.names]
                            d1 = None
                            if len(s.values) == 1 and len(s.names) > 1:
                                d1 = DeclInfo(file_scope, lhs=lhs, vtyp=s.type, init=s.values[0])
                            for i, name in enumerate(s.names):
                                if d1 is not None:
                                    d = d1
                                else:
                                    init = s.values[i] if i < len(s.values) else None
                                    d = DeclInfo(file_scope, vtyp=s.type, init=init)
                                self.declare_pkg_obj(name, lhs[i], d)
                            self.arity_match(s, None)
                    elif decl.tok == "type":
                        for s in decl.specs:
                            obj = O.TypeName(s.name.pos, pkg, s.name.name, None)
                            self.declare_pkg_obj(s.name, obj, DeclInfo(file_scope, tdecl=s))
                elif td is ast.FuncDecl:
                    self._collect_func(decl, file_scope, methods)
                elif td is ast.BadDecl:
                    pass
        # objects in file scopes must not clash with package-level ones
        for fs in self.file_scopes:
            for name, obj in fs.elems.items():
                alt = pkg.scope.lookup(name)
                if alt is not None:
                    if isinstance(obj, O.PkgName):
                        self.error(alt.pos, f"{alt.name} already declared through import of "
                                            f"package {obj.imported.name} (\"{obj.imported.path}\")")
                        self.error(obj.pos, f"\tother declaration of {name}")
                    else:
                        self.error(alt.pos, f"{alt.name} already declared through dot-import of "
                                            f"package {obj.pkg.name} (\"{obj.pkg.path}\")")
        # associate methods with receiver base types
        for fobj, ptr, recv in methods:
            base = self.resolve_base_type_name(ptr, recv)
            if base is not None:
                fobj.has_ptr_recv = ptr
                self.method_decls.append((base, fobj))
        self._methods_by_base: dict[O.TypeName, list[O.Func]] = {}
        for base, fobj in self.method_decls:
            self._methods_by_base.setdefault(base, []).append(fobj)

    def _collect_import(self, s: ast.ImportSpec, file_scope: Scope, pkg_imports) -> None:
        path = constant.make_from_literal("STRING", s.path.value)
        if not isinstance(path, str) or not path:
            self.errorf(s.path, "invalid import path (%s)", "invalid syntax" if path is None else "empty string")
            return
        imp = self.import_package(s.path, path)
        if imp is None:
            return
        name = imp.name
        if s.name is not None:
            name = s.name.name
            if path == "C":
                self.error(s.name, 'cannot rename import "C"')
                return
        if name == "init":
            self.error(s, "cannot import package as init - init must be a func")
            return
        if id(imp) not in pkg_imports:
            pkg_imports[id(imp)] = imp
            self.pkg.imports.append(imp)
        pkg_name = O.PkgName(s.pos, self.pkg, name, imp)
        if s.name is not None:
            self.record_def(s.name, pkg_name)
        else:
            self.record_implicit(s, pkg_name)
        if imp.fake:
            pkg_name.used = True
        if name == ".":
            if imp.scope.elems:
                for o in imp.scope.elems.values():
                    if o.exported() or (imp is UNSAFE and False):
                        alt = file_scope.lookup(o.name)
                        if alt is not None:
                            self.report_redeclared(o, alt)
                        else:
                            file_scope.elems[o.name] = o
                            self.dot_import_map[(id(file_scope), o.name)] = pkg_name
            self.dot_imports_pkgs.append(pkg_name)
        else:
            self.declare(file_scope, None, pkg_name, 0)

    def _collect_func(self, d: ast.FuncDecl, file_scope: Scope, methods) -> None:
        name = d.name.name
        obj = O.Func(d.name.pos, self.pkg, name, None)
        obj.decl = d
        tparam0 = d.type.type_params.list[0] if d.type.type_params is not None and d.type.type_params.list else None
        if d.recv is None or d.recv.num_fields() == 0:
            if d.recv is not None:
                self.error(d.recv, "method has no receiver")
            if name == "init" or (name == "main" and self.pkg.name == "main"):
                # init and main functions must not declare type and ordinary parameters or results
                if tparam0 is not None:
                    self.soft_errorf(tparam0, "func %s must have no type parameters", name)
                t = d.type
                if t.params.num_fields() != 0 or t.results is not None:
                    self.soft_errorf(d.name, "func %s must have no arguments and no return values", name)
            elif tparam0 is not None:
                self.verify_versionf(tparam0, (1, 18), "type parameter")
            if name == "init":
                obj.parent = self.pkg.scope
                self.record_def(d.name, obj)
                if d.body is None:
                    self.soft_errorf(obj.pos, "func init must have a body")
            else:
                self.declare(self.pkg.scope, d.name, obj, 0)
        else:
            ptr, recv = self.unpack_recv(d.recv.list[0].type)
            if recv is not None and name != "_":
                methods.append((obj, ptr, recv))
            if tparam0 is not None:
                self.verify_versionf(tparam0, GO1_27, "generic method")
            self.record_def(d.name, obj)
        info = DeclInfo(file_scope, fdecl=d)
        self.obj_map[obj] = info
        obj.order = len(self.obj_map)

    def declare_pkg_obj(self, ident: ast.Ident, obj: O.Object, d: DeclInfo) -> None:
        if ident.name == "init":
            self.error(ident, "cannot declare init - must be func")
            return
        if ident.name == "main" and self.pkg.name == "main":
            self.error(ident, "cannot declare main - must be func")
            return
        self.declare(self.pkg.scope, ident, obj, 0)
        self.obj_map[obj] = d
        obj.order = len(self.obj_map)

    def unpack_recv(self, rtyp: ast.Expr):
        """(is pointer, base type name ident or None) of a receiver type expr."""
        ptr = False
        while True:
            t = type(rtyp)
            if t is ast.ParenExpr:
                rtyp = rtyp.x
            elif t is ast.StarExpr:
                ptr = True
                rtyp = rtyp.x
            else:
                break
        if type(rtyp) in (ast.IndexExpr, ast.IndexListExpr):
            rtyp = rtyp.x
        if type(rtyp) is ast.Ident:
            return ptr, rtyp
        return ptr, None

    def resolve_base_type_name(self, ptr: bool, name: ast.Ident) -> O.TypeName | None:
        """The package-level type name a receiver refers to, following aliases."""
        seen = set()
        n: ast.Expr = name
        while True:
            obj = self.pkg.scope.lookup(n.name)
            if obj is None or not isinstance(obj, O.TypeName):
                return None
            if id(obj) in seen:
                return None
            seen.add(id(obj))
            d = self.obj_map.get(obj)
            if d is None:
                return None
            tdecl = d.tdecl
            if not tdecl.assign:
                return obj
            if tdecl.type_params is not None and tdecl.type_params.list:
                return None  # traversals through generic aliases are not permitted
            # alias: follow
            t = tdecl.type
            while True:
                tt = type(t)
                if tt is ast.ParenExpr:
                    t = t.x
                elif tt is ast.StarExpr:
                    if ptr:
                        return None
                    ptr = True
                    t = t.x
                else:
                    break
            if type(t) is not ast.Ident:
                return None
            n = t

    def unused_imports(self) -> None:
        for fs in self.file_scopes:
            for obj in fs.elems.values():
                if isinstance(obj, O.PkgName) and not obj.used and obj.name != "_":
                    self._error_unused_pkg(obj)
        for obj in self.dot_imports_pkgs:
            if not obj.used:
                self._error_unused_pkg(obj)

    def _error_unused_pkg(self, obj: O.PkgName) -> None:
        path = obj.imported.path
        elem = path.rsplit("/", 1)[-1]
        if obj.name in ("", ".", elem):
            self.soft_errorf(obj.pos, '"%s" imported and not used', path)
        else:
            self.soft_errorf(obj.pos, '"%s" imported as %s and not used', path, obj.name)


def _file_end(chk, f: ast.File) -> int:
    tf = chk.fset.file(f.pos)
    if tf is None:
        return f.pos
    return tf.base + tf.size
