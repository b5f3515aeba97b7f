"""Go parser producing the go/ast-shaped tree of ``tinypy_go.frontend.ast``.

The grammar handling, error recovery and error wording follow
cmd/compile/internal/syntax (so diagnostics read exactly like ``go build``),
while the nodes built are go/ast's.  Tokens come pre-scanned from
``scanner.scan``; the parser walks the parallel token lists by index.

Composite literals versus blocks in statement headers are disambiguated
with the expression nesting level ``xnest`` as cmd/compile does: inside
``if``/``for``/``switch`` headers it is negative, and any bracketing
construct raises it again.
"""

from __future__ import annotations

from bisect import bisect_right

from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend import ast
from tinypy_go.frontend.ast import (
    ArrayType,
    AssignStmt,
    BadExpr,
    BasicLit,
    BinaryExpr,
    BlockStmt,
    BranchStmt,
    CallExpr,
    CaseClause,
    ChanType,
    CommClause,
    CompositeLit,
    DeclStmt,
    Ellipsis,
    EmptyStmt,
    ExprStmt,
    Field,
    FieldList,
    FuncDecl,
    FuncLit,
    FuncType,
    GenDecl,
    Ident,
    IfStmt,
    IncDecStmt,
    IndexExpr,
    IndexListExpr,
    InterfaceType,
    KeyValueExpr,
    LabeledStmt,
    MapType,
    ParenExpr,
    SelectorExpr,
    SendStmt,
    SliceExpr,
    StarExpr,
    StructType,
    TypeAssertExpr,
    TypeSpec,
    UnaryExpr,
)
from tinypy_go.frontend.scanner import KEYWORDS, LITERALS, parse_directive, scan
from tinypy_go.frontend.token import NO_POS, File, FileSet, Pos

# Parse modes (bit flags).
IMPORTS_ONLY = 1  # stop after the import declarations (package clause, imports, build constraint)
CHECK_BRANCHES = 2  # report misplaced break/continue/goto/fallthrough and label errors, like cmd/compile
ALL_ERRORS = 4  # report every error (not only the first syntax error per line)

_BOTH = ast.SEND | ast.RECV

_PREC = {
    "||": 1,
    "&&": 2,
    "==": 3,
    "!=": 3,
    "<": 3,
    "<=": 3,
    ">": 3,
    ">=": 3,
    "+": 4,
    "-": 4,
    "|": 4,
    "^": 4,
    "*": 5,
    "/": 5,
    "%": 5,
    "<<": 5,
    ">>": 5,
    "&": 5,
    "&^": 5,
}
_POSTFIX = frozenset((".", "[", "(", "{"))
_UNARY = frozenset(("*", "+", "-", "!", "^", "~", "&", "<-"))
_ASSIGN_OPS = frozenset(("+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="))
_STMT_UNARY = frozenset(("+", "-", "*", "&", "^", "!"))
_STMT_OPERAND = frozenset(
    ("INT", "FLOAT", "IMAG", "CHAR", "STRING", "func", "(", "[", "struct", "map", "chan", "interface", "<-")
)
# Tokens of cmd/compile's _Operator class (used in a follow set).
_OPERATOR_TOKENS = frozenset(("||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "|", "^", "/", "%",
                              "<<", ">>", "&", "&^", "!", "~"))
_STOPSET = frozenset(
    ("break", "const", "continue", "defer", "fallthrough", "for", "go", "goto", "if", "return", "select",
     "switch", "type", "var")
)
_DECL_FOLLOW = ("import", "const", "type", "var", "func")


def _tokstring(tok: str) -> str:
    if tok == ",":
        return "comma"
    if tok == ";":
        return "semicolon or newline"
    if tok == "NAME":
        return "name"
    if tok in KEYWORDS:
        return "keyword " + tok
    return tok


class _Par:
    """A parameter while a parameter list is being parsed (one per name)."""

    __slots__ = ("pos", "name", "type")

    def __init__(self, pos: Pos, name: Ident | None, type: ast.Expr | None) -> None:
        self.pos = pos
        self.name = name
        self.type = type


class _Guard(ast.Stmt):
    """``x := y.(type)`` in a switch header, before it becomes a TypeSwitchStmt."""

    __slots__ = ("pos", "lhs", "tok_pos", "x")

    def __init__(self, pos: Pos, lhs: Ident, tok_pos: Pos, x: TypeAssertExpr) -> None:
        self.pos = pos
        self.lhs = lhs
        self.tok_pos = tok_pos
        self.x = x


class _Range(ast.Stmt):
    """A range clause in a for header, before it becomes a RangeStmt."""

    __slots__ = ("pos", "lhs", "tok", "tok_pos", "range_pos", "x")

    def __init__(self, lhs: list[ast.Expr] | None, tok: str, tok_pos: Pos, range_pos: Pos, x: ast.Expr):
        self.pos = lhs[0].pos if lhs else range_pos
        self.lhs = lhs
        self.tok = tok
        self.tok_pos = tok_pos
        self.range_pos = range_pos
        self.x = x


def _is_value(x: ast.Expr) -> bool:
    """Whether x must syntactically be a value (not a type)."""
    t = type(x)
    if t in (BasicLit, CompositeLit, FuncLit, SliceExpr, TypeAssertExpr, CallExpr, UnaryExpr, BinaryExpr):
        return True
    if t is ParenExpr:
        return _is_value(x.x)
    if t is IndexExpr:
        return _is_value(x.x) or _is_value(x.index)
    if t is IndexListExpr:
        return _is_value(x.x)
    return False


def _is_type_elem(x: ast.Expr) -> bool:
    """Whether x is unambiguously a type element (not possibly a value)."""
    t = type(x)
    if t in (ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType):
        return True
    if t is BinaryExpr:
        return _is_type_elem(x.x) or _is_type_elem(x.y)
    if t is UnaryExpr:
        return x.op == "~" or _is_type_elem(x.x)
    if t is StarExpr or t is ParenExpr:
        return _is_type_elem(x.x)
    return False


def _extract_name(x: ast.Expr, force: bool) -> tuple[Ident | None, ast.Expr | None]:
    """Split x into (name, type) if it can be read as ``name type`` (the start
    of a type parameter list); see cmd/compile's extractName."""
    t = type(x)
    if t is Ident:
        return x, None
    if t is BinaryExpr:
        if x.op == "*":
            if type(x.x) is Ident and (force or _is_type_elem(x.y)):
                return x.x, StarExpr(x.op_pos, x.y)
        elif x.op == "|":
            name, lhs = _extract_name(x.x, force or _is_type_elem(x.y))
            if name is not None and lhs is not None:
                return name, BinaryExpr(lhs.pos, lhs, x.op_pos, "|", x.y)
    elif t is CallExpr:
        if type(x.fun) is Ident and len(x.args) == 1 and not x.ellipsis and (
            force or _is_type_elem(x.args[0])
        ):
            return x.fun, x.args[0]
    return None, x


def _stmt_pos(s: ast.Stmt) -> Pos:
    """The position cmd/compile uses for a simple statement (operator position)."""
    if isinstance(s, (AssignStmt, IncDecStmt)):
        return s.tok_pos
    if isinstance(s, SendStmt):
        return s.arrow
    return s.pos


