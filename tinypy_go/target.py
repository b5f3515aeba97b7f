"""The wasm32-wasi target, as TinyGo's ``-target=wasi`` (= ``wasip1``) defines it.

Every stage that depends on the target (file selection, type sizes, code
generation, linking) reads these facts from here so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from tinypy_go import goroot

GO_MINOR = 27  # the newest Go release we know; the go1.N tags follow the GOROOT (go_minor)

# The go1.23 toolchain's default experiment tags (``go list`` sets them for
# TinyGo too); without them internal/goexperiment picks the wrong files.
TOOL_TAGS = ("goexperiment.coverageredesign",)

# Targets the user may name with -target; all mean the same thing.
TARGET_ALIASES = {"wasi": "wasi", "wasip1": "wasi"}
SUPPORTED_TARGETS = ("wasi", "wasip1")

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
        tags.update(f"go1.{i}" for i in range(1, (goroot.go_minor() or GO_MINOR) + 1))
        tags.update(TOOL_TAGS)
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


def lookup(name: str) -> Target | None:
    """The Target for a -target value, or None if unsupported."""
    return WASI if name in TARGET_ALIASES else None
