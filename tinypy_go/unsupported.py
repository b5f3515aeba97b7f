"""Standard packages that cannot work on wasm32-wasip1: importing one is a compile error.

The loader reports ``main.go:5:2: package net/http is not supported by this target``
(TinyGo's wording) at the user's import, also when the package is reached through
other standard packages (``log/syslog`` imports ``net``): then the error names the
user's import and the chain, ``package log/syslog is not supported by this target
(log/syslog imports net)``.

The table holds what WASI preview 1 has no means for (sockets, processes, signals,
dynamic loading, cgo, sanitizers) and what TinyGo rejects; a package that merely
misbehaves at run time under ``GOOS=wasip1`` (``os/user`` reads ``/etc/passwd``,
``debug/buildinfo`` needs the executable) compiles.  Packages that only *import* one of
these (``crypto/x509``, ``mime/multipart``, ``net/mail``, ``net/textproto``, ``expvar``,
``go/build``) are rejected through the chain rule, not listed here: a future stub
override of ``net`` would lift them all at once.
"""

from __future__ import annotations

# exact import path -> why it cannot work
UNSUPPORTED: dict[str, str] = {
    "net": "WASI preview 1 has no sockets",
    "net/http": "WASI preview 1 has no sockets",
    "net/rpc": "WASI preview 1 has no sockets",
    "net/smtp": "WASI preview 1 has no sockets",
    "crypto/tls": "WASI preview 1 has no sockets",
    "os/exec": "WASI preview 1 cannot start processes",
    "os/signal": "WASI preview 1 has no signals",
    "plugin": "no dynamic loading on wasm",
    "syscall/js": "GOOS=js only (browser/Node host)",
    "runtime/cgo": "cgo is not supported",
    "runtime/race": "the race detector is not supported",
    "runtime/msan": "the memory sanitizer is not supported",
    "runtime/asan": "the address sanitizer is not supported",
}

# GOOS=js (-target=wasm): syscall/js is the point; the rest stays out (gc's js
# port fakes the network in-process, which is not what a program wants).
UNSUPPORTED_JS: dict[str, str] = {
    **{k: v.replace("WASI preview 1", "tinypy's js target") for k, v in UNSUPPORTED.items()},
}
del UNSUPPORTED_JS["syscall/js"]

# every package below these paths (net/http/httptest, net/rpc/jsonrpc, ...)
UNSUPPORTED_TREES: tuple[str, ...] = ("net/http/", "net/rpc/")


def unsupported_reason(path: str, goos: str = "wasip1") -> str | None:
    """Why the standard package ``path`` cannot be imported for ``goos``, or None."""
    table = UNSUPPORTED_JS if goos == "js" else UNSUPPORTED
    if path in table:
        return table[path]
    for tree in UNSUPPORTED_TREES:
        if path.startswith(tree):
            return table[tree.rstrip("/")]
    return None


def unsupported_message(chain: list[str]) -> str:
    """The error for the user's import of ``chain[0]`` that leads to ``chain[-1]``
    (a chain of one: a direct import of an unsupported package)."""
    msg = f"package {chain[0]} is not supported by this target"
    if len(chain) > 1:
        msg += " (" + " imports ".join(chain) + ")"
    return msg
