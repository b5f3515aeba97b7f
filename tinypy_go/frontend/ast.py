"""Go syntax tree, shaped like go/ast.

Class names are go/ast's; fields are go/ast's in snake_case.  Every node has
``pos`` (a ``token.Pos``: where the node starts); a few keep extra positions
that diagnostics need (closing braces, operator positions).  Operators and
keywords are kept as their source spelling (``"+"``, ``"&&"``, ``"<-"``,
``":="``, ``"break"`` ...).  Type-checking results never live here: they go
into the checker's Info tables, keyed by node identity.
"""

from __future__ import annotations

from dataclasses import field

from tinypy_go.frontend.token import NO_POS, Pos
from tinypy_go.nodeclass import node


class Node:
    __slots__ = ()
    pos: Pos

    def end(self) -> Pos:  # pragma: no cover - overridden where it matters
        return self.pos


class Expr(Node):
    __slots__ = ()


class Stmt(Node):
    __slots__ = ()


class Decl(Node):
    __slots__ = ()


class Spec(Node):
    __slots__ = ()


# ---------------------------------------------------------------- comments


@node
class Comment(Node):
    pos: Pos
    text: str  # including the // or /* */ markers


@node
class CommentGroup(Node):
    pos: Pos
    list: list[Comment]


@node
class Directive(Node):
    """A ``//go:xxx args`` or ``//export name`` line comment."""

    pos: Pos
    name: str  # "go:build", "go:wasmimport", "export", "go:linkname", ...
    args: str  # the rest of the line, stripped


# ---------------------------------------------------------------- expressions


@node
class BadExpr(Expr):
    pos: Pos
    end_pos: Pos = NO_POS


@node
class Ident(Expr):
    pos: Pos
    name: str

    def end(self) -> Pos:
        return self.pos + len(self.name)


@node
class Ellipsis(Expr):
    """``...T`` in a parameter list, or ``[...]`` as an array length (elt None)."""

    pos: Pos
    elt: Expr | None = None


@node
class BasicLit(Expr):
    pos: Pos
    kind: str  # "INT", "FLOAT", "IMAG", "CHAR", "STRING"
    value: str  # source text, e.g. "0x1F", "'a'", "`raw`"

    def end(self) -> Pos:
        return self.pos + len(self.value)


@node
class FuncLit(Expr):
    pos: Pos
    type: FuncType
    body: BlockStmt


@node
class CompositeLit(Expr):
    pos: Pos
    type: Expr | None  # None for elided types inside another literal
    elts: list[Expr]
    lbrace: Pos
    rbrace: Pos
    incomplete: bool = False


@node
class ParenExpr(Expr):
    pos: Pos  # "("
    x: Expr
    rparen: Pos = NO_POS


@node
class SelectorExpr(Expr):
    pos: Pos  # start of x
    x: Expr
    sel: Ident


@node
class IndexExpr(Expr):
    pos: Pos
    x: Expr
    lbrack: Pos
    index: Expr
    rbrack: Pos


@node
class IndexListExpr(Expr):
    """Generic instantiation with two or more type arguments: ``x[A, B]``."""

    pos: Pos
    x: Expr
    lbrack: Pos
    indices: list[Expr]
    rbrack: Pos


@node
class SliceExpr(Expr):
    pos: Pos
    x: Expr
    lbrack: Pos
    low: Expr | None
    high: Expr | None
    max: Expr | None
    slice3: bool
    rbrack: Pos


@node
class TypeAssertExpr(Expr):
    pos: Pos
    x: Expr
    lparen: Pos
    type: Expr | None  # None for x.(type) in a type switch
    rparen: Pos


@node
class CallExpr(Expr):
    pos: Pos
    fun: Expr
    lparen: Pos
    args: list[Expr]
    ellipsis: Pos  # position of "..." or NO_POS
    rparen: Pos


@node
class StarExpr(Expr):
    pos: Pos  # "*"
    x: Expr


@node
class UnaryExpr(Expr):
    pos: Pos  # operator
    op: str  # "+", "-", "!", "^", "&", "<-", "~"
    x: Expr


@node
class BinaryExpr(Expr):
    pos: Pos  # start of x
    x: Expr
    op_pos: Pos
    op: str
    y: Expr


@node
class KeyValueExpr(Expr):
    pos: Pos
    key: Expr
    colon: Pos
    value: Expr


# ---------------------------------------------------------------- types


@node
class ArrayType(Expr):
    """``[len]elt``; len is None for a slice type, Ellipsis for ``[...]elt``."""

    pos: Pos  # "["
    len: Expr | None
    elt: Expr


@node
class StructType(Expr):
    pos: Pos  # "struct"
    fields: FieldList


@node
class FuncType(Expr):
    pos: Pos  # "func" or the "(" of the parameters (in FuncDecl/method specs)
    type_params: FieldList | None
    params: FieldList
    results: FieldList | None


@node
class InterfaceType(Expr):
    """Methods are Fields with one name and a FuncType; embedded elements
    (types, unions ``A | ~B``) are Fields without names."""

    pos: Pos  # "interface"
    methods: FieldList


