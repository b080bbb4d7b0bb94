#!/usr/bin/env python3
"""make bench: measured speed and memory of CPD Journal, each figure beside its floor.

Builds nothing itself (the Makefile builds the release tree first). Generates demo journals of
1,000, 10,000 and 100,000 entries once (cached in BUILD/bench-data, keyed by the demo
generator's source hash), runs each benchmark several times, prints a table (median, p95, min,
max, peak memory) and writes the same as JSON to BUILD/bench-results.json.
"""
import argparse
import hashlib
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p * (len(s) - 1))))]


def summary(values, unit="ms"):
    return {"runs": len(values), "median": statistics.median(values), "p95": percentile(values, 0.95),
            "min": min(values), "max": max(values), "unit": unit}


def run_timed(cmd, env=None):
    """Runs cmd under /usr/bin/time-like accounting: wall ms and peak RSS in MB."""
    # Output goes to files, not pipes: waiting for the process while its output fills a pipe
    # would deadlock, and wait4 is what gives the child's peak memory and CPU time.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - start) * 1000
        out_file.seek(0)
        err_file.seek(0)
        out = out_file.read().decode(errors="replace")
        err = err_file.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{cmd[0]} exited {code}: {err.strip()[:400]}")
    run_timed.cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, usage.ru_maxrss / 1024.0, out