class Parser:
    __slots__ = (
        "fset", "file", "kinds", "lits", "poss", "n", "i", "tok", "pos", "errors", "scan_errors",
        "xnest", "fnest", "mode", "lead", "comment_groups", "branch_errors", "late_errors",
        "scan_error_toks", "defer_or_recover",
    )

    def __init__(self, fset: FileSet, file: File, mode: int = 0) -> None:
        self.fset = fset
        self.file = file
        self.mode = mode
        toks = scan(file, stop_after_imports=bool(mode & IMPORTS_ONLY))
        self.kinds = toks.kinds
        self.lits = toks.lits
        self.poss = toks.poss
        self.n = len(toks.kinds)
        self.i = 0
        self.tok = self.kinds[0]
        self.pos = self.poss[0]
        # parser errors: (pos, message, index of the current token when reported)
        self.errors: list[tuple[Pos, str, int]] = []
        self.scan_errors = toks.errors
        self.scan_error_toks = toks.error_toks
        self.branch_errors: list[tuple[Pos, str, int]] = []
        self.late_errors: list[tuple[Pos, str, int]] = []
        self.xnest = 0
        self.fnest = 0
        self.defer_or_recover = 0  # defer statements and recover(...) calls parsed so far (func_body)
        self.lead: dict[int, ast.CommentGroup] = {}
        self.comment_groups: list[ast.CommentGroup] = []
        if toks.comments:
            self._group_comments(toks.comments)

    # ------------------------------------------------------------ comments

    def _line(self, pos: Pos) -> int:
        return bisect_right(self.file.line_starts, pos - self.file.base)

    def _group_comments(self, comments: list[tuple[Pos, str, int]]) -> None:
        """Build comment groups and find the lead (doc) group of each token."""
        line = self._line
        poss = self.poss
        groups = self.comment_groups
        lead = self.lead
        cur: list[ast.Comment] = []
        cur_next = -1
        cur_end_line = -2
        cur_is_line_comment = False
        for pos, text, nxt in comments:
            start_line = line(pos)
            end_line = start_line + text.count("\n")
            same_line_as_prev_tok = nxt > 0 and line(poss[nxt - 1]) == start_line
            if (
                cur
                and nxt == cur_next
                and not same_line_as_prev_tok
                and start_line <= cur_end_line + (0 if cur_is_line_comment else 1)
            ):
                cur.append(ast.Comment(pos, text))
                cur_end_line = end_line
                continue
            if cur:
                self._finish_group(cur, cur_next, cur_end_line, cur_is_line_comment, groups, lead)
            cur = [ast.Comment(pos, text)]
            cur_next = nxt
            cur_end_line = end_line
            cur_is_line_comment = same_line_as_prev_tok
        if cur:
            self._finish_group(cur, cur_next, cur_end_line, cur_is_line_comment, groups, lead)

    def _finish_group(self, cur, nxt, end_line, is_line_comment, groups, lead) -> None:
        g = ast.CommentGroup(cur[0].pos, cur)
        groups.append(g)
        if not is_line_comment and nxt < self.n and self._line(self.poss[nxt]) == end_line + 1:
            lead[nxt] = g

    def _doc(self) -> ast.CommentGroup | None:
        return self.lead.get(self.i) if self.lead else None

    # ------------------------------------------------------------ tokens

    def next(self) -> None:
        i = self.i + 1
        if i < self.n:
            self.i = i
            self.tok = self.kinds[i]
            self.pos = self.poss[i]

    def got(self, tok: str) -> bool:
        if self.tok == tok:
            i = self.i + 1  # tok is not EOF, so a next token exists
            self.i = i
            self.tok = self.kinds[i]
            self.pos = self.poss[i]
            return True
        return False

    def want(self, tok: str) -> None:
        if self.tok == tok:
            i = self.i + 1
            self.i = i
            self.tok = self.kinds[i]
            self.pos = self.poss[i]
        else:
            self.syntax_error("expected " + _tokstring(tok))
            self.advance()

    def got_assign(self) -> bool:
        t = self.tok
        if t == ":=":
            self.syntax_error("expected =")
            self.next()
            return True
        if t == "=":
            self.next()
            return True
        return False

    # ------------------------------------------------------------ errors

    def error_at(self, pos: Pos, msg: str) -> None:
        self.errors.append((pos, msg, self.i))

    def error(self, msg: str) -> None:
        self.errors.append((self.pos, msg, self.i))

    def _any_error(self) -> bool:
        return bool(self.errors or self.scan_errors)

    def syntax_error(self, msg: str) -> None:
        self.syntax_error_at(self.pos, msg)

    def syntax_error_at(self, pos: Pos, msg: str) -> None:
        if self.tok == "EOF" and self._any_error():
            return  # avoid follow-up errors at the end of the file
        if msg == "":
            pass
        elif msg.startswith(("in ", "at ", "after ")):
            msg = " " + msg
        elif msg.startswith("expected "):
            msg = ", " + msg
        else:
            self.errors.append((pos, "syntax error: " + msg, self.i))
            return
        t = self.tok
        if t == "NAME":
            desc = "name " + self.lits[self.i]
        elif t == ";":
            desc = self.lits[self.i]
        elif t in LITERALS:
            desc = "literal " + self.lits[self.i]
        else:
            desc = _tokstring(t)
        self.errors.append((pos, "syntax error: unexpected " + desc + msg, self.i))

    def advance(self, follow: tuple[str, ...] = ()) -> None:
        """Skip tokens until one in follow (or a statement keyword inside a
        function); with no follow list skip exactly one token."""
        if not follow:
            if self.tok != "EOF":
                self.next()
            return
        stop = set(follow)
        stop.add("EOF")
        if self.fnest > 0:
            stop |= _STOPSET
        while self.tok not in stop:
            self.next()

    def list(self, context: str, sep: str, close: str, f) -> Pos:
        """Parse ``[ f { sep f } [sep] ] close``; return the position of close."""
        done = False
        while self.tok != "EOF" and self.tok != close and not done:
            done = f()
            if not self.got(sep) and self.tok != close:
                self.syntax_error(f"in {context}; possibly missing {_tokstring(sep)} or {_tokstring(close)}")
                self.advance((")", "]", "}"))
                if self.tok != close:
                    return self.pos
        pos = self.pos
        self.want(close)
        return pos

    # ------------------------------------------------------------ file

    def parse_file(self) -> ast.File | None:
        pos = self.pos
        doc = self._doc()
        if self.tok != "package":
            self.syntax_error("package statement must be first")
            return None
        self.next()
        name = self.name()
        self.want(";")
        f = ast.File(pos, name, [], [], self.file.name, doc=doc)
        if self.errors or any(k <= self.i for k in self.scan_error_toks):
            return None  # don't bother continuing if the package clause has errors
        decls = f.decls
        imports_only = self.mode & IMPORTS_ONLY
        prev = "import"
        while self.tok != "EOF":
            t = self.tok
            if t == "import" and prev != "import":
                self.syntax_error("imports must appear before other declarations")
            prev = t
            if t == "func":
                if imports_only:
                    break
                decls.append(self.func_decl())
            elif t in ("import", "const", "type", "var"):
                if imports_only and t != "import":
                    break
                decls.append(self.gen_decl(t))
            else:
                if t == "{" and decls and isinstance(decls[-1], FuncDecl) and decls[-1].body is None:
                    self.syntax_error("unexpected semicolon or newline before {")
                else:
                    self.syntax_error("non-declaration statement outside function body")
                self.advance(_DECL_FOLLOW)
                continue
            if self.tok != "EOF" and not self.got(";"):
                self.syntax_error("after top level declaration")
                self.advance(_DECL_FOLLOW)
        for d in decls:
            if isinstance(d, GenDecl) and d.tok == "import":
                f.imports.extend(d.specs)  # type: ignore[arg-type]
        self._finish_comments(f)
        return f

    def _finish_comments(self, f: ast.File) -> None:
        f.comments = self.comment_groups
        pkg_pos = f.pos
        for g in self.comment_groups:
            for c in g.list:
                d = parse_directive(c.text)
                if d is not None:
                    directive = ast.Directive(c.pos, d[0], d[1])
                    f.directives.append(directive)
                    if d[0] == "go:build" and c.pos < pkg_pos and f.build_constraint is None:
                        f.build_constraint = d[1]

    # ------------------------------------------------------------ declarations

    def _directives(self, doc: ast.CommentGroup | None) -> list[ast.Directive]:
        out: list[ast.Directive] = []
        if doc is not None:
            for c in doc.list:
                d = parse_directive(c.text)
                if d is not None:
                    out.append(ast.Directive(c.pos, d[0], d[1]))
        return out

    def gen_decl(self, keyword: str) -> GenDecl:
        pos = self.pos
        doc = self._doc()
        self.next()
        if keyword == "import":
            f = self.import_spec
        elif keyword == "const":
            f = self.const_spec
        elif keyword == "type":
            f = self.type_spec
        else:
            f = self.var_spec
        d = GenDecl(pos, keyword, NO_POS, [], NO_POS, doc, self._directives(doc))
        specs = d.specs
        if self.tok == "(":
            d.lparen = self.pos
            self.next()

            def one() -> bool:
                s = f(len(specs))
                if s is not None:
                    specs.append(s)
                return False

            d.rparen = self.list("grouped declaration", ";", ")", one)
        else:
            s = f(0)
            if s is not None:
                specs.append(s)
        return d

    def import_spec(self, index: int) -> ast.ImportSpec | None:
        pos = self.pos
        doc = self._doc()
        name = None
        if self.tok == "NAME":
            name = self.name()
        elif self.tok == ".":
            name = Ident(self.pos, ".")
            self.next()
        path = self.oliteral()
        if path is None:
            self.syntax_error("missing import path")
            self.advance((";", ")"))
            return None
        if path.kind != "STRING":
            self.syntax_error_at(path.pos, "import path must be a string")
        return ast.ImportSpec(pos, name, path, doc)

    def const_spec(self, index: int) -> ast.ValueSpec:
        pos = self.pos
        doc = self._doc()
        names = self.name_list(self.name())
        typ = None
        values: list[ast.Expr] = []
        if self.tok not in ("EOF", ";", ")"):
            typ = self.type_or_nil()
            if self.got_assign():
                values = self.expr_list()
        return ast.ValueSpec(pos, names, typ, values, index, doc)

    def var_spec(self, index: int) -> ast.ValueSpec:
        pos = self.pos
        doc = self._doc()
        names = self.name_list(self.name())
        typ = None
        values: list[ast.Expr] = []
        if self.got_assign():
            values = self.expr_list()
        else:
            typ = self.type_()
            if self.got_assign():
                values = self.expr_list()
        return ast.ValueSpec(pos, names, typ, values, index, doc)

    def type_spec(self, index: int) -> TypeSpec:
        doc = self._doc()
        name = self.name()
        tparams = None
        assign = NO_POS
        typ: ast.Expr | None
        if self.tok == "[":
            lbrack = self.pos
            self.next()
            if self.tok == "NAME":
                x: ast.Expr = self.name()
                if self.tok != "[":
                    self.xnest += 1
                    x = self.binary_expr(self.pexpr(x, False), 0)
                    self.xnest -= 1
                pname, ptype = _extract_name(x, self.tok == ",")
                if pname is not None and (ptype is not None or self.tok != "]"):
                    fields, rbrack = self.param_list(pname, ptype, "]", True)
                    tparams = FieldList(lbrack, fields, rbrack)
                    if self.tok in ("=", ":="):
                        assign = self.pos
                        self.got_assign()
                    typ = self.type_or_nil()
                else:
                    typ = self.array_type(lbrack, x)
            elif self.tok == "]":
                self.next()
                typ = ArrayType(lbrack, None, self.type_())
            else:
                typ = self.array_type(lbrack, None)
        else:
            if self.tok in ("=", ":="):
                assign = self.pos
                self.got_assign()
            typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos)
            self.syntax_error("in type declaration")
            self.advance((";", ")"))
        return TypeSpec(name.pos, name, tparams, assign, typ, doc)

    def func_decl(self) -> FuncDecl:
        pos = self.pos
        doc = self._doc()
        self.next()
        recv = None
        context = ""
        if self.tok == "(":
            context = "method"
            lparen = self.pos
            self.next()
            fields, rparen = self.param_list(None, None, ")", False)
            count = sum(len(f.names) or 1 for f in fields)
            if count == 0:
                self.error("method has no receiver")
            elif count > 1:
                self.error("method has multiple receivers")
            recv = FieldList(lparen, fields, rparen)
        if self.tok == "NAME":
            name = self.name()
            ftype = self.func_type("", pos)  # methods may declare type parameters (go1.27; checked by the checker)
        else:
            name = Ident(self.pos, "_")
            ftype = FuncType(pos, None, FieldList(self.pos, []), None)
            self.syntax_error("expected name" if context else "expected name or (")
            self.advance(("{", ";"))
        body = None
        if self.tok == "{":
            body = self.func_body()
        return FuncDecl(pos, recv, name, ftype, body, doc, self._directives(doc))

    def func_body(self) -> BlockStmt:
        self.fnest += 1
        nerr = len(self.errors)
        seen = self.defer_or_recover
        body = self.block_stmt("")
        body.no_defer_or_recover = seen == self.defer_or_recover
        self.fnest -= 1
        if self.mode & CHECK_BRANCHES and nerr == len(self.errors) and not self._scan_errors_in(body):
            from tinypy_go.frontend.branches import check_branches

            errs: list[tuple[Pos, str]] = []
            check_branches(body, errs, lambda pos: str(self.fset.position(pos)))
            self.branch_errors.extend((pos, msg, self.i) for pos, msg in errs)
        return body

    def _scan_errors_in(self, body: BlockStmt) -> bool:
        lo, hi = body.pos, body.rbrace
        return any(lo <= p <= hi for p, _ in self.scan_errors)

    # ------------------------------------------------------------ expressions

    def expr(self) -> ast.Expr:
        return self.binary_expr(None, 0)

    def binary_expr(self, x: ast.Expr | None, prec: int) -> ast.Expr:
        if x is None:
            x = self.unary_expr() if self.tok in _UNARY else self.pexpr(None, True)
        precs = _PREC
        while True:
            t = self.tok
            tprec = precs.get(t, 0)
            if tprec <= prec:
                return x
            op_pos = self.pos
            i = self.i + 1  # an operator is never the last token
            self.i = i
            self.tok = self.kinds[i]
            self.pos = self.poss[i]
            y = self.binary_expr(None, tprec)
            x = BinaryExpr(x.pos, x, op_pos, t, y)

    def unary_expr(self) -> ast.Expr:
        t = self.tok
        if t not in _UNARY:
            return self.pexpr(None, True)
        pos = self.pos
        self.next()
        if t == "*":
            return StarExpr(pos, self.unary_expr())
        if t != "<-":
            return UnaryExpr(pos, t, self.unary_expr())
        x = self.unary_expr()
        if type(x) is ChanType:
            # <-chan T: re-associate the arrow with the channel type
            arrow = pos
            direction = ast.SEND
            c: ast.Expr = x
            while direction == ast.SEND:
                if type(c) is not ChanType:
                    break
                direction = c.dir
                if direction == ast.RECV:
                    self.syntax_error("unexpected <-, expected chan")
                old_arrow = c.arrow
                c.dir = ast.RECV
                c.pos = arrow
                c.arrow = arrow
                arrow = old_arrow
                c = c.value
            if direction == ast.SEND:
                from tinypy_go.frontend.printer import expr_string

                self.syntax_error(f"unexpected {expr_string(c)}, expected chan")
            return x
        return UnaryExpr(pos, "<-", x)

    def call_stmt(self) -> ast.Stmt:
        pos = self.pos
        t = self.tok
        self.next()
        x = self.pexpr(None, self.tok == "(")
        ux = ast.unparen(x)
        if ux is not x:
            self.error_at(x.pos, f"expression in {t} must not be parenthesized")
            x = ux
        if type(x) is not CallExpr:
            # cmd/compile's type checker reports this, so only without syntax errors
            self.late_errors.append((x.pos, f"expression in {t} must be function call", self.i))
            return ast.BadStmt(pos, x.pos)
        if t == "go":
            return ast.GoStmt(pos, x)
        self.defer_or_recover += 1
        return ast.DeferStmt(pos, x)

    def operand(self) -> ast.Expr:
        t = self.tok
        pos = self.pos
        if t in LITERALS:
            i = self.i
            x = BasicLit(pos, t, self.lits[i])
            i += 1
            self.i = i
            self.tok = self.kinds[i]
            self.pos = self.poss[i]
            return x
        if t == "NAME":
            x = Ident(pos, self.lits[self.i])
            self.next()
            return x
        if t == "(":
            self.next()
            self.xnest += 1
            x = self.expr()
            self.xnest -= 1
            rparen = self.pos
            self.want(")")
            return ParenExpr(pos, x, rparen)
        if t == "func":
            self.next()
            ftyp = self.func_type("function type", pos)
            if self.tok == "{":
                self.xnest += 1
                body = self.func_body()
                self.xnest -= 1
                return FuncLit(pos, ftyp, body)
            return ftyp
        if t in ("[", "chan", "map", "struct", "interface"):
            return self.type_()
        x = BadExpr(pos)
        self.syntax_error("expected expression")
        self.advance((")", "]", "}"))
        return x

    def pexpr(self, x: ast.Expr | None, keep_parens: bool) -> ast.Expr:
        if x is None:
            if self.tok == "NAME":
                i = self.i
                x = Ident(self.pos, self.lits[i])
                i += 1
                self.i = i
                t = self.tok = self.kinds[i]
                self.pos = self.poss[i]
                if t not in _POSTFIX:
                    return x
            else:
                x = self.operand()
        while True:
            t = self.tok
            if t not in _POSTFIX:
                return x
            pos = self.pos
            if t == ".":
                self.next()
                if self.tok == "NAME":
                    x = SelectorExpr(x.pos, x, Ident(self.pos, self.lits[self.i]))
                    self.next()
                elif self.tok == "(":
                    lparen = self.pos
                    self.next()
                    typ = None
                    if not self.got("type"):
                        typ = self.type_()
                    rparen = self.pos
                    self.want(")")
                    x = TypeAssertExpr(x.pos, x, lparen, typ, rparen)
                else:
                    self.syntax_error("expected name or (")
                    self.advance((";", ")"))
            elif t == "[":
                self.next()
                index: ast.Expr | list[ast.Expr] | None = None
                if self.tok != ":":
                    comma = False
                    if self.tok == "]":
                        self.syntax_error("expected operand")
                        index = BadExpr(self.pos)
                    else:
                        index, comma = self.type_list(False)
                    if comma or self.tok == "]":
                        rbrack = self.pos
                        self.want("]")
                        if type(index) is list:
                            x = IndexListExpr(x.pos, x, pos, index, rbrack)
                        else:
                            x = IndexExpr(x.pos, x, pos, index, rbrack)  # type: ignore[arg-type]
                        continue
                if not self.got(":"):
                    self.syntax_error("expected comma, : or ]")
                    self.advance((",", ":", "]"))
                self.xnest += 1
                high = mx = None
                slice3 = False
                if self.tok != ":" and self.tok != "]":
                    high = self.expr()
                if self.tok == ":":
                    slice3 = True
                    if high is None:
                        self.error("middle index required in 3-index slice")
                        high = BadExpr(self.pos)
                    self.next()
                    if self.tok != "]":
                        mx = self.expr()
                    else:
                        self.error("final index required in 3-index slice")
                        mx = BadExpr(self.pos)
                self.xnest -= 1
                rbrack = self.pos
                self.want("]")
                if type(index) is list:  # pragma: no cover - defensive
                    index = index[0]
                x = SliceExpr(x.pos, x, pos, index, high, mx, slice3, rbrack)  # type: ignore[arg-type]
            elif t == "(":
                self.next()
                args, ellipsis, rparen = self.arg_list()
                f = x
                while type(f) is ParenExpr:
                    f = f.x
                if type(f) is Ident and f.name == "recover":
                    self.defer_or_recover += 1
                x = CallExpr(x.pos, x, pos, args, ellipsis, rparen)
            elif t == "{":
                u = x
                while type(u) is ParenExpr:
                    u = u.x
                tu = type(u)
                if tu is Ident or tu is SelectorExpr:
                    ok = self.xnest >= 0
                elif tu is IndexExpr or tu is IndexListExpr:
                    ok = self.xnest >= 0 and not _is_value(u)
                else:
                    ok = tu is ArrayType or tu is StructType or tu is MapType
                if not ok:
                    return x
                if u is not x:
                    self.syntax_error("cannot parenthesize type in composite literal")
                x = self.complit_expr(x)
            else:
                return x

    def bare_complit_expr(self) -> ast.Expr:
        if self.tok == "{":
            return self.complit_expr(None)
        return self.binary_expr(None, 0)

    def complit_expr(self, typ: ast.Expr | None) -> CompositeLit:
        lbrace = self.pos
        self.xnest += 1
        self.want("{")
        elts: list[ast.Expr] = []
        while self.tok != "}" and self.tok != "EOF":
            e = self.bare_complit_expr()
            if self.tok == ":":
                colon = self.pos
                self.next()
                e = KeyValueExpr(e.pos, e, colon, self.bare_complit_expr())
            elts.append(e)
            if self.tok == ",":
                self.next()
            elif self.tok != "}":
                self.syntax_error("in composite literal; possibly missing comma or }")
                self.advance((")", "]", "}"))
                if self.tok != "}":
                    self.xnest -= 1
                    return CompositeLit(typ.pos if typ else lbrace, typ, elts, lbrace, self.pos, True)
        rbrace = self.pos
        self.want("}")
        self.xnest -= 1
        return CompositeLit(typ.pos if typ is not None else lbrace, typ, elts, lbrace, rbrace)

    # ------------------------------------------------------------ types

    def type_(self) -> ast.Expr:
        typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos)
            self.syntax_error("expected type")
            self.advance((",", ":", ";", ")", "]", "}"))
        return typ

    def type_or_nil(self) -> ast.Expr | None:
        t = self.tok
        pos = self.pos
        if t == "NAME":
            return self.qualified_name(None)
        if t == "*":
            self.next()
            return StarExpr(pos, self.type_())
        if t == "[":
            self.next()
            if self.got("]"):
                return ArrayType(pos, None, self.type_())
            return self.array_type(pos, None)
        if t == "func":
            self.next()
            return self.func_type("function type", pos)
        if t == "map":
            self.next()
            self.want("[")
            key = self.type_()
            self.want("]")
            return MapType(pos, key, self.type_())
        if t == "chan":
            self.next()
            direction = _BOTH
            arrow = NO_POS
            if self.tok == "<-":
                arrow = self.pos
                self.next()
                direction = ast.SEND
            return ChanType(pos, direction, self.chan_elem(), arrow)
        if t == "<-":
            self.next()
            self.want("chan")
            return ChanType(pos, ast.RECV, self.chan_elem(), pos)
        if t == "struct":
            return self.struct_type()
        if t == "interface":
            return self.interface_type()
        if t == "(":
            self.next()
            x = self.type_()
            rparen = self.pos
            self.want(")")
            return ParenExpr(pos, x, rparen)
        return None

    def type_instance(self, typ: ast.Expr) -> ast.Expr:
        lbrack = self.pos
        self.want("[")
        if self.tok == "]":
            self.syntax_error("expected type argument list")
            index: ast.Expr | list[ast.Expr] = BadExpr(self.pos)
        else:
            index, _ = self.type_list(True)
        rbrack = self.pos
        self.want("]")
        if type(index) is list:
            return IndexListExpr(typ.pos, typ, lbrack, index, rbrack)
        return IndexExpr(typ.pos, typ, lbrack, index, rbrack)  # type: ignore[arg-type]

    def func_type(self, context: str, pos: Pos) -> FuncType:
        """Parse ``[TypeParams] Parameters [Result]``; pos is the "func" keyword."""
        tparams = None
        if self.tok == "[":
            lbrack = self.pos
            self.next()
            if context:
                self.syntax_error_at(lbrack, context + " must have no type parameters")
            if self.tok == "]":
                self.syntax_error("empty type parameter list")
                self.next()
            else:
                fields, rbrack = self.param_list(None, None, "]", True)
                tparams = FieldList(lbrack, fields, rbrack)
        lparen = self.pos
        self.want("(")
        fields, rparen = self.param_list(None, None, ")", False)
        params = FieldList(lparen, fields, rparen)
        return FuncType(pos, tparams, params, self.func_result())

    def array_type(self, pos: Pos, length: ast.Expr | None) -> ArrayType:
        if length is None:
            if self.tok == "...":
                length = Ellipsis(self.pos)
                self.next()
            else:
                self.xnest += 1
                length = self.expr()
                self.xnest -= 1
        if self.tok == ",":
            self.syntax_error("unexpected comma; expected ]")
            self.next()
        self.want("]")
        return ArrayType(pos, length, self.type_())

    def chan_elem(self) -> ast.Expr:
        typ = self.type_or_nil()
        if typ is None:
            typ = BadExpr(self.pos)
            self.syntax_error("missing channel element type")
        return typ

    def struct_type(self) -> StructType:
        pos = self.pos
        self.want("struct")
        lbrace = self.pos
        self.want("{")
        fields: list[Field] = []

        def one() -> bool:
            self.field_decl(fields)
            return False

        rbrace = self.list("struct type", ";", "}", one)
        return StructType(pos, FieldList(lbrace, fields, rbrace))

    def interface_type(self) -> InterfaceType:
        pos = self.pos
        self.want("interface")
        lbrace = self.pos
        self.want("{")
        methods: list[Field] = []

        def one() -> bool:
            f = None
            if self.tok == "NAME":
                f = self.method_decl()
            if f is None or not f.names:
                f = self.embedded_elem(f)
            methods.append(f)
            return False

        rbrace = self.list("interface type", ";", "}", one)
        return InterfaceType(pos, FieldList(lbrace, methods, rbrace))

    def func_result(self) -> FieldList | None:
        if self.tok == "(":
            lparen = self.pos
            self.next()
            fields, rparen = self.param_list(None, None, ")", False)
            return FieldList(lparen, fields, rparen)
        typ = self.type_or_nil()
        if typ is not None:
            return FieldList(NO_POS, [Field(typ.pos, [], typ)])
        return None

    def field_decl(self, fields: list[Field]) -> None:
        pos = self.pos
        doc = self._doc()
        t = self.tok
        if t == "NAME":
            name = self.name()
            if self.tok in (".", ";", "}") or self.tok in LITERALS:
                typ = self.qualified_name(name)
                fields.append(Field(pos, [], typ, self.oliteral(), doc))
                return
            names = self.name_list(name)
            if len(names) == 1 and self.tok == "[":
                typ = self.array_or_targs()
                if type(typ) is not ArrayType:
                    typ.x = name  # type: ignore[attr-defined]
                    typ.pos = name.pos
                    fields.append(Field(pos, [], typ, self.oliteral(), doc))
                    return
            else:
                typ = self.type_()
            fields.append(Field(pos, names, typ, self.oliteral(), doc))
        elif t == "*":
            self.next()
            if self.tok == "(":
                self.syntax_error("cannot parenthesize embedded type")
                self.next()
                typ = self.qualified_name(None)
                self.got(")")
            else:
                typ = self.qualified_name(None)
            fields.append(Field(pos, [], StarExpr(pos, typ), self.oliteral(), doc))
        elif t == "(":
            self.syntax_error("cannot parenthesize embedded type")
            self.next()
            if self.tok == "*":
                spos = self.pos
                self.next()
                typ = StarExpr(spos, self.qualified_name(None))
            else:
                typ = self.qualified_name(None)
            self.got(")")
            fields.append(Field(pos, [], typ, self.oliteral(), doc))
        else:
            self.syntax_error("expected field name or embedded type")
            self.advance((";", "}"))

    def array_or_targs(self) -> ast.Expr:
        """After a name: ``[n]E`` or ``[]E`` (ArrayType) or type arguments
        ``[A, B]`` (an index expression whose x the caller fills in)."""
        pos = self.pos
        self.want("[")
        if self.got("]"):
            return ArrayType(pos, None, self.type_())
        n, comma = self.type_list(False)
        rbrack = self.pos
        self.want("]")
        if not comma:
            elem = self.type_or_nil()
            if elem is not None:
                return ArrayType(pos, n, elem)  # type: ignore[arg-type]
        if type(n) is list:
            return IndexListExpr(pos, None, pos, n, rbrack)  # type: ignore[arg-type]
        return IndexExpr(pos, None, pos, n, rbrack)  # type: ignore[arg-type]

    def oliteral(self) -> BasicLit | None:
        t = self.tok
        if t in LITERALS:
            b = BasicLit(self.pos, t, self.lits[self.i])
            self.next()
            return b
        return None

    def method_decl(self) -> Field:
        pos = self.pos
        doc = self._doc()
        name = self.name()
        context = "interface method"
        t = self.tok
        if t == "(":
            return Field(pos, [name], self.func_type(context, self.pos), None, doc)
        if t == "[":
            lbrack = self.pos
            self.next()
            if self.tok == "]":
                rpos = self.pos
                self.next()
                if self.tok == "(":
                    self.error_at(rpos, "empty type parameter list")
                    return Field(pos, [name], self.func_type(context, self.pos), None, doc)
                self.error_at(rpos, "empty type argument list")
                return Field(pos, [], name, None, doc)
            pars, rbrack = self._param_pars(None, None, "]", False)
            if not pars:
                if self.tok == "(":
                    return Field(pos, [name], self.func_type(context, self.pos), None, doc)
                return Field(pos, [], name, None, doc)
            if pars[0].name is not None and pars[0].type is not None or self._pars_named(pars):
                ftype = self.func_type(context, self.pos)
                self.error_at(lbrack, "interface method must have no type parameters")
                return Field(pos, [name], ftype, None, doc)
            types = [p.type if p.type is not None else p.name for p in pars]
            if len(types) == 1:
                x: ast.Expr = IndexExpr(name.pos, name, lbrack, types[0], rbrack)  # type: ignore[arg-type]
            else:
                x = IndexListExpr(name.pos, name, lbrack, types, rbrack)  # type: ignore[arg-type]
            return Field(pos, [], x, None, doc)
        return Field(pos, [], self.qualified_name(name), None, doc)

    @staticmethod
    def _pars_named(pars: list[_Par]) -> bool:
        return pars[0].name is not None

    def embedded_elem(self, f: Field | None) -> Field:
        if f is None:
            pos = self.pos
            f = Field(pos, [], self.embedded_term())
        f.type = self._union_rest(f.type)  # type: ignore[arg-type]
        return f

    def _union_rest(self, x: ast.Expr) -> ast.Expr:
        while self.tok == "|":
            op_pos = self.pos
            self.next()
            x = BinaryExpr(x.pos, x, op_pos, "|", self.embedded_term())
        return x

    def embedded_term(self) -> ast.Expr:
        if self.tok == "~":
            pos = self.pos
            self.next()
            return UnaryExpr(pos, "~", self.type_())
        t = self.type_or_nil()
        if t is None:
            t = BadExpr(self.pos)
            self.syntax_error("expected ~ term or type")
            self.advance(tuple(_OPERATOR_TOKENS) + (";", ")", "]", "}"))
        return t

    def param_decl_or_nil(self, name: Ident | None, follow: str) -> _Par | None:
        type_sets_ok = follow == "]"
        pos = self.pos
        if name is not None:
            pos = name.pos
        elif type_sets_ok and self.tok == "~":
            return _Par(pos, None, self._union_rest(self.embedded_term()))
        par = _Par(pos, None, None)
        if self.tok == "NAME" or name is not None:
            if name is None:
                name = self.name()
            if self.tok == "[":
                t = self.array_or_targs()
                if type(t) is ArrayType:
                    par.type = t
                    par.name = name
                else:
                    t.x = name  # type: ignore[attr-defined]
                    t.pos = name.pos
                    par.type = t
                if type_sets_ok and self.tok == "|":
                    par.type = self._union_rest(par.type)
                return par
            if self.tok == ".":
                par.type = self.qualified_name(name)
                if type_sets_ok and self.tok == "|":
                    par.type = self._union_rest(par.type)
                return par
            if type_sets_ok and self.tok == "|":
                par.type = self._union_rest(name)
                return par
            par.name = name
        if self.tok == "...":
            dpos = self.pos
            self.next()
            elt = self.type_or_nil()
            if elt is None:
                elt = BadExpr(self.pos)
                self.syntax_error("... is missing type")
            par.type = Ellipsis(dpos, elt)
            return par
        if type_sets_ok and self.tok == "~":
            par.type = self._union_rest(self.embedded_term())
            return par
        par.type = self.type_or_nil()
        if type_sets_ok and self.tok == "|" and par.type is not None:
            par.type = self._union_rest(par.type)
        if par.name is not None or par.type is not None:
            return par
        self.syntax_error("expected " + _tokstring(follow))
        self.advance((",", follow))
        return None

    def _param_pars(
        self, name: Ident | None, typ: ast.Expr | None, close: str, require_names: bool
    ) -> tuple[list[_Par], Pos]:
        """Parse the parameters up to close (already past the opening
        bracket) and distribute types; one _Par per name."""
        if name is not None and typ is not None and self.tok == close:
            end = self.pos
            self.next()
            return [_Par(name.pos, name, typ)], end
        pars: list[_Par] = []
        named = 0
        typed = 0
        # inline version of self.list("parameter list", ",", close, ...)
        while self.tok != "EOF" and self.tok != close:
            if typ is not None:
                par: _Par | None = _Par(name.pos, name, typ)  # type: ignore[union-attr]
            else:
                par = self.param_decl_or_nil(name, close)
            name = None
            typ = None
            if par is not None:
                if par.name is not None and par.type is not None:
                    named += 1
                if par.type is not None:
                    typed += 1
                pars.append(par)
            if self.tok == ",":
                self.next()
            elif self.tok != close:
                self.syntax_error(f"in parameter list; possibly missing comma or {close}")
                self.advance((")", "]", "}"))
                if self.tok != close:
                    end = self.pos
                    break
        else:
            end = self.pos
            self.want(close)
        if not pars:
            return pars, end
        if named == 0 and not require_names:
            for par in pars:
                if par.name is not None:
                    par.type = par.name
                    par.name = None
        elif named != len(pars):
            err_pos = NO_POS
            t: ast.Expr | None = None
            for par in reversed(pars):
                if par.type is not None:
                    t = par.type
                    if par.name is None:
                        err_pos = t.pos
                        par.name = Ident(err_pos, "_")
                elif t is not None:
                    par.type = t
                else:
                    err_pos = par.name.pos  # type: ignore[union-attr]
                    par.type = BadExpr(err_pos)
            if err_pos != NO_POS:
                # named == typed: the untyped names are at the end (the
                # right-to-left sweep would have typed any others).
                if named == typed:
                    err_pos = end
                    msg = "missing type constraint" if require_names else "missing parameter type"
                elif require_names:
                    msg = "missing type parameter name"
                    if len(pars) == 1:
                        msg += " or invalid array length"
                else:
                    msg = "missing parameter name"
                self.syntax_error_at(err_pos, msg)
        return pars, end

    def param_list(
        self, name: Ident | None, typ: ast.Expr | None, close: str, require_names: bool
    ) -> tuple[list[Field], Pos]:
        pars, end = self._param_pars(name, typ, close, require_names)
        fields: list[Field] = []
        last: Field | None = None
        for par in pars:
            if par.name is None:
                last = None
                fields.append(Field(par.pos, [], par.type))
            elif last is not None and last.type is par.type:
                last.names.append(par.name)
            else:
                last = Field(par.name.pos, [par.name], par.type)
                fields.append(last)
        return fields, end

    # ------------------------------------------------------------ statements

    def simple_stmt(self, lhs: list[ast.Expr] | None, keyword: str) -> ast.Stmt:
        if keyword == "for" and self.tok == "range":
            return self.range_clause(None, "", NO_POS)
        if lhs is None:
            lhs = self.expr_list()
        t = self.tok
        if len(lhs) == 1 and t != "=" and t != ":=":
            x = lhs[0]
            pos = self.pos
            if t in _ASSIGN_OPS:
                self.next()
                return AssignStmt(x.pos, lhs, pos, t, [self.expr()])
            if t == "++" or t == "--":
                self.next()
                return IncDecStmt(x.pos, x, pos, t)
            if t == "<-":
                self.next()
                return SendStmt(x.pos, x, pos, self.expr())
            return ExprStmt(x.pos, x)
        if t == "=" or t == ":=":
            pos = self.pos
            self.next()
            if keyword == "for" and self.tok == "range":
                return self.range_clause(lhs, t, pos)
            rhs = self.expr_list()
            if keyword == "switch" and t == ":=" and len(rhs) == 1 and len(lhs) == 1:
                r = rhs[0]
                if type(r) is TypeAssertExpr and r.type is None and type(lhs[0]) is Ident:
                    return _Guard(lhs[0].pos, lhs[0], pos, r)
            return AssignStmt(lhs[0].pos, lhs, pos, t, rhs)
        self.syntax_error("expected := or = or comma")
        self.advance((";", "}"))
        x = lhs[0]
        return ExprStmt(x.pos, x)

    def range_clause(self, lhs: list[ast.Expr] | None, tok: str, tok_pos: Pos) -> _Range:
        range_pos = self.pos
        self.next()
        return _Range(lhs, tok, tok_pos, range_pos, self.expr())

    def labeled_stmt(self, label: Ident) -> ast.Stmt | None:
        colon = self.pos
        self.want(":")
        if self.tok == "}":
            return LabeledStmt(label.pos, label, colon, EmptyStmt(self.pos, True))
        s = self.stmt_or_nil()
        if s is not None:
            return LabeledStmt(label.pos, label, colon, s)
        self.syntax_error_at(colon, "missing statement after label")
        return None

    def block_stmt(self, context: str) -> BlockStmt:
        pos = self.pos
        if self.tok == "{":
            self.next()
        else:
            self.syntax_error("expected { after " + context)
            self.advance(("NAME", "}"))
            if self.tok == "}":
                rbrace = self.pos
                self.next()
                return BlockStmt(pos, [], rbrace)
        stmts = self.stmt_list()
        rbrace = self.pos
        self.want("}")
        return BlockStmt(pos, stmts, rbrace)

    def decl_stmt(self) -> DeclStmt:
        pos = self.pos
        return DeclStmt(pos, self.gen_decl(self.tok))

    def for_stmt(self) -> ast.Stmt:
        pos = self.pos
        init, cond, post = self.header("for")
        body = self.block_stmt("for clause")
        if type(init) is _Range:
            lhs = init.lhs or []
            key = lhs[0] if lhs else None
            value = lhs[1] if len(lhs) > 1 else None
            if len(lhs) > 2:
                self.error_at(lhs[2].pos, "range clause permits at most two iteration variables")
            return ast.RangeStmt(pos, key, value, init.tok_pos, init.tok, init.range_pos, init.x, body)
        return ast.ForStmt(pos, init, cond, post, body)

    def header(self, keyword: str) -> tuple[ast.Stmt | None, ast.Expr | None, ast.Stmt | None]:
        self.want(keyword)
        init: ast.Stmt | None = None
        cond: ast.Expr | None = None
        post: ast.Stmt | None = None
        if self.tok == "{":
            if keyword == "if":
                self.syntax_error("missing condition in if statement")
                cond = BadExpr(self.pos)
            return None, cond, None
        outer = self.xnest
        self.xnest = -1
        if self.tok != ";":
            if self.got("var"):
                self.syntax_error(f"var declaration not allowed in {keyword} initializer")
            init = self.simple_stmt(None, keyword)
            if type(init) is _Range:
                self.xnest = outer
                return init, None, None
        cond_stmt: ast.Stmt | None = None
        semi_pos = NO_POS
        semi_lit = ""
        if self.tok != "{":
            if self.tok == ";":
                semi_pos = self.pos
                semi_lit = self.lits[self.i]
                self.next()
            else:
                self.want("{")
                if self.tok != "{":
                    self.advance(("{", "}"))
            if keyword == "for":
                if self.tok != ";":
                    if self.tok == "{":
                        self.syntax_error("expected for loop condition")
                        self.xnest = outer
                        return init, None, None
                    cond_stmt = self.simple_stmt(None, "")
                self.want(";")
                if self.tok != "{":
                    post = self.simple_stmt(None, "")
                    if type(post) is AssignStmt and post.tok == ":=":
                        self.syntax_error_at(post.tok_pos, "cannot declare in post statement of for loop")
            elif self.tok != "{":
                cond_stmt = self.simple_stmt(None, keyword)
        else:
            cond_stmt = init
            init = None
        if type(init) is _Guard:
            init = AssignStmt(init.pos, [init.lhs], init.tok_pos, ":=", [init.x])
        ts = type(cond_stmt)
        if cond_stmt is None:
            if keyword == "if" and semi_pos != NO_POS:
                if semi_lit != "semicolon":
                    self.syntax_error_at(semi_pos, f"unexpected {semi_lit}, expected {{ after if clause")
                else:
                    self.syntax_error_at(semi_pos, "missing condition in if statement")
                cond = BadExpr(semi_pos)
        elif ts is ExprStmt:
            cond = cond_stmt.x  # type: ignore[union-attr]
        elif ts is _Guard:
            cond = cond_stmt  # type: ignore[assignment]
        else:
            from tinypy_go.frontend.printer import expr_string, stmt_string

            if ts is AssignStmt and cond_stmt.tok == "=":  # type: ignore[union-attr]
                a = cond_stmt

                def emph(xs: list[ast.Expr]) -> str:
                    s = ", ".join(expr_string(x) for x in xs)
                    if len(xs) == 1 and type(xs[0]) is BinaryExpr:
                        return "(" + s + ")"
                    return s

                text = "assignment " + emph(a.lhs) + " = " + emph(a.rhs)  # type: ignore[union-attr]
            else:
                text = stmt_string(cond_stmt)
            self.syntax_error_at(_stmt_pos(cond_stmt), f"cannot use {text} as value")
            cond = BadExpr(cond_stmt.pos)
        self.xnest = outer
        return init, cond, post

    def if_stmt(self) -> IfStmt:
        pos = self.pos
        init, cond, _ = self.header("if")
        body = self.block_stmt("if clause")
        else_: ast.Stmt | None = None
        if self.got("else"):
            if self.tok == "if":
                else_ = self.if_stmt()
            elif self.tok == "{":
                else_ = self.block_stmt("")
            else:
                self.syntax_error("else must be followed by if or statement block")
                self.advance(("NAME", "}"))
        if cond is None or type(cond) is _Guard:
            cond = BadExpr(pos)
        return IfStmt(pos, init, cond, body, else_)

    def switch_stmt(self) -> ast.Stmt:
        pos = self.pos
        init, tag, _ = self.header("switch")
        lbrace = self.pos
        if not self.got("{"):
            self.syntax_error("missing { after switch clause")
            self.advance(("case", "default", "}"))
        clauses: list[ast.Stmt] = []
        while self.tok != "EOF" and self.tok != "}":
            clauses.append(self.case_clause())
        rbrace = self.pos
        self.want("}")
        body = BlockStmt(lbrace, clauses, rbrace)
        if type(tag) is _Guard:
            assign = AssignStmt(tag.pos, [tag.lhs], tag.tok_pos, ":=", [tag.x])
            return ast.TypeSwitchStmt(pos, init, assign, body)
        if type(tag) is TypeAssertExpr and tag.type is None:
            return ast.TypeSwitchStmt(pos, init, ExprStmt(tag.pos, tag), body)
        return ast.SwitchStmt(pos, init, tag, body)

    def select_stmt(self) -> ast.SelectStmt:
        pos = self.pos
        self.want("select")
        lbrace = self.pos
        if not self.got("{"):
            self.syntax_error("missing { after select clause")
            self.advance(("case", "default", "}"))
        clauses: list[ast.Stmt] = []
        while self.tok != "EOF" and self.tok != "}":
            clauses.append(self.comm_clause())
        rbrace = self.pos
        self.want("}")
        return ast.SelectStmt(pos, BlockStmt(lbrace, clauses, rbrace))

    def case_clause(self) -> CaseClause:
        pos = self.pos
        lst: list[ast.Expr] | None = None
        if self.tok == "case":
            self.next()
            lst = self.expr_list()
        elif self.tok == "default":
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance((":", "case", "default", "}"))
            lst = []
        colon = self.pos
        self.want(":")
        return CaseClause(pos, lst, colon, self.stmt_list())

    def comm_clause(self) -> CommClause:
        pos = self.pos
        comm: ast.Stmt | None = None
        if self.tok == "case":
            self.next()
            comm = self.simple_stmt(None, "")
        elif self.tok == "default":
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance((":", "case", "default", "}"))
        colon = self.pos
        self.want(":")
        return CommClause(pos, comm, colon, self.stmt_list())

    def stmt_or_nil(self) -> ast.Stmt | None:
        t = self.tok
        if t == "NAME":
            lhs = self.expr_list()
            if self.tok == ":" and len(lhs) == 1 and type(lhs[0]) is Ident:
                return self.labeled_stmt(lhs[0])
            return self.simple_stmt(lhs, "")
        if t == "var" or t == "const" or t == "type":
            return self.decl_stmt()
        if t == "{":
            return self.block_stmt("")
        if t in _STMT_UNARY or t in _STMT_OPERAND:
            return self.simple_stmt(None, "")
        if t == "if":
            return self.if_stmt()
        if t == "for":
            return self.for_stmt()
        if t == "return":
            pos = self.pos
            self.next()
            results: list[ast.Expr] = []
            if self.tok != ";" and self.tok != "}":
                results = self.expr_list()
            return ast.ReturnStmt(pos, results)
        if t == "switch":
            return self.switch_stmt()
        if t == "break" or t == "continue":
            pos = self.pos
            self.next()
            label = None
            if self.tok == "NAME":
                label = self.name()
            return BranchStmt(pos, t, label)
        if t == "go" or t == "defer":
            return self.call_stmt()
        if t == "select":
            return self.select_stmt()
        if t == "fallthrough":
            pos = self.pos
            self.next()
            return BranchStmt(pos, t)
        if t == "goto":
            pos = self.pos
            self.next()
            return BranchStmt(pos, t, self.name())
        if t == ";":
            return EmptyStmt(self.pos, self.lits[self.i] != "semicolon")
        return None

    def stmt_list(self) -> list[ast.Stmt]:
        stmts: list[ast.Stmt] = []
        while True:
            t = self.tok
            if t == "}" or t == "EOF" or t == "case" or t == "default":
                return stmts
            s = self.stmt_or_nil()
            if s is None:
                return stmts
            stmts.append(s)
            t = self.tok
            if t == ";":
                self.next()
            elif t != "}":
                self.syntax_error("at end of statement")
                self.advance((";", "}", "case", "default"))
                self.got(";")

    def arg_list(self) -> tuple[list[ast.Expr], Pos, Pos]:
        """Parse call arguments after "("; return (args, ellipsis, rparen)."""
        self.xnest += 1
        args: list[ast.Expr] = []
        ellipsis = NO_POS
        while self.tok != ")" and self.tok != "EOF":
            args.append(self.binary_expr(None, 0))
            done = False
            if self.tok == "...":
                ellipsis = self.pos
                self.next()
                done = True
            if self.tok == ",":
                self.next()
            elif self.tok != ")":
                self.syntax_error("in argument list; possibly missing comma or )")
                self.advance((")", "]", "}"))
                if self.tok != ")":
                    self.xnest -= 1
                    return args, ellipsis, self.pos
            if done:
                break
        rparen = self.pos
        self.want(")")
        self.xnest -= 1
        return args, ellipsis, rparen

    # ------------------------------------------------------------ common

    def name(self) -> Ident:
        if self.tok == "NAME":
            n = Ident(self.pos, self.lits[self.i])
            self.next()
            return n
        n = Ident(self.pos, "_")
        self.syntax_error("expected name")
        self.advance()
        return n

    def name_list(self, first: Ident) -> list[Ident]:
        names = [first]
        while self.tok == ",":
            self.next()
            names.append(self.name())
        return names

    def qualified_name(self, name: Ident | None) -> ast.Expr:
        if name is not None:
            x: ast.Expr = name
        elif self.tok == "NAME":
            x = Ident(self.pos, self.lits[self.i])
            self.next()
        else:
            x = Ident(self.pos, "_")
            self.syntax_error("expected name")
            self.advance((".", ";", "}"))
        if self.tok == ".":
            self.next()
            x = SelectorExpr(x.pos, x, self.name())
        if self.tok == "[":
            x = self.type_instance(x)
        return x

    def expr_list(self) -> list[ast.Expr]:
        x = self.binary_expr(None, 0)
        if self.tok != ",":
            return [x]
        lst = [x]
        while self.tok == ",":
            self.next()
            lst.append(self.binary_expr(None, 0))
        return lst

    def type_list(self, strict: bool) -> tuple[ast.Expr | list[ast.Expr], bool]:
        self.xnest += 1
        x: ast.Expr | list[ast.Expr] = self.type_() if strict else self.binary_expr(None, 0)
        comma = False
        if self.tok == ",":
            self.next()
            comma = True
            t = self.type_or_nil()
            if t is not None:
                lst = [x, t]
                while self.tok == ",":
                    self.next()
                    t = self.type_or_nil()
                    if t is None:
                        break
                    lst.append(t)
                x = lst  # type: ignore[assignment]
        self.xnest -= 1
        return x, comma

    # ------------------------------------------------------------ results

    def raw_errors(self) -> list[tuple[Pos, str]]:
        """All errors (scanner and parser) in the order cmd/compile would
        report them (scanner errors of a token come before parser errors
        raised while that token is current)."""
        keyed = [(k, 0, n, pos, msg) for n, ((pos, msg), k) in enumerate(
            zip(self.scan_errors, self.scan_error_toks, strict=True))]
        keyed += [(k, 1, n, pos, msg) for n, (pos, msg, k) in enumerate(self.errors + self.branch_errors)]
        if not keyed:
            keyed = [(k, 1, n, pos, msg) for n, (pos, msg, k) in enumerate(self.late_errors)]
        keyed.sort()
        return [(pos, msg) for _, _, _, pos, msg in keyed]