@node
class MapType(Expr):
    pos: Pos
    key: Expr
    value: Expr


SEND = 1
RECV = 2


@node
class ChanType(Expr):
    pos: Pos
    dir: int  # SEND | RECV for a bidirectional channel
    value: Expr
    arrow: Pos = NO_POS


@node
class Field(Node):
    pos: Pos
    names: list[Ident]
    type: Expr | None  # None only in erroneous code
    tag: BasicLit | None = None
    doc: CommentGroup | None = None
    comment: CommentGroup | None = None


@node
class FieldList(Node):
    pos: Pos  # opening "(" / "{" / "[", or NO_POS
    list: list[Field]
    closing: Pos = NO_POS

    def num_fields(self) -> int:
        return sum(len(f.names) or 1 for f in self.list)


# ---------------------------------------------------------------- statements


@node
class BadStmt(Stmt):
    pos: Pos
    end_pos: Pos = NO_POS


@node
class DeclStmt(Stmt):
    pos: Pos
    decl: GenDecl


@node
class EmptyStmt(Stmt):
    pos: Pos
    implicit: bool = False


@node
class LabeledStmt(Stmt):
    pos: Pos
    label: Ident
    colon: Pos
    stmt: Stmt


@node
class ExprStmt(Stmt):
    pos: Pos
    x: Expr


@node
class SendStmt(Stmt):
    pos: Pos
    chan: Expr
    arrow: Pos
    value: Expr


@node
class IncDecStmt(Stmt):
    pos: Pos
    x: Expr
    tok_pos: Pos
    tok: str  # "++" or "--"


@node
class AssignStmt(Stmt):
    pos: Pos
    lhs: list[Expr]
    tok_pos: Pos
    tok: str  # "=", ":=", "+=", ...
    rhs: list[Expr]


@node
class GoStmt(Stmt):
    pos: Pos
    call: CallExpr


@node
class DeferStmt(Stmt):
    pos: Pos
    call: CallExpr


@node
class ReturnStmt(Stmt):
    pos: Pos
    results: list[Expr]


@node
class BranchStmt(Stmt):
    pos: Pos
    tok: str  # "break", "continue", "goto", "fallthrough"
    label: Ident | None = None


@node
class BlockStmt(Stmt):
    pos: Pos  # "{"
    list: list[Stmt]
    rbrace: Pos = NO_POS
    # a function body in which the parser saw no defer statement and no call of a
    # name "recover" (nested literals included): the SSA builder skips its scan
    no_defer_or_recover: bool = False


@node
class IfStmt(Stmt):
    pos: Pos
    init: Stmt | None
    cond: Expr
    body: BlockStmt
    else_: Stmt | None = None  # IfStmt or BlockStmt


@node
class CaseClause(Stmt):
    pos: Pos  # "case" or "default"
    list: list[Expr] | None  # None means default
    colon: Pos
    body: list[Stmt]


@node
class SwitchStmt(Stmt):
    pos: Pos
    init: Stmt | None
    tag: Expr | None
    body: BlockStmt  # of CaseClause


@node
class TypeSwitchStmt(Stmt):
    pos: Pos
    init: Stmt | None
    assign: Stmt  # x := y.(type)  (AssignStmt)  or  y.(type)  (ExprStmt)
    body: BlockStmt  # of CaseClause


@node
class CommClause(Stmt):
    pos: Pos
    comm: Stmt | None  # SendStmt, ExprStmt or AssignStmt with a receive; None = default
    colon: Pos
    body: list[Stmt]


@node
class SelectStmt(Stmt):
    pos: Pos
    body: BlockStmt  # of CommClause


@node
class ForStmt(Stmt):
    pos: Pos
    init: Stmt | None
    cond: Expr | None
    post: Stmt | None
    body: BlockStmt


@node
class RangeStmt(Stmt):
    pos: Pos
    key: Expr | None
    value: Expr | None
    tok_pos: Pos
    tok: str  # "", "=" or ":="
    range_pos: Pos
    x: Expr
    body: BlockStmt


# ---------------------------------------------------------------- declarations


@node
class ImportSpec(Spec):
    pos: Pos
    name: Ident | None  # alias, "." or "_"
    path: BasicLit
    doc: CommentGroup | None = None


@node
class ValueSpec(Spec):
    """A const or var spec.  ``iota`` is the spec's index within its GenDecl
    (the value of iota in a const declaration)."""

    pos: Pos
    names: list[Ident]
    type: Expr | None
    values: list[Expr]
    iota: int = 0
    doc: CommentGroup | None = None


@node
class TypeSpec(Spec):
    pos: Pos
    name: Ident
    type_params: FieldList | None
    assign: Pos  # position of "=" for an alias, else NO_POS
    type: Expr
    doc: CommentGroup | None = None


@node
class GenDecl(Decl):
    pos: Pos
    tok: str  # "import", "const", "type", "var"
    lparen: Pos
    specs: list[Spec]
    rparen: Pos = NO_POS
    doc: CommentGroup | None = None
    directives: list[Directive] = field(default_factory=list)


