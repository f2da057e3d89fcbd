#!/usr/bin/env python3
"""Cost of the per-request account check.

Signs up a sponsor on a running Gatehouse (confirming through its .eml files, so run it without SMTP),
approves them as the admin (enrolling the admin's authenticator on a fresh database), then times N sequential
GETs of /sponsor/dashboard (every one re-reads the account's state and roles) against N GETs of
/css/gatehouse.css (no session, no check). Prints p50/p95/p99 in milliseconds.

Usage: bench/request-check.py http://localhost:18080 DATA_DIR ADMIN_EMAIL ADMIN_PASSWORD [N]
"""
import os, statistics, sys, time, uuid
sys.path.insert(0, os.path.dirname(__file__))
from gatehouse import Browser, PASSWORD, admin_session, sign_up_and_confirm
import re, urllib.parse

base, data_dir, admin_email, admin_password = sys.argv[1:5]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 500

email = f"bench-{uuid.uuid4().hex[:8]}@example.org"
sign_up_and_confirm(base, data_dir, email)
sponsor = Browser(base)
sponsor.get("/login")
assert sponsor.post("/login", {"username": email, "password": PASSWORD})[1] == "/account/status"
admin = admin_session(base, admin_email, admin_password)
_, _, listing = admin.get("/admin/accounts?q=" + urllib.parse.quote(email))
account = re.search(r'/admin/accounts/([0-9a-f-]{36})', listing).group(1)
admin.get(f"/admin/accounts/{account}")
assert admin.post(f"/admin/accounts/{account}/approve", {"reason": "bench"})[0] == 303
assert sponsor.get("/sponsor/dashboard")[0] == 200, "sponsor cannot reach the dashboard"


def get(b, path):
    status, _, body = b.get(path)
    return status, body


def timed(b, path):
    for _ in range(50):
        get(b, path)  # warm-up
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        status, _ = get(b, path)
        samples.append((time.perf_counter() - t) * 1000)
        assert status == 200, status
    q = statistics.quantiles(samples, n=100)
    return f"p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms, p99 {q[98]:.2f} ms"

print(f"{n} sequential requests each")
print("GET /sponsor/dashboard (session + account check + page):", timed(sponsor, "/sponsor/dashboard"))
print("GET /css/gatehouse.css (no session, no check):          ", timed(Browser(base), "/css/gatehouse.css"))
