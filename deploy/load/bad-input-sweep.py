#!/usr/bin/env python3
"""Bad-input sweep against the local stack's gateway (127.0.0.1:8080 only).

Creates its own partners and users through the admin/public API, then sends generated bad requests to every
public endpoint: wrong types, missing fields, huge values (< 1 MB), unicode, invalid JSON, wrong content types,
empty bodies, unknown/non-UUID/odd ids, bad paging, NaN/Infinity coordinates, duplicate query params, another
partner's ids, missing/garbage tokens. Prints requests per endpoint, a status histogram and the first 5xx examples.
Exit code: 0 when no 5xx (and no transport error) was seen, 1 otherwise.

    python3 deploy/load/bad-input-sweep.py [--seed 42] [--requests 10000] [--max-seconds 600]

Standard library only.
"""
import argparse
import collections
import http.client
import json
import random
import sys
import time
import urllib.parse
import uuid

HOST, PORT = "127.0.0.1", 8080
ADMIN = "local-admin-token"
MAX_BODY = 900_000  # the gateway refuses bodies above 1 MB; stay under it


class Client:
    def __init__(self, timeout):
        self.timeout = timeout
        self.conn = None

    def send(self, method, path, body=None, headers=None):
        """Sends raw bytes to the gateway; returns (status, text); status 0 on a transport error."""
        data = body if isinstance(body, (bytes, type(None))) else body.encode("utf-8", "surrogatepass")
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(HOST, PORT, timeout=self.timeout)
                self.conn.request(method, path, body=data, headers=headers or {})
                resp = self.conn.getresponse()
                text = resp.read().decode("utf-8", "replace")
                if resp.getheader("Connection", "").lower() == "close":
                    self.close()
                return resp.status, text
            except (http.client.HTTPException, OSError) as e:
                self.close()
                if attempt == 2:
                    return 0, "%s: %s" % (type(e).__name__, e)
        return 0, "unreachable"

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def json_call(client, method, path, token, payload, expect):
    status, text = client.send(method, path, json.dumps(payload),
                               {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    if status != expect:
        sys.exit("setup failed: %s %s -> %s %s" % (method, path, status, text[:300]))
    return json.loads(text)


# ---------------------------------------------------------------------------------------------- generators

def q(s):
    return urllib.parse.quote(s, safe="", errors="surrogatepass")


class Gen:
    def __init__(self, rnd, ctx):
        self.r = rnd
        self.ctx = ctx

    def pick(self, xs):
        return self.r.choice(xs)

    def big_string(self):
        return self.pick(["a", "é", "💥", "x" * 7, "\u0000"]) * self.r.choice([1000, 20_000, 100_000, 200_000])

    def weird_string(self):
        return self.pick([
            "", " ", "\t\n", "null", "NaN", "-1", "0", "1e309", "ünïcødé", "中文字符", "💳🔋⚡", "\u202e\u200b",
            "\u0000", "a\u0000b", "\ud83d", "'; DROP TABLE users; --", "<script>alert(1)</script>", "%00", "../..",
            "*", "**", "DE*CIQ*E*", "\\", "\"", "{}", "[]", "a" * 256, "a" * 5000, self.big_string(),
        ])

    def bad_value(self):
        return self.pick([
            None, True, False, 0, -1, 1.5, 10 ** 30, -(10 ** 30), 1e308, [], [1, 2], {}, {"a": {"b": []}},
            self.weird_string(), "not-an-email", "@", "a@", "a@b", "x" * 300 + "@example.com",
        ])

    def bad_id(self):
        """Path segment (already encoded for the URL)."""
        c = self.ctx
        return self.pick([
            str(uuid.UUID(int=self.r.getrandbits(128))), "00000000-0000-0000-0000-000000000000", "123", "-1",
            "abc", "*", "%2A", "%00", "a%00b", "..", "%2E%2E", "..%2F..%2F", "%2F", "%20", "%25", "%FF%FE",
            q("ünï"), q("💥"), "x" * 2000, "9" * 40, "null", "undefined", "NaN", "%7B%7D", "pm_" + "A" * 40,
            "pm_card_visa", c["other_user"], c["other_user"].upper(), c["other_user"].replace("-", ""),
            c["user"] + "%00", c["user"] + "*", "DE*CIQ*EELDF6XWZU41P*2", q("DE*CIQ*EELDF6XWZU41P*2"),
            q(self.pick(["'", "\"", ";", "\\", "(", ")", "&", "#"])),
        ])

    def page_value(self):
        return self.pick(["-1", "0", "1", "2", "99999", "999999999999", "99999999999999999999999", "1.5", "abc",
                          "", "NaN", "Infinity", "-Infinity", "1e3", "0x10", " 1", "%00", q("١"), "+1"])

    def coord(self):
        return self.pick(["NaN", "nan", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "91", "-181",
                          "49.63", "8.36", "abc", "", "0x1p3", "1,5", "49.630383.1", "9" * 400, "-0", "1e-400",
                          "49.630383d", "49.630383f", "%00", q("٤٩")])

    def query(self, params, extra):
        """Bad query string for params (name -> generator of a good value)."""
        items = []
        for name, good in params.items():
            mode = self.r.random()
            if mode < 0.15:
                continue  # missing
            if mode < 0.5:
                items.append((name, good()))
            elif mode < 0.85:
                items.append((name, extra(name)))
            else:  # duplicate parameter
                items.append((name, extra(name)))
                items.append((name, good()))
        for name in ("page", "page_size"):
            if self.r.random() < 0.5:
                items.append((name, self.page_value()))
        if self.r.random() < 0.1:
            items.append((self.weird_string()[:50], self.weird_string()[:50]))
        # "%" stays as it is, so pre-encoded values (and stray "%" signs) reach the server raw
        enc = lambda s: urllib.parse.quote(s, safe="%", errors="surrogatepass")
        return "&".join("%s=%s" % (enc(k), enc(v)) for k, v in items)

    def body(self, fields):
        """(bytes-or-str body, content type) for a JSON endpoint with these fields (name -> good value)."""
        mode = self.r.random()
        ctype = "application/json"
        if mode < 0.08:
            return None, ctype
        if mode < 0.12:
            return "", ctype
        if mode < 0.25:
            return self.pick(["{", "}", "{\"a\":", "nul", "{'email': 'x'}", "{\"email\": \"x\",}", "[1,",
                              "\"string\"", "42", "true", "null", "NaN", "{\"a\": NaN}", "{\"a\": Infinity}",
                              "{\"a\": 1e999999}", "{\"a\": 01}", "{\"a\": \"\\ud800\"}", "{\"a\": \"\\u0000\"}",
                              "[" * 2000 + "]" * 2000, "{\"a\":" * 1500 + "1" + "}" * 1500,
                              "{\"email\": \"a@b.c\"} trailing", "\ufeff{}", "{} {}"]), ctype
        if mode < 0.32:  # odd encodings
            raw = json.dumps({k: v for k, v in fields.items()}, ensure_ascii=False)
            return self.pick([raw.encode("latin-1", "replace") + b"\xff\xfe\xc3", raw.encode("utf-16"),
                              b"\xc3\x28", b"{\"email\": \"\xed\xa0\x80\"}", b"\x00\x00\x00{"]), ctype
        if mode < 0.42:  # wrong content type
            ctype = self.pick(["text/plain", "application/xml", "application/x-www-form-urlencoded",
                               "multipart/form-data", "application/json; charset=latin-1", "*/*", "",
                               "application/json; charset=utf-16", "garbage/ü", "application/jsonx"])
            return self.pick([json.dumps(fields), "email=a@b.c", "<a/>", ""]), ctype
        if mode < 0.5:  # arrays / scalars where an object is expected
            return json.dumps(self.pick([[fields], [], [1], 1, "x", None, [[{}]]])), ctype
        obj = dict(fields)
        for name in list(obj):
            roll = self.r.random()
            if roll < 0.3:
                del obj[name]
            elif roll < 0.8:
                obj[name] = self.bad_value()
        if self.r.random() < 0.2:
            obj[self.weird_string()[:100]] = self.bad_value()
        text = json.dumps(obj, ensure_ascii=self.r.random() < 0.5, allow_nan=True)
        if len(text.encode("utf-8", "surrogatepass")) > MAX_BODY:
            text = text[:MAX_BODY // 4]
        return text, ctype

    def auth(self):
        """Mostly the right partner; sometimes none, garbage, or the other partner's token."""
        c = self.ctx
        roll = self.r.random()
        if roll < 0.8:
            return {"Authorization": "Bearer " + c["token"]}
        return self.pick([
            {}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer "},
            {"Authorization": "Bearer cnt_" + "A" * 43}, {"Authorization": "Basic dXNlcjpwYXNz"},
            {"Authorization": "Token " + c["token"]}, {"Authorization": "bearer " + c["token"]},
            {"Authorization": "Bearer " + c["token"] + "x"}, {"Authorization": "Bearer " + "x" * 6000},
            {"Authorization": "Bearer " + c["other_token"]}, {"Authorization": "Bearer ünï"},
            {"Authorization": "Bearer " + ADMIN},
        ])


# ---------------------------------------------------------------------------------------------- endpoints

def endpoints(ctx):
    """name -> function(gen) -> (method, path, body, headers). Paths use the right user id most of the time."""
    U = "/api/v1/users/"

    def user(g, safe=False):
        if safe:
            return g.pick([ctx["user"], ctx["user"], ctx["user"], ctx["other_user"]]) if g.r.random() < 0.9 \
                else g.bad_id()
        return ctx["user"] if g.r.random() < 0.6 else g.bad_id()

    def json_req(method, path, g, fields, admin=False):
        body, ctype = g.body(fields)
        headers = {"Authorization": "Bearer " + ADMIN} if admin and g.r.random() < 0.85 else g.auth()
        if ctype:
            headers["Content-Type"] = ctype
        return method, path, body, headers

    def get(path, g, admin=False):
        headers = {"Authorization": "Bearer " + ADMIN} if admin and g.r.random() < 0.85 else g.auth()
        return "GET", path, None, headers

    def listing(base):
        return lambda g: get(base(g) + "?" + g.query({}, lambda n: ""), g)

    user_fields = {"email": "sweep@example.com", "locale": "en", "custom_properties": {"external_id": "e1"}}
    billing = {"account_type": "personal", "first_name": "A", "last_name": "B", "line1": "Street 1",
               "line2": "", "postal_code": "67547", "city": "Worms", "country": "DE", "company_name": "",
               "vat_id": "", "tax_id": ""}
    start = {"evse_id": "DE*CIQ*EELDF6XWZU41P*2", "payment_method_id": "pm_card_visa"}

    def around(g):
        good = {"latitude": lambda: "49.630383", "longitude": lambda: "8.368902", "distance": lambda: "10",
                "connector_types": lambda: "IEC_62196_T2", "power_groups": lambda: "fast",
                "only_available": lambda: "true", "only_partners": lambda: "false",
                "operators": lambda: "Cariqa", "max_price": lambda: "0.60"}

        def bad(n):
            if n in ("latitude", "longitude", "distance", "max_price"):
                return g.coord() if g.r.random() < 0.7 else g.page_value()
            return g.weird_string()[:3000]
        return get("/api/v1/stations/around/?" + g.query(good, bad), g)

    def details(g):
        good = {"id": lambda: g.pick(["DE*CIQ*EELDF6XWZU41P*2", "b475f4c35249ae698157660941050322"]),
                "type": lambda: g.pick(["evse_id", "station_id"])}
        return get("/api/v1/stations/details/?" + g.query(good, lambda n: g.weird_string()[:3000]), g)

    def setup_intents(g):
        return get(U + user(g) + "/setup-intents/?" + g.query({"pm_type": lambda: "card"},
                                                                 lambda n: g.weird_string()[:3000]), g)

    return {
        "GET users/": listing(lambda g: U),
        "GET users/?search": lambda g: get(U + "?" + g.query({"search": lambda: "a"},
                                                             lambda n: g.weird_string()[:3000]), g),
        "POST users/": lambda g: json_req("POST", U, g, user_fields),
        "GET users/{id}/": lambda g: get(U + user(g) + "/", g),
        "PATCH users/{id}/": lambda g: json_req("PATCH", U + user(g, safe=True) + "/", g, user_fields),
        "DELETE users/{id}/": lambda g: ("DELETE", U + g.bad_id() + "/", None, g.auth()),
        "GET setup-intents/": setup_intents,
        "GET payment-methods/": listing(lambda g: U + user(g) + "/payment-methods/"),
        "POST payment-methods/{pm}/default/": lambda g: json_req(
            "POST", U + user(g) + "/payment-methods/" + g.bad_id() + "/default/", g, {}),
        "DELETE payment-methods/{pm}/": lambda g: ("DELETE", U + user(g) + "/payment-methods/" + g.bad_id() + "/",
                                                   None, g.auth()),
        "GET stations/around/": around,
        "GET stations/details/": details,
        "GET stations/partners/": lambda g: get("/api/v1/stations/partners/?" + g.query(
            {"x": lambda: "1"}, lambda n: g.weird_string()[:1000]), g),
        "POST charging/start/": lambda g: json_req("POST", U + user(g) + "/charging/start/", g, start),
        "POST charging/stop/{sid}/": lambda g: json_req("POST", U + user(g) + "/charging/stop/" + g.bad_id() + "/",
                                                        g, {}),
        "GET charging-sessions/": listing(lambda g: U + user(g) + "/charging-sessions/"),
        "GET charging-sessions/{sid}/": lambda g: get(U + user(g) + "/charging-sessions/" + g.bad_id() + "/", g),
        "PATCH charging-sessions/{sid}/": lambda g: json_req(
            "PATCH", U + user(g) + "/charging-sessions/" + g.bad_id() + "/", g, {"rates": 5}),
        "GET charging/debts/": listing(lambda g: U + user(g) + "/charging/debts/"),
        "GET invoices/": listing(lambda g: U + user(g) + "/invoices/"),
        "GET billing-details/": lambda g: get(U + user(g) + "/billing-details/", g),
        "PUT billing-details/": lambda g: json_req("PUT", U + user(g, safe=True) + "/billing-details/", g, billing),
        "POST admin/partners/": lambda g: json_req("POST", "/admin/v1/partners/", g,
                                                   {"name": "sweep-" + str(g.r.getrandbits(32))}, admin=True),
        "GET admin/partners/": lambda g: get("/admin/v1/partners/?" + g.query({}, lambda n: ""), g, admin=True),
        "POST admin/partners/{id}/tokens/": lambda g: json_req(
            "POST", "/admin/v1/partners/" + g.bad_id() + "/tokens/", g, {}, admin=True),
        "DELETE admin/partners/{id}/tokens/{tid}/": lambda g: (
            "DELETE", "/admin/v1/partners/" + g.pick([ctx["partner"], g.bad_id()]) + "/tokens/" + g.bad_id() + "/",
            None, {"Authorization": "Bearer " + ADMIN}),
    }


# ---------------------------------------------------------------------------------------------- main

def short(x, n=300):
    if x is None:
        return "<no body>"
    if isinstance(x, bytes):
        x = repr(x)
    x = x.replace("\n", "\\n")
    return x if len(x) <= n else x[:n] + "...(%d chars)" % len(x)


def ensure_user(client, ctx):
    """Recreates the sweep's user when a request deleted it, so that the rest of the sweep still reaches it."""
    status, _ = client.send("GET", "/api/v1/users/%s/" % ctx["user"], None,
                            {"Authorization": "Bearer " + ctx["token"]})
    if status == 404:
        u = json_call(client, "POST", "/api/v1/users/", ctx["token"], {"email": "sweep-%s@example.com" % uuid.uuid4()},
                      201)
        ctx["user"] = u["id"]
        ctx["recreated"] = ctx.get("recreated", 0) + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--max-seconds", type=float, default=600)
    ap.add_argument("--timeout", type=float, default=30, help="per request, seconds")
    ap.add_argument("--examples", type=int, default=5, help="5xx examples shown per endpoint")
    ap.add_argument("--log", help="write every request and response (JSON lines) to this file")
    args = ap.parse_args()
    args.timeout = min(max(args.timeout, 1), 60)
    # the last request may take a whole timeout: the run as a whole must still end within 10 minutes
    args.max_seconds = min(args.max_seconds, 600 - args.timeout)
    overall_start = time.monotonic()

    rnd = random.Random(args.seed)
    client = Client(args.timeout)
    tag = "sweep-%d-%d" % (args.seed, int(time.time()))
    a = json_call(client, "POST", "/admin/v1/partners/", ADMIN, {"name": tag + "-a"}, 201)
    b = json_call(client, "POST", "/admin/v1/partners/", ADMIN, {"name": tag + "-b"}, 201)
    ua = json_call(client, "POST", "/api/v1/users/", a["api_token"], {"email": tag + "-a@example.com"}, 201)
    ub = json_call(client, "POST", "/api/v1/users/", b["api_token"], {"email": tag + "-b@example.com"}, 201)
    ctx = {"partner": a["id"], "token": a["api_token"], "user": ua["id"], "other_token": b["api_token"],
           "other_user": ub["id"]}
    gen = Gen(rnd, ctx)
    eps = endpoints(ctx)
    names = list(eps)

    per_ep = collections.OrderedDict((n, collections.Counter()) for n in names)
    statuses = collections.Counter()
    failures = collections.defaultdict(list)
    started = time.monotonic()
    sent = 0
    log = open(args.log, "w", encoding="utf-8") if args.log else None
    while sent < args.requests and time.monotonic() - overall_start < args.max_seconds:
        name = names[sent % len(names)]
        method, path, body, headers = eps[name](gen)
        status, text = client.send(method, path, body, headers)
        sent += 1
        per_ep[name][status] += 1
        if log:
            log.write(json.dumps({"endpoint": name, "method": method, "path": path, "headers": headers,
                                  "body": short(body, 500), "status": status, "response": short(text, 500)}) + "\n")
        statuses[status] += 1
        if method == "DELETE" and 200 <= status < 300:
            ensure_user(client, ctx)  # e.g. ".../payment-methods/%2E%2E/" normalised to the user itself
        if status >= 500 or status == 0:
            if len(failures[name]) < args.examples:
                failures[name].append((status, method, path, headers.get("Content-Type"), body, text))
    elapsed = time.monotonic() - started
    if log:
        log.close()
    client.close()

    print("Bad-input sweep: seed=%d, %d requests in %.1f s (gateway %s:%d)" % (args.seed, sent, elapsed, HOST, PORT))
    print()
    codes = sorted(statuses)
    print("%-42s %7s  %s" % ("endpoint", "sent", "  ".join("%5s" % c for c in codes)))
    for n in names:
        c = per_ep[n]
        print("%-42s %7d  %s" % (n, sum(c.values()), "  ".join("%5s" % (c[s] or ".") for s in codes)))
    print()
    print("status histogram: " + ", ".join("%s: %d" % (s if s else "transport error", statuses[s]) for s in codes))
    n5xx = sum(v for s, v in statuses.items() if s >= 500)
    print("5xx: %d, transport errors: %d" % (n5xx, statuses[0]))
    if ctx.get("recreated"):
        print("note: a 2xx DELETE removed the sweep's user %d time(s); it was recreated" % ctx["recreated"])
    for n in names:
        for status, method, path, ctype, body, text in failures.get(n, []):
            print()
            print("[%s] %s %s %s" % (status, method, short(path, 200), "(Content-Type: %s)" % ctype if ctype else ""))
            print("    body:     " + short(body))
            print("    response: " + short(text))
    return 1 if n5xx or statuses[0] else 0


if __name__ == "__main__":
    sys.exit(main())