@node
class FuncDecl(Decl):
    pos: Pos  # "func"
    recv: FieldList | None
    name: Ident
    type: FuncType
    body: BlockStmt | None  # None for a declaration without body (assembly/wasmimport)
    doc: CommentGroup | None = None
    directives: list[Directive] = field(default_factory=list)


_FUNC_BODY = FuncDecl.__dict__["body"]  # the slot itself, past LazyFuncDecl's property


def has_body(d: FuncDecl | FuncLit) -> bool:
    """Whether d has a body, without loading one the package cache kept apart."""
    return (_FUNC_BODY.__get__(d) if isinstance(d, FuncDecl) else d.body) is not None


class LazyFuncDecl(FuncDecl):
    """A FuncDecl from the package cache whose body is still in the cache entry
    (``pkgcache``: most bodies of a dependency are never built).  Reading ``body``
    loads it and turns the node back into a plain FuncDecl."""

    __slots__ = ()

    @property  # type: ignore[override]
    def body(self) -> BlockStmt | None:
        b = _FUNC_BODY.__get__(self)
        if b is not None and type(b) is not BlockStmt:
            b = b.load(self)  # pkgcache._LazyBody: sets the slot and the class
        return b

    @body.setter
    def body(self, value: BlockStmt | None) -> None:
        _FUNC_BODY.__set__(self, value)


_LITERAL_ELTS = CompositeLit.__dict__["elts"]


class LazyCompositeLit(CompositeLit):
    """A large package-level composite literal from the package cache whose elements
    are still in the cache entry (``unicode``'s tables: most are never used).
    Reading ``elts`` loads them and turns the node back into a plain CompositeLit."""

    __slots__ = ()

    @property  # type: ignore[override]
    def elts(self) -> list[Expr]:
        v = _LITERAL_ELTS.__get__(self)
        if type(v) is not list:
            v = v.load(self)  # pkgcache._LazyBody: sets the slot and the class
        return v

    @elts.setter
    def elts(self, value: list[Expr]) -> None:
        _LITERAL_ELTS.__set__(self, value)


def initialiser_literal(e: Expr) -> CompositeLit | None:
    """The composite literal an initialiser is, under parentheses and one ``&``."""
    e = unparen(e)
    if type(e) is UnaryExpr and e.op == "&":
        e = unparen(e.x)
    return e if isinstance(e, CompositeLit) else None


def load_literal(e: Expr) -> None:
    """Load the elements of a package variable's initialiser if the package cache kept
    them apart: code that dispatches on a node's exact class must see a CompositeLit."""
    lit = initialiser_literal(e)
    if type(lit) is LazyCompositeLit:
        lit.elts  # noqa: B018 - loads them


def node_fields(n: Node) -> tuple[str, ...]:
    """The names of n's fields (a lazy node's are its plain class's)."""
    t = type(n)
    if t is LazyFuncDecl:
        return FuncDecl.__slots__  # type: ignore[attr-defined]
    if t is LazyCompositeLit:
        return CompositeLit.__slots__  # type: ignore[attr-defined]
    return t.__slots__  # type: ignore[attr-defined]


@node
class BadDecl(Decl):
    pos: Pos
    end_pos: Pos = NO_POS


@node
class File(Node):
    pos: Pos  # "package"
    name: Ident
    decls: list[Decl]
    imports: list[ImportSpec]
    filename: str = ""
    build_constraint: str | None = None  # the expression after //go:build
    directives: list[Directive] = field(default_factory=list)  # all directives in the file
    comments: list[CommentGroup] = field(default_factory=list)
    doc: CommentGroup | None = None


def _reduce_as_call(node: Node):
    """Pickle a syntax node as a call of its class with its fields: about 300,000 nodes
    of a fmt program's packages go through the package cache, and as slot state
    (pickle's default for slotted classes) each costs twice the time to store and
    load.  Syntax is a tree, so no node's fields lead back to itself (a cycle would
    make pickling fail, and the package would just not be cached)."""
    return type(node), tuple(getattr(node, f) for f in node.__dataclass_fields__)  # type: ignore[attr-defined]


def _install_reducers() -> None:
    # FuncDecl (and LazyFuncDecl), FuncLit and File are objects the package cache tracks
    # by identity (pkgcache._tracked_classes): they keep the default
    for cls in list(globals().values()):
        if (isinstance(cls, type) and issubclass(cls, Node) and cls not in (FuncDecl, LazyFuncDecl, FuncLit, File,
                                                                            LazyCompositeLit)
                and hasattr(cls, "__dataclass_fields__")
                and all(f.init for f in cls.__dataclass_fields__.values())):
            cls.__reduce__ = _reduce_as_call  # type: ignore[method-assign]


_install_reducers()


def unparen(e: Expr) -> Expr:
    while isinstance(e, ParenExpr):
        e = e.x
    return e


def walk(node: Node):
    """Yield node and every node below it, depth first (for tests and tools)."""
    stack: list[object] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(reversed(n))
            continue
        if not isinstance(n, Node):
            continue
        yield n
        children = []
        for name in node_fields(n):
            v = getattr(n, name)
            if isinstance(v, (Node, list)):
                children.append(v)
        stack.extend(reversed(children))
