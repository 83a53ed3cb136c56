"""Side by side with jrnl (https://jrnl.sh): the same seeded corpus in an encrypted
jrnl journal (and, for listing, an unencrypted copy of it, jrnl's default) and in our
vault, both driven through their real command lines, each command a fresh process.

    python benchmarks/jrnl_compare.py [--sizes 1000,10000] [--runs 7] [--seed 1]
                                      [--word WORD] [--out DIR] [--json]

jrnl is installed from PyPI into its own virtualenv, benchmarks/.venv-jrnl (made
on the first run; never the app's environment). Our vault gets Argon2id settings
whose one derivation costs about what jrnl's key derivation costs on this machine
(see benchmarks/README.md, "Side by side with jrnl"). jrnl's configuration, its
journals and every other file either tool writes stay in the work folder: HOME and
the XDG folders point there, never at the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import corpus  # benchmarks/ is on sys.path when this file is run as a script
from run import size_on_disk

from journal_app import __version__ as our_version
from journal_app.domain.records import collect_text
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams

HERE = Path(__file__).resolve().parent
JRNL_VENV = HERE / ".venv-jrnl"
JRNL_REQUIREMENT = "jrnl>=4.6"
PASSPHRASE = "correct horse battery staple for the benchmark"
DEFAULT_WORD = "allotment"
KDF_RUNS = 7
TOLERANCE = 0.2  # equal cost means within 20%

# A keyring backend for jrnl that reads the passphrase from a file, the way our
# CLI's --passphrase-file does. It runs inside jrnl's virtualenv only.
KEYRING_MODULE = "jrnl_bench_keyring"
KEYRING_SOURCE = '''\
"""jrnl's passphrase for the benchmark, from the file in JRNL_BENCH_PASSPHRASE_FILE."""
import os

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        with open(os.environ["JRNL_BENCH_PASSPHRASE_FILE"], encoding="utf-8") as handle:
            return handle.read().splitlines()[0]

    def set_password(self, service, username, password):
        raise NotImplementedError("the benchmark's keyring is read-only")

    def delete_password(self, service, username):
        raise NotImplementedError("the benchmark's keyring is read-only")
