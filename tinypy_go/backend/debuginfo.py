"""DWARF line tables: a ``!dbg`` location on every instruction of the Go functions.

So that wasmtime's trap backtraces (``WASMTIME_BACKTRACE_DETAILS=1``) and
browser devtools show Go files and lines, as with TinyGo.  Only line tables
(``emissionKind: LineTablesOnly``): no variables or types.  ``-no-debug``
builds emit none (and wasm-ld strips the rest); the name section is kept
either way.

The function generator marks where each SSA instruction starts with a
``;@dbg POS`` line (``FuncGen.lower``); ``attach`` turns the markers into
``!dbg`` attachments of the instructions that follow, each an inline
``!DILocation(...)`` (LLVM uniques equal ones as it parses; as numbered nodes
they were 12,000 of a fmt program's 14,000 top-level entities, which
``split.py`` parsed, closed over and renumbered one by one: 0.16 -> 0.10 s), so the lines other
parts of the backend insert afterwards (GC frames, phis, the panic exit) get
the location of the Go instruction they belong to.  Compiler-made functions
(wrappers, dispatchers, raw IR) carry no subprogram and need none.
"""

from __future__ import annotations

import os
from typing import Any

from tinypy_go.backend.llvmtypes import content_number

MARK = ";@dbg "
_BASE = 1_000_000  # metadata numbers far from the backend's own (closures.INVARIANT_MD)
# the compile unit, the subroutine type and the two module flags; the other nodes are
# numbered by content from _FIRST_CONTENT on (llvmtypes.content_number: split.py cuts
# the module without renumbering, so a node's number must not depend on lowering order)
_CU, _SUBROUTINE, _FLAG_VERSION, _FLAG_DEBUG = range(_BASE, _BASE + 4)
_FIRST_CONTENT = _BASE + 16
_CONTENT_SPAN = 1 << 30
MAX_COLUMN = 65535  # DILocation column limit of the IR parser


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\5C").replace('"', "\\22") + '"'


class DebugInfo:
    """The module's debug metadata, numbered from _BASE."""

    def __init__(self, fset: Any):
        self.fset = fset
        self.nodes: list[str] = []
        self.taken: dict[int, str] = {}  # content-derived numbers in use
        self.files: dict[str, int] = {}
        self.cu = _CU
        self.subroutine = _SUBROUTINE
        self.nodes.append(f"!{_SUBROUTINE} = !DISubroutineType(types: !{{}})")
        self.cu_file = self.file("<go>")

    def _add(self, text: str) -> int:
        n = content_number(text, self.taken, _FIRST_CONTENT, _CONTENT_SPAN)
        self.nodes.append(f"!{n} = {text}")
        return n

    def file(self, name: str) -> int:
        got = self.files.get(name)
        if got is None:
            path = os.path.abspath(name) if name and not name.startswith("<") else name
            d, base = os.path.split(path)
            got = self.files[name] = self._add(f"!DIFile(filename: {_quote(base)}, directory: {_quote(d)})")
        return got

    def subprogram(self, name: str, pos: int) -> int | None:
        """The DISubprogram of a Go function, or None without a position."""
        p = self.fset.position(pos) if pos else None
        if p is None or not p.filename or not p.line:
            return None
        f = self.file(p.filename)
        return self._add(
            f"distinct !DISubprogram(name: {_quote(name)}, linkageName: {_quote(name)}, scope: !{f}, "
            f"file: !{f}, line: {p.line}, type: !{self.subroutine}, scopeLine: {p.line}, "
            f"spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !{self.cu})")

    def attach(self, sp: int, fn_pos: int, lines: list[str]) -> list[str]:
        """The function's lines with the markers replaced by !dbg attachments."""
        locs: dict[tuple[int, int, int], str] = {}
        file_of: dict[int, int] = {}

        def loc(pos: int) -> str:
            p = self.fset.position(pos)
            line = p.line if p.filename else 0
            f = self.file(p.filename) if p.filename else 0
            col = p.column if p.column <= MAX_COLUMN else 0  # LLVM rejects wider columns; 0 is "unknown"
            key = (f, line, col)
            att = locs.get(key)
            if att is None:
                scope = sp if f == file_of.setdefault(sp, f) or not f else self._lexical(sp, f)
                att = locs[key] = f", !dbg !DILocation(line: {line}, column: {col}, scope: !{scope})"
            return att

        current = loc(fn_pos)
        out = []
        append = out.append
        mark, n = MARK, len(MARK)
        for ln in lines:
            if ln[:2] != "  ":  # labels, the define line, markers
                if ln.startswith(mark):
                    current = loc(int(ln[n:]))
                    continue
                append(ln)
            elif ln[2:3] != ";":  # an instruction
                append(ln + current if not ln.isspace() else ln)
            elif ln.startswith("  ;lazyinit "):  # a call staticdata.LazyInits.resolve puts here
                append(ln + current)
            else:
                append(ln)
        return out

    def _lexical(self, sp: int, f: int) -> int:
        """A scope in another file (an instruction positioned in a different file than its
        function, e.g. from a generic or an inlined body): a lexical block file."""
        key = -sp * 1_000_003 - f
        got = self.files.get(str(key))
        if got is None:
            got = self.files[str(key)] = self._add(f"!DILexicalBlockFile(scope: !{sp}, file: !{f}, discriminator: 0)")
        return got

    def module_lines(self) -> list[str]:
        """The compile unit, the module flags and every node."""
        flags_v, flags_d = _FLAG_VERSION, _FLAG_DEBUG
        return [
            f"!llvm.dbg.cu = !{{!{self.cu}}}",
            f"!llvm.module.flags = !{{!{flags_v}, !{flags_d}}}",
            f'!{flags_v} = !{{i32 7, !"Dwarf Version", i32 4}}',
            f'!{flags_d} = !{{i32 2, !"Debug Info Version", i32 3}}',
            f"!{self.cu} = distinct !DICompileUnit(language: DW_LANG_Go, file: !{self.cu_file}, "
            f'producer: "tinypy-go", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)',
            *self.nodes,
        ]
