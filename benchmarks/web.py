"""Load on the web application: U concurrent users record assessments through HTTP (issue 15).

Starts ``python3 -m wetgeving.cli serve`` (gunicorn, W workers) on a fresh database — SQLite in a temporary
data dir, or PostgreSQL when DATABASE_URL is set (an empty database) — creates U users (beoordelaar of
GM0363, all on one gemeente: the most contention), then each user signs in through the login form and posts
R assessments of ``vog-wethouder`` with a unique note. Afterwards it counts the rows: lost (a 302 answer
without its row), duplicated (a note twice), errors (any other answer), and prints p50/p95 latency.

    WETGEVING_SOURCES=../shared/sources python3 benchmarks/web.py [--users 50] [--requests 20] [--workers 4]
    DATABASE_URL=postgres://postgres@/bench?host=/tmp WETGEVING_SOURCES=… python3 benchmarks/web.py
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

PASSWORD = "belasting-wachtwoord-42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def setup_users(n: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetgeving.web.settings")
    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from wetgeving.web.models import Lidmaatschap

    call_command("migrate", verbosity=0)
    for i in range(n):
        u = User.objects.create_user(f"last{i}", password=PASSWORD)
        Lidmaatschap.objects.create(gebruiker=u, gemeente="GM0363", rol="beoordelaar")


def user_run(base: str, i: int, requests_: int, latencies: list[float], answers: Counter[str], sent: list[str]) -> None:
    s = requests.Session()
    page = s.get(base + "/accounts/login/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login page"
    r = s.post(base + "/accounts/login/", data={"username": f"last{i}", "password": PASSWORD,
                                                 "csrfmiddlewaretoken": token.group(1)}, allow_redirects=False, timeout=60)
    if r.status_code != 302:
        answers[f"login {r.status_code}"] += requests_
        return
    csrf = s.cookies["csrftoken"]
    for j in range(requests_):
        note = f"last{i}-{j}"
        t = time.perf_counter()
        try:
            r = s.post(base + "/checklist/GM0363/beoordeel/vog-wethouder/?datum=2023-06-01",
                       data={"status": "voldoet", "op": "2023-06-01", "notitie": note, "csrfmiddlewaretoken": csrf},
                       headers={"Referer": base + "/checklist/GM0363/"}, allow_redirects=False, timeout=120)
            code = str(r.status_code)
            if code == "302" and "#v-vog-wethouder" not in r.headers.get("Location", ""):
                code = "302 elsewhere"  # e.g. to the login page: not recorded
        except requests.RequestException as exc:
            code = type(exc).__name__
        latencies.append(time.perf_counter() - t)
        answers[code] += 1
        if code == "302":
            sent.append(note)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--requests", type=int, default=20, help="assessments per user")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="wetgeving-web-bench-"))
    os.environ["WETGEVING_DATA"] = str(data)
    os.environ.pop("WETGEVING_REGISTER", None)  # the fresh database is wetgeving.sqlite3 in that folder
    db = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite (WAL)"
    setup_users(args.users)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "wetgeving.cli", "serve", "--port", str(port), "--workers",
                               str(args.workers)], stdout=subprocess.DEVNULL, stderr=(data / "server.log").open("wb"))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                requests.get(base + "/", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.5)
        latencies: list[float] = []
        answers: Counter[str] = Counter()
        sent: list[str] = []
        t0 = time.perf_counter()
        threads = [threading.Thread(target=user_run, args=(base, i, args.requests, latencies, answers, sent))
                   for i in range(args.users)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=30)
    from wetgeving.web.models import Beoordeling

    stored = Counter(Beoordeling.objects.filter(gemeente="GM0363").values_list("notitie", flat=True))
    lost = [n for n in sent if stored[n] == 0]
    dup = {n: c for n, c in stored.items() if c > 1}
    total = args.users * args.requests
    errors = total - answers["302"]
    q = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else [0.0] * 19
    print(f"database: {db}; {args.users} users × {args.requests} assessments = {total} POSTs; gunicorn workers: {args.workers}")
    print(f"answers: {dict(answers)}; wall {wall:.1f} s; {total / wall:.1f} requests/s")
    print(f"rows stored: {sum(stored.values())}; lost: {len(lost)}; duplicated: {len(dup)}; error rate: {errors / total:.2%}")
    p50, p95, top = statistics.median(latencies) * 1000, q[18] * 1000, max(latencies) * 1000
    print(f"server log: {data / 'server.log'}")
    print(f"latency p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {top:.0f} ms")


if __name__ == "__main__":
    main()
