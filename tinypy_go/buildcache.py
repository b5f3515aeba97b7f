"""Whole-build caches: LLVM IR of a program, and the object file of an IR text.

The object stage (llvmlite: parse, -opt pipeline, wasm codegen) is most of a
build's time, and the front half (parse, check, SSA, LLVM IR) most of the
rest.  Both are pure functions of their inputs, so their results are kept in
the content-addressed user cache (``cache.py``):

``ir`` entries
    key: the compiler's own source (every ``tinypy_go/**/*.py``), every
    ``TINYPY_*`` environment variable but ``TINYPY_CACHE``, the build
    configuration minus ``-opt``/``-o``/printing flags (the IR does not depend
    on the optimization level), and each loaded package's path and files
    (display name + content).  value: the pickled ``CompiledModule``, zlib-compressed.  So the
    same program built again, or at another ``-opt``, skips parse..llvm.
``obj`` entries
    key: sha256 of the IR text, the ``-opt`` level, the target, the llvmlite
    version (each llvmlite release bundles one LLVM) and the source of
    ``backend/objfile.py``.  value: the
    wasm object file.
``wasm`` entries
    key: the compiler's source, the objects, the link options, the config
    fields post-link passes read (``-opt``, ``-scheduler``, ``-no-debug``, ...)
    and the versions of the external tools.  value: the final module, so an
    unchanged rebuild skips wasm-ld and every post-link pass
    (``build.link_stage``).

Only successful builds are stored.  ``TINYPY_BUILDCACHE=0`` (or ``off``)
disables them; builds that print internal dumps, or run with
non-default stage hooks (tests), bypass the IR cache.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinypy_go import cache

FORMAT = "buildcache/1"
_compiler_hash: str | None = None
_objfile_hash: str | None = None


def enabled() -> bool:
    return os.environ.get("TINYPY_BUILDCACHE", "1").lower() not in ("0", "off", "no", "false")


def compiler_hash() -> str:
    """A hash of every Python source file of the compiler (computed once per process)."""
    global _compiler_hash
    if _compiler_hash is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        for p in sorted(root.rglob("*.py")):
            h.update(str(p.relative_to(root)).encode() + b"\0")
            h.update(p.read_bytes())
        _compiler_hash = h.hexdigest()
    return _compiler_hash


def _env_parts() -> list[str]:
    return [f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("TINYPY_")
            and k not in ("TINYPY_CACHE", "TINYPY_CACHE_MAX")]


def ir_key(config: Any, program: Any, hooks: dict[str, str | None]) -> str:
    """The IR cache key of ``program`` (a loaded ``loader.Program``) built with ``config``."""
    from tinypy_go import loader

    parts: list[str | bytes] = [FORMAT, compiler_hash(), repr(sorted(hooks.items())), *_env_parts()]
    parts += [f"target={config.target}", f"gc={config.gc}", f"scheduler={config.scheduler}",
              f"panic={config.panic}",
              f"buildmode={getattr(config, 'buildmode', 'default')}", f"tags={sorted(config.build_tags())}",
              f"sanity={getattr(config, 'sanity_check', False)}",
              f"ldflags-X={sorted(getattr(config, 'ldflags_x', {}).items())}",
              f"stack-size={getattr(config, 'stack_size', None)}",
              f"no-debug={getattr(config, 'no_debug', False)}"]  # DWARF metadata in the IR (debuginfo.py)
    for pkg in program.packages:
        parts.append(f"package {pkg.path} main={bool(pkg.main)} files={len(pkg.files)} "
                     f"lang={getattr(pkg, 'go_version', '')}")
        for path in pkg.files:
            parts.append(loader.display_path(path))
            parts.append(loader.source(pkg, path)[1])
    return cache.cache_key(parts)


def load_ir(key: str) -> Any | None:
    """The cached ``CompiledModule`` for ``key``, or None (a corrupt entry is a miss)."""
    data = cache.get("ir", key)
    if data is None:
        return None
    try:
        return cache.safe_loads(zlib.decompress(data))
    except Exception:
        return None


def store_ir(key: str, compiled: Any) -> None:
    # IR text compresses ~6x even at level 1 (a fmt program's 4 MB -> 0.65 MB, in ~20 ms)
    cache.put("ir", key, zlib.compress(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL), 1))


def store_ir_behind(key: str, compiled: Any) -> Callable[[], None]:
    """store_ir on a thread of its own, while the object stage waits for its worker
    (zlib and sha256 release the GIL: an encoding/json program's 18 MB of IR took
    0.15 s of its rebuild); returns the function that waits for it."""
    import threading

    t = threading.Thread(target=store_ir, args=(key, compiled), name="tinypy-store-ir", daemon=True)
    t.start()
    return t.join


def _objfile_version() -> str:
    """llvmlite's version (which fixes its LLVM) and objfile.py's source, without importing
    llvmlite (~60 ms): a build whose object is cached never loads LLVM."""
    global _objfile_hash
    if _objfile_hash is None:
        version = dist_version("llvmlite")
        if version is None:  # not installed as a distribution: ask the module
            import llvmlite

            version = llvmlite.__version__
        src = (Path(__file__).resolve().parent / "backend" / "objfile.py").read_bytes()
        _objfile_hash = hashlib.sha256(f"llvmlite {version}\0".encode() + src).hexdigest()
    return _objfile_hash


def obj_key(llvm_ir: str, opt: str, target: Any) -> str:
    return cache.cache_key(FORMAT, _objfile_version(), f"opt={opt}",
                           f"target={target.triple} {target.cpu} {target.features} {target.data_layout}",
                           hashlib.sha256(llvm_ir.encode()).digest())


_HEX_KEY = re.compile(r"[0-9a-f]{64}")


def _split_mode() -> str:
    """``TINYPY_SPLIT``: ``auto`` (the default), ``always`` or ``never``."""
    mode = os.environ.get("TINYPY_SPLIT", "auto").lower()
    if mode in ("0", "off", "no", "false", "never"):
        return "never"
    return "always" if mode in ("1", "on", "yes", "true", "always") else "auto"


def emit_objects(llvm_ir: str, opt: str, target: Any, user_packages: frozenset[str], program_id: str,
                 cut_ahead: bool = False) -> list[bytes]:
    """The program's objects: from its second build on, the module cut in two
    (``backend/split.py``), the standard library's part first, each part's object
    through the ``obj`` cache, so that after an edit of the user's code only the
    user's part is optimised again.

    The output of the first build of a program (``program_id``: see program_identity)
    is one object: the cut costs a little size (no inlining across it, a second
    DWARF unit: +3.3% for bench_size's strings program), and the output is then
    the same as with a cold cache.  A command's first build (``cut_ahead``: the
    CLI's build and run; on two cores; ``TINYPY_CUT_AHEAD=0`` turns it off) also
    compiles the two parts, in forked children beside the whole module, so that
    the first edit finds the standard part's object (a fmt program's first edit
    took 3.1-4.0 s before) for CPU time on the other core, which a program built
    once (a test suite, a CI step) spends for nothing.
    ``TINYPY_SPLIT=always`` cuts every build, ``=0`` none.

    An unchanged module's objects come from the cache in this process; anything to
    cut or compile is done in the object worker (``backend/objworker.py``)."""
    whole = obj_key(llvm_ir, opt, target) if enabled() else None
    objs = cached_objects(whole, user_packages)
    if objs is None:
        from tinypy_go.backend import objworker

        ahead = (cut_ahead and objworker.enabled() and objworker.two_cores()
                 and os.environ.get("TINYPY_CUT_AHEAD", "1").lower() not in ("0", "off", "no", "false"))
        objs = objworker.make_objects(llvm_ir, opt, target, user_packages, program_id, whole, ahead)
    return objs


_split_hash: str | None = None


def _objs_key(whole: str, user_packages: frozenset[str]) -> str:
    """The key of the entry naming a module's parts: how it is cut is split.py's
    business, so its source is part of the key (its parts are cached by their text)."""
    global _split_hash
    if _split_hash is None:
        src = (Path(__file__).resolve().parent / "backend" / "split.py").read_bytes()
        _split_hash = hashlib.sha256(src).hexdigest()
    return cache.cache_key(whole, "split", _split_hash, sorted(user_packages))


def cached_objects(whole: str | None, user_packages: frozenset[str]) -> list[bytes] | None:
    """The objects of a module built before (``whole``: its obj key), or None."""
    if whole is None:
        return None
    mode = _split_mode()
    if mode != "always":  # an unchanged module built before as one object: the same object, the same output
        obj = cache.get("obj", whole)
        if obj is not None or mode == "never":
            return None if obj is None else [obj]
    blob = cache.get("objs", _objs_key(whole, user_packages))  # built before in two parts: their obj keys
    if blob is not None:
        keys = blob.decode("ascii", "replace").split()
        if keys and all(_HEX_KEY.fullmatch(k) for k in keys):  # a damaged entry names no other file
            objs = [cache.get("obj", k) for k in keys]
            if all(o is not None for o in objs):
                return objs  # type: ignore[return-value]
    return None


def make_objects(llvm_ir: str, opt: str, target: Any, user_packages: frozenset[str], program_id: str,
                 whole: str | None, ahead: bool = False) -> list[bytes]:
    """emit_objects when the cache does not hold the module's objects: cut it or not,
    compile what the cache lacks and store it (``ahead``: the parts of a first
    build's module too).  Runs in the object worker."""
    mode = _split_mode()
    if whole is None or mode == "never":
        return _compile([llvm_ir], opt, target, None if whole is None else [whole])
    first = False
    if mode == "auto":
        seen = cache.cache_key(FORMAT, "built", f"opt={opt}", target.triple, program_id, sorted(user_packages))
        first = cache.get("seen", seen) is None
        if first:
            cache.put("seen", seen, b"")
            if not ahead:
                return _compile([llvm_ir], opt, target, [whole])
    from tinypy_go.backend import split

    try:
        parts = split.split_module(llvm_ir, user_packages)
    except ValueError:
        if not first:
            raise
        parts = None  # a first build's output never depends on the cut
    texts = [llvm_ir] if parts is None else [parts.stable, parts.user]
    keys = [obj_key(t, opt, target) for t in texts]
    if first:  # the whole module is the output; its parts are for the next build
        if parts is None:
            return _compile([llvm_ir], opt, target, [whole])
        objs = _compile([llvm_ir, *texts], opt, target, [whole, *keys])
        cache.put("objs", _objs_key(whole, user_packages), " ".join(keys).encode())
        return objs[:1]
    objs = _compile(texts, opt, target, keys)
    cache.put("objs", _objs_key(whole, user_packages), " ".join(keys).encode())
    return objs


def _compile(texts: list[str], opt: str, target: Any, keys: list[str] | None) -> list[bytes]:
    """The objects of ``texts`` through the ``obj`` cache (``keys``: their obj keys;
    None: no cache); the misses are compiled at once (``objworker.compile_here``)."""
    from tinypy_go.backend import objworker

    if keys is None:
        return objworker.compile_here([(t, opt, target) for t in texts])
    objs = [cache.get("obj", k) for k in keys]
    missing = [i for i, o in enumerate(objs) if o is None]
    made = objworker.compile_here([(texts[i], opt, target) for i in missing]) if missing else []
    for i, obj in zip(missing, made, strict=True):
        objs[i] = obj
        cache.put("obj", keys[i], obj)
    return objs  # type: ignore[return-value]


def program_identity(program: Any, config: Any) -> str:
    """What makes two builds the same program for emit_objects: the main package's
    directory and files (absolute, as the loader selected them: ``main.go`` and
    its absolute path name one program), or the caller's ``program_id``, and the
    options that change the objects."""
    given = getattr(config, "program_id", "")
    parts = [given] if given else [str(program.main.dir), *map(str, program.main.files)]
    parts += [f"{name}={getattr(config, name, None)!r}" for name in
              ("target", "opt", "gc", "scheduler", "panic", "no_debug", "tags", "buildmode")]
    return "\0".join(parts)


_TOOL_PACKAGES = ("ziglang", "icpp-binaryen", "wasmtime", "llvmlite")
_tools: str | None = None


def _tool_versions() -> str:
    """Versions of the packages whose tools run after codegen (wasm-ld, binaryen)."""
    global _tools
    if _tools is None:
        _tools = " ".join(f"{name}={dist_version(name) or 'none'}" for name in _TOOL_PACKAGES)
    return _tools


@functools.cache
def _dist_infos(entry: str) -> tuple[str, ...]:
    try:
        return tuple(d for d in os.listdir(entry or ".") if d.endswith(".dist-info"))
    except OSError:
        return ()


def dist_version(name: str) -> str | None:
    """An installed distribution's version, from its ``NAME-VERSION.dist-info`` directory
    on sys.path (importing importlib.metadata costs 25 ms of every build's start);
    importlib.metadata's answer when no such directory is found (an egg, a zip)."""
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-"
    for entry in sys.path:
        for d in _dist_infos(entry):
            if d.lower().startswith(prefix):
                return d[len(prefix):-len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def wasm_key(objects: list[bytes], link_options: Any, config: Any) -> str:
    """The key of the final module built from ``objects`` (see the module doc)."""
    parts: list[str | bytes] = [FORMAT, compiler_hash(), _tool_versions(), *_env_parts(), repr(link_options)]
    parts += [f"{name}={getattr(config, name)!r}" for name in
              ("target", "opt", "gc", "scheduler", "panic", "no_debug", "tags")]
    parts.append(f"buildmode={getattr(config, 'buildmode', 'default')}")
    parts += [hashlib.sha256(o).digest() for o in objects]
    return cache.cache_key(parts)


def load_wasm(key: str) -> bytes | None:
    return cache.get("wasm", key)


def store_wasm(key: str, wasm: bytes) -> None:
    cache.put("wasm", key, wasm)
