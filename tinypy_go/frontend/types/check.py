"""The Checker: holds state for checking one package."""

from __future__ import annotations

from collections.abc import Callable

from tinypy_go.errors import TOO_DEEP, CompileError, Diagnostic
from tinypy_go.frontend import ast
from tinypy_go.frontend.token import FileSet
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import CONSTANT, Info, TypeAndValue
from tinypy_go.frontend.types.assignments import AssignMixin
from tinypy_go.frontend.types.builtins import BuiltinsMixin
from tinypy_go.frontend.types.call import CallMixin
from tinypy_go.frontend.types.conversions import ConversionsMixin
from tinypy_go.frontend.types.decl import DeclMixin
from tinypy_go.frontend.types.errors import ErrorsMixin
from tinypy_go.frontend.types.expr import ExprMixin
from tinypy_go.frontend.types.index import IndexMixin
from tinypy_go.frontend.types.infer import InferMixin
from tinypy_go.frontend.types.initorder import InitOrderMixin
from tinypy_go.frontend.types.mono import MonoGraph
from tinypy_go.frontend.types.objects import Object
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.resolver import ResolverMixin
from tinypy_go.frontend.types.scope import Scope
from tinypy_go.frontend.types.sizes import WASM32, Sizes
from tinypy_go.frontend.types.stmt import StmtMixin
from tinypy_go.frontend.types.typexpr import TypexprMixin
from tinypy_go.frontend.types.version import VersionMixin, parse_lang

Importer = Callable[[str], Package]


class Environment:
    """Per-declaration/function context (go/types environment)."""

    __slots__ = ("decl", "scope", "pos", "iota", "errpos", "in_tparam_list", "sig", "is_panic", "has_label",
                 "has_call_or_recv")

    def __init__(self):
        self.decl = None
        self.scope: Scope | None = None
        self.pos = 0
        self.iota = None
        self.errpos = None
        self.in_tparam_list = False
        self.sig: T.Signature | None = None
        self.is_panic: set | None = None
        self.has_label = False
        self.has_call_or_recv = False

    def copy(self) -> Environment:
        e = Environment()
        for s in Environment.__slots__:
            setattr(e, s, getattr(self, s))
        return e


