"""A small scanner for a Go file's header: package clause and import declarations.

The loader needs only these to build the package graph, and reading them
without a full parse keeps loading the stdlib graph cheap (hundreds of
files); the full parse happens later, once, in the parse stage.
"""

from __future__ import annotations

import ast as pyast
import re
from dataclasses import dataclass, field

from tinypy_go.frontend.token import Position


class HeaderError(Exception):
    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(slots=True)
class ImportDecl:
    path: str
    line: int
    column: int  # of the opening quote, in bytes, 1-based (as go reports it)
    name: str | None = None  # alias, "." or "_"


@dataclass(slots=True)
class Header:
    package: str
    line: int
    column: int
    imports: list[ImportDecl] = field(default_factory=list)

    @property
    def uses_cgo(self) -> bool:
        return any(i.path == "C" for i in self.imports)

    def import_position(self, filename: str, imp: ImportDecl) -> Position:
        return Position(filename, imp.line, imp.column)


_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r]+)
  | (?P<nl>\n)
  | (?P<lcomment>//[^\n]*)
  | (?P<bcomment>/\*.*?\*/)
  | (?P<ident>[^\W\d]\w*)
  | (?P<str>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
  | (?P<punct>[;().])
    """,
    re.VERBOSE | re.DOTALL,
)


class _Scanner:
    def __init__(self, src: str):
        self.src = src
        self.pos = 1 if src.startswith("\ufeff") else 0  # a leading byte-order mark is ignored, as by go
        self.line = 1
        self.line_start = 0
        self.tok_start = 0  # offset of the last token returned

    def column(self, offset: int) -> int:
        prefix = self.src[self.line_start:offset]
        return len(prefix.encode("utf-8", "surrogateescape")) + 1

    def next(self) -> tuple[str, str, int, int]:
        """The next significant token as (kind, text, line, col); newlines that
        would get an automatic semicolon are returned as ``;``."""
        while True:
            self.tok_start = self.pos
            if self.pos >= len(self.src):
                return ("eof", "", self.line, self.column(self.pos))
            m = _TOKEN.match(self.src, self.pos)
            if m is None:
                return ("other", self.src[self.pos], self.line, self.column(self.pos))
            kind = m.lastgroup or ""
            start = self.tok_start = m.start()
            line, line_start = self.line, self.line_start
            text = m.group()
            self.pos = m.end()
            newlines = text.count("\n")
            if newlines:
                self.line += newlines
                self.line_start = start + text.rindex("\n") + 1
            if kind in ("ws", "lcomment"):
                continue
            col = len(self.src[line_start:start].encode("utf-8", "surrogateescape")) + 1
            if kind == "bcomment":
                if newlines:
                    return ("nl", "\n", line, col)
                continue
            return (kind, text, line, col)


_ILLEGAL = re.compile("[\udc80-\udcff]")  # a byte of invalid UTF-8, as surrogateescape decodes it


def scan_header(src: str) -> Header:
    """Read the package clause and imports of ``src``; raises HeaderError.

    Invalid UTF-8 in what was read (up to the token it stopped at) is go's
    ``illegal UTF-8 encoding`` at the first bad byte: ``go build`` reads the
    header with go/scanner, which reports it before any parse error."""
    s = _Scanner(src)
    try:
        h = _scan_header(s)
    except HeaderError:
        _check_utf8(s, s.pos + 1)
        raise
    _check_utf8(s, s.tok_start)  # not the first token after the imports: the compiler reads that
    return h


def _check_utf8(s: _Scanner, end: int) -> None:
    m = _ILLEGAL.search(s.src, 0, end)
    if m is not None:
        off = m.start()
        line_start = s.src.rfind("\n", 0, off) + 1
        col = len(s.src[line_start:off].encode("utf-8", "surrogateescape")) + 1
        raise HeaderError(s.src.count("\n", 0, off) + 1, col, "illegal UTF-8 encoding")


def _scan_header(s: _Scanner) -> Header:
    tok = s.next()
    while tok[0] == "nl":
        tok = s.next()
    if tok[:2] != ("ident", "package"):
        raise HeaderError(tok[2], tok[3], f"expected 'package', found {_describe(tok)}")
    name_tok = s.next()
    if name_tok[0] != "ident":
        raise HeaderError(name_tok[2], name_tok[3], f"expected package name, found {_describe(name_tok)}")
    if name_tok[1] == "_":
        raise HeaderError(name_tok[2], name_tok[3], "invalid package name _")
    h = Header(name_tok[1], tok[2], tok[3])
    tok = s.next()
    while True:
        while tok[0] == "nl" or tok[1] == ";":
            tok = s.next()
        if tok[:2] != ("ident", "import"):
            return h
        tok = s.next()
        if tok[1] == "(":
            tok = s.next()
            while True:
                while tok[0] == "nl" or tok[1] == ";":
                    tok = s.next()
                if tok[1] == ")":
                    tok = s.next()
                    break
                tok = _import_spec(s, tok, h)
        else:
            tok = _import_spec(s, tok, h)


def _import_spec(s: _Scanner, tok: tuple[str, str, int, int], h: Header) -> tuple[str, str, int, int]:
    name = None
    start = tok
    if tok[0] == "ident" or tok[1] == ".":
        name = tok[1]
        tok = s.next()
    if tok[0] != "str":
        found = _describe(tok)
        raise HeaderError(start[2], start[3], f"missing import path; require quoted string, found {found}")
    lit = tok[1]
    try:
        path = lit[1:-1] if lit.startswith("`") else str(pyast.literal_eval(lit))
    except (ValueError, SyntaxError):
        raise HeaderError(tok[2], tok[3], f"invalid import path: {lit}") from None
    if not path or any(c in path for c in '!"#$%&\'()*,:;<=>?[\\]^`{|}') or any(
        ord(c) < 0x21 for c in path
    ):
        raise HeaderError(tok[2], tok[3], f"invalid import path: {lit}")
    h.imports.append(ImportDecl(path, tok[2], tok[3], name))
    return s.next()


def _describe(tok: tuple[str, str, int, int]) -> str:
    kind, text = tok[0], tok[1]
    if kind == "eof":
        return "EOF"
    if kind == "nl":
        return "newline"
    return f"'{text}'"
