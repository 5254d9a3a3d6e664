#!/usr/bin/env python3
"""The money-and-sessions invariants of one load run, checked against the databases and the Stripe emulator.

    python3 deploy/load/invariants.py --partner-id ID [--wait 300] [--kafka] [--reconcile]

Scope: every charging session of the partner (the run creates its own partner). Reads PostgreSQL directly
(psql as postgres on 127.0.0.1) and the Stripe emulator's PaymentIntents (metadata.session_id). --wait S first
waits up to S seconds for quiescence (no open session, no unpublished outbox row, no invoice awaiting payment,
every completed session showing its cost). --kafka also counts records redelivered on the topics (same CloudEvent
id twice), which the consumers must have applied once. --reconcile also runs billing's reconciliation report
(deploy/ops/reconcile.sh) when it exists. Prints a table; exit 1 on any violated invariant.
"""
import argparse
import collections
import json
import os
import pathlib
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVICES = ["user", "payment", "station", "charging", "billing"]
FINAL = {"COMPLETED", "FAILED"}


def psql(db, sql):
    out = subprocess.run(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-U", "postgres", "-d", db,
                          "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def uuid_array(ids):
    return "'{" + ",".join(ids) + "}'::uuid[]"


def text_array(ids):
    return "'{" + ",".join('"' + i + '"' for i in ids) + "}'::text[]"


class Run:
    """Everything the invariants look at, read once."""

    def __init__(self, partner_id, stripe_url, stripe_key):
        self.partner_id = partner_id
        rows = psql("connect_charging", "SELECT id, user_id, state, coalesce(failure_reason, ''), release_pending, "
                    "coalesce(pre_authorization->>'payment_intent_id', ''), session_cost IS NOT NULL "
                    f"FROM charging_session WHERE partner_id = '{partner_id}'")
        self.sessions = {r[0]: {"user": r[1], "state": r[2], "reason": r[3], "release_pending": r[4] == "t",
                                "hold_pi": r[5], "has_cost": r[6] == "t"} for r in rows}
        ids = list(self.sessions)
        self.users = sorted({s["user"] for s in self.sessions.values()})
        if not ids:
            ids = ["00000000-0000-0000-0000-000000000000"]
        self.invoices = collections.defaultdict(list)
        for sid, status, summary in psql("connect_billing", "SELECT session_id, status, summary FROM invoice "
                                         f"WHERE session_id = ANY({uuid_array(ids)})"):
            self.invoices[sid].append({"status": status, "summary": Decimal(summary)})
        self.open_debts = {r[0]: Decimal(r[1]) for r in psql(
            "connect_billing", f"SELECT session_id, amount FROM debt WHERE status = 'OPEN' "
                               f"AND session_id = ANY({uuid_array(ids)})")}
        self.charges = {r[0]: {"status": r[1], "captured": Decimal(r[2] or "0"), "remainder": Decimal(r[3] or "0"),
                               "remainder_pi": r[4]} for r in psql(
            "connect_payment", "SELECT session_id, status, captured_amount, remainder_amount, "
                               "coalesce(remainder_payment_intent_id, '') FROM session_charge "
                               f"WHERE session_id = ANY({uuid_array(ids)})")}
        self.intents = collections.defaultdict(list)
        for pi in stripe_intents(stripe_url, stripe_key):
            sid = (pi.get("metadata") or {}).get("session_id")
            if sid in self.sessions:
                self.intents[sid].append(pi)
        self.backlog = {svc: int(psql(f"connect_{svc}", "SELECT count(*) FROM outbox_event "
                                                        "WHERE published_at IS NULL")[0][0]) for svc in SERVICES}

    def open_sessions(self):
        return [sid for sid, s in self.sessions.items() if s["state"] not in FINAL]

    def completed(self):
        return [sid for sid, s in self.sessions.items() if s["state"] == "COMPLETED"]

    def pending_invoices(self):
        return [sid for sid, inv in self.invoices.items() if any(i["status"] == "PENDING_PAYMENT" for i in inv)]

    def completed_without_cost(self):
        return [sid for sid in self.completed() if not self.sessions[sid]["has_cost"]]

    def quiet(self):
        return not (self.open_sessions() or self.pending_invoices() or self.completed_without_cost()
                    or any(self.backlog.values()))


def stripe_intents(base, key):
    """Every PaymentIntent of the emulator (newest first, cursor pagination)."""
    intents, after = [], None
    for _ in range(10_000):
        url = f"{base}/v1/payment_intents?limit=100" + (f"&starting_after={after}" if after else "")
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            page = json.load(resp)
        intents.extend(page["data"])
        if not page.get("has_more") or not page["data"]:
            break
        after = page["data"][-1]["id"]
    return intents


def cents(amount):
    return int((amount * 100).to_integral_value())


def double_charges(run):
    """Sessions with more than one live hold, more than one capture, or more than one paid remainder."""
    bad = []
    for sid, intents in run.intents.items():
        holds = [p for p in intents if p["capture_method"] == "manual" and p["status"] != "canceled"]
        captured = [p for p in intents if p["capture_method"] == "manual" and p["status"] == "succeeded"]
        remainders = [p for p in intents if p["capture_method"] != "manual" and p["status"] == "succeeded"]
        if len(holds) > 1 or len(captured) > 1 or len(remainders) > 1:
            bad.append(f"{sid}: holds {len(holds)}, captured {len(captured)}, paid remainders {len(remainders)}")
    return bad


def holds_left_open(run):
    """Failed sessions whose hold is still on the card (requires_capture at Stripe) or marked release_pending."""
    bad = []
    for sid, s in run.sessions.items():
        if s["state"] != "FAILED":
            continue
        live = [p["id"] for p in run.intents.get(sid, []) if p["status"] == "requires_capture"]
        if live or s["release_pending"]:
            bad.append(f"{sid}: {live or 'release_pending'}")
    return bad


def invoice_mismatches(run):
    bad = []
    for sid in run.completed():
        if len(run.invoices.get(sid, [])) != 1:
            bad.append(f"{sid}: COMPLETED with {len(run.invoices.get(sid, []))} invoices")
    for sid in run.invoices:
        if run.sessions[sid]["state"] != "COMPLETED":
            bad.append(f"{sid}: invoice for a {run.sessions[sid]['state']} session")
    return bad


def collected_cents(intents):
    return sum(p["amount_received"] for p in intents if p["status"] == "succeeded")


def money_mismatches(run):
    """Per session: collected at Stripe + still owed (open debt) = invoiced; payment-service's record agrees."""
    bad = []
    for sid, invoices in run.invoices.items():
        invoiced = cents(sum(i["summary"] for i in invoices))
        collected = collected_cents(run.intents.get(sid, []))
        owed = cents(run.open_debts.get(sid, Decimal(0)))
        if collected + owed != invoiced:
            bad.append(f"{sid}: invoiced {invoiced} c, collected at Stripe {collected} c, open debt {owed} c")
        charge = run.charges.get(sid)
        if charge is not None and charge["status"] == "PAID" \
                and cents(charge["captured"] + charge["remainder"]) != invoiced:
            bad.append(f"{sid}: payment-service charged {charge['captured']} + {charge['remainder']}, "
                       f"invoiced {invoiced} c")
    for sid, intents in run.intents.items():
        if sid not in run.invoices and collected_cents(intents):
            bad.append(f"{sid}: {collected_cents(intents)} c collected without an invoice")
    return bad


def consumer_counts(run):
    """(consumer, published, applied) for the run's events, from the producers' outboxes and processed_event."""
    if not run.sessions:
        return []
    sids, users = list(run.sessions), run.users
    checks = [
        ("billing-service.sessions", "connect_charging", "charging.session.completed.v1", sids, "connect_billing"),
        ("charging-service.invoices", "connect_billing", "billing.invoice.issued.v1", users, "connect_charging"),
        ("payment-service.users", "connect_user", "user.created.v1", users, "connect_payment"),
    ]
    result = []
    for consumer, source, event_type, keys, sink in checks:
        ids = [r[0] for r in psql(source, f"SELECT id FROM outbox_event WHERE type = '{event_type}' "
                                          f"AND partition_key = ANY({text_array(keys)})")]
        applied = 0
        if ids:
            applied = int(psql(sink, f"SELECT count(*) FROM processed_event WHERE consumer = '{consumer}' "
                                     f"AND event_id = ANY({text_array(ids)})")[0][0])
        result.append((consumer, event_type, len(ids), applied, set(ids)))
    return result


def kafka_redeliveries(event_ids, topics):
    """Records per CloudEvent id on the topics, for the given ids: how many ids were on the topic more than once."""
    libs = pathlib.Path(os.environ.get("CONNECT_RUN_DIR", ROOT / ".run")) / "kafka" / "libs"
    counts = collections.Counter()
    for topic in topics:
        out = subprocess.run(["java", "-Xmx256m", "-cp", f"{libs}/*", "org.apache.kafka.tools.consumer.ConsoleConsumer",
                              "--bootstrap-server", "127.0.0.1:9092", "--topic", topic, "--from-beginning",
                              "--timeout-ms", "15000"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            try:
                eid = json.loads(line).get("id")
            except ValueError:
                continue
            if eid in event_ids:
                counts[eid] += 1
    return sum(1 for c in counts.values() if c > 1), sum(counts.values())


def wait_for_quiet(args):
    deadline = time.time() + args.wait
    while True:
        run = Run(args.partner_id, args.stripe_url, args.stripe_key)
        if run.quiet() or time.time() >= deadline:
            return run, run.quiet()
        print(f"  waiting for quiescence: open sessions {len(run.open_sessions())}, invoices awaiting payment "
              f"{len(run.pending_invoices())}, completed without cost {len(run.completed_without_cost())}, "
              f"outbox backlog {run.backlog}", flush=True)
        time.sleep(10)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--partner-id", required=True)
    parser.add_argument("--wait", type=int, default=0, help="seconds to wait for quiescence first")
    parser.add_argument("--stripe-url", default="http://127.0.0.1:12111")
    parser.add_argument("--stripe-key", default=os.environ.get("STRIPE_API_KEY", "sk_test_local"))
    parser.add_argument("--kafka", action="store_true")
    parser.add_argument("--reconcile", action="store_true")
    parser.add_argument("--since", help="ISO instant the run started (the reconciliation window starts there)")
    args = parser.parse_args()

    run, quiet = wait_for_quiet(args)
    states = collections.Counter(s["state"] for s in run.sessions.values())
    failures = collections.Counter(s["reason"] for s in run.sessions.values() if s["state"] == "FAILED")
    rows = []  # (invariant, measured, ok, detail)

    def check(name, problems, measured=None):
        rows.append((name, measured if measured is not None else str(len(problems)), not problems, problems))

    # A run in which no session completed proves nothing about money: that is a failed run, not a pass.
    rows.append(("sessions started, at least one completed", f"{len(run.sessions)}: {dict(states)}",
                 states["COMPLETED"] > 0, [] if states["COMPLETED"] else ["no session completed: the load did not "
                                                                         "exercise charging and billing"]))
    if failures:
        rows.append(("  failed, by reason", str(dict(failures)), True, []))
    check("sessions lost or stuck (not COMPLETED/FAILED)", [f"{sid}: {run.sessions[sid]['state']}"
                                                           for sid in run.open_sessions()])
    check("failed sessions whose hold is not released", holds_left_open(run))
    check("double charges (holds/captures/remainders > 1 per session)", double_charges(run))
    completed = run.completed()
    inv_count = sum(len(v) for v in run.invoices.values())
    check("invoices = completed sessions", invoice_mismatches(run), f"{inv_count} = {len(completed)}")
    check("invoices awaiting payment (PENDING_PAYMENT)", run.pending_invoices())
    invoiced = sum(i["summary"] for v in run.invoices.values() for i in v)
    collected = Decimal(sum(collected_cents(v) for sid, v in run.intents.items())) / 100
    owed = sum(run.open_debts.values(), Decimal(0))
    check("sum captured = sum invoiced (- open debts)", money_mismatches(run),
          f"{collected:.2f} = {invoiced:.2f} - {owed:.2f}")
    check("completed sessions without session_cost", run.completed_without_cost())
    all_ids = set()
    for consumer, event_type, published, applied, ids in consumer_counts(run):
        all_ids |= ids
        check(f"events applied once: {consumer}", [] if published == applied else
              [f"{event_type}: published {published}, applied {applied}"], f"{published} published, {applied} applied")
    check("unpublished outbox rows", [f"{k}: {v}" for k, v in run.backlog.items() if v],
          str(sum(run.backlog.values())))
    if args.kafka:
        twice, records = kafka_redeliveries(all_ids, ["connect.charging.sessions.v1", "connect.billing.v1",
                                                      "connect.users.v1"])
        rows.append(("  Kafka records of these events / ids redelivered", f"{records} / {twice}", True, []))
    if args.reconcile:
        script = ROOT / "deploy" / "ops" / "reconcile.sh"
        if script.exists():
            window = ["--from", args.since] if args.since else []
            until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 1))
            rc = subprocess.run(["bash", str(script), *window, "--until", until], capture_output=True, text=True)
            summary = (rc.stdout.strip().splitlines() or ["?"])[0]
            if rc.returncode == 2:
                rows.append(("billing reconciliation report", "unavailable: " + (rc.stderr.strip() or "?")[:60],
                             True, []))
            else:
                check("billing reconciliation report (deploy/ops/reconcile.sh)",
                      [] if rc.returncode == 0 else rc.stdout.strip().splitlines()[-20:],
                      "clean" if rc.returncode == 0 else f"exit {rc.returncode}")
                print(f"reconciliation: {summary}")
        else:
            rows.append(("billing reconciliation report", "not available", True, []))

    width = max(len(r[0]) for r in rows)
    print(f"\n{'invariant'.ljust(width)} | {'measured'.ljust(34)} | result")
    print(f"{'-' * width}-+-{'-' * 34}-+-------")
    for name, measured, ok, _ in rows:
        print(f"{name.ljust(width)} | {measured.ljust(34)} | {'ok' if ok else 'VIOLATED'}")
    violated = [r for r in rows if not r[2]]
    for name, _, _, problems in violated:
        print(f"\n{name}:")
        for p in problems[:20]:
            print(f"  {p}")
    if not quiet:
        print("\nnote: the stack did not become quiet within --wait")
    print(f"\n{'ALL INVARIANTS HOLD' if not violated else f'{len(violated)} INVARIANT(S) VIOLATED'}")
    return 1 if violated else 0


if __name__ == "__main__":
    sys.exit(main())
