#!/usr/bin/env python3
"""Prints a Gatling HTML report's statistics table as Markdown: per request and group, count, KO, throughput,
p50/p95/p99 and max (ms). Groups are shown in [brackets]; their times are wall-clock durations (gatling.conf).

    python3 deploy/load/gatling-stats.py load-tests/target/gatling/<run>/
"""
import html
import pathlib
import re
import sys

ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.S)
NAME = re.compile(r'id="(group_[^"]*|ROOT|req_[^"]*)" style="margin-left: (\d+)px;".*?class="ellipsed-name">([^<]*)<', re.S)
CELL = re.compile(r'class="value [a-z]+ col-(\d+)">([^<]*)<')
COLUMNS = {2: "requests", 4: "KO", 6: "req/s", 8: "p50", 10: "p95", 11: "p99", 12: "max"}


def main():
    run = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    page = (run / "index.html").read_text(encoding="utf-8")
    print("| step | requests | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|---|")
    for row in ROW.findall(page):
        name = NAME.search(row)
        cells = dict((int(c), v.strip()) for c, v in CELL.findall(row))
        if not name or 2 not in cells:
            continue
        ident, indent, label = name.groups()
        label = html.unescape(label)
        if ident.startswith("group_"):
            label = f"[{label}]"
        label = "\u00a0" * (int(indent) // 5) + label
        values = [cells.get(c, "") for c in COLUMNS]
        values[1] = "0" if values[1] == "-" else values[1]
        print(f"| {label} | " + " | ".join(values) + " |")


if __name__ == "__main__":
    main()
