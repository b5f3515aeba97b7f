"""Print Go source from the syntax tree.

Two uses: ``expr_string``/``stmt_string`` render the short one-line form
cmd/compile puts into diagnostics (function and composite literal bodies
become ``{…}``), and ``print_file`` renders a whole file back to compilable
Go source (used by round-trip tests and debugging tools).
"""

from __future__ import annotations

from tinypy_go.frontend import ast


class _Printer:
    def __init__(self, short: bool) -> None:
        self.short = short
        self.out: list[str] = []
        self.indent = 0

    def w(self, s: str) -> None:
        self.out.append(s)

    def nl(self) -> None:
        self.out.append("\n" + "\t" * self.indent)

    # ------------------------------------------------------------ expressions

    def exprs(self, xs: list[ast.Expr]) -> None:
        for i, x in enumerate(xs):
            if i:
                self.w(", ")
            self.expr(x)

    def expr(self, x: ast.Expr | None) -> None:  # noqa: C901 - one case per node type
        w = self.w
        t = type(x)
        if x is None:
            return
        if t is ast.Ident:
            w(x.name)
        elif t is ast.BasicLit:
            w(x.value)
        elif t is ast.BinaryExpr:
            self.expr(x.x)
            w(f" {x.op} ")
            self.expr(x.y)
        elif t is ast.UnaryExpr:
            w(x.op)
            self.expr(x.x)
        elif t is ast.StarExpr:
            w("*")
            self.expr(x.x)
        elif t is ast.ParenExpr:
            w("(")
            self.expr(x.x)
            w(")")
        elif t is ast.SelectorExpr:
            self.expr(x.x)
            w(".")
            w(x.sel.name)
        elif t is ast.IndexExpr:
            self.expr(x.x)
            w("[")
            self.expr(x.index)
            w("]")
        elif t is ast.IndexListExpr:
            self.expr(x.x)
            w("[")
            self.exprs(x.indices)
            w("]")
        elif t is ast.SliceExpr:
            self.expr(x.x)
            w("[")
            self.expr(x.low)
            w(":")
            self.expr(x.high)
            if x.slice3:
                w(":")
                self.expr(x.max)
            w("]")
        elif t is ast.TypeAssertExpr:
            self.expr(x.x)
            w(".(")
            if x.type is None:
                w("type")
            else:
                self.expr(x.type)
            w(")")
        elif t is ast.CallExpr:
            self.expr(x.fun)
            w("(")
            self.exprs(x.args)
            if x.ellipsis:
                w("...")
            w(")")
        elif t is ast.KeyValueExpr:
            self.expr(x.key)
            w(": ")
            self.expr(x.value)
        elif t is ast.CompositeLit:
            self.expr(x.type)
            w("{")
            if self.short:
                if x.elts:
                    w("…")
            else:
                self.exprs(x.elts)
            w("}")
        elif t is ast.FuncLit:
            self.expr(x.type)
            w(" ")
            if self.short:
                w("{…}" if x.body.list else "{}")
            else:
                self.block(x.body)
        elif t is ast.Ellipsis:
            w("...")
            self.expr(x.elt)
        elif t is ast.ArrayType:
            w("[")
            self.expr(x.len)
            w("]")
            self.expr(x.elt)
        elif t is ast.MapType:
            w("map[")
            self.expr(x.key)
            w("]")
            self.expr(x.value)
        elif t is ast.ChanType:
            if x.dir == ast.RECV:
                w("<-chan ")
            elif x.dir == ast.SEND:
                w("chan<- ")
            else:
                w("chan ")
            v = x.value
            if x.dir == ast.SEND | ast.RECV and type(v) is ast.ChanType and v.dir == ast.RECV:
                w("(")
                self.expr(v)
                w(")")
            else:
                self.expr(v)
        elif t is ast.FuncType:
            w("func")
            self.signature(x)
        elif t is ast.StructType:
            w("struct{")
            self.field_list(x.fields.list, "; ")
            w("}")
        elif t is ast.InterfaceType:
            w("interface{")
            self.field_list(x.methods.list, "; ", interface=True)
            w("}")
        elif t is ast.BadExpr:
            w("<bad expr>")
        else:
            w(f"<{t.__name__}>")

    def field_list(self, fields: list[ast.Field], sep: str, interface: bool = False) -> None:
        for i, f in enumerate(fields):
            if i:
                self.w(sep)
            self.field(f, interface)

    def field(self, f: ast.Field, interface: bool = False) -> None:
        if interface and f.names and type(f.type) is ast.FuncType:
            self.w(f.names[0].name)
            self.signature(f.type)
            return
        if f.names:
            self.w(", ".join(n.name for n in f.names))
            self.w(" ")
        self.expr(f.type)
        if f.tag is not None:
            self.w(" ")
            self.w(f.tag.value)

    def signature(self, ft: ast.FuncType) -> None:
        if ft.type_params is not None:
            self.w("[")
            self.field_list(ft.type_params.list, ", ")
            self.w("]")
        self.w("(")
        self.field_list(ft.params.list, ", ")
        self.w(")")
        r = ft.results
        if r is not None and r.list:
            self.w(" ")
            if len(r.list) == 1 and not r.list[0].names:
                self.expr(r.list[0].type)
            else:
                self.w("(")
                self.field_list(r.list, ", ")
                self.w(")")

    # ------------------------------------------------------------ statements

    def block(self, b: ast.BlockStmt) -> None:
        self.w("{")
        self.indent += 1
        for s in b.list:
            self.nl()
            self.stmt(s)
        self.indent -= 1
        if b.list:
            self.nl()
        self.w("}")

    def clauses(self, b: ast.BlockStmt) -> None:
        self.w("{")
        for c in b.list:
            self.nl()
            if type(c) is ast.CaseClause:
                if c.list is None:
                    self.w("default:")
                else:
                    self.w("case ")
                    self.exprs(c.list)
                    self.w(":")
            else:
                assert isinstance(c, ast.CommClause)
                if c.comm is None:
                    self.w("default:")
                else:
                    self.w("case ")
                    self.stmt(c.comm)
                    self.w(":")
            self.indent += 1
            for s in c.body:  # type: ignore[union-attr]
                self.nl()
                self.stmt(s)
            self.indent -= 1
        self.nl()
        self.w("}")

    def stmt(self, s: ast.Stmt | None) -> None:  # noqa: C901 - one case per node type
        w = self.w
        t = type(s)
        if s is None:
            return
        if t is ast.ExprStmt:
            self.expr(s.x)
        elif t is ast.AssignStmt:
            self.exprs(s.lhs)
            w(f" {s.tok} ")
            self.exprs(s.rhs)
        elif t is ast.IncDecStmt:
            self.expr(s.x)
            w(s.tok)
        elif t is ast.SendStmt:
            self.expr(s.chan)
            w(" <- ")
            self.expr(s.value)
        elif t is ast.DeclStmt:
            self.decl(s.decl)
        elif t is ast.EmptyStmt:
            if not self.short:
                w(";")
        elif t is ast.LabeledStmt:
            w(s.label.name)
            w(":")
            self.nl()
            self.stmt(s.stmt)
        elif t is ast.GoStmt:
            w("go ")
            self.expr(s.call)
        elif t is ast.DeferStmt:
            w("defer ")
            self.expr(s.call)
        elif t is ast.ReturnStmt:
            w("return")
            if s.results:
                w(" ")
                self.exprs(s.results)
        elif t is ast.BranchStmt:
            w(s.tok)
            if s.label is not None:
                w(" " + s.label.name)
        elif t is ast.BlockStmt:
            self.block(s)
        elif t is ast.IfStmt:
            w("if ")
            if s.init is not None:
                self.stmt(s.init)
                w("; ")
            self.expr(s.cond)
            w(" ")
            self.block(s.body)
            if s.else_ is not None:
                w(" else ")
                self.stmt(s.else_)
        elif t is ast.SwitchStmt or t is ast.TypeSwitchStmt:
            w("switch ")
            if s.init is not None:
                self.stmt(s.init)
                w("; ")
            if t is ast.SwitchStmt:
                if s.tag is not None:
                    self.expr(s.tag)
                    w(" ")
            else:
                self.stmt(s.assign)
                w(" ")
            self.clauses(s.body)
        elif t is ast.SelectStmt:
            w("select ")
            self.clauses(s.body)
        elif t is ast.ForStmt:
            w("for ")
            if s.init is None and s.post is None:
                if s.cond is not None:
                    self.expr(s.cond)
                    w(" ")
            else:
                self.stmt(s.init)
                w("; ")
                self.expr(s.cond)
                w("; ")
                self.stmt(s.post)
                w(" ")
            self.block(s.body)
        elif t is ast.RangeStmt:
            w("for ")
            if s.key is not None:
                self.expr(s.key)
                if s.value is not None:
                    w(", ")
                    self.expr(s.value)
                w(f" {s.tok} ")
            w("range ")
            self.expr(s.x)
            w(" ")
            self.block(s.body)
        else:
            w(f"<{t.__name__}>")

    # ------------------------------------------------------------ declarations

    def spec(self, s: ast.Spec) -> None:
        t = type(s)
        if t is ast.ImportSpec:
            if s.name is not None:
                self.w(s.name.name + " ")
            self.w(s.path.value)
        elif t is ast.ValueSpec:
            self.w(", ".join(n.name for n in s.names))
            if s.type is not None:
                self.w(" ")
                self.expr(s.type)
            if s.values:
                self.w(" = ")
                self.exprs(s.values)
        elif t is ast.TypeSpec:
            self.w(s.name.name)
            if s.type_params is not None:
                self.w("[")
                self.field_list(s.type_params.list, ", ")
                self.w("]")
            self.w(" = " if s.assign else " ")
            self.expr(s.type)

    def decl(self, d: ast.Decl) -> None:
        if type(d) is ast.GenDecl:
            self.w(d.tok + " ")
            if d.lparen:
                self.w("(")
                self.indent += 1
                for s in d.specs:
                    self.nl()
                    self.spec(s)
                self.indent -= 1
                self.nl()
                self.w(")")
            else:
                for s in d.specs:
                    self.spec(s)
        elif type(d) is ast.FuncDecl:
            for dv in d.directives:
                self.w(f"//{dv.name} {dv.args}".rstrip())
                self.nl()
            self.w("func ")
            if d.recv is not None:
                self.w("(")
                self.field_list(d.recv.list, ", ")
                self.w(") ")
            self.w(d.name.name)
            self.signature(d.type)
            if d.body is not None:
                self.w(" ")
                self.block(d.body)

    def file(self, f: ast.File) -> None:
        if f.build_constraint is not None:
            self.w(f"//go:build {f.build_constraint}\n\n")
        self.w(f"package {f.name.name}\n")
        for d in f.decls:
            self.w("\n")
            self.decl(d)
            self.w("\n")


def expr_string(x: ast.Expr) -> str:
    """Short one-line form of an expression, as used in diagnostics."""
    p = _Printer(True)
    p.expr(x)
    return "".join(p.out)


def stmt_string(s: ast.Stmt) -> str:
    """Short one-line form of a simple statement, as used in diagnostics."""
    p = _Printer(True)
    p.stmt(s)
    return "".join(p.out)


def print_file(f: ast.File) -> str:
    """Go source for a whole file (not gofmt-identical, but it parses back
    to the same tree)."""
    p = _Printer(False)
    p.file(f)
    return "".join(p.out)
