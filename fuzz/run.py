"""Run every fuzz target for a while and report executions and crashes.

    python fuzz/run.py                     # every target, 120 s each, with atheris
    python fuzz/run.py --seconds 30 diff   # one target
    python fuzz/run.py --replay            # replay the seed corpus (no atheris needed)

Each target runs in its own process on a scratch copy of its seed corpus
(``fuzz/corpus/<target>/``), so the committed corpus is only read. A crashing
input is saved as ``fuzz/crashes/<target>-crash-<sha1>``; the target is then
restarted for the time left, so one run can find several crashes. Exit
status: 0 when no target crashed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = ("parse_text", "parse_html", "revision_from_dict", "diff_from_dict", "diff")
_DONE = re.compile(r"Done (\d+) runs in")
_STAT = re.compile(r"^#(\d+)\s", re.MULTILINE)


def _runs(log: str) -> int:
    done = _DONE.findall(log)
    if done:
        return int(done[-1])
    stats = _STAT.findall(log)
    return int(stats[-1]) if stats else 0


def fuzz(target: str, seconds: int, python: str) -> tuple[int, list[Path]]:
    """Fuzz one target for *seconds*; return (executions, crash files)."""
    crashes_dir = HERE / "crashes"
    crashes_dir.mkdir(exist_ok=True)
    before = set(crashes_dir.glob(f"{target}-*"))
    runs = 0
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target}-") as work:
        while (left := int(deadline - time.monotonic())) > 5:
            cmd = [
                python,
                str(HERE / f"fuzz_{target}.py"),
                work,
                str(HERE / "corpus" / target),
                f"-max_total_time={left}",
                "-timeout=60",
                "-rss_limit_mb=3072",
                "-max_len=65536",
                f"-artifact_prefix={crashes_dir}/{target}-",
                "-print_final_stats=1",
            ]
            if target.endswith("from_dict"):
                cmd.append(f"-dict={HERE / 'json.dict'}")
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
            log = proc.stderr + proc.stdout
            runs += _runs(log)
            if proc.returncode == 0:
                break
            tail = "\n".join(log.splitlines()[-12:])
            print(f"--- {target}: failure (exit {proc.returncode}) ---\n{tail}", flush=True)
    found = sorted(set(crashes_dir.glob(f"{target}-*")) - before)
    return runs, found


def replay(target: str, python: str) -> bool:
    """Replay the seed corpus and saved crashes of *target*; True when all pass."""
    paths = [str(HERE / "corpus" / target)]
    paths += [str(p) for p in sorted((HERE / "crashes").glob(f"{target}-*"))]
    cmd = [python, str(HERE / f"fuzz_{target}.py"), "--replay", *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603
    print(f"{target:20} {'ok' if proc.returncode == 0 else 'FAILED'}")
    if proc.returncode:
        print(proc.stderr[-3000:])
    return proc.returncode == 0


def main() -> int:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", metavar="target", help=f"any of {TARGETS}")
    parser.add_argument("--seconds", type=int, default=120, help="per target (default 120)")
    parser.add_argument("--replay", action="store_true", help="replay seeds and crashes only")
    args = parser.parse_args()
    targets = args.targets or list(TARGETS)
    unknown = sorted(set(targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown targets {unknown}; choose from {TARGETS}")
    if args.replay:
        results = [replay(t, sys.executable) for t in targets]  # every target, no short cut
        return 0 if all(results) else 1
    try:
        import atheris  # noqa: F401, PLC0415
    except ImportError:
        print("atheris is not installed: pip install atheris (or use --replay)")
        return 2
    total_crashes = 0
    print(f"{'target':20} {'seconds':>8} {'executions':>11} {'crashes':>8}", flush=True)
    for target in targets:
        runs, found = fuzz(target, args.seconds, sys.executable)
        total_crashes += len(found)
        print(f"{target:20} {args.seconds:8} {runs:11} {len(found):8}", flush=True)
        for path in found:
            print(f"  {path.relative_to(HERE.parent)}")
    return 1 if total_crashes else 0


if __name__ == "__main__":
    sys.exit(main())
