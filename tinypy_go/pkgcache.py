"""Per-package cache of parsed and type-checked packages.

An unchanged package is neither parsed nor checked again by a later build:
its AST files, ``types.Package`` and ``api.Info`` are pickled under
``cache_dir()/pkg/`` after it is checked and loaded back on the next build.

Key
    sha256 over: the compiler version and a hash of the front end's source
    (``frontend/``, this module), the import path, whether it is the main
    package, GOOS and the build tags, each file's display name and content,
    and the keys of its imports.  A change anywhere below a package changes
    its key, so a hit implies every import was a hit too.

Positions
    Positions are ints into the build's FileSet.  Each package gets a fixed
    range of positions derived from its key (slot ``1 + key % (2**24-1)``,
    ``2**26`` positions each), and its files are parsed at that base, so the
    positions stored in a cache entry are valid in any later build: a loaded
    package puts its ``token.File`` objects back at their old bases.  If the
    range is taken (two packages' keys map to the same slot) a fresh package
    probes the next slot, and a cached one whose range is taken is a miss.

Object identity across packages
    fmt's Info refers to io's objects.  Each entry is pickled in two parts
    with one Pickler (shared memo): the payload, then the table of the
    objects (types, objects, scopes, packages, function declarations) it
    owns, in the order pickling met them.  While a later package is pickled,
    ``persistent_id`` replaces any object found in an earlier package's
    table by ``(package path, index)``, and predeclared (universe/unsafe)
    objects by their path from the universe; loading resolves these against
    the packages already loaded or checked in this build.  Instances of
    generic types and their methods are pickled as "instantiate orig with
    args" so that they are shared through the instance cache exactly as in
    a fresh check.  A package whose import could not be stored is not stored.

Size
    Loading entries is most of an edited program's parse stage.  Syntax nodes,
    ``TypeAndValue`` and ``Selection`` pickle as constructor calls (their
    ``__reduce__``), not as slot state, and equal type records are shared
    (``_shared_types``): a fmt program's entries went from 28 to 20 MB and
    load in two thirds of the time.

Function bodies
    A program builds a fifth of its dependencies' function bodies (a fmt
    program: 549 of 2,808), so each body is kept apart: the entry's payload
    holds every declaration with a placeholder for its body (``_LazyBody``),
    followed by one blob per body: its syntax and the Info entries of its
    nodes (those between its braces).  A body's blob refers to the payload's
    objects by their index in the entry's table (``_ref``, as other packages
    do), so identity holds.  Loading an entry makes the declarations
    ``ast.LazyFuncDecl``; reading ``body`` unpickles the blob, adds its Info
    entries to the package's Info and turns the node into a plain FuncDecl
    (``ast.has_body`` asks without loading).  What a blob owns by itself
    (locals, local types, function literals, unnamed types made while checking
    it) must not be reached from anywhere else: pickling checks it, and a
    package where a body would share such an object with another, or own an
    instance of a generic type (which a fresh check shares through the
    instance cache), is stored with its bodies in place.  The large composite
    literals that initialise package variables (``unicode``'s tables) keep
    their elements apart the same way (``ast.LazyCompositeLit``; the SSA
    builder loads one before it dispatches on node classes:
    ``ast.load_literal``).  An edited fmt program's parse stage went from
    0.46 to about 0.30 s.

Robustness
    A missing, unreadable or corrupt entry (any exception while loading) is a
    miss; entries are written to a temporary file and renamed, so parallel
    builds sharing the cache never see half an entry.  ``TINYPY_PKGCACHE=0``
    (or ``off``) disables the cache.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
from pathlib import Path
from typing import Any

from tinypy_go import cache

SLOT_BITS = 26
NSLOTS = (1 << 24) - 1
FORMAT = "pkgcache/4"
KIND = "pkg"

_frontend_version: str | None = None


def enabled() -> bool:
    return os.environ.get("TINYPY_PKGCACHE", "1").lower() not in ("0", "off", "no", "false")


def frontend_version() -> str:
    """A hash of the source of everything that shapes a cached package."""
    global _frontend_version
    if _frontend_version is None:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        paths = sorted((root / "frontend").rglob("*.py")) + [root / "pkgcache.py", root / "cache.py"]
        for p in paths:
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
        _frontend_version = h.hexdigest()
    return _frontend_version


# ---------------------------------------------------------------- tracked objects


def _tracked_classes() -> tuple[type, ...]:
    from tinypy_go.frontend import ast
    from tinypy_go.frontend.types import objects as O
    from tinypy_go.frontend.types import typ as T
    from tinypy_go.frontend.types.package import Package
    from tinypy_go.frontend.types.scope import Scope
    from tinypy_go.frontend.types.typeset import TypeSet

    return (O.Object, T.Type, T.Term, Scope, Package, TypeSet, ast.FuncDecl, ast.FuncLit, ast.File)


_SKIP_SLOTS = frozenset({"_tset", "_mcache", "_index", "_inst_methods", "_resolver", "children", "check",
                         "_actual", "parent"})
_universe: tuple[dict[int, str], dict[str, Any]] | None = None


def _universe_registry() -> tuple[dict[int, str], dict[str, Any]]:
    """Names for the predeclared objects: their attribute path from a universe root.

    Paths avoid lazily filled slots, so they are the same in every process
    whatever was checked before."""
    global _universe
    if _universe is not None:
        return _universe
    from tinypy_go.frontend.types import typ as T
    from tinypy_go.frontend.types import universe as U

    tracked = _tracked_classes()
    roots: list[tuple[str, Any]] = []
    for name in sorted(vars(U)):
        v = getattr(U, name)
        if isinstance(v, tracked):
            roots.append((f"U.{name}", v))
    for name in sorted(vars(T)):
        v = getattr(T, name)
        if isinstance(v, tracked):
            roots.append((f"T.{name}", v))
    for i, b in enumerate(T.TYP):
        roots.append((f"TYP.{i}", b))
    for name in sorted(U.UNIVERSE.elems):
        roots.append((f"u.{name}", U.UNIVERSE.elems[name]))
    for name in sorted(U.UNSAFE.scope.elems):
        roots.append((f"unsafe.{name}", U.UNSAFE.scope.elems[name]))
    by_id: dict[int, str] = {}
    by_name: dict[str, Any] = {}
    queue: list[tuple[str, Any]] = list(roots)
    i = 0
    while i < len(queue):
        path, v = queue[i]
        i += 1
        if isinstance(v, list | tuple):
            queue.extend((f"{path}/{j}", x) for j, x in enumerate(v))
            continue
        if isinstance(v, dict):
            queue.extend((f"{path}/{k}", x) for k, x in v.items() if isinstance(k, str))
            continue
        if not isinstance(v, tracked) or id(v) in by_id:
            continue
        by_id[id(v)] = path
        by_name[path] = v
        for cls in type(v).__mro__:
            for s in getattr(cls, "__slots__", ()):
                if s not in _SKIP_SLOTS and hasattr(v, s):
                    queue.append((f"{path}.{s}", getattr(v, s)))
    _universe = (by_id, by_name)
    return _universe


# ---------------------------------------------------------------- pickling


def _new(cls):
    return cls.__new__(cls)


def _set_instance_state(obj, state: dict) -> None:
    """Restore an instance of a generic type and enter it in the instance cache,
    so that a later fresh check instantiating the same type gets this object."""
    from tinypy_go.frontend.types.instantiate import _INSTANCES

    for k, v in state.items():
        setattr(obj, k, v)
    if hasattr(type(obj), "_resolver"):
        obj._resolver = None
    _INSTANCES.setdefault(id(obj.orig), []).append((list(obj.type_args), obj))


class _Pickler(pickle.Pickler):
    """Pickles one package; ``reducer_override`` (called once per object, not
    for ints, strings and containers) records the objects the entry owns and
    turns other packages' objects into references."""

    def __init__(self, f, pc: PackageCache, deps: set[str]):
        super().__init__(f, protocol=pickle.HIGHEST_PROTOCOL)
        self.deps = deps  # the packages whose objects may be referred to: the transitive imports
        from tinypy_go.frontend.types import objects as O
        from tinypy_go.frontend.types import typ as T

        self.refs = pc.refs
        self.urefs = pc.urefs
        self.paths = pc.paths
        self.tracked = _tracked_set()
        self.table: list[Any] = []
        self.named = (T.Named, T.Alias)
        self.func = O.Func
        # id(FuncDecl or CompositeLit) -> index of its body or elements among the parts
        # kept apart (store: _kept_apart)
        self.apart: dict[int, int] = {}
        from tinypy_go.frontend import ast

        self.literal = ast.CompositeLit
        self.lazy_literal = ast.LazyCompositeLit
        self.lazy_decl = ast.LazyFuncDecl
        from tinypy_go.frontend.types.scope import Scope

        self.scope = Scope
        self.file = ast.File
        self.comment_group = ast.CommentGroup
        # comments are dropped from the entry unless the package has test files (testmain
        # reads examples' "Output:" comments): nothing else reads them after parsing, and
        # they were a tenth of a fmt program's loaded objects
        self.keep_comments = True
        # the package's own table while its bodies are pickled: id(obj) -> (path, index)
        self.own: dict[int, tuple[str, int]] = {}

    def reducer_override(self, obj):
        t = type(obj)
        if t not in self.tracked:
            if t is self.comment_group and not self.keep_comments:
                return _none, ()
            if t is self.literal:
                k = self.apart.get(id(obj))
                if k is not None:  # a literal without its elements: a placeholder loaded on first use
                    return _as_slots(self.lazy_literal, obj, elts=_LazyBody(k))
            return NotImplemented
        i = id(obj)
        name = self.urefs.get(i)
        if name is not None:
            return _uref, (name,)
        code = self.refs.get(i)
        if code is not None:
            path = self.paths[code >> 32]
            if path in self.deps:
                return _ref, (path, code & 0xFFFFFFFF)
        ref = self.own.get(i)
        if ref is not None:
            return _ref, ref
        self.table.append(obj)
        k = self.apart.get(i)
        if k is not None:  # the declaration without its body: a placeholder loaded on first use
            return _as_slots(self.lazy_decl, obj, body=_LazyBody(k))
        if t is self.file and not self.keep_comments:
            return _as_slots(t, obj, comments=[], doc=None)
        if t is self.scope and obj.parent is not None and obj.parent.parent is not None:
            # a file's, function's or block's scope without its children: nothing after
            # checking walks down from a scope, and the local scopes (and their variables)
            # then go with the body that declares them (see _pickle)
            return _as_slots(t, obj, children=[])
        if t in self.named and obj.orig is not obj and obj.type_args:
            obj.underlying()  # expand now: the lazy expander is a closure
            state = {s: getattr(obj, s) for s in _slots(t) if s != "_resolver" and hasattr(obj, s)}
            return _new, (t,), state, None, None, _set_instance_state
        return NotImplemented


