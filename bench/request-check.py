#!/usr/bin/env python3
"""Cost of the per-request account check.

Signs up a sponsor on a running Gatehouse, approves them as the admin, then times N sequential GETs of
/sponsor/dashboard (every one re-reads the account's state and roles) against N GETs of /css/gatehouse.css
(no session, no check). Prints p50/p95/p99 in milliseconds.

Usage: bench/request-check.py http://localhost:18080 ADMIN_EMAIL ADMIN_PASSWORD [N]
"""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request, uuid

base, admin_email, admin_password = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 500

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

def get(b, path):
    try:
        with b.open(base + path) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()

def post(b, path, form_page, fields):
    _, page = get(b, form_page)
    fields["_csrf"] = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    try:
        with b.open(base + path, urllib.parse.urlencode(fields).encode()) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code

email = f"bench-{uuid.uuid4().hex[:8]}@example.org"
sponsor = browser()
post(sponsor, "/signup/sponsor", "/signup/sponsor", {"displayName": "Bench", "email": email,
     "password": "bench-password-123", "confirmPassword": "bench-password-123"})
admin = browser()
post(admin, "/admin/login", "/admin/login", {"username": admin_email, "password": admin_password})
_, listing = get(admin, "/admin/accounts?q=" + urllib.parse.quote(email))
account = re.search(r'/admin/accounts/([0-9a-f-]{36})', listing).group(1)
post(admin, f"/admin/accounts/{account}/approve", f"/admin/accounts/{account}", {"reason": "bench"})
assert get(sponsor, "/sponsor/dashboard")[0] == 200, "sponsor cannot reach the dashboard"

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
print("GET /css/gatehouse.css (no session, no check):          ", timed(browser(), "/css/gatehouse.css"))
