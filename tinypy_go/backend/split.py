"""Split a program's LLVM module into the user's code and the rest, so that the
rest's object is reused from the build cache when only the user's code changed.

Why: after an edit of ``main``, LLVM's ``-Oz`` pipeline over the whole module
(runtime and standard library included) was the largest stage of a rebuild
(2.2 s of 4.7 s for a fmt hello world).  The standard library's part of the
module is the same text from one edit to the next as long as the edit does not
change which of its functions are reached, so its object is keyed by that text
(``buildcache.emit_object``) and only the user's part is optimised again.

How the module is cut (text level; the text is this compiler's own output, one
top-level entity per line except ``define`` bodies, which end with a ``}`` line):

* **user part**: every function whose Go package is a user package (not from
  GOROOT or the runtime), and every global that only user entities refer to;
* **stable part**: everything else, ``runtime.dataStart``'s markers first, so
  that linked first they keep ``[.rodata][.data from here][.bss]``;
* a symbol defined in one part and used in the other becomes ``hidden`` (was
  ``internal``/``private``) and is declared in the other part;
* each part keeps only the attribute groups and debug metadata it refers to,
  in order of first use, and its entities sorted by name: an order that the
  lowering's visiting order would otherwise leak into the text.  Private
  symbols are named by content (``llvmtypes.content_id``), and so are the
  numbers of attribute groups and metadata nodes (``llvmtypes.content_number``),
  which are not renumbered here (renumbering the 23 MB of an encoding/json
  program's standard part took about 0.2 s of each rebuild).

What it costs: LLVM no longer inlines across the cut or internalises the few
stable functions the user's code calls; ``bench_size.py`` measures the effect.

Choices measured (fmt hello world, final module after binaryen, no DWARF):

* the two parts as above: 66,116 bytes, as the whole module;
* the standard part cut once more (runtime and low-level packages apart from
  fmt, reflect, strconv...), so that an edit reaching new standard functions
  recompiles only the half it changed: 69,429 bytes (+5%);
* every standard function ``hidden`` instead of ``internal``, so that such an
  edit could add a small object of the new functions beside the old one:
  87,375 bytes (+32%; globals too: +43%), as LLVM's interprocedural passes
  (dead arguments, constant propagation, single-caller inlining) stop at
  exported symbols;
* ThinLTO through wasm-ld and ``--thinlto-cache-dir``: the ziglang wheel's
  wasm-ld is LLD 22, the same LLVM major as llvmlite's, and links llvmlite's
  bitcode, but llvmlite cannot write the module summary ThinLTO needs, and
  without one wasm-ld runs full LTO over everything (nothing is cached).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tinypy_go import sizes

# Tokens that may name another entity; quoted strings are matched so that their
# contents (Go string data, file names) are never taken for references.
_TOKEN = re.compile(r'@"[^"]*"|@[-\w$.]+|c?"[^"]*"|!\d+|#\d+|%gcframe\.[0-9a-f]+')
# Function bodies hold no string constants, only quoted names (which may hold '#':
# "pkg.init#1"), matched whole so that nothing inside them is renumbered.
_BODY_TOKEN = re.compile(r'"[^"]*"|@[-\w$.]+|![0-9]+|#[0-9]+|%gcframe\.[0-9a-f]+')
_NAME = re.compile(r'@"[^"]*"|@[-\w$.]+')
_DATA_MARKERS = ("@__tinypy_rodata_first", "@__tinypy_data_start")


@dataclass(slots=True)
class _Entity:
    kind: str  # global declare define attr md named type
    name: str  # @symbol, #N, !N, the named metadata's name or %type
    text: str
    refs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Split:
    """The two modules' texts and the user functions' symbols."""

    stable: str
    user: str
    user_functions: list[str]


def _parse(text: str) -> tuple[list[str], list[_Entity]]:
    header: list[str] = []
    out: list[_Entity] = []
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        if line.startswith("define "):  # the body ends at the first line that is "}"
            end = text.find("\n}", nl - 1)
            if end < 0:
                raise ValueError(f"split: unterminated function: {line[:80]!r}")
            m = _NAME.search(line)
            assert m is not None, line
            body = text[pos:end + 2]
            # each name once, in order of first use (a body names its scope on every instruction)
            refs = [t if t[0] != '"' else "@" + t for t in dict.fromkeys(_BODY_TOKEN.findall(body))]
            out.append(_Entity("define", m.group(), body, refs))
            pos = end + 3
            continue
        if line.startswith("declare "):
            m = _NAME.search(line)
            assert m is not None, line
            out.append(_Entity("declare", m.group(), line))
        elif line.startswith("@"):  # an external global is declared where it is used, like a function
            name, _, rest = line.partition(" = ")
            out.append(_Entity("declare" if rest.startswith("external ") else "global", name, line))
        elif line.startswith("attributes #"):
            out.append(_Entity("attr", line.split()[1], line))
        elif line.startswith("!"):
            name = line[:line.index(" = ")]
            out.append(_Entity("md" if name[1:].isdigit() else "named", name, line))
        elif line.startswith("%gcframe."):  # backend/gcroots.py's frame types
            out.append(_Entity("type", line[:line.index(" = ")], line))
        elif line.startswith("target "):
            header.append(line)
        elif line and not line.startswith(";"):
            raise ValueError(f"split: unexpected top-level line: {line[:80]!r}")
        pos = nl + 1
    for e in out:
        if e.kind != "define":
            e.refs = [t for t in _TOKEN.findall(e.text) if t[0] in "@!#%"]
    return header, out


def _function_package(sym: str) -> str:
    return sizes.package_of(sym[1:].strip('"'))


def split_module(text: str, user_packages: set[str] | frozenset[str]) -> Split | None:
    """The module cut in two, or None when no function belongs to a user package."""
    header, ents = _parse(text)
    by_name = {e.name: e for e in ents if e.kind in ("global", "define")}
    owner: dict[str, bool] = {}  # True: user part
    for e in ents:
        if e.kind == "define":
            owner[e.name] = _function_package(e.name) in user_packages
    if not any(owner.values()):
        return None
    referrers: dict[str, set[str]] = {}
    for e in ents:
        if e.kind in ("global", "define"):
            for r in e.refs:
                if r in by_name and by_name[r].kind == "global" and r != e.name:
                    referrers.setdefault(r, set()).add(e.name)
    globals_ = [e.name for e in ents if e.kind == "global"]
    for g in globals_:
        owner[g] = False
    changed = True
    while changed:  # a global only user entities refer to is the user's (chains are short)
        changed = False
        for g in globals_:
            refs = referrers.get(g)
            if not owner[g] and refs and g not in _DATA_MARKERS and all(owner[r] for r in refs):
                owner[g] = changed = True
    declares = {e.name: e for e in ents if e.kind == "declare"}
    mds = {e.name: e for e in ents if e.kind == "md"}
    attrs = {e.name: e for e in ents if e.kind == "attr"}
    named = [e for e in ents if e.kind == "named"]
    types = {e.name: e.text for e in ents if e.kind == "type"}
    # symbols each part uses from the other: exposed there, declared here
    exposed: set[str] = set()
    parts: dict[bool, list[_Entity]] = {True: [], False: []}
    for e in ents:
        if e.kind in ("global", "define"):
            parts[owner[e.name]].append(e)
    imported: dict[bool, list[str]] = {True: [], False: []}
    for side, members in parts.items():
        seen: set[str] = set()
        for e in members:  # grows: constants copied into the user's part
            for r in e.refs:
                if r in seen or r[0] != "@":
                    continue
                seen.add(r)
                if r in owner and owner[r] != side:
                    if side and _copyable(by_name[r]):
                        members.append(by_name[r])  # its own copy: the standard part stays as it was
                        continue
                    exposed.add(r)
                    imported[side].append(r)
                elif r in declares:
                    imported[side].append(r)
    texts = {side: _emit(header, members, imported[side], exposed, by_name, declares, mds, attrs, named, types)
             for side, members in parts.items()}
    user_functions = sorted(e.name for e in parts[True] if e.kind == "define")
    return Split(texts[False], texts[True], user_functions)


def _emit(header: list[str], members: list[_Entity], imported: list[str], exposed: set[str],
          by_name: dict[str, _Entity], declares: dict[str, _Entity], mds: dict[str, _Entity],
          attrs: dict[str, _Entity], named: list[_Entity], types: dict[str, str]) -> str:
    glob = sorted((e for e in members if e.kind == "global"),
                  key=lambda e: (e.name not in _DATA_MARKERS, _DATA_MARKERS.index(e.name)
                                 if e.name in _DATA_MARKERS else 0, e.name))
    funcs = sorted((e for e in members if e.kind == "define"), key=lambda e: e.name)
    decls = sorted(declares[r].text if r in declares else _declaration(by_name[r]) for r in set(imported))
    body = sorted({types[r] for e in funcs for r in e.refs if r[0] == "%"})
    body += [_exposed(e) if e.name in exposed else e.text for e in glob]
    body += decls
    body += [_exposed(e) if e.name in exposed else e.text for e in funcs]
    # attribute groups and metadata used, in order of first use; their numbers are the
    # module's own, derived from their content (llvmtypes.content_number), so they need
    # no renumbering to be the same from one edit to the next
    attr_order: dict[str, None] = {}
    md_order: dict[str, None] = {}
    for e in [*glob, *funcs]:
        for r in e.refs:
            if r[0] == "#":
                attr_order[r] = None
            elif r[0] == "!":
                md_order[r] = None
    for r in imported:
        if r in declares:
            for t in declares[r].refs:
                if t[0] == "#":
                    attr_order[t] = None
    named_lines = []
    for e in named:
        members_ = [r for r in e.refs if r[0] == "!"]
        if e.name == "!llvm.dbg.cu":  # the compile units this part's code refers to
            members_ = [r for r in members_ if _md_reachable(r, list(md_order), mds)]
            if not members_:
                continue
        md_order.update(dict.fromkeys(members_))
        named_lines.append(e.text if len(members_) == len(e.refs) else f"{e.name} = !{{{', '.join(members_)}}}")
    order = list(md_order)
    k = 0
    while k < len(order):  # close over metadata operands, in order
        for r in mds[order[k]].refs[1:]:
            if r[0] == "!" and r not in md_order:
                md_order[r] = None
                order.append(r)
        k += 1
    out = [*body, *(attrs[a].text for a in attr_order), *named_lines, *(mds[r].text for r in order)]
    return "\n".join([*header, ""]) + "\n" + "\n".join(out) + "\n"


def _md_reachable(cu: str, order: list[str], mds: dict[str, _Entity]) -> bool:
    """Whether compile unit ``cu`` is among the metadata this part uses (directly or
    through a subprogram's ``unit:``)."""
    seen = set(order)
    stack = list(order)
    while stack:
        r = stack.pop()
        if r == cu:
            return True
        for t in mds[r].refs[1:]:
            if t[0] == "!" and t not in seen:
                seen.add(t)
                stack.append(t)
    return False


def _copyable(e: _Entity) -> bool:
    """A private constant whose address does not matter (string data, interface
    constants): each part may hold its own copy."""
    return e.kind == "global" and " = private unnamed_addr constant " in e.text


def _exposed(e: _Entity) -> str:
    """The definition with internal or private linkage made hidden (visible to the
    other part's object, not exported from the module)."""
    if e.kind == "define":
        first, nl, rest = e.text.partition("\n")
        first = re.sub(r"^define (?:internal|private) ", "define hidden ", first)
        return first + nl + rest
    return re.sub(r" = (?:internal|private) ", " = hidden ", e.text, count=1)


def _declaration(e: _Entity) -> str:
    """A declaration of a defined function or global, for the other part."""
    line = e.text.split("\n", 1)[0]
    if e.kind == "define":
        head = re.sub(r"^define (?:internal |private |hidden )?", "", line)
        start = head.index(e.name)
        ret = head[:start].strip()
        params = _balanced(head, start + len(e.name))
        types = []
        for p in _split_top(params[1:-1]):
            p = p.strip()
            if not p:
                continue
            words = p.rsplit(" ", 1)
            types.append(words[0] if len(words) == 2 and words[1].startswith("%") else p)
        return f"declare {ret} {e.name}({', '.join(types)})"
    m = re.match(r"@(?:\"[^\"]*\"|[-\w$.]+) = (?:[a-z_]+ )*?(global|constant) ", line)
    assert m is not None, line
    ty = _balanced(line, m.end()) if line[m.end()] in "{[<" else line[m.end():].split(" ", 1)[0].rstrip(",")
    align = re.search(r", align (\d+)$", line)
    return f"{e.name} = external hidden {m.group(1)} {ty}" + (f", align {align.group(1)}" if align else "")


_OPEN = {"{": "}", "[": "]", "<": ">", "(": ")"}


def _balanced(s: str, i: int) -> str:
    """The bracketed text starting at s[i] (an opening bracket), brackets included."""
    depth = 0
    for j in range(i, len(s)):
        c = s[j]
        if c in _OPEN:
            depth += 1
        elif c in ")]}>":
            depth -= 1
            if depth == 0:
                return s[i:j + 1]
    raise ValueError(f"split: unbalanced brackets in {s[:80]!r}")


def _split_top(s: str) -> list[str]:
    """s split at the commas outside brackets."""
    out, depth, start = [], 0, 0
    for j, c in enumerate(s):
        if c in _OPEN:
            depth += 1
        elif c in ")]}>":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(s[start:j])
            start = j + 1
    out.append(s[start:])
    return out