def _as_slots(cls: type, obj: Any, **replaced: Any) -> tuple:
    """Pickle ``obj`` as a ``cls`` (its class or a lazy twin) from its set slots, with
    ``replaced`` slots given other values."""
    state = {s: getattr(obj, s) for s in _slots(type(obj)) if hasattr(obj, s)}
    state.update(replaced)
    return _new, (cls,), state, None, None, _set_slots


_tracked: frozenset[type] | None = None


def _tracked_set() -> frozenset[type]:
    global _tracked
    if _tracked is None:
        out: set[type] = set()
        todo = list(_tracked_classes())
        while todo:
            c = todo.pop()
            if c not in out:
                out.add(c)
                todo.extend(c.__subclasses__())
        _tracked = frozenset(out)
    return _tracked


_loading: PackageCache | None = None


def _set_slots(obj, state: dict) -> None:
    for k, v in state.items():
        setattr(obj, k, v)


class _LazyBody:
    """A function body, or a package-level literal's elements, kept apart in its
    package's entry: the ``index``-th of the entry's blobs, each the syntax and the
    Info entries of its nodes.  ``source``: the entry it was loaded from."""

    __slots__ = ("index", "source")

    def __init__(self, index: int, source: _Bodies | None = None):
        self.index = index
        self.source = source

    def __reduce__(self):
        return _lazy_body, (self.index,)

    def load(self, node):
        """Unpickle the part into ``node`` (an ast.LazyFuncDecl or ast.LazyCompositeLit,
        a plain FuncDecl or CompositeLit after)."""
        from tinypy_go.frontend import ast

        src = self.source
        assert src is not None and src.blobs is not None, "a part kept apart was read before its entry was loaded"
        global _loading
        outer, _loading = _loading, src.pc
        gc_was = gc.isenabled()
        gc.disable()
        try:
            body, parts = cache.SafeUnpickler(io.BytesIO(src.blobs[self.index]), _RECONSTRUCTORS).load()
        finally:
            _loading = outer
            if gc_was:
                gc.enable()
        info = src.info
        for name, entries in parts.items():
            getattr(info, name).update(entries)
        if type(node) is ast.LazyFuncDecl:
            ast._FUNC_BODY.__set__(node, body)
            node.__class__ = ast.FuncDecl
        else:
            ast._LITERAL_ELTS.__set__(node, body)
            node.__class__ = ast.CompositeLit
        return body


