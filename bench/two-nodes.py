#!/usr/bin/env python3
"""Two Gatehouse nodes on one PostgreSQL behind a load balancer (see two-nodes.sh, which starts them).

1. A suspension sent to node B refuses the sponsor's very next request on node A.
2. Throughput of a signed-in page (/account/status) through the load balancer against one node alone, with
   CLIENTS threads for SECONDS each.

Usage: bench/two-nodes.py LB_URL NODE_A_URL NODE_B_URL DATA_DIR ADMIN_EMAIL ADMIN_PASSWORD [CLIENTS] [SECONDS]
"""
import os, re, sys, threading, time, urllib.parse, uuid
sys.path.insert(0, os.path.dirname(__file__))
from gatehouse import Browser, PASSWORD, admin_session, sign_up_and_confirm

lb, node_a, node_b, data_dir, admin_email, admin_password = sys.argv[1:7]
clients = int(sys.argv[7]) if len(sys.argv) > 7 else 16
seconds = float(sys.argv[8]) if len(sys.argv) > 8 else 10


def signed_in_sponsor(admin):
    email = f"bench-{uuid.uuid4().hex[:8]}@example.org"
    sign_up_and_confirm(lb, data_dir, email)
    sponsor = Browser(lb)
    sponsor.get("/login")
    assert sponsor.post("/login", {"username": email, "password": PASSWORD})[1] == "/account/status"
    _, _, listing = admin.get("/admin/accounts?q=" + urllib.parse.quote(email))
    account = re.search(r'/admin/accounts/([0-9a-f-]{36})', listing).group(1)
    admin.get(f"/admin/accounts/{account}")
    assert admin.post(f"/admin/accounts/{account}/approve", {"reason": "bench"})[0] == 303
    return sponsor, account


def rate(base, cookie_jar):
    """Requests per second of CLIENTS threads getting /account/status with one signed-in session."""
    done, failed, stop = [0] * clients, [0] * clients, time.monotonic() + seconds

    def client(i):
        b = Browser(base)
        for cookie in cookie_jar:
            b.jar.set_cookie(cookie)
        while time.monotonic() < stop:
            if b.get("/account/status")[0] == 200:
                done[i] += 1
            else:
                failed[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    [t.start() for t in threads]
    [t.join() for t in threads]
    return sum(done) / (time.monotonic() - started), sum(failed)


admin = admin_session(node_b, admin_email, admin_password)
admin.base = lb
sponsor, account = signed_in_sponsor(admin)

# 1. the pair's throughput, then the same page from node A alone, after a warm-up of both nodes' JIT
rate(lb, sponsor.jar)
pair, pair_failed = rate(lb, sponsor.jar)
alone, alone_failed = rate(node_a, sponsor.jar)

# 2. suspend on node B, ask node A next
sponsor.base = node_a
assert sponsor.get("/sponsor/dashboard")[0] == 200, "the sponsor cannot reach their area on node A"
admin.base = node_b
admin.get(f"/admin/accounts/{account}")
assert admin.post(f"/admin/accounts/{account}/suspend", {"reason": "bench: two nodes"})[0] == 303
status, location, _ = sponsor.get("/sponsor/dashboard")

print(f"{'measure':<58} value")
print(f"{'/account/status via the load balancer, ' + str(clients) + ' clients (req/s)':<58} {pair:.0f} ({pair_failed} failed)")
print(f"{'/account/status on node A alone, ' + str(clients) + ' clients (req/s)':<58} {alone:.0f} ({alone_failed} failed)")
print(f"{'sponsor on node A, the request after a suspend on node B':<58} {status} {location or ''}")
sys.exit(0 if status != 200 else 1)
