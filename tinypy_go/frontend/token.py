"""Source positions, in the style of go/token.

A position is a single int (``Pos``): the file's base plus a character offset.
Storing one int per node keeps the AST small; line and column are computed
only when a diagnostic needs them.  Columns are reported in bytes, 1-based,
exactly as the Go toolchain reports them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

Pos = int
NO_POS: Pos = 0


@dataclass(slots=True)
class Position:
    filename: str
    line: int
    column: int

    def __str__(self) -> str:
        if self.line == 0:
            return self.filename or "-"
        return f"{self.filename}:{self.line}:{self.column}"


@dataclass(slots=True)
class File:
    """One source file registered in a FileSet."""

    name: str
    base: int
    text: str
    line_starts: list[int] = field(default_factory=lambda: [0])

    @property
    def size(self) -> int:
        return len(self.text)

    def pos(self, offset: int) -> Pos:
        return self.base + offset

    def offset(self, pos: Pos) -> int:
        return pos - self.base

    def compute_lines(self) -> None:
        """Fill line_starts from the text (the scanner may do it instead)."""
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.line_starts = starts

    def position(self, pos: Pos) -> Position:
        offset = pos - self.base
        if len(self.line_starts) == 1 and "\n" in self.text:
            self.compute_lines()
        line = bisect_right(self.line_starts, offset)
        start = self.line_starts[line - 1]
        prefix = self.text[start:offset]
        column = (len(prefix.encode("utf-8", "surrogateescape")) if not prefix.isascii() else len(prefix)) + 1
        return Position(self.name, line, column)


class FileSet:
    """Maps global positions back to files, like go/token.FileSet."""

    __slots__ = ("files", "_bases", "_next_base")

    def __init__(self) -> None:
        self.files: list[File] = []
        self._bases: list[int] = []
        self._next_base = 1

    def add_file(self, name: str, text: str) -> File:
        base = self._next_base
        f = File(name, base, text)
        self._next_base += len(text) + 1
        if not self._bases or base > self._bases[-1]:
            self.files.append(f)
            self._bases.append(base)
        else:  # after set_base() moved the next base below a later file
            i = bisect_right(self._bases, base)
            self.files.insert(i, f)
            self._bases.insert(i, base)
        return f

    def set_base(self, base: int) -> None:
        """Place the next files from ``base`` on (the package cache gives each
        package a fixed position range, so cached positions stay valid)."""
        self._next_base = base

    def is_free(self, lo: int, hi: int) -> bool:
        """Whether no file occupies any position in [lo, hi)."""
        i = bisect_right(self._bases, hi - 1) - 1
        if i < 0:
            return True
        f = self.files[i]
        return f.base + f.size + 1 <= lo

    def add_existing(self, f: File) -> None:
        """Register a File restored from the package cache at its own base."""
        i = bisect_right(self._bases, f.base)
        self.files.insert(i, f)
        self._bases.insert(i, f.base)

    def file(self, pos: Pos) -> File | None:
        if pos <= 0:
            return None
        i = bisect_right(self._bases, pos) - 1
        if i < 0:
            return None
        return self.files[i]

    def position(self, pos: Pos) -> Position:
        f = self.file(pos)
        if f is None:
            return Position("", 0, 0)
        return f.position(pos)