class _Bodies:
    """What the blobs of one loaded entry resolve against (set once they are read)."""

    __slots__ = ("pc", "blobs", "info")

    def __init__(self, pc: PackageCache):
        self.pc = pc
        self.blobs: list[bytes] | None = None
        self.info: Any = None


_entry_parts: _Bodies | None = None  # the entry being loaded


def _lazy_body(index: int) -> _LazyBody:
    """A placeholder of the entry being loaded."""
    return _LazyBody(index, _entry_parts)


def _ref(path: str, i: int):
    """An object of an earlier package (resolved while loading an entry)."""
    assert _loading is not None
    return _loading.tables[path][i]


# The functions of this module that entries name (reducer_override's), the only
# ones the unpickler may call.
_RECONSTRUCTORS = frozenset({(__name__, "_ref"), (__name__, "_uref"), (__name__, "_new"),
                             (__name__, "_set_instance_state"), (__name__, "_set_slots"),
                             (__name__, "_lazy_body"), (__name__, "_none")})


def _none() -> None:
    """What a dropped part of an entry (a comment group) loads as."""
    return None


def _uref(name: str):
    """A predeclared object, by its path from the universe."""
    return _universe_registry()[1][name]


def _slots(cls: type) -> list[str]:
    return [s for c in cls.__mro__ for s in getattr(c, "__slots__", ())]