class Checker(ErrorsMixin, ResolverMixin, DeclMixin, TypexprMixin, ExprMixin, IndexMixin, CallMixin,
              BuiltinsMixin, ConversionsMixin, AssignMixin, StmtMixin, InferMixin, InitOrderMixin,
              VersionMixin):
    def __init__(self, path: str, fset: FileSet, files: list[ast.File], importer: Importer | None,
                 sizes: Sizes, info: Info, pkg: Package | None = None):
        self.pkg = pkg if pkg is not None else Package(path, "")
        self.fset = fset
        self.files = files
        self.importer = importer
        self.sizes = sizes
        self.info = info
        self.diagnostics: list[Diagnostic] = []
        self.first_err = False
        self.mono = MonoGraph()
        self.error_handler = None
        self.obj_map: dict[Object, object] = {}
        self.imp_map: dict[str, Package] = {}
        self.dot_import_map: dict[tuple[int, str], object] = {}
        self.pkg_path_map: dict[str, set[str]] | None = None
        self.untyped: dict[ast.Expr, tuple] = {}
        self.delayed: list[Callable[[], None]] = []
        self.obj_path: list[Object] = []
        self.cleaners: list = []
        self.env = Environment()
        self.errpos = None
        self.iota = None
        self.file_scopes: list[Scope] = []
        self.method_decls: list = []
        self.brokenAliases: set = set()
        self.used_pkgnames: set = set()
        self.go_version: tuple[int, int] | None = None  # -lang; None: no limit
        self.file_ranges: list = []
        self.enable_alias = True  # gotypesalias=1 (Go 1.23's default); only affects error wording
        self.fake_objs: set = set()
        self.dot_imports_pkgs: list = []
        self.invalid_named: set = set()
        self.mute_errors = 0
        self.last_reported = False
        self.cur_pos = 0  # start of the statement/declaration being checked (for internal errors)
        self.ignore_branch_errors = False

    # ---------------------------------------------------------------- helpers

    def qualifier(self, pkg: Package) -> str:
        if pkg is not self.pkg:
            if self.pkg_path_map is None:
                m: dict[str, set[str]] = {}
                seen: set[int] = set()

                def walk(pkgs):
                    for p in pkgs:
                        if id(p) in seen:
                            continue
                        seen.add(id(p))
                        m.setdefault(p.name, set()).add(p.path)
                        walk(p.imports)

                walk(self.pkg.imports)
                for sc in self.file_scopes:
                    for o in sc.elems.values():
                        imp = getattr(o, "imported", None)
                        if imp is not None:
                            m.setdefault(imp.name, set()).add(imp.path)
                self.pkg_path_map = m
            if len(self.pkg_path_map.get(pkg.name, ())) > 1:
                return '"' + pkg.path + '"'
            return pkg.name
        return ""

    @property
    def scope(self) -> Scope:
        return self.env.scope

    def later(self, f: Callable[[], None]) -> None:
        self.delayed.append(f)

    def process_delayed(self, top: int) -> None:
        i = top
        while i < len(self.delayed):
            self.delayed[i]()
            i += 1
        del self.delayed[top:]

    # ---------------------------------------------------------------- recording

    def remember_untyped(self, e: ast.Expr, lhs: bool, mode: int, typ: T.Type, val) -> None:
        self.untyped[e] = (lhs, mode, typ, val)

    def record_type_and_value(self, x: ast.Expr, mode: int, typ: T.Type | None, val) -> None:
        if mode == 0:
            return
        if mode == CONSTANT:
            assert val is not None or typ is T.INVALID_TYPE or True
        self.info.types[x] = TypeAndValue(mode, typ, val)

    def record_builtin_type(self, f: ast.Expr, sig: T.Signature) -> None:
        from tinypy_go.frontend.types.api import BUILTIN

        while True:
            self.record_type_and_value(f, BUILTIN, sig, None)
            if type(f) is ast.ParenExpr:
                f = f.x
            else:
                break

    def record_comma_ok_types(self, x: ast.Expr, a: list[T.Type]) -> None:
        if not a or not a[0] or not a[1]:
            return
        if type(a[0]) is T.Basic and a[0].info & T.IS_UNTYPED:
            return
        from tinypy_go.frontend.types.objects import Var

        t = T.Tuple([Var(x.pos, None, "", a[0]), Var(x.pos, None, "", a[1])])
        while True:
            tv = self.info.types.get(x)
            if tv is not None:
                tv.type = t
            if type(x) is ast.ParenExpr:
                x = x.x
            else:
                break

    def record_def(self, ident: ast.Ident, obj: Object | None) -> None:
        self.info.defs[ident] = obj

    def record_use(self, ident: ast.Ident, obj: Object) -> None:
        self.info.uses[ident] = obj

    def record_implicit(self, node: ast.Node, obj: Object) -> None:
        self.info.implicits[node] = obj

    def record_selection(self, x: ast.SelectorExpr, kind: int, recv: T.Type, obj: Object, index, indirect) -> None:
        from tinypy_go.frontend.types.api import Selection

        self.record_use(x.sel, obj)
        self.info.selections[x] = Selection(kind, recv, obj, list(index), indirect)

    def record_scope(self, node: ast.Node, scope: Scope) -> None:
        self.info.scopes[node] = scope

    def record_instance(self, expr: ast.Expr, targs: list[T.Type], typ: T.Type) -> None:
        from tinypy_go.frontend.types.api import Instance

        ident = _instantiated_ident(expr)
        if ident is not None:
            self.info.instances[ident] = Instance(list(targs), typ)

    def record_untyped(self) -> None:
        from tinypy_go.frontend.types.predicates import is_untyped

        for e, (_, mode, typ, val) in self.untyped.items():
            if not is_untyped(typ):
                pass
            self.record_type_and_value(e, mode, typ, val)

    # ---------------------------------------------------------------- driver

    def check_files(self) -> None:
        self.init_files()
        self.collect_objects()
        self.package_objects()
        self.process_delayed(0)
        self.init_order()
        self.unused_imports()
        self.record_untyped()
        if not self.diagnostics:
            self.monomorph()
        self.pkg.complete = True

    def monomorph(self) -> None:
        """go/types' check.monomorph: report an unbounded instantiation cycle (mono.py)."""
        found = self.mono.find_cycle()
        if found is None:
            return
        obj0, steps = found
        self.error(obj0.pos, "instantiation cycle:")
        for pos, name, typ, named in steps:
            how = "implicitly parameterized by" if named else "instantiated as"
            self.error(pos, "\t" + self.sprintf(f"{name} {how} %s", typ))

    def init_files(self) -> None:
        pkg_name = ""
        kept = []
        for f in self.files:
            name = f.name.name
            if not pkg_name:
                if name == "_":
                    self.error(f.name, "invalid package name _")
                    continue
                pkg_name = name
                self.pkg.name = name
            if name != pkg_name:
                self.errorf(f.name, "package %s; expected package %s", name, pkg_name)
                continue
            kept.append(f)
        self.files = kept
        self.pkg.files = kept
        self.init_versions()


