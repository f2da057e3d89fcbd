#!/usr/bin/env python3
"""Cost of the record's hash chain, on a running Gatehouse whose sealer does not run on a schedule
(GATEHOUSE_RECORD_SEAL_INTERVAL=0; bench/chain.sh starts one).

1. Inserts N events straight into domain_event_entry with one SQL statement (payloads and metadata the size of
   real ones, copied from the admin's first events), as the command path would have stored them.
2. Seals them: GET /audit/export?from=2999-01-01 seals everything, with a checkpoint, before writing an empty
   bundle; the request's time is the sealing time (the export itself reads only the time stamps).
3. Times GET /audit/integrity (recomputes the whole chain), GET /audit/export (everything) and the verifier jar.

Usage: bench/chain.py BASE_URL PG_PORT ADMIN_EMAIL ADMIN_PASSWORD [N] [APP_PID]
"""
import os, re, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(__file__))
from gatehouse import admin_session

base, pg_port, admin_email, admin_password = sys.argv[1:5]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 100000
app_pid = sys.argv[6] if len(sys.argv) > 6 else None


def psql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", pg_port, "-U", "postgres", "-d", "postgres", "-Atqc", query],
                          check=True, capture_output=True, text=True).stdout.strip()


def cpu_seconds():
    if not app_pid:
        return None
    fields = open(f"/proc/{app_pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


for attempt in range(30):   # the first admin is created just after the app reports healthy
    admin = admin_session(base, admin_email, admin_password)   # stores the admin's first events
    if admin.get("/admin")[0] == 200:
        break
    time.sleep(1)
status, location, _ = admin.get("/audit/export?from=2999-01-01")  # seals them
assert status == 200, f"{status} to {location}"
sizes = psql("select avg(length(payload))::int, avg(length(meta_data))::int from domain_event_entry")
print(f"real events so far: payload {sizes.split('|')[0]} bytes, metadata {sizes.split('|')[1]} bytes on average")

started = time.perf_counter()
psql(f"""insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
  time_stamp, payload_type, payload_revision, payload, meta_data)
  select nextval('domain_event_entry_seq'), gen_random_uuid()::text, 'bench-' || (i / 20), i % 20, 'Bench',
  to_char(now() at time zone 'utc' + i * interval '1 ms', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'bench.Generated', '1',
  (select payload from domain_event_entry order by global_index limit 1) || convert_to(i::text, 'UTF8'),
  (select meta_data from domain_event_entry order by global_index limit 1)
  from generate_series(1, {n}) i""")
print(f"inserted {n} events in {time.perf_counter() - started:.1f} s (one INSERT ... SELECT)")

cpu = cpu_seconds()
started = time.perf_counter()
status, _, _ = admin.get("/audit/export?from=2999-01-01")
took = time.perf_counter() - started
assert status == 200, status
sealed = int(psql("select count(*) from event_chain"))
cpu_line = f", app CPU {(cpu_seconds() - cpu) / n * 1e6:.0f} µs per event" if cpu is not None else ""
print(f"sealing: {n} events in {took:.2f} s = {took / n * 1e6:.0f} µs per event, {n / took:,.0f} events/s{cpu_line}"
      f" ({psql('select count(*) from event_chain_checkpoint')} checkpoints; {sealed} events sealed in all)")
chain_bytes = int(psql("select pg_total_relation_size('event_chain')"))
print(f"chain storage: {chain_bytes / sealed:.0f} bytes per event (table and index)")

for attempt in range(2):
    started = time.perf_counter()
    status, _, page = admin.get("/audit/integrity")
    took = time.perf_counter() - started
    assert status == 200 and 'data-integrity="intact"' in page, "not intact?"
    inside = re.search(r"Checked in</dt><dd>(\d+) ms", page).group(1)
    print(f"/audit/integrity over {sealed} events ({'cold' if attempt == 0 else 'warm'}): {took:.2f} s for the request,"
          f" {int(inside) / 1000:.2f} s for the check")

with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as bundle:
    started = time.perf_counter()
    status, _, body = admin.get("/audit/export")
    took = time.perf_counter() - started
    bundle.write(body.encode())
print(f"full export: {len(body) / 1e6:.0f} MB in {took:.2f} s")
verifier = os.path.join(os.path.dirname(__file__), "..", "verifier", "target", "gatehouse-verifier.jar")
started = time.perf_counter()
run = subprocess.run(["java", "-Xmx1g", "-jar", verifier, bundle.name], capture_output=True, text=True)
print(f"verifier on it: exit {run.returncode} in {time.perf_counter() - started:.2f} s: {run.stdout.strip()[:160]}")
os.unlink(bundle.name)
