#!/usr/bin/env python3
"""Every figure of the speed issue in one table, Gatehouse beside Keycloak when a Keycloak run is given.

  bench/all.py                                   # Gatehouse only; Keycloak's column from the newest baseline run, if any
  bench/all.py --keycloak ~/.cache/keycloak-baseline/keycloak-26.7.3   # runs ../shared/keycloak-baseline/run.sh first
  bench/all.py --seconds 30 --out BENCHMARKS-run.md

Starts its own app from web/target/gatehouse.jar (built when missing) on a fresh embedded database with durability on
and the heap flags of the README's start command, and stops it at the end. Run it alone on a quiet machine: the load
client, the app and PostgreSQL share the machine's cores. The 1M-account figures come from bench/scale.sh, which
writes web/target/bench/scale.json; this script shows them when that file exists.
"""
import argparse, glob, json, os, re, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "web/target/gatehouse.jar")
# the README's start command sets these; keep the two in step
HEAP_FLAGS = ["-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:NewSize=192m", "-XX:MaxNewSize=192m"]
RUN_JAR = os.path.join(tempfile.gettempdir(), f"gatehouse-bench-{os.getpid()}.jar")
ADMIN_EMAIL = "admin@gatehouse.local"
ADMIN_PASSWORD = "Bench-" + os.urandom(9).hex()


def progress(g):
    """Each figure as soon as it is measured, on stderr: a run that fails later still shows what it got."""
    print("  " + json.dumps(g), file=sys.stderr, flush=True)


def rss_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    return 0


class App:
    def __init__(self, port, data, env=None):
        self.port, self.data, self.base = port, data, f"http://localhost:{port}"
        self.env = dict(os.environ, AXONIQ_UPDATE_CHECKER_DISABLED="true", GATEHOUSE_ADMIN_PASSWORD=ADMIN_PASSWORD,
                        SERVER_PORT=str(port), GATEHOUSE_DATA_DIR=data, SERVER_FORWARD_HEADERS_STRATEGY="native",
                        **(env or {}))
        self.proc = None

    def start(self, label):
        log = open(os.path.join(self.data, f"{label}.log"), "w")
        started = time.monotonic()
        self.proc = subprocess.Popen(["java", *HEAP_FLAGS, "-jar", RUN_JAR], env=self.env, stdout=log, stderr=log)
        path = os.path.join(self.data, f"{label}.log")
        while "Gatehouse is ready" not in open(path).read():
            if self.proc.poll() is not None:
                sys.exit(f"the app died; see {path}")
            time.sleep(0.1)
        return time.monotonic() - started

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(60)


def load(mode, base, sessions, path, clients, warmup, seconds, pid=None):
    """Runs bench/Load.java; with pid, also the app's CPU per request and its largest RSS during the run."""
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.5):
            peak[0] = max(peak[0], rss_mb(pid))

    ticks = lambda: sum(int(x) for x in open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[11:13])
    if pid:
        threading.Thread(target=sample, daemon=True).start()
        cpu0 = ticks()
    out = subprocess.run(["java", os.path.join(HERE, "Load.java"), mode, base, sessions, path, str(clients),
                          str(warmup), str(seconds)], capture_output=True, text=True, check=True).stdout
    done.set()
    result = json.loads(out.strip().splitlines()[-1])
    if pid:
        result["app_cpu_ms"] = round(1000 * (ticks() - cpu0) / os.sysconf("SC_CLK_TCK") / max(1, result["requests"]), 2)
        result["peak_rss_mb"] = peak[0]
    return result


