"""``node``: the class decorator of the syntax tree's and the SSA IR's node classes.

``dataclass(slots=True, eq=False)`` without its generated ``__repr__``: every
command imports about 100 node classes, and compiling a ``__repr__`` for each
was a fifth of what their dataclasses cost at start-up (0.5 ms a class).  One
shared ``__repr__`` prints the same text, for the rare debugging session.
"""

from __future__ import annotations

import dataclasses
import reprlib
from typing import Any, TypeVar

C = TypeVar("C", bound=type)


def node(cls: C) -> C:
    out = dataclasses.dataclass(slots=True, eq=False, repr=False)(cls)
    if "__repr__" not in out.__dict__:
        out.__repr__ = _fields_repr  # type: ignore[assignment]
    return out  # type: ignore[return-value]


@reprlib.recursive_repr()
def _fields_repr(self: Any) -> str:
    """What dataclass's __repr__ prints: ``Class(field=value, ...)``."""
    fields = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)
    return f"{type(self).__qualname__}({fields})"
