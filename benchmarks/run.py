"""Measure the journal on this machine: KDF, unlock, search, save, size on disk, memory,
the supervision pack and the desktop app's start (benchmarks/gui_start.py).

    python benchmarks/run.py [--records 20000] [--seed 1] [--kdf default|fast]
                             [--out DIR] [--json]

The vault is filled by a child process (`--fill-only`), so the figures measured
here (memory above all) are those of a worker opening an existing journal.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import corpus  # benchmarks/ is on sys.path when this file is run as a script
import cryptography
import gui_start
import verify_cli

from journal_app.domain.schema import record_from_input
from journal_app.services.journal import Journal, encode_record
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams
from journal_app.vault.store import VaultStore

PASSPHRASE = "correct horse battery staple for the benchmark"
FAST_KDF = KdfParams(19456, 2, 4)
BATCH = 500
VAULT_NAME = "bench.vault"
UNLOCK_RUNS = 3
QUERIES = 100
# While the index builds, a query every BUILD_QUERY_GAP_S from this thread (the app's
# search box waits 150 ms after a key; closer queries give more samples).
BUILD_QUERY_GAP_S = 0.05
SAVES = 100

# Targets: (figure key, limit, unit shown)
TARGETS = {
    "unlock_excl_kdf_s": 0.5,
    "search_median_ms": 10.0,
    "search_p95_ms": 20.0,
    "build_search_p95_ms": 20.0,
    "edit_median_ms": 15.0,
    "add_median_ms": 15.0,
    "peak_rss_mib": 200.0,
    "pack_pdf_median_s": 1.0,
    "change_passphrase_s": 5.0,
    "verify_s": verify_cli.TARGET_S,
    "gui_start_s": gui_start.TARGET_S,
}
PACK_RUNS = 3
GUI_RUNS = 3
VERIFY_RUNS = 3


# --- filling (child process) ----------------------------------------------------


def fill(vault: Path, records: int, seed: int, kdf_choice: str) -> dict[str, Any]:
    """Create the vault and store the corpus in batches; returns corpus statistics."""
    kdf = crypto.calibrate() if kdf_choice == "default" else FAST_KDF
    start = time.perf_counter()
    journal, _recovery_key = Journal.create(vault, PASSPHRASE, kdf)
    types: Counter[str] = Counter()
    input_bytes = plaintext_bytes = 0
    batch = []
    try:
        for data in corpus.generate(records, seed):
            types[data["type"]] += 1
            input_bytes += len(json.dumps(data, ensure_ascii=False).encode())
            record = record_from_input(data, journal.vocabulary)
            batch.append(record)
            if len(batch) == BATCH:
                journal.save_many(batch)
                batch = []
        if batch:
            journal.save_many(batch)
        # Exactly what was sealed: the stored JSON, with id and timestamps.
        plaintext_bytes = sum(len(encode_record(r)) for r in journal.records())
    finally:
        journal.close()
    return {
        "records": sum(types.values()),
        "types": dict(types),
        "input_json_bytes": input_bytes,
        "plaintext_bytes": plaintext_bytes,
        "fill_s": time.perf_counter() - start,
        "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
    }


def fill_in_child(vault: Path, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--fill-only",
        "--out",
        str(vault.parent),
        "--records",
        str(args.records),
        "--seed",
        str(args.seed),
        "--kdf",
        args.kdf,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"filling the vault failed (exit {done.returncode})")
    return json.loads(done.stdout)


# --- measuring (this process) ---------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def rss_now_kib() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss_kib() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes


def size_on_disk(vault: Path) -> int:
    """File plus write-ahead log, after folding the log into the file."""
    conn = sqlite3.connect(vault)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return sum(p.stat().st_size for p in (vault, Path(f"{vault}-wal")) if p.exists())


def measure_kdf(vault: Path) -> tuple[KdfParams, list[float]]:
    store = VaultStore.open(vault)
    try:
        header = store.header
        times = []
        for _ in range(UNLOCK_RUNS):
            start = time.perf_counter()
            crypto.derive_passphrase_key(PASSPHRASE, header.salt, header.kdf)
            times.append(time.perf_counter() - start)
        return header.kdf, times
    finally:
        store.close()


def unlock_once(vault: Path) -> tuple[Journal, float, float, float, float]:
    """Open, unlock and load as the app does (every record decrypted, so
    authenticated, before the window opens; decoded on a worker meanwhile); returns
    the journal, open s, unlock (KDF) s, load s (until the window may open) and the
    decoding's s after that (until every record is decoded: reads wait till then)."""
    t0 = time.perf_counter()
    store = VaultStore.open(vault)
    t1 = time.perf_counter()
    store.unlock(PASSPHRASE)
    t2 = time.perf_counter()
    journal = Journal.from_store(store, background=True)
    t3 = time.perf_counter()
    journal.wait_loaded()
    t4 = time.perf_counter()
    return journal, t1 - t0, t2 - t1, t3 - t2, t4 - t3


