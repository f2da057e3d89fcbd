#!/usr/bin/env python3
"""Cost of signing in: logins per second with C concurrent clients, and the server's CPU per login.

Signs up and confirms C accounts (through the .eml files of an app running without SMTP), then has C threads
sign in N times each, every thread a browser of its own that keeps its device cookie between sign-ins (so
after its first, it signs in as a known browser). Server CPU comes from /proc/<pid>/stat (user + system).
Run twice by sign-in.sh: each client from an address of its own, and all of them from one address (a NAT).

Usage: bench/sign-in.py BASE_URL DATA_DIR SERVER_PID [CLIENTS] [LOGINS_PER_CLIENT] [one-address]
"""
import os, sys, threading, time, uuid
sys.path.insert(0, os.path.dirname(__file__))
from gatehouse import Browser, PASSWORD, sign_up_and_confirm

base, data_dir, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 8
logins = int(sys.argv[5]) if len(sys.argv) > 5 else 40
one_address = len(sys.argv) > 6 and sys.argv[6] == "one-address"
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


run = uuid.uuid4().hex[:6]
run_octet = int(run[:2], 16)  # each run's sign-ups from addresses of their own: the sign-up limit counts per address
accounts = [f"login-{run}-{i}@example.org" for i in range(clients)]
for i, address in enumerate(accounts):
    sign_up_and_confirm(base, data_dir, address, client=f"10.2.{run_octet}.{i + 1}")

failures = []


def client(i):
    b = Browser(base, "10.1.0.1" if one_address else f"10.1.0.{i + 2}")
    for _ in range(logins):
        b.get("/login")
        status, location, _ = b.post("/login", {"username": accounts[i], "password": PASSWORD})
        if location != "/account/status":
            failures.append((status, location))
        b.forget_session()


for warm in range(3):  # JIT and connection pools
    client(0)
cpu_before, wall_before = cpu_seconds(), time.perf_counter()
threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall, cpu = time.perf_counter() - wall_before, cpu_seconds() - cpu_before
total = clients * logins
where = "one client address" if one_address else f"{clients} client addresses"
print(f"{total} sign-ins by {clients} concurrent clients from {where}: {total / wall:.1f} logins/s, "
      f"{wall / total * 1000 * clients:.0f} ms each as seen by a client, server CPU {cpu / total * 1000:.1f} ms per login"
      f"{'; FAILED: ' + str(failures[:3]) if failures else ''}")
