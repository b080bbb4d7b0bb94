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
        # At most 1 MiB of each: Linux counts a child's memory from the moment it was forked from
        # this process, so reading list --json's 300 MB here would inflate every later figure.
        out_file.seek(0)
        err_file.seek(0)
        out = out_file.read(1 << 20).decode(errors="replace")
        err = err_file.read(1 << 20).decode(errors="replace")
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
    """Process start (fork and exec, dynamic loading included) to the first painted window."""
    starts, mains, rss, cpus, thread_cpus, figures = [], [], [], [], [], []
    for _ in range(runs):
        launched = time.monotonic_ns()
        wall, peak, out = run_timed(cmd, env)
        cpus.append(run_timed.cpu_ms)
        since_main = re.search(r"first-paint-ms: (\d+)", out)
        painted = re.search(r"first-paint-monotonic-ns: (\d+)", out)
        thread_cpu = re.search(r"first-paint-thread-cpu-ms: ([0-9.]+)", out)
        shown = re.search(r"figures-shown-ms: (\d+)", out)
        mains.append(float(since_main.group(1)) if since_main else wall)
        starts.append((int(painted.group(1)) - launched) / 1e6 if painted else wall)
        if thread_cpu:
            thread_cpus.append(float(thread_cpu.group(1)))
        # The dashboard's figures, worked out in the background, may arrive after the first
        # paint (since main; the first paint's own figure when they were already there).
        if since_main:
            figures.append(float(shown.group(1)) if shown else float(since_main.group(1)))
        rss.append(peak)
    paint = summary(starts)
    paint["cpu"] = statistics.median(cpus)  # the whole process's CPU time, start to exit
    out = {"first_paint": paint, "since_main": summary(mains), "peak_rss_mb": max(rss)}
    if thread_cpus:
        out["main_thread_cpu_to_paint"] = summary(thread_cpus)  # steadier than wall time on a busy machine
    if figures:
        out["figures_shown_since_main"] = summary(figures)
    return out


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


def set_profile(build, path):
    """The status figures and the start-up (whose first page is then the dashboard) need a profile."""
    profile = build / "bench-data" / "profile.json"
    profile.write_text(json.dumps(PROFILE))
    subprocess.run([str(build / "app" / "cpdjournal-cli"), "--db", str(path), "profile", "set", "--json", str(profile)],
                   check=True, stdout=subprocess.DEVNULL)


def json_round_trip(build, path, runs):
    """The whole journal exported as JSON and imported into a new journal, as whole CLI processes."""
    cli = str(build / "app" / "cpdjournal-cli")
    exports, imports, rss = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            dump = os.path.join(tmp, f"journal-{i}.json")
            wall, peak, _ = run_timed([cli, "--db", str(path), "export", "--standard", "nmc", "--format", "json", "-o", dump])
            exports.append(wall)
            rss.append(peak)
            wall, peak, _ = run_timed([cli, "--db", os.path.join(tmp, f"copy-{i}.cpdj"), "import", "json", dump])
            imports.append(wall)
            rss.append(peak)
            size = os.path.getsize(dump)
            os.unlink(dump)
    return {"export": summary(exports), "import": summary(imports), "bytes": size, "peak_rss_mb": max(rss)}


def program_json(cmd, env=None):
    """A benchmark program that prints one JSON object; with its process's peak memory."""
    _, peak, out = run_timed(cmd, env)
    data = json.loads(out)
    data.setdefault("peak_rss_mb", peak)
    return data


def team_dashboard(program):
    """bench_team_dashboard prints a line per source (imported bundles, PostgreSQL when it can
    start one): members, runs, median and p95 of reading every summary and computing the table."""
    _, peak, out = run_timed([str(program), "--members", "500", "--runs", "20"])
    figures = {"peak_rss_mb": peak}
    for m in re.finditer(r"^(.+?)\s+members\s+(\d+)\s+runs\s+(\d+)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms",
                         out, re.M):
        figures[f"{m.group(1).strip()}, {m.group(2)} members"] = {
            "runs": int(m.group(3)), "median_ms": float(m.group(4)), "p95_ms": float(m.group(5)),
            "min_ms": None, "max_ms": None}  # the program prints median and p95 only
    return figures


