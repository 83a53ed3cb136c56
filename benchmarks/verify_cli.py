"""Time `psw-journal verify` on a vault, as a worker runs it: a new process each time.

    python benchmarks/verify_cli.py VAULT PASSPHRASE_FILE [--runs 3] [--json]

Each run is a fresh `python -m journal_app --vault VAULT --passphrase-file FILE verify`
(the interpreter's start, the imports, the key derivation, the unlock's checks and
the full check of every record, old revision and the manifest). The figure is the
median wall time of the runs; the memory is the largest peak RSS of one run, read
from that process's own resource usage (os.wait4 in a small launcher), so no other
process counts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

TARGET_S = 3.0


# Runs as a small child that starts `verify` and reports that process's own time and
# peak RSS. On Linux a process started straight from this one would count this
# process's memory as its own peak (ru_maxrss carries over a fork and exec).
LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_pid, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - start
print(elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_once(vault: Path, passphrase_file: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit status) of one `verify` process."""
    command = [sys.executable, "-m", "journal_app", "--vault", str(vault)]
    command += ["--passphrase-file", str(passphrase_file), "verify"]
    out = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def measure(vault: Path, passphrase_file: Path, runs: int = 3) -> dict:
    results = [run_once(vault, passphrase_file) for _ in range(runs)]
    return {
        "verify_s": statistics.median(r[0] for r in results),
        "verify_runs": [r[0] for r in results],
        "verify_rss_mib": max(r[1] for r in results),
        "verify_exit": max(r[2] for r in results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase_file", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.vault, args.passphrase_file, args.runs)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        runs = ", ".join(f"{t:.2f}" for t in figures["verify_runs"])
        print(
            f"verify: median {figures['verify_s']:.2f} s (runs {runs} s), "
            f"peak RSS {figures['verify_rss_mib']:.0f} MiB, exit {figures['verify_exit']}"
        )
    return 0 if figures["verify_s"] <= TARGET_S and figures["verify_exit"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