def demo_hash():
    h = hashlib.sha256()
    for f in sorted((ROOT / "core" / "demo").glob("*")) + sorted((ROOT / "resources" / "sql").rglob("*.sql")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def journals(build, sizes):
    data = build / "bench-data"
    data.mkdir(exist_ok=True)
    key = demo_hash()
    out = {}
    for n in sizes:
        path = data / f"journal-{n}-{key}.cpdj"
        if not path.exists():
            for old in data.glob(f"journal-{n}-*.cpdj*"):
                old.unlink()
            print(f"generating a {n:,}-entry demo journal…", file=sys.stderr)
            t = time.perf_counter()
            subprocess.run([str(build / "app" / "cpdjournal-cli"), "--db", str(path), "demo", "--entries", str(n),
                            "--seed", "1", "--end", "2026-06-30"], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["sqlite3", str(path), "PRAGMA wal_checkpoint(TRUNCATE);"], check=True,
                           stdout=subprocess.DEVNULL)
            print(f"  {time.perf_counter() - t:.1f} s", file=sys.stderr)
        out[n] = path
    return out


def start_display():
    """A private Xvfb so start-up is measured with a real X server, as a person would see it."""
    if shutil.which("Xvfb") is None:
        return None, {"QT_QPA_PLATFORM": "offscreen"}
    for n in range(90, 120):
        if not os.path.exists(f"/tmp/.X{n}-lock"):
            proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            return proc, {"DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}
    return None, {"QT_QPA_PLATFORM": "offscreen"}


def first_paint(cmd, env, runs):
    walls, paints, rss, cpus = [], [], [], []
    for _ in range(runs):
        wall, peak, out = run_timed(cmd, env)
        cpus.append(run_timed.cpu_ms)
        m = re.search(r"first-paint-ms: (\d+)", out)
        walls.append(wall)
        paints.append(float(m.group(1)) if m else wall)
        rss.append(peak)
    paint = summary(paints)
    paint["cpu"] = statistics.median(cpus)  # the whole process's CPU time, start to exit
    return {"first_paint": paint, "process_wall": summary(walls), "peak_rss_mb": max(rss)}


def sqlite_shell_query(path, sql, runs):
    """The floor for search: the very statement the app runs, through the sqlite3 shell, timed by the shell."""
    statement = sql.rstrip(";") + ";"
    script = ".output /dev/null\n" + statement + "\n.timer on\n" + (statement + "\n") * runs
    p = subprocess.run(["sqlite3", str(path)], input=script, capture_output=True, text=True, check=True)
    times = [float(x) * 1000 for x in re.findall(r"Run Time: real ([0-9.]+)", p.stdout + p.stderr)]
    return summary(times)


PROFILE = {"name": "Bench Mark", "professions": ["nurse"], "nmc_pin": "12A3456E",
           "registration_expiry": "2027-03-31", "next_appraisal_date": "2027-01-15",
           "revalidation_date": "2029-01-15", "employer": "Example Health Centre"}


def cli_figures(build, path, runs):
    """Whole cpdjournal-cli processes (start, open, work, print, exit), as a script would see them."""
    cli = str(build / "app" / "cpdjournal-cli")
    profile = build / "bench-data" / "profile.json"
    profile.write_text(json.dumps(PROFILE))
    subprocess.run([cli, "--db", str(path), "profile", "set", "--json", str(profile)], check=True,
                   stdout=subprocess.DEVNULL)
    out = {}
    commands = {
        "status_nmc": ["status", "--standard", "nmc", "--as-of", "2026-06-30", "--json"],
        "status_gp": ["status", "--standard", "gp", "--as-of", "2026-06-30", "--json"],
        "topics_coverage": ["topics", "coverage", "--json"],
        "list_json": ["list", "--json"],
    }
    for name, cmd in commands.items():
        walls, cpus, rss = [], [], []
        for _ in range(runs if name != "list_json" else 3):
            wall, peak, _ = run_timed([cli, "--db", str(path)] + cmd)
            walls.append(wall)
            cpus.append(run_timed.cpu_ms)
            rss.append(peak)
        st = summary(walls)
        st["cpu"] = statistics.median(cpus)
        out[name] = {"process": st, "peak_rss_mb": max(rss)}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build-release")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    build = (ROOT / args.build).resolve()
    sizes = [int(s) for s in args.sizes.split(",")]
    paths = journals(build, sizes)
    results = {"machine": {"cpus": os.cpu_count(), "kernel": os.uname().release,
                           "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")},
               "sizes": {}}
    xvfb, display_env = start_display()
    env = dict(os.environ, **display_env)
    env.pop("CPDJOURNAL_DB", None)
    try:
        bare = first_paint([str(build / "tests" / "bench" / "bench_bare_window")], env, args.runs)
        results["bare_window"] = bare
        for n, path in paths.items():
            r = {}
            r["startup"] = first_paint([str(build / "app" / "cpdjournal"), "--db", str(path), "--quit-after-paint"],
                                       env, args.runs)
            _, _, out = run_timed([str(build / "tests" / "bench" / "bench_journal"), str(path), "--runs", "30"])
            core = json.loads(out)
            r["core"] = core
            r["sqlite_shell"] = {name: sqlite_shell_query(path, q["sql"], 30)
                                 for name, q in core["search"].items()}
            r["cli"] = cli_figures(build, path, args.runs)
            results["sizes"][str(n)] = r
    finally:
        if xvfb:
            xvfb.terminate()

    out_file = build / "bench-results.json"
    out_file.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nJSON: {out_file}")


def print_table(results):
    rows = []
    bare = results["bare_window"]["first_paint"]
    for n, r in results["sizes"].items():
        s = r["startup"]["first_paint"]
        rows.append((f"start-up to first paint ({int(n):,})", s, r["startup"]["peak_rss_mb"],
                     f"bare window {bare['median']:.0f} ms", s["median"] / bare["median"]))
        for name, q in r["core"]["search"].items():
            floor = r["sqlite_shell"][name]
            ours = {"median": q["median_ms"], "p95": q["p95_ms"], "min": q["min_ms"], "max": q["max_ms"],
                    "cpu": q.get("cpu_median_ms")}
            rows.append((f"search {name} ({int(n):,}, {q['hits']} hits)", ours, r["core"]["peak_rss_mb"],
                         f"sqlite3 shell {floor['median']:.2f} ms", ours["median"] / max(floor["median"], 1e-3)))
        for key, label in (("save_new_entry", "save a new entry"), ("save_update_entry", "save an edited entry"),
                           ("list_count_and_first_page", "list: count + first page"),
                           ("list_last_page", "list: last page")):
            q = r["core"][key]
            rows.append((f"{label} ({int(n):,})", {"median": q["median_ms"], "p95": q["p95_ms"], "min": q["min_ms"],
                                                    "max": q["max_ms"], "cpu": q.get("cpu_median_ms")},
                         r["core"]["peak_rss_mb"], "", None))
    for n, r in results["sizes"].items():
        for name, c in r.get("cli", {}).items():
            rows.append((f"cli {name} ({int(n):,}, whole process)", c["process"], c["peak_rss_mb"], "", None))
    print(f"{'benchmark':44} {'median':>9} {'p95':>9} {'min':>9} {'max':>9} {'cpu med':>8} {'peak MB':>8}  floor (ratio)")
    for label, s, mem, floor, ratio in rows:
        ratio_text = f"{floor} ({ratio:.2f}x)" if ratio is not None else ""
        cpu = f"{s['cpu']:8.2f}" if s.get("cpu") is not None else f"{'':8}"
        print(f"{label:44} {s['median']:9.2f} {s['p95']:9.2f} {s['min']:9.2f} {s['max']:9.2f} {cpu} {mem:8.1f}  {ratio_text}")
    print("(times in ms; 'cpu med' is this process's CPU time, which a busy machine inflates far less than wall time)")


if __name__ == "__main__":
    main()