# ---------------------------------------------------------------- the cache of one build


class PackageCache:
    """Cache state of one build: keys, loaded packages and object tables."""

    def __init__(self, fset, tags, goos: str):
        self.fset = fset
        self.config = f"{goos}\0{' '.join(sorted(tags))}"
        self.keys: dict[str, str] = {}  # import path -> key
        self.imports: dict[str, list[str]] = {}  # import path -> its imports
        self.hits: dict[str, tuple[Any, list, Any]] = {}  # import path -> (types.Package, files, Info)
        self.tables: dict[str, list[Any]] = {}  # import path -> objects owned by its entry
        # how other entries refer to an object: id(obj) -> package number << 32 | index in its table
        self.refs: dict[int, int] = {}
        self.paths: list[str] = [""]  # package number -> import path
        self.urefs = _universe_registry()[0]  # id(obj) -> name, for predeclared objects
        self.stored: set[str] = set()  # packages whose objects other entries may refer to
        self.n_hits = 0
        self.n_stores = 0
        self.digests: dict[str, str] = {}  # import path -> SHA-256 of the entry stored (forkcheck)
        self.frozen = False  # gc.freeze() was called by load()

    # keys ----------------------------------------------------------------

    def key(self, pkg, texts: list[tuple[str, str, str]]) -> str:
        from tinypy_go import __version__

        parts: list[str | bytes] = [FORMAT, __version__, frontend_version(), self.config, pkg.path,
                                    "main" if pkg.main else "", f"lang={getattr(pkg, 'go_version', '')}"]
        for name, _text, digest in texts:  # digest: the SHA-256 of the file's bytes
            parts += [name, digest]
        for imp in sorted(pkg.imports):
            parts += [imp, self.keys.get(imp, "unsafe" if imp == "unsafe" else "?")]
        k = cache.cache_key(*parts)
        self.keys[pkg.path] = k
        self.imports[pkg.path] = list(pkg.imports)
        return k

    def _slot_base(self, key: str) -> int:
        return (1 + int(key[:12], 16) % NSLOTS) << SLOT_BITS

    def place(self, key: str, size: int) -> None:
        """Set the FileSet's next base to this package's free position range."""
        if size >= 1 << SLOT_BITS:
            return  # too big for a slot: ordinary positions (and not stored)
        base = self._slot_base(key)
        for _ in range(64):
            if self.fset.is_free(base, base + size + 1):
                self.fset.set_base(base)
                return
            base += 1 << SLOT_BITS
        # give up: leave positions where they are

    # loading ---------------------------------------------------------------

    def load(self, pkg) -> list | None:
        """The package's AST files if its entry exists and loads; None on a miss."""
        key = self.keys[pkg.path]
        if any(imp != "unsafe" and imp not in self.stored for imp in pkg.imports):
            return None
        data = cache.get(KIND, key)
        if data is None:
            return None
        global _loading, _entry_parts
        _loading = self
        parts = _entry_parts = _Bodies(self)
        gc_was = gc.isenabled()
        gc.disable()  # unpickling makes many containers: collections would take 3/4 of the time
        try:
            up = cache.SafeUnpickler(io.BytesIO(data), _RECONSTRUCTORS)
            files_meta, files, tpkg, info = up.load()
            table = up.load()
            parts.blobs = up.load()
            parts.info = info
        except Exception:  # noqa: BLE001 - a corrupt or stale entry is a miss
            return None
        finally:
            _loading = _entry_parts = None
            # Keep the collector from walking the loaded objects again and again
            # while the build runs: they are frozen until finish().
            gc.freeze()
            self.frozen = True
            if gc_was:
                gc.enable()
        for tf in files_meta:
            if not self.fset.is_free(tf.base, tf.base + tf.size + 1):
                return None
        for tf in files_meta:
            self.fset.add_existing(tf)
        self._own(pkg.path, table)
        self.hits[pkg.path] = (tpkg, files, info)
        self.n_hits += 1
        return files

    def checked(self, path: str) -> tuple[Any, list, Any] | None:
        return self.hits.get(path)

    def finish(self) -> None:
        """Hand the loaded objects back to the garbage collector."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False

    # storing ---------------------------------------------------------------

    def store(self, pkg, tpkg, files, info) -> bool:
        """Pickle a freshly checked package; False when it cannot be cached."""
        if pkg.path not in self.keys or any(imp != "unsafe" and imp not in self.stored for imp in pkg.imports):
            return False
        key = self.keys[pkg.path]
        files_meta = [self.fset.file(f.pos) for f in files]
        if any(tf is None or tf.base >> SLOT_BITS == 0 for tf in files_meta):
            return False  # not placed in a slot: positions would not be reproducible
        gc_was = gc.isenabled()
        gc.disable()
        try:
            deps = self.deps(pkg)
            entry = self._pickle(pkg.path, deps, files_meta, files, tpkg, info, _kept_apart(files, info))
            if entry is None:  # a body shares state with another: keep every body in place
                entry = self._pickle(pkg.path, deps, files_meta, files, tpkg, info, [])
            data, table = entry
            self._own(pkg.path, table)
        except Exception:  # noqa: BLE001 - unpicklable state: build on without caching
            return False
        finally:
            if gc_was:
                gc.enable()
        digest = hashlib.sha256(data).digest()
        cache.put(KIND, key, data, digest)
        self.digests[pkg.path] = digest.hex()
        self.n_stores += 1
        return True

    def _pickle(self, path: str, deps: set[str], files_meta, files, tpkg, info,
                apart: list[Any]) -> tuple[bytes, list[Any]] | None:
        """The entry: payload, object table, then the blobs of the parts kept apart
        (``apart``: FuncDecls and CompositeLits, see _kept_apart); None when a part owns
        an object that something outside it refers to too (it would be loaded twice,
        as two objects)."""
        from tinypy_go.frontend import ast

        buf = io.BytesIO()
        p = _Pickler(buf, self, deps)
        p.apart = {id(d): k for k, d in enumerate(apart)}
        keep_comments = p.keep_comments = any(f.filename.endswith("_test.go") for f in files)
        # Info.scopes is the checker's (nothing reads it after): without it and without
        # scopes' children (reducer_override), a body's local scopes are its blob's alone
        import dataclasses

        info = dataclasses.replace(info, scopes={})
        main_info, parts = _split_info(info, [_span(d) for d in apart])
        p.dump((files_meta, files, tpkg, _shared_types(main_info)))
        p.dump(p.table)
        own = {id(o): (path, i) for i, o in enumerate(p.table)}
        blobs: list[bytes] = []
        owner: dict[int, int] = {}  # id(tracked object a body owns) -> its body
        for k, d in enumerate(apart):
            bbuf = io.BytesIO()
            bp = _Pickler(bbuf, self, deps)
            bp.own = own
            bp.keep_comments = keep_comments
            part = parts[k]
            if "types" in part:
                part["types"] = _canonical_records(part["types"])
            bp.dump((d.body if type(d) is ast.FuncDecl else d.elts, part))
            for o in bp.table:
                if owner.setdefault(id(o), k) != k or not self._body_owned(o):
                    return None
            blobs.append(bbuf.getvalue())
        p.dump(blobs)
        return buf.getvalue(), p.table

    @staticmethod
    def _body_owned(obj: Any) -> bool:
        """Whether a body blob may own a tracked object that nothing outside the body
        refers to (pickling checks that no other body does): what the body declares
        (locals, local types, labels, block scopes, function literals) and types made
        while checking it; never an instance of a generic type, whose one object per
        instantiation a fresh check shares through the instance cache, nor a type
        parameter, package or file."""
        from tinypy_go.frontend import ast
        from tinypy_go.frontend.types import objects as O
        from tinypy_go.frontend.types import typ as T
        from tinypy_go.frontend.types.scope import Scope
        from tinypy_go.frontend.types.typeset import TypeSet

        if isinstance(obj, T.Named | T.Alias):
            return not obj.type_args
        if isinstance(obj, T.Type):
            return not isinstance(obj, T.TypeParam)
        if isinstance(obj, O.Func):
            return obj.decl is None
        return isinstance(obj, O.Var | O.Const | O.TypeName | O.Label | Scope | ast.FuncLit | T.Term | TypeSet)

    def deps(self, pkg) -> set[str]:
        """pkg's transitive imports (their keys are part of pkg's key)."""
        out = set()
        todo = list(pkg.imports)
        while todo:
            p = todo.pop()
            if p not in out:
                out.add(p)
                todo.extend(self.imports.get(p, ()))
        return out

    def _own(self, path: str, table: list[Any]) -> None:
        self.tables[path] = table
        base = len(self.paths) << 32
        self.paths.append(path)
        self.refs.update(zip(map(id, table), range(base, base + len(table)), strict=True))
        self.stored.add(path)


# a package-level composite literal spanning more source than this keeps its elements apart
_BIG_LITERAL = 2000


def _kept_apart(files, info) -> list[Any]:
    """What an entry keeps apart: the function declarations with a body (their bodies),
    and the large composite literals that initialise package variables (their elements)."""
    from tinypy_go.frontend import ast

    out: list[Any] = [d for f in files for d in f.decls
                      if type(d) is ast.FuncDecl and d.body is not None and d.body.rbrace > d.body.pos]
    for item in info.init_order:
        e = ast.initialiser_literal(item.rhs)
        if type(e) is ast.CompositeLit and e.rbrace - e.lbrace > _BIG_LITERAL and all(x is not e for x in out):
            out.append(e)
    return out


def _span(node) -> tuple[int, int]:
    """The positions of what a kept-apart node leaves out: a body's braces, or the
    inside of a literal's (the literal itself stays in the payload)."""
    if hasattr(node, "recv"):
        return node.body.pos, node.body.rbrace
    return node.lbrace + 1, node.rbrace


