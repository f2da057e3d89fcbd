#!/usr/bin/env python3
"""Does the rest of the site stay fast while many people export PDFs? A plain signed-in page's latency, probed by
one client, alone and then while CLIENTS sponsors (default 16) hammer "Export as PDF" on their own documents; prints
both p50/p99 and the ratio of the p99s (target: loaded ≤ 2× unloaded) and the exports' own answers.

  bench/exports.py [--clients 16] [--seconds 30] [--body-kb 4] [--out web/target/bench/exports.json]

Starts its own app from a copy of web/target/gatehouse.jar (build it first: ./mvnw -B -q -o package -DskipTests)
on a fresh embedded database with durability on and the README's heap flags, with the sponsors' export limits
raised by settings (GATEHOUSE_EXPORTS_SPONSOR_*) so that the exports are rendered rather than refused; the render
slots keep their default (half the processors). Run it alone on a quiet machine: the load clients, the app and
PostgreSQL share its cores.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, threading, time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from all import App, ADMIN_EMAIL, ADMIN_PASSWORD, JAR, RUN_JAR, load  # noqa: E402
from gatehouse import Browser, PASSWORD, admin_session, sign_up_and_confirm  # noqa: E402

RAISED = {"GATEHOUSE_EXPORTS_SPONSOR_PER_MINUTE": "1000", "GATEHOUSE_EXPORTS_SPONSOR_PER_DAY": "100000",
          "GATEHOUSE_EXPORTS_SPONSOR_AT_ONCE": "16"}
TEXT = ("The quarterly figures were checked twice by the editor, and the sponsor's notes follow below; each line "
        "is long enough to wrap across the page's width, as real text does. ")


def cookie_header(b):
    return "; ".join(f"{c.name}={c.value}" for c in b.jar)


def setup(app, clients, body_kb, out):
    """CLIENTS signed-in sponsors, each with a document of BODY_KB kilobytes; one more sponsor for the page probe."""
    run = os.urandom(3).hex()
    addresses = [f"export-{run}-{n}@example.org" for n in range(clients + 1)]
    editor_address = f"export-{run}-editor@example.org"
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: sign_up_and_confirm(app.base, app.data, addresses[n], client=f"10.7.{n // 200}.{n % 200 + 1}"),
                      range(len(addresses))))
    sign_up_and_confirm(app.base, app.data, editor_address, role="editor", client="10.7.250.1")
    admin = admin_session(app.base, ADMIN_EMAIL, ADMIN_PASSWORD)
    for address in addresses + [editor_address]:
        _, _, listing = admin.get("/admin/accounts?q=" + address)
        account = re.search(r'/admin/accounts/([0-9a-f-]{36})', listing).group(1)
        admin.get(f"/admin/accounts/{account}")
        assert admin.post(f"/admin/accounts/{account}/approve", {"reason": "bench"})[0] == 303
        if address == editor_address:
            editor_id = account
    body = (TEXT * (body_kb * 1024 // len(TEXT) + 1))[:body_kb * 1024]
    lines = []
    for n, address in enumerate(addresses):
        b = Browser(app.base, client=f"10.6.{n // 200}.{n % 200 + 1}")
        b.get("/login")
        assert b.post("/login", {"username": address, "password": PASSWORD})[1] == "/account/status"
        if n == clients:
            with open(os.path.join(out, "page.tsv"), "w") as f:
                f.write(f"{cookie_header(b)}\t-\n")
            break
        b.get("/sponsor/documents/new")
        status, location, _ = b.post("/sponsor/documents/new", {"title": f"Quarterly report {n}", "body": body,
                                                                "editorId": editor_id})
        assert status == 303, status
        b.get(location)
        lines.append(f"{cookie_header(b)}\t{b.csrf}\t{location}/export\n")
    with open(os.path.join(out, "exports.tsv"), "w") as f:
        f.writelines(lines)


def others(data=None):
    """JVMs and PostgreSQL servers on the machine that this run did not start: any of them busy spoils the figures.
    The app's embedded PostgreSQL daemonizes (its parent is init): it is known by its data directory under DATA."""
    def parent(pid):
        try:
            return int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
        except OSError:
            return 0

    def command(pid):
        try:
            return open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return ""

    def ours(pid):
        while pid > 1:
            if pid == os.getpid() or (data and data in command(pid)):
                return True
            pid = parent(pid)
        return False

    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        cmd = command(pid)
        if cmd and ("java" in cmd.split(" ")[0] or "postgres" in cmd.split(" ")[0]) and not ours(int(pid)):
            found.append(f"{pid} {cmd[:100]}")
    return found


