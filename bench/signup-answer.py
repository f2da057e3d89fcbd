"""Sign-up answer time, taken address against free address: the form must not tell by its speed who has an
account. Alternates the two kinds, each POST from a browser (and client address) of its own, waits for the
outbox to drain between tries so one kind's mail work never slows the next POST, and prints the medians.
Usage: python3 bench/signup-answer.py BASE DATA_DIR [tries-of-each-kind]"""
import glob, os, statistics, sys, time
from gatehouse import Browser, PASSWORD

base, data_dir = sys.argv[1], sys.argv[2]
tries = int(sys.argv[3]) if len(sys.argv) > 3 else 30
client = iter(f"10.{i // 65025 % 250}.{i // 255 % 255}.{i % 255 + 1}" for i in range(1, 10**6))


def post_signup(address):
    browser = Browser(base, next(client))
    browser.get("/signup/editor")
    fields = {"displayName": "Same Answer", "email": address, "organization": "Acme",
              "password": PASSWORD, "confirmPassword": PASSWORD}
    start = time.perf_counter()
    status, location, _ = browser.post("/signup/editor", fields)
    elapsed = time.perf_counter() - start
    assert status == 303 and location.endswith("/signup/check-inbox"), (status, location)
    return elapsed


mails = 0


def settle():
    """Waits until the last try's mail is out (an .eml file each, written by the outbox workers)."""
    global mails
    mails += 1
    deadline = time.time() + 20
    while len(glob.glob(os.path.join(data_dir, "mail", "*.eml"))) < mails:
        assert time.time() < deadline, "a mail did not go out"
        time.sleep(0.01)


run = int(time.time())
# An address takes 3 mails an hour: each taken address is registered once, then tried twice.
taken = [f"taken-{run}-{i}@example.org" for i in range((tries + 1) // 2)]
for address in taken:
    post_signup(address)
    settle()
taken_times, free_times = [], []
for i in range(tries):
    taken_times.append(post_signup(taken[i // 2]))
    settle()
    free_times.append(post_signup(f"free-{run}-{i}@example.org"))
    settle()
t, f = statistics.median(taken_times), statistics.median(free_times)
print(f"sign-up POST medians over {tries} tries each: taken {t * 1000:.1f} ms, free {f * 1000:.1f} ms,"
      f" difference {abs(t - f) / max(t, f) * 100:.1f} % of the slower")