'''

# Runs in jrnl's virtualenv: one key derivation exactly as jrnl does it to read or
# write a v3 journal (Jrnlv3Encryption._make_key), timed; prints JSON.
JRNL_KDF_PROBE = """
import json, os, statistics, sys, time
from jrnl import __version__
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
enc = Jrnlv3Encryption("default", {})
enc.password = sys.argv[1]
times = []
enc._make_key(os.urandom(16))  # a first, untimed derivation
for _ in range(int(sys.argv[2])):
    salt = os.urandom(16)
    start = time.perf_counter()
    enc._make_key(salt)
    times.append(time.perf_counter() - start)
print(json.dumps({"version": __version__, "kdf_s": statistics.median(times)}))
"""

# Runs in jrnl's virtualenv: encrypt a plain jrnl journal with jrnl's own writer
# (what `jrnl` writes whenever encrypt is on).
JRNL_ENCRYPT = """
import sys
from pathlib import Path
from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption
enc = Jrnlv3Encryption("default", {})
enc.password = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[0]
Path(sys.argv[3]).write_bytes(enc.encrypt(Path(sys.argv[2]).read_text(encoding="utf-8")))
"""


# --- the environments -------------------------------------------------------------


def jrnl_bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return JRNL_VENV / folder / f"{name}{suffix}"


def ensure_jrnl(quiet: bool) -> None:
    """Make benchmarks/.venv-jrnl with jrnl in it, unless it is there already."""
    if jrnl_bin("jrnl").exists():
        return
    if not quiet:
        print(f"Installing {JRNL_REQUIREMENT} into {JRNL_VENV} ...", flush=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(JRNL_VENV)], check=True)
    subprocess.run(
        [str(jrnl_bin("python")), "-m", "pip", "install", "--quiet", JRNL_REQUIREMENT],
        check=True,
    )


def our_cli() -> list[str]:
    """The installed `psw-journal` script beside this Python, else `python -m`."""
    folder = Path(sys.executable).parent
    for name in ("psw-journal", "psw-journal.exe"):
        if (folder / name).exists():
            return [str(folder / name)]
    return [sys.executable, "-m", "journal_app"]


class Tools:
    """Both command lines, set up to run without prompting and without touching the
    user's own configuration."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.secret = workdir / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        (workdir / f"{KEYRING_MODULE}.py").write_text(KEYRING_SOURCE, encoding="utf-8")
        xdg = workdir / "xdg"
        # Both run with their bytecode cached, as an installed package does.
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.jrnl_env = {
            **base,
            "PYTHONPATH": str(workdir),
            "PYTHON_KEYRING_BACKEND": f"{KEYRING_MODULE}.FileKeyring",
            "JRNL_BENCH_PASSPHRASE_FILE": str(self.secret),
            "XDG_CONFIG_HOME": str(xdg / "config"),
            "XDG_DATA_HOME": str(xdg / "data"),
            "XDG_CACHE_HOME": str(xdg / "cache"),
            "HOME": str(workdir / "home"),  # nothing of jrnl's lands in ~, whatever it reads
            "EDITOR": "",
            "VISUAL": "",
        }
        (workdir / "home").mkdir(exist_ok=True)
        self.our_env = {**base, "XDG_STATE_HOME": str(xdg / "state")}
        self.jrnl_version = ""

    def jrnl_python(self, code: str, *args: str) -> str:
        done = subprocess.run(
            [str(jrnl_bin("python")), "-c", code, *args],
            env=self.jrnl_env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def jrnl(self, config: Path, *args: str) -> list[str]:
        return [str(jrnl_bin("jrnl")), "--config-file", str(config), *args]

    def ours(self, vault: Path, *args: str) -> list[str]:
        return [*our_cli(), "--vault", str(vault), "--passphrase-file", str(self.secret), *args]


def run_checked(command: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, input=stdin)
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(command[:4])} ... failed (exit {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return done.stdout


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time of one fresh process, its output read in full."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(command[:4])} ... failed (exit {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return elapsed, done.stdout


# --- equal-cost key derivation -------------------------------------------------------


def argon2_cost(params: KdfParams, runs: int = KDF_RUNS) -> float:
    salt = os.urandom(crypto.SALT_BYTES)
    crypto.derive_passphrase_key(PASSPHRASE, salt, params)  # a first, untimed derivation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        crypto.derive_passphrase_key(PASSPHRASE, salt, params)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def equal_cost_params(target_s: float) -> tuple[KdfParams, float, bool]:
    """Argon2id settings at or above the vault's floor whose one derivation costs about
    `target_s`; returns them, their cost and whether they are within the tolerance.
    Memory is raised from the floor (one lane, two passes) in proportion to the cost,
    since Argon2's time grows with memory x passes."""
    floor = KdfParams(crypto.FLOOR_MEMORY_KIB, crypto.FLOOR_ITERATIONS, crypto.FLOOR_LANES)
    params, cost = floor, argon2_cost(floor)
    for _ in range(4):
        if abs(cost - target_s) <= TOLERANCE * target_s * 0.5 or (
            cost > target_s and params == floor
        ):
            break
        memory = max(crypto.FLOOR_MEMORY_KIB, round(params.memory_kib * target_s / cost))
        params = KdfParams(memory, params.iterations, params.lanes)
        cost = argon2_cost(params)
    return params, cost, abs(cost - target_s) <= TOLERANCE * target_s


# --- the corpus in both tools ----------------------------------------------------------


def tag_word(tag: str) -> str:
    """A corpus tag as a jrnl @tag (jrnl tags are one word: [-+*#/\\w]+)."""
    return "@" + re.sub(r"[^\w]+", "-", tag.casefold()).strip("-")


def body_text(data: dict[str, Any]) -> str:
    parts = [data.get("shared_summary", "")]
    collect_text(data.get("fields", {}), parts)
    return "\n\n".join(p for p in parts if isinstance(p, str) and p.strip())


def jrnl_plaintext(records: list[dict[str, Any]]) -> str:
    """The corpus as a plain jrnl journal (timeformat '%F %r'), oldest first; records of
    one day get consecutive minutes from 09:00 so their order is kept."""
    records = sorted(records, key=lambda d: d["date"])
    out = []
    per_day: dict[str, int] = {}
    for data in records:
        n = per_day[data["date"]] = per_day.get(data["date"], -1) + 1
        when = datetime.combine(date.fromisoformat(data["date"]), datetime.min.time())
        when += timedelta(hours=9, minutes=n)
        title = " ".join((data.get("title") or "Untitled").split())
        lines = [f"[{when.strftime('%Y-%m-%d %I:%M:%S %p')}] {title}", body_text(data)]
        tags = " ".join(tag_word(t) for t in data.get("tags", []))
        if tags:
            lines.append(tags)
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def jrnl_config(path: Path, journal: Path, version: str, encrypt: bool = True) -> None:
    """jrnl's YAML config: one journal (encrypted or not), no colours, no editor."""
    path.write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        f"default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: {str(encrypt).lower()}\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {json.dumps(str(journal))}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        f"version: {json.dumps(version)}\n",
        encoding="utf-8",
    )


def build(
    tools: Tools, folder: Path, size: int, seed: int, kdf: KdfParams, quiet: bool
) -> dict[str, Any]:
    """The encrypted jrnl journal, an unencrypted copy, its JSON export, and our vault
    imported from it."""
    folder.mkdir(parents=True)
    if not quiet:
        print(f"Building {size} entries in {folder} ...", flush=True)
    records = list(corpus.generate(size, seed))
    plain = folder / "journal.plain.txt"
    plain.write_text(jrnl_plaintext(records), encoding="utf-8")
    journal = folder / "journal.txt"
    tools.jrnl_python(JRNL_ENCRYPT, str(tools.secret), str(plain), str(journal))
    config = folder / "jrnl.yaml"
    jrnl_config(config, journal, tools.jrnl_version)
    plain_config = folder / "jrnl-plain.yaml"  # the same entries, as jrnl keeps them by default
    jrnl_config(plain_config, plain, tools.jrnl_version, encrypt=False)
    # jrnl's own export is what our vault imports: both hold exactly the same entries.
    export = folder / "export.json"
    export.write_text(
        run_checked(tools.jrnl(config, "--format", "json"), tools.jrnl_env), encoding="utf-8"
    )
    entries = json.loads(export.read_text(encoding="utf-8"))["entries"]
    if len(entries) != size:
        raise SystemExit(f"jrnl read back {len(entries)} entries, expected {size}")
    vault = folder / "our.vault"
    init = [
        "init",
        "--kdf-memory",
        str(kdf.memory_kib),
        "--kdf-iterations",
        str(kdf.iterations),
        "--kdf-lanes",
        str(kdf.lanes),
    ]
    run_checked(tools.ours(vault, *init), tools.our_env)
    run_checked(tools.ours(vault, "import", str(export), "--format", "jrnl-json"), tools.our_env)
    export.unlink()
    return {
        "size": size,
        "journal": journal,
        "config": config,
        "plain_config": plain_config,
        "vault": vault,
        "jrnl_bytes": journal.stat().st_size,
        "our_bytes": size_on_disk(vault),
    }


# --- measuring -------------------------------------------------------------------------


def add_json(folder: Path, n: int) -> Path:
    path = folder / f"add-{n}.json"
    path.write_text(
        json.dumps(
            {
                "type": "reflection",
                "date": date.today().isoformat(),
                "title": f"Added in the benchmark ({n})",
                "tags": ["benchmark"],
                "fields": {"model": "free", "text": "One more entry, written from the benchmark."},
            }
        ),
        encoding="utf-8",
    )
    return path


_JRNL_ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d", re.M)  # jrnl: an entry's first line
_OUR_ROW = re.compile(r"^\d{4}-\d\d-\d\d  ", re.M)  # ours: an entry's row (its id under it)


def measure(tools: Tools, built: dict[str, Any], word: str, runs: int) -> dict[str, Any]:
    """Median wall time of `runs` fresh processes per operation and tool; the tools
    alternate so a noisy moment hits each alike. A first, untimed round warms the page
    cache and the bytecode caches."""
    config, vault, folder = built["config"], built["vault"], built["journal"].parent
    jrnl, ours = tools.jrnl_env, tools.our_env
    # Each operation: (name, command, environment) per tool, timed in turn.
    ops: dict[str, list[tuple[str, list[str], dict[str, str]]]] = {
        "list": [
            ("jrnl", tools.jrnl(config, "-n", "10"), jrnl),
            ("jrnl_plain", tools.jrnl(built["plain_config"], "-n", "10"), jrnl),
            ("ours", tools.ours(vault, "list", "-n", "10"), ours),
        ],
        "search": [
            ("jrnl", tools.jrnl(config, "-contains", word), jrnl),
            ("ours", tools.ours(vault, "search", word), ours),
        ],
    }
    result: dict[str, Any] = {}
    for name, commands in ops.items():
        for _, command, env in commands:
            timed(command, env)
        times: dict[str, list[float]] = {tool: [] for tool, _, _ in commands}
        shown: dict[str, int] = {}
        days: dict[str, list[str]] = {}  # the dates of the entries each tool showed
        for _ in range(runs):
            for tool, command, env in commands:
                seconds, out = timed(command, env)
                times[tool].append(seconds)
                found = (_OUR_ROW if tool == "ours" else _JRNL_ENTRY).findall(out)
                shown[tool] = len(found)
                days[tool] = sorted(line[:10] for line in found)
        result[name] = {"same_dates": all(d == days["ours"] for d in days.values())}
        for tool, values in times.items():
            result[name][f"{tool}_s"] = statistics.median(values)
            result[name][f"{tool}_min_s"] = min(values)
            result[name][f"{tool}_shown"] = shown[tool]
    jrnl_times, our_times = [], []
    for n in range(runs + 1):
        text = f"Added in the benchmark ({n}). One more entry, written from the benchmark."
        our_cmd = tools.ours(vault, "add", "--json", str(add_json(folder, n)))
        jrnl_s, _ = timed(tools.jrnl(config, text), tools.jrnl_env)
        our_s, _ = timed(our_cmd, tools.our_env)
        if n:  # the first round warms up
            jrnl_times.append(jrnl_s)
            our_times.append(our_s)
    result["add"] = {
        "jrnl_s": statistics.median(jrnl_times),
        "ours_s": statistics.median(our_times),
        "jrnl_min_s": min(jrnl_times),
        "ours_min_s": min(our_times),
    }
    return result


# --- reporting -------------------------------------------------------------------------


def table(figures: dict[str, Any]) -> str:
    kdf = figures["kdf"]
    jrnl_kdf, our_kdf = kdf["jrnl_s"], kdf["ours_s"]
    # Key derivations per command: jrnl derives a key to read the journal and a new
    # one (fresh salt) to write it back; ours derives one per command.
    derivations = {"list": (1, 1), "list_plain": (0, 1), "search": (1, 1), "add": (2, 1)}
    labels = {
        "list": "newest 10 (-n 10)",
        "list_plain": "newest 10, jrnl unencrypted",
        "search": f"search '{figures['word']}'",
        "add": "add one entry",
    }
    header = (
        f"{'Entries':>7}  {'Operation':<26}  {'jrnl':>9}  {'ours':>9}  {'jrnl/ours':>9}  "
        f"{'jrnl excl. KDF':>14}  {'ours excl. KDF':>14}  {'ratio':>6}"
    )
    lines = [header, "-" * len(header)]
    for size in figures["sizes"]:
        ops = dict(size["ops"])
        # jrnl's unencrypted journal against our (always encrypted) vault.
        ops["list_plain"] = {"jrnl_s": ops["list"]["jrnl_plain_s"], "ours_s": ops["list"]["ours_s"]}
        for op in ("list", "list_plain", "search", "add"):
            j, o = ops[op]["jrnl_s"], ops[op]["ours_s"]
            jn, on = derivations[op]
            jx, ox = j - jn * jrnl_kdf, o - on * our_kdf
            lines.append(
                f"{size['size']:>7,}  {labels[op]:<26}  {j:>7.3f} s  {o:>7.3f} s  "
                f"{j / o:>8.1f}x  {jx:>12.3f} s  {ox:>12.3f} s  {jx / ox:>5.1f}x"
            )
        mib = 1024 * 1024
        jb, ob = size["jrnl_bytes"], size["our_bytes"]
        lines.append(
            f"{size['size']:>7,}  {'on-disk size':<26}  {jb / mib:>5.1f} MiB  "
            f"{ob / mib:>5.1f} MiB  {jb / ob:>8.2f}x"
        )
    p = kdf["ours_params"]
    shown = ", ".join(
        f"{s['size']:,}: list {s['ops']['list']['jrnl_shown']} "
        f"({s['ops']['list']['jrnl_plain_shown']} unencrypted) vs {s['ops']['list']['ours_shown']}"
        f", search {s['ops']['search']['jrnl_shown']} vs {s['ops']['search']['ours_shown']}"
        + ("" if s["ops"]["list"]["same_dates"] else " (NOT the same dates in the lists)")
        for s in figures["sizes"]
    )
    lines += [
        "",
        "jrnl's journal is encrypted (encrypt: true, jrnl's v3 format) in every row but "
        "'jrnl unencrypted' (encrypt: false, jrnl's default); ours is always encrypted.",
        f"KDF, jrnl {figures['jrnl_version']}: PBKDF2-HMAC-SHA256, 100,000 iterations, "
        f"{jrnl_kdf * 1000:.1f} ms (once to read, twice to add: a new salt on every write)",
        f"KDF, ours {figures['our_version']}: Argon2id m={p['memory_kib']} KiB "
        f"t={p['iterations']} p={p['lanes']}, {our_kdf * 1000:.1f} ms (once per command)"
        + ("" if kdf["equal"] else "  -- NOT within 20% of jrnl's: see benchmarks/README.md"),
        f"Median of {figures['runs']} fresh processes per figure; ratio > 1 means ours is faster "
        "(for size: ours is smaller).",
        f"Entries shown (jrnl vs ours): {shown}",
        "Machine: {platform}, {cpus} CPUs, Python {python}".format(**figures["machine"]),
    ]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="entries, comma-separated")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per figure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--word", default=DEFAULT_WORD, help="the word both tools search for")
    parser.add_argument("--out", type=Path, help="work folder (kept afterwards; must not exist)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error("--sizes: whole numbers separated by commas")
    if min(args.sizes) < 10 or args.runs < 1:
        parser.error("--sizes must be at least 10 and --runs at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_jrnl(args.json)
    if args.out is not None and args.out.exists():
        raise SystemExit(f"{args.out} exists already; choose another --out")
    workdir = args.out or Path(tempfile.mkdtemp(prefix="psw-jrnl-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        tools = Tools(workdir)
        probe = json.loads(tools.jrnl_python(JRNL_KDF_PROBE, PASSPHRASE, str(KDF_RUNS)))
        tools.jrnl_version = probe["version"]
        params, our_kdf, equal = equal_cost_params(probe["kdf_s"])
        if not args.json:
            print(
                f"jrnl's KDF {probe['kdf_s'] * 1000:.1f} ms; ours with m={params.memory_kib} "
                f"t={params.iterations} p={params.lanes}: {our_kdf * 1000:.1f} ms",
                flush=True,
            )
        sizes = []
        for size in args.sizes:
            built = build(tools, workdir / str(size), size, args.seed, params, args.json)
            built["ops"] = measure(tools, built, args.word, args.runs)
            sizes.append({k: v for k, v in built.items() if not isinstance(v, Path)})
        figures = {
            "jrnl_version": probe["version"],
            "our_version": our_version,
            "word": args.word,
            "runs": args.runs,
            "kdf": {
                "jrnl_s": probe["kdf_s"],
                "ours_s": our_kdf,
                "ours_params": {
                    "memory_kib": params.memory_kib,
                    "iterations": params.iterations,
                    "lanes": params.lanes,
                },
                "equal": equal,
            },
            "sizes": sizes,
            "machine": {
                "python": platform.python_version(),
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
            },
        }
    finally:
        if args.out is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