def search_queries(seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = corpus.words(seed)
    return [" ".join(rng.sample(vocabulary, rng.choice((1, 1, 2, 2, 3)))) for _ in range(QUERIES)]


def search_at_once(journal: Journal, text: str) -> list:
    """A search as the app's search box makes it: not waiting for the index's build
    (an answer that says it is partial, then)."""
    return journal.search(text, wait=False)


def measure_search_while_building(journal: Journal, seed: int) -> dict[str, Any]:
    """Start the index's worker, as the app does after unlocking, and search from this
    thread while it builds (a query, then BUILD_QUERY_GAP_S of waiting) until the index
    is ready. Returns the time until ready, each query's time and how many of the
    answers said they were partial (a result with `complete` False)."""
    queries = search_queries(seed + 1)
    times: list[float] = []
    partial = 0
    start = time.perf_counter()
    journal.start_indexing()
    for text in queries * 1000:
        if journal.index_ready:
            break
        began = time.perf_counter()
        found = search_at_once(journal, text)
        times.append(time.perf_counter() - began)
        partial += not getattr(found, "complete", True)
        pause_until = time.perf_counter() + BUILD_QUERY_GAP_S
        while time.perf_counter() < pause_until and not journal.index_ready:
            time.sleep(0.002)
    ready_s = time.perf_counter() - start
    return {
        "index_ready_s": ready_s,
        "build_search_times": times,
        "build_search_partial": partial,
    }


def measure_search(journal: Journal, seed: int) -> tuple[list[float], list[int], list[str]]:
    queries = search_queries(seed)
    times, hits = [], []
    for text in queries:
        start = time.perf_counter()
        found = journal.search(text)
        times.append(time.perf_counter() - start)
        hits.append(len(found))
    return times, hits, queries


def measure_saves(journal: Journal, seed: int) -> tuple[list[float], list[float]]:
    rng = random.Random(seed)
    ids = rng.sample(sorted(r.id for r in journal.records()), SAVES)
    edits = []
    for i, record_id in enumerate(ids):
        start = time.perf_counter()
        journal.edit(record_id, {"title": f"Edited in the benchmark ({i})"})
        edits.append(time.perf_counter() - start)
    adds = []
    for data in corpus.generate(SAVES, seed + 1_000):
        start = time.perf_counter()
        journal.add(data)
        adds.append(time.perf_counter() - start)
    return edits, adds


def measure(vault: Path, args: argparse.Namespace, stats: dict[str, Any]) -> dict[str, Any]:
    disk = size_on_disk(vault)
    try:  # child processes, so Qt is not in this process's memory figures
        gui = gui_start.measure(vault, GUI_RUNS)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"GUI start not measured: {exc}", file=sys.stderr)
        gui = {"gui_start_s": None, "gui_runs": [], "qt_platform": "none"}
    rss_before = peak_rss_kib()
    kdf, kdf_times = measure_kdf(vault)

    journal, *times = unlock_once(vault)
    rss_peak = peak_rss_kib()  # one unlock, with the KDF's memory, nothing else yet
    rss_after = rss_now_kib()
    runs = [tuple(times)]
    for _ in range(UNLOCK_RUNS - 1):
        journal.close()
        journal, *times = unlock_once(vault)
        runs.append(tuple(times))
    excl = [o + ld for o, _, ld, _ in runs]
    decoded = [o + ld + dec for o, _, ld, dec in runs]

    # The app builds the search index on a worker thread right after unlocking, and
    # the worker may search while it does.
    building = measure_search_while_building(journal, args.seed)
    build_times = building["build_search_times"] or [0.0]
    rss_peak = max(rss_peak, peak_rss_kib())

    search_times, hits, _queries = measure_search(journal, args.seed)
    edits, adds = measure_saves(journal, args.seed)
    pack = measure_pack(journal, vault.parent)
    # Last, as it changes the passphrase: every record, old revision and meta item
    # sealed again under a new key, one transaction, the KDF included (as the worker waits).
    start = time.perf_counter()
    journal.change_passphrase(PASSPHRASE + " changed", kdf)
    change_s = time.perf_counter() - start
    journal.close()
    # `psw-journal verify` in new processes, on the vault as the runs above left it.
    passphrase_file = vault.parent / "verify-passphrase"
    passphrase_file.touch(mode=0o600)
    passphrase_file.write_text(PASSPHRASE + " changed", encoding="utf-8")
    verify = verify_cli.measure(vault, passphrase_file, VERIFY_RUNS)

    ms = 1000.0
    return {
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cryptography": cryptography.__version__,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "vault": str(vault),
        },
        "corpus": stats,
        "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
        "kdf_s": statistics.median(kdf_times),
        "unlock_excl_kdf_s": statistics.median(excl),
        "decoded_excl_kdf_s": statistics.median(decoded),
        "index_ready_s": building["index_ready_s"],
        "change_passphrase_s": change_s,
        "unlock_runs": [
            {"open_s": o, "unlock_kdf_s": u, "load_s": ld, "excl_kdf_s": o + ld, "decoded_s": dec}
            for o, u, ld, dec in runs
        ],
        "search_median_ms": statistics.median(search_times) * ms,
        "search_p95_ms": percentile(search_times, 95) * ms,
        "build_search_median_ms": statistics.median(build_times) * ms,
        "build_search_p95_ms": percentile(build_times, 95) * ms,
        "build_search_max_ms": max(build_times) * ms,
        "build_search_count": len(building["build_search_times"]),
        "build_search_partial": building["build_search_partial"],
        "search_hits_median": statistics.median(hits),
        "search_hits_max": max(hits),
        "edit_median_ms": statistics.median(edits) * ms,
        "edit_p95_ms": percentile(edits, 95) * ms,
        "add_median_ms": statistics.median(adds) * ms,
        "add_p95_ms": percentile(adds, 95) * ms,
        "vault_bytes": disk,
        "plaintext_bytes": stats["plaintext_bytes"],
        "size_ratio": disk / stats["plaintext_bytes"] if stats["plaintext_bytes"] else None,
        "rss_before_unlock_mib": rss_before / 1024,
        "peak_rss_mib": rss_peak / 1024,
        "rss_after_unlock_mib": rss_after / 1024,
        **pack,
        **gui,
        **verify,
    }


