"""What the benchmark scripts share: a small HTTP browser, sign-up through the .eml files of an app running
without SMTP, and RFC 6238 codes for admins. Python standard library only."""
import base64, email, glob, hashlib, hmac, http.cookiejar, os, re, secrets, struct, time, urllib.parse, urllib.request

# The password of every account a run signs up: new each run, never written down
PASSWORD = "Bench-" + secrets.token_urlsafe(18)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base, client=None):
        self.base, self.jar = base, http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.headers = {"X-Forwarded-For": client} if client else {}
        self.csrf = None

    def request(self, path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        req = urllib.request.Request(self.base + path, data=data, headers=self.headers)
        try:
            with self.opener.open(req) as r:
                status, headers, body = r.status, r.headers, r.read().decode()
        except urllib.error.HTTPError as e:
            status, headers, body = e.code, e.headers, e.read().decode()
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.csrf = found.group(1)
        return status, headers.get("Location"), body

    def get(self, path):
        return self.request(path)

    def post(self, path, fields):
        return self.request(path, dict(fields, _csrf=self.csrf))

    def forget_session(self):
        """Drops the session cookie but keeps the device cookie: the same browser, signed out."""
        for cookie in list(self.jar):
            if cookie.name == "GATEHOUSE_SESSION":
                self.jar.clear(cookie.domain, cookie.path, cookie.name)


def totp(base32_key, step=None):
    key = base64.b32decode(base32_key + "=" * (-len(base32_key) % 8))
    step = int(time.time() // 30) if step is None else step
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def confirmation_link(data_dir, address, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(data_dir, "mail", "*confirm-address*.eml"))):
            message = email.message_from_bytes(open(path, "rb").read())
            if message["To"] == address:
                for part in message.walk():
                    if part.get_content_type() == "text/plain":
                        text = part.get_payload(decode=True).decode()
                        return re.search(r"(/signup/confirm\?token=\S+)", text).group(1)
        time.sleep(0.1)
    raise RuntimeError("no confirmation mail for " + address)


def sign_up_and_confirm(base, data_dir, address, role="sponsor", client=None):
    b = Browser(base, client)
    b.get("/signup/" + role)
    status, location, _ = b.post("/signup/" + role, {"displayName": "Bench " + address.split("@")[0],
                                                      "email": address, "password": PASSWORD, "confirmPassword": PASSWORD})
    assert status == 303, status
    path = confirmation_link(data_dir, address)
    b.get(path)
    assert b.post("/signup/confirm", {"token": path.split("token=")[1]})[0] == 303


def admin_session(base, email_address, password):
    """Signs the admin in, enrolling an authenticator on the first sign-in; returns the browser."""
    b = Browser(base)
    b.get("/admin/login")
    _, location, _ = b.post("/admin/login", {"username": email_address, "password": password})
    if location == "/account/mfa":
        _, _, page = b.get("/account/mfa")
        admin_session.key = re.search(r'data-totp-secret="([A-Z2-7]+)"', page).group(1)
        assert b.post("/account/mfa", {"code": totp(admin_session.key)})[0] == 200
    elif location == "/login/mfa":
        b.get("/login/mfa")
        assert b.post("/login/mfa", {"code": totp(admin_session.key, int(time.time() // 30) + 1)})[0] == 303
    return b
