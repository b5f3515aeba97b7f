"""Garbage-collector settings for the front end.

Parsing and checking allocate millions of long-lived objects (AST nodes,
types, Info entries) and few cyclic garbage ones; with CPython's default
threshold (a young collection every 700 allocations, each promoting
survivors that older collections walk again) the collector took a third
of the parse time.  ``relaxed()`` raises the young-generation threshold for
the duration of a stage and restores the caller's settings afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000


@contextmanager
def relaxed() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