def thread_nice(pid, prefix):
    """The nice value of each of the app's threads whose name starts with PREFIX."""
    nice = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            if name.startswith(prefix):
                nice[name] = int(open(f"/proc/{pid}/task/{tid}/stat").read().rsplit(")", 1)[1].split()[16])
        except OSError:
            pass
    return nice


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--body-kb", type=int, default=4)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "web/target/bench/exports.json"))
    args = parser.parse_args()
    if not os.path.exists(JAR):
        sys.exit("no " + JAR + ": build it with ./mvnw -B -q -o package -DskipTests")
    shutil.copy(JAR, RUN_JAR)
    data = tempfile.mkdtemp(prefix="gatehouse-bench-exports-")
    app = App(18092, data, RAISED)
    result = {"cpus": os.cpu_count(), "load_average_before": os.getloadavg()[0], "others_before": others()}
    if result["others_before"]:
        print("Warning: other JVMs or PostgreSQL servers are running:\n  " + "\n  ".join(result["others_before"]),
              file=sys.stderr)
    try:
        app.start("exports")
        setup(app, args.clients, args.body_kb, data)
        page = lambda warmup=5: load("get", app.base, f"{data}/page.tsv", "/account/status", 1, warmup, args.seconds)
        # a longer warm-up first: the JIT, and the mail and sealing the set-up left behind
        result["unloaded"] = page(20)
        print("  unloaded: " + json.dumps(result["unloaded"]), file=sys.stderr, flush=True)
        exporting = {}
        warmup = 10
        thread = threading.Thread(target=lambda: exporting.update(load(
            "post", app.base, f"{data}/exports.tsv", "-", args.clients, warmup, args.seconds + 10, app.proc.pid)))
        thread.start()
        time.sleep(warmup)
        result["loaded"] = page()
        result["others_during"] = others(data)
        result["export_threads_nice"] = thread_nice(app.proc.pid, "export-")
        thread.join()
        result["exports"] = exporting
        # and alone again: a baseline that moved means the machine was not quiet
        result["unloaded_after"] = page()
        result["load_average_after"] = os.getloadavg()[0]
    finally:
        app.stop()
        shutil.rmtree(data, ignore_errors=True)
        os.remove(RUN_JAR)
    unloaded, loaded, exports = result["unloaded"], result["loaded"], result["exports"]
    result["p99_ratio"] = round(loaded["p99_ms"] / unloaded["p99_ms"], 2)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    print(f"GET /account/status, 1 client, {args.seconds} s each, {result['cpus']} CPUs")
    print(f"  unloaded:                        p50 {unloaded['p50_ms']:.1f} ms  p99 {unloaded['p99_ms']:.1f} ms  "
          f"({unloaded['per_s']:.0f} req/s)")
    print(f"  while {args.clients} clients export PDFs:  p50 {loaded['p50_ms']:.1f} ms  p99 {loaded['p99_ms']:.1f} ms  "
          f"({loaded['per_s']:.0f} req/s)")
    after = result["unloaded_after"]
    print(f"  alone again afterwards:          p50 {after['p50_ms']:.1f} ms  p99 {after['p99_ms']:.1f} ms  "
          f"({after['per_s']:.0f} req/s)")
    print(f"  p99 loaded / unloaded: {result['p99_ratio']:.2f}× (target ≤ 2×)")
    print(f"Exports: {exports['per_s']:.1f}/s, p50 {exports['p50_ms']:.0f} ms, p99 {exports['p99_ms']:.0f} ms, "
          f"app CPU {exports['app_cpu_ms']:.0f} ms each, peak RSS {exports['peak_rss_mb']} MB, answers {exports['statuses']}")
    print(f"Load average {result['load_average_before']:.2f} before, {result['load_average_after']:.2f} after; "
          f"other JVMs or PostgreSQL servers: {len(result['others_before'])} before, {len(result['others_during'])} "
          f"during the loaded run; the export threads' nice values {result['export_threads_nice']}; figures in {args.out}")


if __name__ == "__main__":
    main()
