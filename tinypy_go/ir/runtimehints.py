"""What the compiler must know about particular runtime functions, declared on
the functions themselves: a ``//tinypy:HINT [ARG]`` line in the doc comment of
a function in the runtime's Go sources (``runtime/runtime/*.go``), recorded by
the SSA builder in ``Function.hints``.  The policy sits next to the code it is
about, instead of in name tables spread over the backend.

=================  ===================================================================
``nopanic``        a call to it never starts a panic: no unwinding test after the call
                   (``backend/panics.py``)
``unwinds``        handles unwinding itself: no unwinding tests in its body (``panics.py``)
``intrinsic``      has no Go body; the backend emits it (``backend/codegen.py``);
                   ``intrinsic task``: one of the task switch's (``backend/goroutines.py``);
                   ``intrinsic plain``: one that never switches tasks (``goroutines.py``)
``collects``       is the collector or may run it (``backend/gcroots.py``)
``allocator``      a heap allocation: with ``-gc=none`` only the runtime may call it (``gcroots.py``)
``sched NAME``     with the scheduler linked in, calls of it go to ``runtime.NAME`` (``goroutines.py``)
``schedroot``      reaching it means the program runs goroutines; ``schedroot js``: only for
                   ``-target=wasm`` (``goroutines.py``)
``chans NAME``     once the program can make channels, reflect's hook goes to ``runtime.NAME``
``chanroot``       reaching it means the program can make channels
``nostackcheck``   runs while the stack limit belongs to the goroutine being switched to:
                   no stack-overflow check (``goroutines.py``)
=================  ===================================================================

Only the runtime package's hints count (elsewhere ``//tinypy:`` is a comment, as it is
to ``go``); an unknown hint there is a compile error (``builder.py``).
"""

from __future__ import annotations

from typing import Any

HINTS = frozenset({"nopanic", "unwinds", "intrinsic", "collects", "allocator", "sched", "schedroot", "chans",
                   "chanroot", "nostackcheck"})
RUNTIME = "runtime"  # the package whose hints count


def hinted(prog: Any, hint: str, arg: str | None = None) -> frozenset[str]:
    """The names of the runtime functions with ``hint`` (and, if given, that argument)."""
    key = ("runtimehints", hint, arg)
    got = prog.synthetic.get(key)
    if got is None:
        rt = prog.packages.get(RUNTIME)
        fns = rt.functions.values() if rt is not None else ()
        got = frozenset(fn.name for fn in fns if hint in fn.hints and (arg is None or fn.hints[hint] == arg))
        prog.synthetic[key] = got
    return got


def targets(prog: Any, hint: str) -> dict[str, str]:
    """``{function: runtime.ARG}`` for the runtime functions with ``hint ARG`` (sched, chans)."""
    key = ("runtimehints", hint, "targets")
    got = prog.synthetic.get(key)
    if got is None:
        rt = prog.packages.get(RUNTIME)
        fns = rt.functions.values() if rt is not None else ()
        got = {fn.name: f"{RUNTIME}.{fn.hints[hint]}" for fn in fns if fn.hints.get(hint)}
        prog.synthetic[key] = got
    return got