def _instantiated_ident(expr: ast.Expr) -> ast.Ident | None:
    if type(expr) is ast.IndexExpr or type(expr) is ast.IndexListExpr:
        expr = expr.x
    if type(expr) is ast.SelectorExpr:
        return expr.sel
    if type(expr) is ast.Ident:
        return expr
    if type(expr) is ast.ParenExpr:
        return _instantiated_ident(expr.x)
    return None


def check_package(path: str, fset: FileSet, files: list[ast.File], importer: Importer | None = None,
                  sizes: Sizes = WASM32, info: Info | None = None, *, error_handler=None,
                  pkg: Package | None = None, test_builtins: bool = False,
                  ignore_branch_errors: bool = False, go_version: str = "",
                  enable_alias: bool = True) -> Package:
    """Type-check one package; raises CompileError listing Go-worded errors.

    ignore_branch_errors: the parser already reported label and branch
    errors (cmd/compile style); labels are still resolved and recorded.
    go_version: the language version (``-lang``, e.g. "go1.21"); "" = no limit."""
    if info is None:
        info = Info()
    import sys

    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)  # long operator chains (generated tables) recurse deeply
    chk = Checker(path, fset, files, importer, sizes, info, pkg)
    if test_builtins:
        # go/types' test-only builtins assert and trace, in a scope between
        # the universe and the package
        from tinypy_go.frontend.types import objects as O
        from tinypy_go.frontend.types.universe import UNIVERSE

        ts = Scope(UNIVERSE, comment="test builtins")
        for bid in (O.ASSERT, O.TRACE):
            ts.insert(O.Builtin(bid))
        chk.pkg.scope.parent = ts
    chk.error_handler = error_handler
    chk.go_version = parse_lang(go_version)
    if go_version and chk.go_version is None:
        raise CompileError([Diagnostic(fset.position(0), f"invalid Go version {go_version!r}")])
    chk.pkg.go_version = go_version
    chk.enable_alias = enable_alias
    chk.ignore_branch_errors = ignore_branch_errors
    try:
        chk.check_files()
    except CompileError:
        raise
    except RecursionError:  # beyond the compiler's nesting limit (cli.py): an error at the position
        raise CompileError([Diagnostic(fset.position(chk.cur_pos) if chk.cur_pos else fset.position(0),
                                       TOO_DEEP)]) from None
    except Exception as e:  # a checker bug: report it with the Go position being checked
        from tinypy_go.errors import InternalCompilerError

        pos = fset.position(chk.cur_pos) if chk.cur_pos else None
        raise InternalCompilerError(pos, f"type checker: {type(e).__name__}: {e}") from e
    if chk.diagnostics:
        diags = sorted(chk.diagnostics, key=Diagnostic.sort_key)
        # like the go command: soft errors (unused ...) only matter if there are no others? no: all are errors
        raise CompileError(diags)
    return chk.pkg
