"""Lexical scopes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinypy_go.frontend.token import NO_POS, Pos

if TYPE_CHECKING:
    from tinypy_go.frontend.types.objects import Object


class Scope:
    __slots__ = ("parent", "children", "elems", "pos", "end", "comment", "is_func")

    def __init__(self, parent: Scope | None, pos: Pos = NO_POS, end: Pos = NO_POS, comment: str = "",
                 is_func: bool = False):
        self.parent = parent
        self.children: list[Scope] = []
        self.elems: dict[str, Object] = {}
        self.pos = pos
        self.end = end
        self.comment = comment
        self.is_func = is_func
        if parent is not None and parent is not UNIVERSE_SENTINEL:
            # as go/types: not under the universe, which would keep every
            # package of every build of this process alive
            parent.children.append(self)

    def __len__(self) -> int:
        return len(self.elems)

    def names(self) -> list[str]:
        return sorted(self.elems)

    def lookup(self, name: str) -> Object | None:
        return self.elems.get(name)

    def lookup_parent(self, name: str) -> tuple[Scope | None, Object | None]:
        s: Scope | None = self
        while s is not None:
            o = s.elems.get(name)
            if o is not None:
                return s, o
            s = s.parent
        return None, None

    def insert(self, obj: Object) -> Object | None:
        """Insert obj unless the name exists; returns the existing object."""
        name = obj.name
        alt = self.elems.get(name)
        if alt is not None:
            return alt
        self.elems[name] = obj
        if obj.parent is None:
            obj.parent = self
        return None

    def innermost(self, pos: Pos) -> Scope | None:
        for c in self.children:
            if c.pos <= pos < c.end:
                return c.innermost(pos) or c
        return None

    def __repr__(self) -> str:
        return f"Scope({self.comment}, {self.names()})"


UNIVERSE_SENTINEL: Scope | None = None  # the universe scope, once universe.py has made it