def libreoffice_floor(html, runs):
    """LibreOffice converting the portfolio's HTML to PDF headless, as people with the Word
    templates do today; a warm profile so that its one-off first start is not counted."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = html.parent / "lo-profile"
    times = []
    with tempfile.TemporaryDirectory() as out_dir:
        # As a Writer document (without --infilter it opens as Writer/Web, which never finishes here).
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir, str(html)]
        run_timed(cmd)  # first start: makes the profile
        for _ in range(runs):
            wall, _, _ = run_timed(cmd)
            times.append(wall)
    return summary(times)


def cli_figures(build, path, runs):
    """Whole cpdjournal-cli processes (start, open, work, print, exit), as a script would see them."""
    cli = str(build / "app" / "cpdjournal-cli")
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


def bench_program(build, name):
    return str(build / "tests" / "bench" / name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build-release")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    build = (ROOT / args.build).resolve()
    sizes = [int(s) for s in args.sizes.split(",")]
    paths = journals(build, sizes)
    # A journal just generated is hundreds of MB of dirty pages: writing them back while the
    # benchmarks run slowed every 100,000-entry figure by up to half. Flush them first.
    os.sync()
    for path in paths.values():
        set_profile(build, path)
    results = {"machine": {"cpus": os.cpu_count(), "kernel": os.uname().release,
                           "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
                           "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")},
               "date": time.strftime("%Y-%m-%d %H:%M"), "sizes": {}, "other": {}}
    xvfb, display_env = start_display()
    # The daily backup (a whole copy of the journal, 3 s after the window opens) would compete
    # with the GUI figures it has nothing to do with.
    env = dict(os.environ, **display_env, CPDJOURNAL_NO_AUTO_BACKUP="1")
    env.pop("CPDJOURNAL_DB", None)
    try:
        bare = first_paint([bench_program(build, "bench_bare_window")], env, args.runs)
        results["bare_window"] = bare
        for n, path in paths.items():
            print(f"benchmarking the {n:,}-entry journal…", file=sys.stderr)
            r = {}
            r["startup"] = first_paint([str(build / "app" / "cpdjournal"), "--db", str(path), "--quit-after-paint"],
                                       env, args.runs)
            r["core"] = program_json([bench_program(build, "bench_journal"), str(path), "--runs", "30"])
            r["sqlite_shell"] = {name: sqlite_shell_query(path, q["sql"], 30)
                                 for name, q in r["core"]["search"].items()}
            r["gui_list"] = program_json([bench_program(build, "bench_gui_list"), str(path)], env)
            r["cli"] = cli_figures(build, path, args.runs)
            r["json_round_trip"] = json_round_trip(build, path, 1 if n >= 100000 else 3)
            results["sizes"][str(n)] = r
        other = results["other"]
        print("benchmarking topics, privacy, export, import…", file=sys.stderr)
        other["topic_suggest"] = program_json([bench_program(build, "bench_topic_suggest")])
        other["privacy_scan"] = program_json([bench_program(build, "bench_privacy_scan"), "--mb", "32"])
        html = build / "bench-data" / "nmc-pack.html"
        other["export_pdf"] = program_json([bench_program(build, "bench_export_pdf"), "300", "--runs", "7", "--json",
                                            "--html", str(html)], env)
        # The export lays out and writes on two threads; the same on one, to show what that adds.
        other["export_pdf_one_thread"] = program_json(
            [bench_program(build, "bench_export_pdf"), "300", "--runs", "7", "--json", "--no-floor"],
            dict(env or os.environ, CPD_PDF_THREADS="1"))
        other["libreoffice_pdf"] = libreoffice_floor(html, 5)
        other["twitter_import"] = program_json([bench_program(build, "bench_twitter_import"), "--json"])
        team = build / "tests" / "bench" / "bench_team_dashboard"
        if team.exists():
            other["team_dashboard"] = team_dashboard(team)
    finally:
        if xvfb:
            xvfb.terminate()

    out_file = build / "bench-results.json"
    out_file.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nJSON: {out_file}")


def ms_row(q):
    """A bench program's {median_ms, p95_ms, …} as a table row's figures."""
    return {"median": q["median_ms"], "p95": q["p95_ms"], "min": q["min_ms"], "max": q["max_ms"],
            "cpu": q.get("cpu_median_ms")}


def single(ms):
    return {"median": ms, "p95": ms, "min": ms, "max": ms}


def print_table(results):
    rows = []
    bare = results["bare_window"]["first_paint"]
    for n, r in results["sizes"].items():
        size = f"{int(n):,}"
        s = r["startup"]["first_paint"]
        rows.append((f"start-up to first paint ({size})", s, r["startup"]["peak_rss_mb"],
                     f"bare window {bare['median']:.0f} ms", s["median"] / bare["median"]))
        bare_cpu = results["bare_window"].get("main_thread_cpu_to_paint")
        if "main_thread_cpu_to_paint" in r["startup"] and bare_cpu:
            c = r["startup"]["main_thread_cpu_to_paint"]
            rows.append((f"  main thread CPU to first paint ({size})", c, None,
                         f"bare window {bare_cpu['median']:.0f} ms", c["median"] / bare_cpu["median"]))
        if "figures_shown_since_main" in r["startup"]:
            rows.append((f"  revalidation figures shown, since main ({size})", r["startup"]["figures_shown_since_main"],
                         None, "", None))
        for name, q in r["core"]["search"].items():
            floor = r["sqlite_shell"][name]
            rows.append((f"search {name} ({size}, {q['hits']} hits)", ms_row(q), r["core"]["peak_rss_mb"],
                         f"sqlite3 shell {floor['median']:.2f} ms", q["median_ms"] / max(floor["median"], 1e-3)))
        for key, label in (("save_new_entry", "save a new entry"), ("save_update_entry", "save an edited entry"),
                           ("list_count_and_first_page", "list: count + first page"),
                           ("list_last_page", "list: last page")):
            rows.append((f"{label} ({size})", ms_row(r["core"][key]), r["core"]["peak_rss_mb"], "", None))
        for key in sorted(k for k in r["core"] if k.startswith("status_")):
            rows.append((f"status {key[7:]}, in process ({size})", ms_row(r["core"][key]), r["core"]["peak_rss_mb"], "", None))
        g = r["gui_list"]
        rows.append((f"GUI list: open, first rows painted ({size})", single(g["open_ms"]), g["peak_rss_mb"], "", None))
        if "open_cpu_ms" in g:
            rows.append((f"  main thread CPU to open the list ({size})", single(g["open_cpu_ms"]), None, "", None))
        rows.append((f"GUI list: one scroll step painted ({size})", ms_row(g["scroll_step"]), g["peak_rss_mb"], "", None))
        rows.append((f"GUI list: top to end in 100 steps ({size})", single(g["scroll_to_end_ms"]), g["peak_rss_mb"], "", None))
        rows.append((f"GUI list: jump to the end ({size})", single(g["jump_to_end_ms"]), g["peak_rss_mb"], "", None))
        j = r["json_round_trip"]
        rows.append((f"JSON export, whole journal ({size}, {j['bytes'] / 1e6:.0f} MB)", j["export"], j["peak_rss_mb"], "", None))
        rows.append((f"JSON import into a new journal ({size})", j["import"], j["peak_rss_mb"], "", None))
    for n, r in results["sizes"].items():
        for name, c in r.get("cli", {}).items():
            rows.append((f"cli {name} ({int(n):,}, whole process)", c["process"], c["peak_rss_mb"], "", None))
    o = results["other"]
    for key, q in o["topic_suggest"].items():
        if key.startswith("suggest_"):
            rows.append((f"topic suggestions, {q['words']:,}-word reflection", ms_row(q), o["topic_suggest"]["peak_rss_mb"], "", None))
    scan = o["privacy_scan"]
    rows.append((f"confidentiality scan, {scan['utf8_bytes'] / 2**20:.0f} MB ({scan['mb_per_s']:.0f} MB/s)",
                 single(scan["best_ms"]), scan["peak_rss_mb"], "", None))
    pdf = o["export_pdf"]
    ours = ms_row(pdf["export_pdf"])
    bare_print = pdf["bare_print"]
    rows.append((f"NMC pack to PDF ({pdf['entries']} entries, {pdf['pages']} pages)", ours, pdf["peak_rss_mb"],
                 f"bare Qt print {bare_print['median_ms']:.0f} ms", ours["median"] / bare_print["median_ms"]))
    one = ms_row(o["export_pdf_one_thread"]["export_pdf"]) if o.get("export_pdf_one_thread") else None
    if one:
        rows.append(("  the same on one thread", one, o["export_pdf_one_thread"]["peak_rss_mb"],
                     "one thread / two", one["median"] / ours["median"]))
    if o.get("libreoffice_pdf"):
        lo = o["libreoffice_pdf"]
        rows.append(("  the same HTML through LibreOffice (floor)", lo, 0.0,
                     "LibreOffice / ours", lo["median"] / ours["median"]))
        if one:
            rows.append(("  LibreOffice against one thread", lo, 0.0,
                         "LibreOffice / one thread", lo["median"] / one["median"]))
    tw = o["twitter_import"]
    rows.append((f"import a {tw['tweets']:,}-tweet archive", single(tw["import_ms"]), tw["import_peak_rss_mb"], "", None))
    for key, q in o.get("team_dashboard", {}).items():
        if isinstance(q, dict) and "median_ms" in q:
            rows.append((f"team dashboard, {key}", ms_row(q), o["team_dashboard"].get("peak_rss_mb", 0.0), "", None))
    print(f"{'benchmark':56} {'median':>9} {'p95':>9} {'min':>9} {'max':>9} {'cpu med':>8} {'peak MB':>8}  floor (ratio)")
    for label, s, mem, floor, ratio in rows:
        ratio_text = f"{floor} ({ratio:.2f}x)" if ratio is not None else ""
        cpu = f"{s['cpu']:8.2f}" if s.get("cpu") is not None else f"{'':8}"
        cols = " ".join(f"{s[k]:9.2f}" if s.get(k) is not None else f"{'-':>9}" for k in ("median", "p95", "min", "max"))
        mem_text = f"{mem:8.1f}" if mem is not None else f"{'':8}"
        print(f"{label:56} {cols} {cpu} {mem_text}  {ratio_text}")
    print("(times in ms; 'cpu med' is the process's CPU time, which a busy machine inflates far less than wall time;\n"
          " start-up counts from the moment the process was started, dynamic loading included)")


if __name__ == "__main__":
    main()