def _file_source(src: str | bytes) -> str:
    if isinstance(src, bytes):
        return src.decode("utf-8", "surrogateescape")
    return src


def parse_errors(fset: FileSet, filename: str, src: str | bytes, mode: int = 0
                 ) -> tuple[ast.File | None, list[Diagnostic]]:
    """Parse and return the tree (None if the package clause is broken)
    together with every diagnostic, unfiltered, in report order; this is
    what the conformance harness compares."""
    text = _file_source(src)
    f = fset.add_file(filename, text)
    p = Parser(fset, f, mode)
    node = p.parse_file()
    diags = [Diagnostic(fset.position(pos), msg) for pos, msg in p.raw_errors()]
    return node, diags


def parse_file(
    fset: FileSet,
    filename: str,
    src: str | bytes,
    mode: int = 0,
    errors: list[Diagnostic] | None = None,
) -> ast.File:
    """Parse one Go source file.

    Raises CompileError with the diagnostics (like cmd/compile, only the
    first syntax error of each line unless ALL_ERRORS is set).

    cmd/compile stops before type checking only on "syntax error: ..."
    messages; scanner errors (bad literals, invalid characters), branch and
    label errors and receiver-count errors are reported together with the
    type checker's.  Pass an ``errors`` list to get that behaviour: such
    non-fatal diagnostics are appended to it and the tree is returned.
    Without it every error raises.
    """
    node, diags = parse_errors(fset, filename, src, mode)
    if diags:
        if not mode & ALL_ERRORS:
            diags = _one_syntax_error_per_line(diags)
        fatal = node is None or errors is None or any(d.message.startswith("syntax error") for d in diags)
        if fatal:
            raise CompileError(diags)
        errors.extend(diags)  # type: ignore[union-attr]
    assert node is not None
    return node


def _one_syntax_error_per_line(diags: list[Diagnostic]) -> list[Diagnostic]:
    """cmd/compile drops a syntax error on the same line as the previously
    reported one (in report order)."""
    out: list[Diagnostic] = []
    last_line: tuple[str, int] | None = None
    for d in diags:
        if d.message.startswith("syntax error"):
            key = (d.position.filename, d.position.line)
            if key == last_line:
                continue
            last_line = key
        out.append(d)
    return out