_INFO_MAPS = ("types", "defs", "uses", "implicits", "selections", "scopes", "instances")


def _split_info(info, spans: list[tuple[int, int]]) -> tuple[Any, list[dict[str, dict]]]:
    """info without the entries of the nodes inside ``spans`` (position ranges, one per
    part kept apart), and those entries per part."""
    import bisect
    import dataclasses

    parts: list[dict[str, dict]] = [{} for _ in spans]
    if not spans:
        return info, parts
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    starts = [spans[k][0] for k in order]
    ends = [spans[k][1] for k in order]
    kept: dict[str, dict] = {}
    for name in _INFO_MAPS:
        main: dict = {}
        for node, v in getattr(info, name).items():
            pos = node.pos
            j = bisect.bisect_right(starts, pos) - 1
            if j >= 0 and pos <= ends[j]:
                parts[order[j]].setdefault(name, {})[node] = v
            else:
                main[node] = v
        kept[name] = main
    return dataclasses.replace(info, **kept), parts


def _shared_types(info):
    """info with equal TypeAndValue records shared: one per expression is 150,000 objects
    for a fmt program's packages, of which about 45,000 differ (same mode, type object and
    constant).  Nothing changes a record once its package is checked; the build's own
    Info is left as it is."""
    import dataclasses

    return dataclasses.replace(info, types=_canonical_records(info.types))


def _canonical_records(types: dict) -> dict:
    canon: dict[tuple[int, int, int], Any] = {}
    return {e: canon.setdefault((tv.mode, id(tv.type), id(tv.value)), tv) for e, tv in types.items()}


def for_build(fset, tags, goos: str) -> PackageCache | None:
    return PackageCache(fset, tags, goos) if enabled() else None
