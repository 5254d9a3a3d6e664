#!/usr/bin/env python3
"""A tiny OTLP/HTTP trace receiver for looking at Connect's traces without a collector (standard library only).

  python3 deploy/tracing/otlp-sink.py serve --port 4318 --out .run/spans.jsonl   # services export here
  python3 deploy/tracing/otlp-sink.py show --out .run/spans.jsonl TRACE_ID       # the trace as a tree

Services send to it with OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318, OTEL_TRACES_SAMPLER_ARG=1.0 and
QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf. Each span becomes one JSON line in --out.
"""
import argparse
import gzip
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KINDS = {0: "UNSPECIFIED", 1: "INTERNAL", 2: "SERVER", 3: "CLIENT", 4: "PRODUCER", 5: "CONSUMER"}


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def fields(buf):
    """(field number, value) pairs of one protobuf message; length-delimited values stay bytes."""
    i = 0
    while i < len(buf):
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(buf, i)
        elif wire == 1:
            value, i = int.from_bytes(buf[i:i + 8], "little"), i + 8
        elif wire == 2:
            length, i = varint(buf, i)
            value, i = buf[i:i + length], i + length
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        yield number, value


def service_name(resource):
    for number, kv in fields(resource):
        if number != 1:
            continue
        key = value = None
        for n, v in fields(kv):
            if n == 1:
                key = v.decode()
            elif n == 2:
                value = next((s.decode() for m, s in fields(v) if m == 1), None)
        if key == "service.name":
            return value
    return "?"


def spans(request):
    """ExportTraceServiceRequest -> resource_spans -> (resource, scope_spans -> spans)."""
    for number, resource_spans in fields(request):
        if number != 1:
            continue
        service, scope_spans = "?", []
        for n, v in fields(resource_spans):
            if n == 1:
                service = service_name(v)
            elif n == 2:
                scope_spans.append(v)
        for scope in scope_spans:
            for n, span in fields(scope):
                if n != 2:
                    continue
                s = {"service": service, "parent": ""}
                for m, v in fields(span):
                    if m == 1:
                        s["trace_id"] = v.hex()
                    elif m == 2:
                        s["span_id"] = v.hex()
                    elif m == 4:
                        s["parent"] = v.hex()
                    elif m == 5:
                        s["name"] = v.decode()
                    elif m == 6:
                        s["kind"] = KINDS.get(v, str(v))
                    elif m == 7:
                        s["start_ns"] = v
                    elif m == 8:
                        s["end_ns"] = v
                yield s


def serve(args):
    out = open(args.out, "a", encoding="utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            for s in spans(body):
                out.write(json.dumps(s) + "\n")
            out.flush()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    print("otlp-sink: listening on 127.0.0.1:%d, spans to %s" % (args.port, args.out), flush=True)
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


def show(args):
    trace = [json.loads(l) for l in open(args.out, encoding="utf-8") if args.trace_id in l]
    trace = [s for s in trace if s.get("trace_id") == args.trace_id]
    if not trace:
        print("no span of trace %s in %s" % (args.trace_id, args.out))
        return 1
    ids = {s["span_id"] for s in trace}
    children = {}
    for s in trace:
        children.setdefault(s["parent"] if s["parent"] in ids else "", []).append(s)
    t0 = min(s["start_ns"] for s in trace)

    def walk(parent, depth):
        for s in sorted(children.get(parent, []), key=lambda x: x["start_ns"]):
            print("%8.1f ms %7.1f ms  %s%-18s %-9s %s" % ((s["start_ns"] - t0) / 1e6, (s["end_ns"] - s["start_ns"]) / 1e6,
                                                         "  " * depth, s["service"], s["kind"], s["name"]))
            walk(s["span_id"], depth + 1)

    print("trace %s: %d spans, services: %s" % (args.trace_id, len(trace), ", ".join(sorted({s["service"] for s in trace}))))
    print("   start     took    service / kind / span")
    walk("", 0)
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--port", type=int, default=4318)
    s.add_argument("--out", default=".run/spans.jsonl")
    w = sub.add_parser("show")
    w.add_argument("--out", default=".run/spans.jsonl")
    w.add_argument("trace_id")
    args = p.parse_args()
    return serve(args) if args.cmd == "serve" else show(args)


if __name__ == "__main__":
    sys.exit(main())
