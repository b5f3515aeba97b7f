"""Build constraints (``//go:build`` and legacy ``// +build``), as go/build/constraint.

Used by the loader to select files; kept separate from it so the grammar
can be unit-tested on its own.  Expressions are parsed once into a tiny
tree and evaluated against a tag predicate, because the loader evaluates
the same file's constraint only once but tests want to inspect the tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


class ConstraintError(Exception):
    """A malformed build constraint (go/build reports these per file)."""


@dataclass(frozen=True, slots=True)
class Tag:
    name: str

    def eval(self, ok: Callable[[str], bool]) -> bool:
        return ok(self.name)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Not:
    x: Expr

    def eval(self, ok: Callable[[str], bool]) -> bool:
        return not self.x.eval(ok)

    def __str__(self) -> str:
        s = str(self.x)
        return f"!{s}" if isinstance(self.x, Tag | Not) else f"!({s})"


@dataclass(frozen=True, slots=True)
class And:
    x: Expr
    y: Expr

    def eval(self, ok: Callable[[str], bool]) -> bool:
        return self.x.eval(ok) and self.y.eval(ok)

    def __str__(self) -> str:
        return f"{_paren(self.x, Or)} && {_paren(self.y, Or)}"


@dataclass(frozen=True, slots=True)
class Or:
    x: Expr
    y: Expr

    def eval(self, ok: Callable[[str], bool]) -> bool:
        return self.x.eval(ok) or self.y.eval(ok)

    def __str__(self) -> str:
        return f"{self.x} || {self.y}"


Expr = Tag | Not | And | Or


def _paren(e: Expr, kind: type) -> str:
    return f"({e})" if isinstance(e, kind) else str(e)


_TOKEN = re.compile(r"\s*(?:(&&|\|\||!|\(|\))|([A-Za-z0-9_.]+)|(\S))")


def is_go_build(line: str) -> bool:
    """Whether ``line`` is a ``//go:build`` comment (the text after it may be anything)."""
    line = line.strip()
    return line.startswith("//go:build") and (len(line) == 10 or line[10] in " \t")


def is_plus_build(line: str) -> bool:
    line = line.strip()
    if not line.startswith("//"):
        return False
    rest = line[2:].strip()
    return rest.startswith("+build") and (len(rest) == 6 or rest[6] in " \t")


def parse(line: str) -> Expr:
    """Parse a ``//go:build expr`` line (or just ``expr``)."""
    text = line.strip()
    if text.startswith("//go:build"):
        text = text[len("//go:build"):]
    return _Parser(text).parse()


class _Parser:
    def __init__(self, text: str):
        self.toks: list[tuple[str, str]] = []  # (kind, text): kind "op" or "tag"
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:  # only trailing whitespace is left
                break
            if m.group(1):
                self.toks.append(("op", m.group(1)))
            elif m.group(2):
                self.toks.append(("tag", m.group(2)))
            else:
                raise ConstraintError(f"invalid syntax at {m.group(3)}")
            pos = m.end()
        self.i = 0

    def peek(self) -> str | None:
        return self.toks[self.i][1] if self.i < len(self.toks) else None

    def parse(self) -> Expr:
        if not self.toks:
            raise ConstraintError("unexpected end of expression")
        e = self.or_()
        if self.i < len(self.toks):
            raise ConstraintError(f"unexpected token {self.toks[self.i][1]}")
        return e

    def or_(self) -> Expr:
        x = self.and_()
        while self.peek() == "||":
            self.i += 1
            x = Or(x, self.and_())
        return x

    def and_(self) -> Expr:
        x = self.not_()
        while self.peek() == "&&":
            self.i += 1
            x = And(x, self.not_())
        return x

    def not_(self) -> Expr:
        if self.peek() == "!":
            self.i += 1
            if self.peek() == "!":
                raise ConstraintError("double negation not allowed")
            return Not(self.not_())
        return self.atom()

    def atom(self) -> Expr:
        if self.i >= len(self.toks):
            raise ConstraintError("unexpected end of expression")
        kind, text = self.toks[self.i]
        self.i += 1
        if text == "(":
            x = self.or_()
            if self.peek() != ")":
                raise ConstraintError("missing close paren")
            self.i += 1
            return x
        if kind != "tag":
            raise ConstraintError(f"unexpected token {text}")
        return Tag(text)


def parse_plus_build(line: str) -> Expr:
    """Parse a legacy ``// +build a,b !c`` line: spaces are OR, commas AND."""
    rest = line.strip()[2:].strip()[len("+build"):]
    clauses: list[Expr] = []
    for clause in rest.split():
        terms: list[Expr] = []
        for lit in clause.split(","):
            neg = lit.startswith("!")
            name = lit[1:] if neg else lit
            if not name or name.startswith("!") or not re.fullmatch(r"[A-Za-z0-9_.]+", name):
                raise ConstraintError(f"invalid +build tag {lit!r}")
            terms.append(Not(Tag(name)) if neg else Tag(name))
        e = terms[0]
        for t in terms[1:]:
            e = And(e, t)
        clauses.append(e)
    if not clauses:
        raise ConstraintError("empty +build line")
    e = clauses[0]
    for c in clauses[1:]:
        e = Or(e, c)
    return e


def header_constraint(src: str) -> Expr | None:
    """The constraint of a Go file, from the comments before its package clause.

    As go/build: a ``//go:build`` line wins; otherwise the ``// +build`` lines
    (AND-ed) that are followed by a blank line before the package clause.
    Lines inside ``/* */`` comments do not count.  Returns None if unconstrained.
    """
    go_build: list[str] = []
    plus_build: list[str] = []
    pending_plus: list[str] = []
    in_block = False
    for raw in src.splitlines():
        line = raw.strip()
        if in_block:
            if "*/" in line:
                in_block = False
                rest = line[line.index("*/") + 2:].strip()
                if rest and not rest.startswith("//"):
                    break
            continue
        if not line:
            plus_build.extend(pending_plus)
            pending_plus = []
            continue
        if line.startswith("//"):
            if is_go_build(line):
                go_build.append(line)
            elif is_plus_build(line):
                pending_plus.append(line)
            continue
        if line.startswith("/*"):
            if "*/" not in line[2:]:
                in_block = True
                continue
            rest = line[line.index("*/", 2) + 2:].strip()
            if not rest or rest.startswith("//"):
                continue
        break  # the package clause (or anything else) ends the header
    if len(go_build) > 1:
        raise ConstraintError("multiple //go:build comments")
    if go_build:
        return parse(go_build[0])
    if plus_build:
        e = parse_plus_build(plus_build[0])
        for line in plus_build[1:]:
            e = And(e, parse_plus_build(line))
        return e
    return None
