#!/usr/bin/env python3
"""Prepares the sessions bench/Load.java drives: CLIENTS admins, each signed in with its own session (password and
authenticator code, as a browser does) and owning PER_CLIENT active accounts to suspend and reinstate; and one
signed-in active sponsor for the page measures. Needs the app running without SMTP and with
server.forward-headers-strategy=native (each sign-up comes from its own client address, as the throttle expects).

Usage: bench/load-setup.py BASE DATA_DIR ADMIN_EMAIL ADMIN_PASSWORD CLIENTS PER_CLIENT OUT_DIR
Writes OUT_DIR/acts.tsv (one line per admin) and OUT_DIR/sponsor.tsv (one line).
"""
import os, re, sys, uuid
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(__file__))
from gatehouse import Browser, PASSWORD, admin_session, sign_up_and_confirm, totp

base, data_dir, admin_email, admin_password = sys.argv[1:5]
clients, per_client, out = int(sys.argv[5]), int(sys.argv[6]), sys.argv[7]
admin = admin_session(base, admin_email, admin_password)
run = uuid.uuid4().hex[:6]


def cookie_header(b):
    return "; ".join(f"{c.name}={c.value}" for c in b.jar)


def new_account(n):
    address = f"load-{run}-{n}@example.org"
    sign_up_and_confirm(base, data_dir, address, client=f"10.8.{n // 200}.{n % 200 + 1}")
    return address


def account_id(address):
    status, location, listing = admin.get("/admin/accounts?q=" + address)
    found = re.search(r'/admin/accounts/([0-9a-f-]{36})', listing)
    assert found, f"{address} not listed: {status} {location}"
    return found.group(1)


def approve(address, grant=None):
    account = account_id(address)
    admin.get(f"/admin/accounts/{account}")
    assert admin.post(f"/admin/accounts/{account}/approve", {"reason": "bench"})[0] == 303
    if grant:
        assert admin.post(f"/admin/accounts/{account}/roles/grant", {"role": grant, "reason": "bench"})[0] == 303
    return account


def signed_in_admin(address):
    b = Browser(base, client=f"10.9.{hash(address) % 250}.{hash(address[::-1]) % 250}")
    b.get("/admin/login")
    _, location, _ = b.post("/admin/login", {"username": address, "password": PASSWORD})
    assert location == "/account/mfa", location
    _, _, page = b.get("/account/mfa")
    key = re.search(r'data-totp-secret="([A-Z2-7]+)"', page).group(1)
    assert b.post("/account/mfa", {"code": totp(key)})[0] == 200
    b.get("/admin")
    return b


with ThreadPoolExecutor(4) as pool:
    admins = list(pool.map(new_account, range(clients)))
    targets = list(pool.map(new_account, range(clients, clients + clients * per_client + 1)))
for address in admins:
    approve(address, grant="ADMIN")
ids = [approve(address) for address in targets]
sponsor_address, ids = targets[-1], ids[:-1]
with open(os.path.join(out, "acts.tsv"), "w") as f:
    for i, address in enumerate(admins):
        b = signed_in_admin(address)
        mine = ids[i * per_client:(i + 1) * per_client]
        f.write(f"{cookie_header(b)}\t{b.csrf}\t{' '.join(mine)}\n")
sponsor = Browser(base)
sponsor.get("/login")
assert sponsor.post("/login", {"username": sponsor_address, "password": PASSWORD})[1] == "/account/status"
with open(os.path.join(out, "sponsor.tsv"), "w") as f:
    f.write(f"{cookie_header(sponsor)}\t-\n")
print(f"{clients} admins with {per_client} accounts each, and one sponsor, ready in {out}")
