"""Build generated hostile inputs and count the outcomes (issue 17).

    python scripts/hostile.py --count 2000 --seed 1 --limit 30 [--go] [--classes nest,body] [--keep DIR]

Every case (``tests/hostile.py``) is built in a subprocess of its own, killed
after ``--limit`` seconds.  A case fails when the build is an internal error
(exit 3), prints a Python traceback, runs over the limit, exits with another
status, or disagrees with the expected status (``--go``: with what ``go build``
for GOOS=linux GOARCH=386 says, for every case).  Prints one line per failure
and a table of classes: count, ok, each kind of failure, slowest build.
``--worker`` builds in one long-lived process (faster; no per-case memory).
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import hostile  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=30.0, help="seconds per build")
    ap.add_argument("--classes", default=",".join(hostile.CLASSES))
    ap.add_argument("--go", action="store_true", help="compare every exit status with the bundled go")
    ap.add_argument("--worker", action="store_true", help="build in one long-lived process")
    ap.add_argument("--keep", help="write the cases under this directory and keep them")
    ap.add_argument("--log", help="append one JSON-ish line per case to this file")
    args = ap.parse_args()

    classes = tuple(c for c in args.classes.split(",") if c)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hostile-"))
    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    slowest: dict[str, tuple[float, str]] = {}
    worker = hostile.Worker() if args.worker else None
    # a diagnostic may quote invalid UTF-8 of the source (as an escaped surrogate)
    log = open(args.log, "a", encoding="utf-8", errors="backslashreplace") if args.log else None  # noqa: SIM115
    failures = 0
    start = time.monotonic()
    for case in hostile.generate(args.seed, args.count, classes):
        d = hostile.write_case(case, root)
        r = worker.run(d, args.limit) if worker else hostile.run_case(d, args.limit)
        go = hostile.go_verdict(d) if args.go else None
        v = hostile.verdict(case, r, go)
        stats[case.cls][v] += 1
        stats[case.cls]["count"] += 1
        if r.secs > slowest.get(case.cls, (0.0, ""))[0]:
            slowest[case.cls] = (r.secs, case.name)
        first = r.stderr.strip().splitlines()[0][:160] if r.stderr.strip() else ""
        if log:
            print(f"{case.name}\t{v}\trc={r.rc}\tgo={go}\texpect={case.expect}\t{r.secs:.1f}s\t{first}", file=log,
                  flush=True)
        if v != "ok":
            failures += 1
            print(f"{v:9} {case.name} rc={r.rc} go={go} expect={case.expect} {r.secs:.1f}s: {first}", flush=True)
        if not args.keep and v == "ok":
            for p in sorted(d.iterdir(), reverse=True):
                p.unlink()
            d.rmdir()
    if worker:
        worker.close()
    kinds = ["ok", "mismatch", "internal", "traceback", "timeout", "exit"]
    print(f"\n{'class':10} {'count':>6} " + " ".join(f"{k:>9}" for k in kinds) + "  slowest")
    total: collections.Counter[str] = collections.Counter()
    for cls in classes:
        s = stats[cls]
        total.update(s)
        secs, name = slowest.get(cls, (0.0, ""))
        print(f"{cls:10} {s['count']:6} " + " ".join(f"{s[k]:9}" for k in kinds) + f"  {secs:.1f}s {name}")
    print(f"{'total':10} {total['count']:6} " + " ".join(f"{total[k]:9}" for k in kinds))
    print(f"\n{args.count} cases in {time.monotonic() - start:.0f}s; failing (or --keep) cases in {root}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