def sign_in(app, clients, logins):
    run = subprocess.run([sys.executable, os.path.join(HERE, "sign-in.py"), app.base, app.data, str(app.proc.pid),
                          str(clients), str(logins)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("sign-in.py failed:\n" + run.stderr[-2000:])
    out = run.stdout
    rate = float(re.search(r"([\d.]+) logins/s", out).group(1))
    cpu = float(re.search(r"server CPU ([\d.]+) ms per login", out).group(1))
    return rate, cpu


def hash_cost(memory_kib, iterations):
    libs = tempfile.mkdtemp()
    subprocess.run(["unzip", "-q", "-j", "-o", JAR, "BOOT-INF/lib/spring-security-crypto-*", "BOOT-INF/lib/bcprov-*",
                    "BOOT-INF/lib/spring-core-*", "BOOT-INF/lib/commons-logging-*", "-d", libs], check=False)
    out = subprocess.run(["java", "-cp", f"{libs}/*", os.path.join(HERE, "HashCost.java"), str(memory_kib),
                          str(iterations)], capture_output=True, text=True, check=True).stdout
    shutil.rmtree(libs)
    return float(re.search(r"CPU ([\d.]+) ms", out).group(1))


def keycloak(dist):
    if dist:
        subprocess.run([os.path.join(ROOT, "../shared/keycloak-baseline/run.sh"), dist], check=True,
                       env=dict(os.environ, LOAD_CONC="8 16"))
    runs = sorted(glob.glob(os.path.expanduser("~/.cache/keycloak-baseline/runs/*/results.json")))
    return (json.load(open(runs[-1])), os.path.dirname(runs[-1])) if runs else ({}, None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keycloak", help="an unpacked Keycloak distribution: measure it first")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--out", default=os.path.join(ROOT, "web/target/bench/all.md"))
    args = parser.parse_args()
    if not os.path.exists(JAR):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "install", "-DskipTests"], cwd=ROOT, check=True)
    # the apps run a copy: a build while they run would replace the jar they read their classes from
    shutil.copy(JAR, RUN_JAR)
    kc, kc_run = keycloak(args.keycloak)
    data = tempfile.mkdtemp(prefix="gatehouse-bench-")
    g = {}
    app = App(18090, data)
    try:
        g["start_fresh_s"] = app.start("fresh")
        progress(g)
        app.stop()
        g["start_restart_s"] = app.start("restart")
        progress(g)
        time.sleep(30)
        g["idle_rss_mb"] = rss_mb(app.proc.pid)
        progress(g)
        subprocess.run([sys.executable, os.path.join(HERE, "load-setup.py"), app.base, data, ADMIN_EMAIL,
                        ADMIN_PASSWORD, "16", "4", data], check=True, capture_output=True)
        g["acts"] = load("acts", app.base, f"{data}/acts.tsv", "-", 16, 10, args.seconds, app.proc.pid)
        progress(g)
        g["acts4"] = load("acts", app.base, f"{data}/acts.tsv", "-", 4, 5, args.seconds // 2, app.proc.pid)
        g["page"] = load("get", app.base, f"{data}/sponsor.tsv", "/account/status", 8, 5, args.seconds, app.proc.pid)
        progress(g)
        g["static"] = load("get", app.base, f"{data}/sponsor.tsv", "/css/gatehouse.css", 8, 5, args.seconds, app.proc.pid)
        g["hash_ms"] = hash_cost(19456, 2)
        progress(g)
        g["logins8"], g["login_cpu_ms"] = sign_in(app, 8, 40)
    finally:
        app.stop()
    strong = App(18091, tempfile.mkdtemp(prefix="gatehouse-bench-kc-hash-"),
                 {"GATEHOUSE_PASSWORDS_ARGON2_MEMORY_KIB": "7168", "GATEHOUSE_PASSWORDS_ARGON2_ITERATIONS": "5"})
    try:
        strong.start("kc-hash")
        g["kc_hash_ms"] = hash_cost(7168, 5)
        progress(g)
        g["kc_logins8"], g["kc_login_cpu_ms"] = sign_in(strong, 8, 40)
        g["kc_logins16"], _ = sign_in(strong, 16, 20)
    finally:
        strong.stop()
    scale_file = os.path.join(ROOT, "web/target/bench/scale.json")
    scale = json.load(open(scale_file)) if os.path.exists(scale_file) else {}
    report(g, kc, kc_run, scale, args)
    for leftover in (data, strong.data):
        shutil.rmtree(leftover, ignore_errors=True)
    os.remove(RUN_JAR)


def report(g, kc, kc_run, scale, args):
    acts, page, static = g["acts"], g["page"], g["static"]
    k = lambda *path: kc_get(kc, path)
    rows = [
        ("Lifecycle acts/s, 16 clients (POST + CSRF + session)", "≥ 1,200", f"{acts['per_s']:.0f}",
         f"{k('adminwrite_c4', 'rps')} (user PUT, 4 clients)", acts["per_s"] >= 1200),
        ("Lifecycle act p99 (ms), 16 clients", "< 50", f"{acts['p99_ms']:.0f}", k("adminwrite_c4", "p99_ms"),
         acts["p99_ms"] < 50),
        ("Lifecycle acts/s, 4 clients", "", f"{g['acts4']['per_s']:.0f}", k("adminwrite_c4", "rps"), None),
        ("App CPU per act (ms)", "", f"{acts['app_cpu_ms']:.1f}", "", None),
        ("Signed-in page ÷ static file (req/s, 8 clients)", "≥ 0.8×",
         f"{page['per_s']:.0f} ÷ {static['per_s']:.0f} = {page['per_s'] / static['per_s']:.2f}×", "—",
         page["per_s"] / static["per_s"] >= 0.8),
        ("Server CPU per login ÷ one hash (8 clients)", "≤ 1.05×",
         f"{g['login_cpu_ms']:.0f} ÷ {g['hash_ms']:.0f} = {g['login_cpu_ms'] / g['hash_ms']:.2f}×", "", 
         g["login_cpu_ms"] / g["hash_ms"] <= 1.05),
        ("Logins/s, app's hash (m 19 MiB, t 2), 8 clients", "", f"{g['logins8']:.1f}", "", None),
        ("Logins/s at Keycloak's hash (m 7 MiB, t 5), 8 / 16 clients", "≥ 2× Keycloak",
         f"{g['kc_logins8']:.1f} / {g['kc_logins16']:.1f}", f"{k('load_c8', 'rps')} / {k('load_c16', 'rps')}",
         compare(g["kc_logins8"], kc_get(kc, ("load_c8", "rps")), 2)),
        ("Idle resident memory, JVM (MB)", "≤ 300", str(g["idle_rss_mb"]),
         f"{k('server', 'rss1_mb')}–{k('server', 'rss2_mb')}", g["idle_rss_mb"] <= 300),
        ("Peak resident memory under the act load, JVM (MB)", "≤ 400", str(acts["peak_rss_mb"]),
         k("server", "rss_end_mb"), acts["peak_rss_mb"] <= 400),
        ("Start on restart / on fresh data (s)", "≤ 8 on restart",
         f"{g['start_restart_s']:.1f} / {g['start_fresh_s']:.1f}", f"{k('server', 'start2_s')} / {k('server', 'start1_s')}",
         g["start_restart_s"] <= 8),
    ]
    for key, label, target in [("admin_list_p99_ms", "Admin list p99 (ms) at 1M accounts", 20),
                               ("admin_search_email_p99_ms", "Admin search by e-mail p99 (ms)", 20),
                               ("admin_search_name_p99_ms", "Admin search by name p99 (ms)", 20),
                               ("history_p99_ms", "One account's history p99 (ms)", 20),
                               ("at_replay_p99_ms", "?at= replay p99 (ms)", 20)]:
        if key in scale:
            rows.append((label, f"< {target}", f"{scale[key]:.1f}", "", scale[key] < target))
    for key in sorted(k2 for k2 in scale if k2.startswith("audit_filter_")):
        rows.append((f"Audit trail, filter {key[13:-7]}, p99 (ms)", "< 20", f"{scale[key]:.1f}", "", scale[key] < 20))
    if "rebuild_events_per_s" in scale:
        rows.append(("Full rebuild of one projection (events/s)", "≥ 50,000", f"{scale['rebuild_events_per_s']:,.0f}",
                     "", scale["rebuild_events_per_s"] >= 50000))
    lines = [f"Measured {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, JVM flags {' '.join(HEAP_FLAGS)}, "
             f"durability on, {args.seconds} s per load after a warm-up."
             + (f" Keycloak column: {kc_run}." if kc_run else " No Keycloak run found."),
             f"Scale rows: {scale.get('accounts', 0):,} accounts, {scale.get('events', 0):,} events." if scale else
             "Scale rows: none (run bench/scale.sh first).", "",
             "| Measure | Target | Gatehouse | Keycloak | Met |", "|---|---|---|---|---|"]
    for label, target, ours, theirs, met in rows:
        lines.append(f"| {label} | {target} | {ours} | {theirs} | {'' if met is None else ('yes' if met else 'no')} |")
    lines += ["", "Raw: " + json.dumps(g)]
    text = "\n".join(lines)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    open(args.out, "w").write(text + "\n")
    print(text)


def kc_get(kc, path):
    d = kc
    for p in path:
        d = d.get(p, {}) if isinstance(d, dict) else {}
    return d if d != {} else "—"


def compare(ours, theirs, factor):
    return None if not isinstance(theirs, (int, float)) else ours >= factor * theirs


if __name__ == "__main__":
    main()
