#!/usr/bin/env python3
"""Run the benchmark programs under krait, CPython and PyPy; print ratios.

    scripts/bench.py                        # every program in benches/programs
    scripts/bench.py fib nbody --runs 10    # some of them, more runs
    scripts/bench.py --compare python3      # without PyPy
    scripts/bench.py --rss                  # add peak RSS per interpreter
    scripts/bench.py --json > bench.json    # machine-readable output
    scripts/bench.py --no-c                 # without the C column

krait runs twice: as `target/release/krait run --jit=off PROGRAM` (the
interpreter; --krait-args changes those flags) and as `krait run --jit=on
PROGRAM` (the JIT, column krait-jit); built first with `cargo build
--release --bin krait` unless --no-build. Each name in --compare is resolved to the real interpreter
binary (`NAME -c 'import sys; print(sys.executable)'`), so a pyenv shim's
start-up cost is not measured; a name that is not installed is skipped with
a note (PyPy is optional). The first name in --compare is the baseline of
the ratios.

Each program runs once per interpreter as a warm-up, then --runs times,
interleaved across interpreters (krait, python3, pypy3, krait, ...) so that
drift in the machine's load hits them all alike. Reported: median wall time
per interpreter, each interpreter's time divided by the baseline's (lower
is faster), and the geometric mean of those ratios over the programs. The
stdout of every run must be identical across runs and interpreters; a
difference is flagged in the table (and the script exits 1). With --rss the
warm-up run is wrapped in GNU time (`/usr/bin/time -f %M`) and its peak
resident set size is reported; the timed runs are not wrapped.

With --c (the default when gcc is found; --no-c turns it off), each
program that has a C counterpart benches/c/NAME.c also runs as a native
binary: compiled with `gcc -O2 -o target/bench-c/NAME benches/c/NAME.c -lm`
(again whenever the .c is newer than the binary), timed the same way in the
same interleaved rounds, its output checked like the interpreters'. The
table gets a C column (median time) and a krait/C ratio column, with its
geometric mean.

Needs only the Python standard library (3.9+).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
KRAIT = ROOT / "target" / "release" / "krait"
C_SOURCES = ROOT / "benches" / "c"
C_BINS = ROOT / "target" / "bench-c"
C = "C"  # the name of the C column


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def resolve_python(name: str) -> str | None:
    """The real binary behind `name` (a pyenv shim re-executes it)."""
    path = shutil.which(name)
    if path is None:
        return None
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(sys.executable)"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    exe = out.stdout.strip()
    return exe if exe and os.path.exists(exe) else path


def version_of(cmd: list[str]) -> str:
    try:
        out = subprocess.run(
            cmd + ["-c", "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


class Result:
    def __init__(self, seconds: float, rss_kb: int, code: int, stdout: bytes, stderr: bytes):
        self.seconds = seconds
        self.rss_kb = rss_kb
        self.code = code
        self.stdout = stdout
        self.stderr = stderr


TIME = "/usr/bin/time"


def run_once(cmd: list[str], timeout: float, rss: bool = False) -> Result:
    """Runs `cmd` and times it; with `rss`, measures its peak RSS too.

    A child's ru_maxrss from wait4 is no use here: a child forked by this
    Python process starts with (and keeps as its high-water mark) the
    parent's RSS, even across exec. So the peak RSS is measured by GNU
    time (`/usr/bin/time -f %M`), a small C process that forks the program
    itself; its own RSS is a couple of MB, below any interpreter's.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss_file:
        if rss:
            cmd = [TIME, "-f", "%M", "-o", rss_file.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=ROOT)
        deadline = start + timeout
        while True:
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, _ = os.wait4(proc.pid, 0)
                break
            # Sleep little: wall time is measured to about this granularity.
            time.sleep(0.0005)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        rss_kb = 0
        if rss:
            # %M is in KiB; GNU time may write a "Command exited ..." line first.
            fields = rss_file.read().split()
            rss_kb = int(fields[-1]) if fields and fields[-1].isdigit() else 0
        return Result(seconds, rss_kb, code, out.read(), err.read())


def build_c(name: str, gcc: str) -> tuple[Path | None, str]:
    """Compiles benches/c/NAME.c if it exists and its binary is stale.

    Returns (binary, "") or (None, reason); (None, "") when there is no C
    counterpart at all.
    """
    src = C_SOURCES / (name + ".c")
    if not src.exists():
        return None, ""
    exe = C_BINS / name
    if exe.exists() and exe.stat().st_mtime >= src.stat().st_mtime:
        return exe, ""
    C_BINS.mkdir(parents=True, exist_ok=True)
    log(f"compiling {os.path.relpath(src, ROOT)}")
    proc = subprocess.run([gcc, "-O2", "-o", str(exe), str(src), "-lm"], capture_output=True, text=True)
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1:]
        return None, "gcc failed" + (f": {last[0]}" if last else "")
    return exe, ""


def geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def fmt_time(s: float | None) -> str:
    if s is None:
        return "—"
    return f"{s:.3f} s" if s < 10 else f"{s:.2f} s"


def fmt_ratio(r: float | None) -> str:
    return "—" if r is None or math.isnan(r) else f"{r:.2f}×"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", help="program names (fib, nbody, ...) or paths; default: all")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per interpreter (default 5)")
    ap.add_argument("--compare", default="python3,pypy3",
                    help="comma-separated interpreters to compare with krait; the first is the "
                         "baseline (default python3,pypy3)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--krait", default=str(KRAIT), help="krait binary (default target/release/krait)")
    ap.add_argument("--krait-args", default="run --jit=off", help="krait arguments before the program")
    ap.add_argument("--rss", action="store_true", help="also report peak RSS per interpreter")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per run before it is killed")
    ap.add_argument("--c", action=argparse.BooleanOptionalAction, default=None,
                    help="also time the C versions in benches/c (default: on when gcc is found)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.rss and not os.access(TIME, os.X_OK):
        ap.error(f"--rss needs GNU time at {TIME} (apt-get install time)")

    if args.programs:
        programs = []
        for p in args.programs:
            path = Path(p)
            if not path.exists():
                path = PROGRAMS / (p if p.endswith(".py") else p + ".py")
            if not path.exists():
                ap.error(f"no program {p!r} (looked in {PROGRAMS})")
            programs.append(path.resolve())
    else:
        programs = sorted(PROGRAMS.glob("*.py"))

    if not args.no_build:
        log("building krait (cargo build --release --bin krait)")
        subprocess.run(["cargo", "build", "--release", "--bin", "krait"], cwd=ROOT, check=True)

    interps: list[tuple[str, list[str]]] = [
        ("krait", [args.krait] + args.krait_args.split()),
        ("krait-jit", [args.krait, "run", "--jit=on"]),
    ]
    versions: dict[str, str] = {"krait": "krait " + args.krait_args, "krait-jit": "krait run --jit=on"}
    notes: list[str] = []
    for name in [n.strip() for n in args.compare.split(",") if n.strip()]:
        exe = resolve_python(name)
        if exe is None:
            notes.append(f"{name} not installed: skipped")
            log(f"note: {name} not found, skipped")
            continue
        interps.append((name, [exe]))
        versions[name] = f"{version_of([exe])} ({exe})"
    baseline = interps[2][0] if len(interps) > 2 else None
    gcc = shutil.which("gcc")
    use_c = args.c if args.c is not None else gcc is not None
    if use_c and gcc is None:
        ap.error("--c needs gcc on PATH")
    if use_c:
        # The program is not an argument: each program has its own binary.
        interps.append((C, []))
        versions[C] = subprocess.run([gcc, "--version"], capture_output=True, text=True).stdout.split("\n")[0] + " -O2"
    names = [n for n, _ in interps]
    for n in names:
        log(f"{n}: {versions[n]}")

    rows = []
    failed = False
    for prog in programs:
        rel = os.path.relpath(prog, ROOT)
        results: dict[str, list[Result]] = {n: [] for n in names}
        errors: dict[str, str] = {}
        # The command line of each interpreter for this program; C only when
        # benches/c has this program.
        cmds: list[tuple[str, list[str]]] = []
        for n, cmd in interps:
            if n != C:
                cmds.append((n, cmd + [rel]))
                continue
            exe, why = build_c(prog.stem, gcc)
            if exe is not None:
                cmds.append((n, [str(exe)]))
            elif why:
                errors[n] = why
                cmds.append((n, []))
        present = [n for n, _ in cmds]
        # Warm-up (disk cache, CPU frequency); not counted, but checked.
        warm: dict[str, Result] = {}
        for n, cmd in cmds:
            if n in errors:
                continue
            r = run_once(cmd, args.timeout, rss=args.rss)
            warm[n] = r
            if r.code != 0:
                last = r.stderr.decode(errors="replace").strip().splitlines()[-1:]
                errors[n] = f"exit {r.code}" + (f": {last[0]}" if last else "")
        for i in range(args.runs):
            for n, cmd in cmds:
                if n in errors:
                    continue
                r = run_once(cmd, args.timeout)
                results[n].append(r)
                if r.code != 0:
                    errors[n] = f"exit {r.code}"
        # Output check: every run of every interpreter prints the same bytes.
        ran = [n for n in present if n not in errors]
        if baseline and baseline in ran:
            reference = warm[baseline].stdout
        elif "krait" in ran:
            reference = warm["krait"].stdout
        else:
            reference = warm[ran[0]].stdout if ran else b""
        mismatched = sorted(
            {n for n in ran if any(r.stdout != reference for r in [warm[n]] + results[n])}
        )
        median = {n: (statistics.median(r.seconds for r in results[n]) if n in ran else None) for n in names}
        rss = {n: (warm[n].rss_kb if args.rss and n in ran else None) for n in names}
        ratio = {}
        for n in names:
            if baseline and n != baseline and median[n] is not None and median[baseline]:
                ratio[n] = median[n] / median[baseline]
        krait_c = None
        if median["krait-jit"] is not None and median.get(C):
            krait_c = median["krait-jit"] / median[C]
        ok = not errors and not mismatched
        failed |= not ok
        row = {
            "program": prog.stem,
            "median_s": median,
            "runs_s": {n: [r.seconds for r in results[n]] for n in names},
            "ratio": ratio,
            "krait_over_c": krait_c,
            "peak_rss_kb": rss,
            "output_ok": ok,
            "mismatch": mismatched,
            "errors": errors,
        }
        rows.append(row)
        if ok:
            status = "ok"
        elif mismatched:
            status = "MISMATCH " + ",".join(mismatched)
        else:
            status = "ERROR"
        log(f"{prog.stem:>14}: " + "  ".join(f"{n} {fmt_time(median[n])}" for n in names) + f"  [{status}]")
        for n, e in errors.items():
            log(f"    {n}: {e}")

    # Geometric means over the programs every interpreter ran correctly.
    means = {}
    for n in names:
        if n == baseline:
            continue
        rs = [row["ratio"][n] for row in rows if n in row["ratio"] and row["output_ok"]]
        means[n] = geomean(rs) if rs else None
    kc = [row["krait_over_c"] for row in rows if row["krait_over_c"] is not None and row["output_ok"]]
    mean_krait_c = geomean(kc) if kc else None

    if args.json:
        json.dump(
            {
                "interpreters": versions,
                "baseline": baseline,
                "runs": args.runs,
                "notes": notes,
                "programs": rows,
                "geomean_ratio": means,
                "geomean_krait_over_c": mean_krait_c,
            },
            sys.stdout,
            indent=2,
        )
        print()
        return 1 if failed else 0

    others = [n for n in names if n != baseline]
    header = ["program"] + names + [f"{n}/{baseline}" for n in others if baseline]
    if use_c:
        header.append(f"krait-jit/{C}")
    if args.rss:
        header += [f"{n} RSS" for n in names]
    header.append("output")
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 2) + [":---:"]) + "|"]
    for row in rows:
        cells = [row["program"]] + [fmt_time(row["median_s"][n]) for n in names]
        cells += [fmt_ratio(row["ratio"].get(n)) for n in others if baseline]
        if use_c:
            cells.append(fmt_ratio(row["krait_over_c"]))
        if args.rss:
            cells += ["—" if row["peak_rss_kb"][n] is None else f"{row['peak_rss_kb'][n] / 1024:.1f} MB"
                      for n in names]
        if row["output_ok"]:
            cells.append("same")
        elif row["mismatch"]:
            cells.append("**MISMATCH** (" + ", ".join(row["mismatch"]) + ")")
        else:
            cells.append("**ERROR** (" + ", ".join(row["errors"]) + ")")
        lines.append("| " + " | ".join(cells) + " |")
    if baseline or use_c:
        cells = ["**geomean**"] + [""] * len(names) + [f"**{fmt_ratio(means[n])}**" for n in others if baseline]
        if use_c:
            cells.append(f"**{fmt_ratio(mean_krait_c)}**")
        if args.rss:
            cells += [""] * len(names)
        cells.append("")
        lines.append("| " + " | ".join(cells) + " |")
    print("\n".join(lines))
    print()
    print(f"Median of {args.runs} runs (after one warm-up), wall time; ratios are time / {baseline} "
          f"time (lower is faster)." if baseline else f"Median of {args.runs} runs.")
    if use_c:
        print(f"krait-jit/{C} is the JIT's time / the C program's time (benches/c, gcc -O2); "
              f"— where a program has no C version.")
    for n in names:
        print(f"- {n}: {versions[n]}")
    for note in notes:
        print(f"- {note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