def measure_pack(journal: Journal, folder: Path) -> dict[str, Any]:
    """A three-month supervision pack to PDF with the wellbeing chart: as the pack
    dialog opens (each record at its own share level), and the worst case (every
    record of the period shared in full). The first run also loads Qt."""
    from datetime import timedelta

    from journal_app.domain.records import Share
    from journal_app.export.formats import write_document
    from journal_app.services.pack import PackOptions, build_pack, in_period

    records = journal.records()
    end = max(r.date for r in records)
    start = end - timedelta(days=91)
    usual = PackOptions(start, end, include_wellbeing=True)
    period = in_period(records, usual)
    everything = PackOptions(
        start, end, include_wellbeing=True, shares={r.id: Share.FULL for r in period}
    )
    out = folder / "pack.pdf"

    def timed(options: PackOptions, runs: int, fmt: str = "pdf") -> tuple[list[float], int, int]:
        times = []
        target = out.with_suffix(f".{fmt}")
        for _ in range(runs):
            begin = time.perf_counter()
            pack = build_pack(records, journal.vocabulary, options)
            write_document(pack.document, fmt, target)
            times.append(time.perf_counter() - begin)
        return times, len(pack.shown) + len(pack.counted_disclosures), target.stat().st_size

    usual_times, usual_shared, usual_bytes = timed(usual, PACK_RUNS + 1)
    # The all-full pack of a big journal takes a minute a run: once is enough there.
    full_runs = PACK_RUNS if len(period) <= 1500 else 1
    full_times, _, full_bytes = timed(everything, full_runs)
    odt_times, _, odt_bytes = timed(everything, full_runs, "odt")
    return {
        "pack_records": len(period),
        "pack_shared": usual_shared,
        "pack_first_s": usual_times[0],
        "pack_pdf_median_s": statistics.median(usual_times[1:]),
        "pack_pdf_bytes": usual_bytes,
        "pack_all_full_median_s": statistics.median(full_times),
        "pack_all_full_bytes": full_bytes,
        "pack_all_full_odt_s": statistics.median(odt_times),
        "pack_all_full_odt_bytes": odt_bytes,
        # Peak RSS of the whole run so far: the all-full pack is the biggest thing held.
        "peak_rss_after_pack_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# --- reporting --------------------------------------------------------------------


def verdicts(figures: dict[str, Any]) -> dict[str, bool]:
    """Target met or not, for each figure that could be measured."""
    return {
        key: figures[key] <= limit for key, limit in TARGETS.items() if figures[key] is not None
    }


def table(figures: dict[str, Any]) -> str:
    c, k, ok = figures["corpus"], figures["kdf"], verdicts(figures)
    mb = 1024 * 1024

    def mark(key: str) -> str:
        return "not measured" if key not in ok else "PASS" if ok[key] else "FAIL"

    gui_s = figures["gui_start_s"]

    rows = [
        ("KDF (Argon2id, one derivation)", f"{figures['kdf_s']:.3f} s",
         f"m={k['memory_kib']} KiB t={k['iterations']} p={k['lanes']}", ""),
        ("Unlock excl. KDF (open + decrypt: the window opens)",
         f"{figures['unlock_excl_kdf_s']:.3f} s", "<= 0.5 s", mark("unlock_excl_kdf_s")),
        ("Every record decoded, excl. KDF (worker)",
         f"{figures.get('decoded_excl_kdf_s', 0):.3f} s", "", ""),
        ("Search index ready after unlock (worker)", f"{figures['index_ready_s']:.3f} s",
         "", ""),
        ("Search p95 while the index builds", f"{figures['build_search_p95_ms']:.2f} ms",
         "<= 20 ms", mark("build_search_p95_ms")),
        ("Search median", f"{figures['search_median_ms']:.2f} ms", "<= 10 ms",
         mark("search_median_ms")),
        ("Search p95", f"{figures['search_p95_ms']:.2f} ms", "<= 20 ms",
         mark("search_p95_ms")),
        ("Save (edit title) median", f"{figures['edit_median_ms']:.2f} ms", "<= 15 ms",
         mark("edit_median_ms")),
        ("Save (edit title) p95", f"{figures['edit_p95_ms']:.2f} ms", "", ""),
        ("Save (add record) median", f"{figures['add_median_ms']:.2f} ms", "<= 15 ms",
         mark("add_median_ms")),
        ("Save (add record) p95", f"{figures['add_p95_ms']:.2f} ms", "", ""),
        ("Vault on disk (file + WAL)", f"{figures['vault_bytes'] / mb:.1f} MiB", "", ""),
        ("Plaintext (stored record JSON)", f"{figures['plaintext_bytes'] / mb:.1f} MiB", "", ""),
        ("Disk / plaintext", f"{figures['size_ratio']:.2f}x", "", ""),
        ("Peak RSS after unlock", f"{figures['peak_rss_mib']:.0f} MiB", "<= 200 MiB",
         mark("peak_rss_mib")),
        ("Pack to PDF, 3 months, own share levels, median",
         f"{figures['pack_pdf_median_s']:.3f} s", "<= 1 s", mark("pack_pdf_median_s")),
        ("Pack to PDF, the same, first run (loads Qt)", f"{figures['pack_first_s']:.3f} s",
         "", ""),
        ("Pack to PDF, 3 months, every record in full",
         f"{figures['pack_all_full_median_s']:.3f} s", "", ""),
        ("Pack to ODT, 3 months, every record in full",
         f"{figures['pack_all_full_odt_s']:.3f} s", "", ""),
        ("Peak RSS after the all-full packs", f"{figures['peak_rss_after_pack_mib']:.0f} MiB",
         "", ""),
        ("Change passphrase (rotate keys, KDF included)",
         f"{figures['change_passphrase_s']:.3f} s", "<= 5 s", mark("change_passphrase_s")),
        ("psw-journal verify (new process, median)", f"{figures['verify_s']:.3f} s",
         "<= 3 s", mark("verify_s")),
        ("psw-journal verify, peak RSS", f"{figures['verify_rss_mib']:.0f} MiB", "", ""),
        ("GUI start to unlock window (new process)",
         "-" if gui_s is None else f"{gui_s:.3f} s", "<= 1 s", mark("gui_start_s")),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    lines = [f"{'Figure':<{width}}  {'Value':>12}  {'Target':<28}  Result"]
    lines.append("-" * len(lines[0]))
    lines += [f"{n:<{width}}  {v:>12}  {t:<28}  {m}".rstrip() for n, v, t, m in rows]
    runs = ", ".join(
        f"{r['open_s'] * 1000:.0f}+{r['load_s'] * 1000:.0f}+{r.get('decoded_s', 0) * 1000:.0f} ms"
        for r in figures["unlock_runs"]
    )
    types = ", ".join(f"{n} {t}" for t, n in sorted(c["types"].items()))
    lines += [
        "",
        f"Corpus: {c['records']} records ({types}); plaintext {c['plaintext_bytes'] / 1e6:.1f} MB"
        f" = {c['plaintext_bytes'] / mb:.1f} MiB"
        f" (input JSON {c['input_json_bytes'] / 1e6:.1f} MB, "
        f"{c['plaintext_bytes'] / max(c['records'], 1):.0f} B a record); fill {c['fill_s']:.0f} s",
        f"Unlock runs (open + decrypt + decode): {runs}",
        f"Pack: {figures['pack_records']} records in the period, {figures['pack_shared']} "
        f"shared at their own levels (PDF {figures['pack_pdf_bytes'] / 1024:.0f} KiB); "
        f"all in full {figures['pack_all_full_bytes'] / 1024:.0f} KiB "
        f"(ODT {figures['pack_all_full_odt_bytes'] / 1024:.0f} KiB)",
        f"Search hits: median {figures['search_hits_median']:.0f}, "
        f"max {figures['search_hits_max']}",
        f"Searches while the index built: {figures['build_search_count']} "
        f"({figures['build_search_partial']} partial), median "
        f"{figures['build_search_median_ms']:.2f} ms, max {figures['build_search_max_ms']:.2f} ms",
        f"GUI start runs: {', '.join(f'{t:.3f}' for t in figures['gui_runs'])} s "
        f"(Qt platform: {figures['qt_platform']})",
        f"RSS: {figures['rss_before_unlock_mib']:.0f} MiB before unlock, "
        f"{figures['rss_after_unlock_mib']:.0f} MiB resident after",
        "Machine: {platform}, {cpus} CPUs, Python {python}, SQLite {sqlite}, "
        "cryptography {cryptography}".format(**figures["machine"]),
        f"Vault: {figures['machine']['vault']}",
        f"Verify runs: {', '.join(f'{t:.3f}' for t in figures['verify_runs'])} s "
        f"(exit status {figures['verify_exit']}: 0 when it found nothing)",
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--kdf",
        choices=("default", "fast"),
        default="default",
        help="default: calibrate like a new vault does; fast: the floor (19456 KiB, 2, 4)",
    )
    parser.add_argument("--out", type=Path, help="directory for the vault (kept afterwards)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--fill-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.records < SAVES:
        parser.error(f"--records must be at least {SAVES}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.fill_only:
        if args.out is None:
            raise SystemExit("--fill-only needs --out")
        print(json.dumps(fill(args.out / VAULT_NAME, args.records, args.seed, args.kdf)))
        return 0
    workdir = args.out or Path(tempfile.mkdtemp(prefix="psw-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    vault = workdir / VAULT_NAME
    if vault.exists():
        raise SystemExit(f"{vault} exists already; choose another --out or remove it")
    try:
        if not args.json:
            print(f"Filling {args.records} records (KDF {args.kdf}) in {workdir} ...", flush=True)
        stats = fill_in_child(vault, args)
        figures = measure(vault, args, stats)
        figures["pass"] = verdicts(figures)
    finally:
        if args.out is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0 if all(figures["pass"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
