"""The production layout under load and faults, checked through nginx (issue 10, item 7).

One layout for the whole module (conftest.py); the tests run in order and the fault test comes
last but one, so earlier checks see a healthy site. Every wait is bounded.
"""

import http.cookiejar
import json
import random
import re
import socket
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from .layout import fetch

pytestmark = pytest.mark.scaleout

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00 [A-Z]+ \S+ \[[^\]]*\] ")


def backends(layout):
    return [f"http://127.0.0.1:{layout.ports[name]}" for name in ("web1", "web2")]


def test_the_layout_serves_through_nginx(layout):
    assert fetch(f"{layout.url}/healthz").status == 200
    ready = fetch(f"{layout.url}/readyz")
    assert ready.status == 200, ready.text
    assert ready.json()["database"] == ready.json()["cache"] == "ok"
    css = fetch(f"{layout.url}/static/css/site.css")
    assert css.status == 200 and "public" in css.headers["Cache-Control"]
    home = fetch(f"{layout.url}/")
    assert home.status == 200
    assert home.headers["Server"] == "nginx"  # server_tokens off: no version
    assert re.fullmatch(r"[0-9a-f]{32}", home.headers["X-Request-ID"])
    # Each gunicorn has its own control socket (the default path would be shared).
    sockets = sorted(p.name for p in (layout.root / "run").iterdir())
    assert sockets == ["web1.ctl", "web2.ctl"]
    assert "Control socket listening" in layout.log("web1")


def test_publish_and_take_down_are_seen_by_every_backend_at_once(layout):
    article = layout.action("publish_article", title="Scale-out check: first title")
    path = f"/comparisons/{article['slug']}/"
    for base in [layout.url, *backends(layout)]:
        page = fetch(base + path)
        assert page.status == 200 and "Scale-out check: first title" in page.text

    layout.action("retitle", pk=article["pk"], title="Scale-out check: second title")
    for base in backends(layout):
        assert "second title" in fetch(base + path).text
    # Through nginx, within what the page's Cache-Control lets the micro-cache keep it.
    layout.wait_until(
        "the new title through nginx", lambda: "second title" in fetch(layout.url + path).text, 65
    )

    layout.action("take_down", pk=article["pk"])
    for base in backends(layout):
        assert fetch(base + path).status == 404
    layout.wait_until("take-down through nginx", lambda: fetch(layout.url + path).status == 404, 65)


class Reader:
    """A browser: its own cookies, talking to nginx."""

    def __init__(self, layout, path):
        self.layout, self.path = layout, path
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open_article(self):
        assert fetch(self.layout.url + self.path, opener=self.opener).status == 200

    def post_form(self, data):
        """Open the page, then send its form as a browser would (with its CSRF token, if any)."""
        page = fetch(self.layout.url + self.path, opener=self.opener)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        fields = {**data, **({"csrfmiddlewaretoken": token.group(1)} if token else {})}
        headers = {"Origin": self.layout.url, "Referer": self.layout.url + self.path}
        return fetch(
            self.layout.url + self.path,
            method="POST",
            data=fields,
            headers=headers,
            opener=self.opener,
        )

    def rate(self, stars, *, headers=None):
        token = next((c.value for c in self.jar if c.name == "csrftoken"), None)
        sent = {
            "Accept": "application/json",
            "Origin": self.layout.url,
            "Referer": self.layout.url + self.path,
            **({"X-CSRFToken": token} if token else {}),
            **(headers or {}),
        }
        return fetch(
            f"{self.layout.url}{self.path}rate/",
            method="POST",
            data={"stars": stars},
            headers=sent,
            opener=self.opener,
        )


def test_300_concurrent_ratings_from_60_readers_are_exact_and_the_ip_limit_is_shared(layout):
    article = layout.action("publish_article", title="Scale-out check: ratings")
    path = f"/comparisons/{article['slug']}/"
    readers = [Reader(layout, path) for _ in range(60)]
    votes = {id(r): [random.randint(1, 5) for _ in range(5)] for r in readers}

    def vote(reader):
        reader.open_article()
        return [reader.rate(stars).status for stars in votes[id(reader)]]

    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = Counter(s for result in pool.map(vote, readers) for s in result)
    assert statuses == {200: 300}
    totals = layout.action("rating_totals", pk=article["pk"])
    expected = sum(v[-1] for v in votes.values())  # each reader's last vote counts
    assert totals == {"count": 60, "total": expected, "rows": 60, "row_total": expected}

    # The limit is 70 new ratings per article and address, whichever backend counts them, and a
    # forged X-Forwarded-For does not get around it (nginx replaces the header).
    late = [Reader(layout, path) for _ in range(20)]

    def late_vote(reader):
        reader.open_article()
        forged = f"198.51.100.{random.randint(1, 254)}"
        return reader.rate(4, headers={"X-Forwarded-For": forged}).status

    with ThreadPoolExecutor(max_workers=20) as pool:
        late_statuses = Counter(pool.map(late_vote, late))
    assert late_statuses == {200: 10, 429: 10}
    assert layout.action("rating_totals", pk=article["pk"])["count"] == 70


def test_slow_clients_do_not_block_the_site(layout):
    """Twelve connections sending one header line every 5 s (more than the four gunicorn
    workers): nginx holds them, the site keeps answering at once."""
    slow = []
    for _ in range(12):
        conn = socket.create_connection(("127.0.0.1", layout.ports["nginx"]), timeout=5)
        conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow.append(conn)
    try:
        for tick in range(2):
            started = time.monotonic()
            assert fetch(f"{layout.url}/healthz", timeout=3).status == 200
            assert fetch(f"{layout.url}/comparisons/", timeout=3).status == 200
            assert time.monotonic() - started < 3
            time.sleep(5)
            for conn in slow:
                conn.sendall(f"X-Slow-{tick}: still here\r\n".encode())
    finally:
        for conn in slow:
            conn.close()


def sink_lines(layout):
    return [line.split("\t") for line in layout.sink.read_text().splitlines() if "\t" in line]


def test_a_send_survives_a_killed_worker_a_database_restart_and_a_redis_stop(layout):
    pick = layout.action("publish_article", title="Scale-out check: newsletter pick")
    issue = layout.action("newsletter_issue", subscribers=3000, pick=pick["pk"])["pk"]
    before = len(sink_lines(layout))
    time.sleep(1.2)
    layout.manage("send_due_issues", "-v", "0")  # what the send-due timer runs

    def sent():
        return len(sink_lines(layout)) - before

    # Kill one newsletter worker halfway through, with no chance to clean up.
    started = time.monotonic()
    layout.wait_until("half the issue sent", lambda: sent() >= 1500, 90, every=0.05)
    print(f"half sent after {time.monotonic() - started:.1f} s")
    layout.kill("newsletter-1")
    # systemd restarts it (Restart=always); the new process is a new worker with a new lease.
    layout.start_worker("newsletter-3", "newsletter")

    # Restart PostgreSQL under the remaining workers; pages answer 503 meanwhile.
    layout.stop_postgres()
    # A URL nobody asked for before, so the micro-cache has no stale copy to serve instead.
    down = fetch(f"{layout.url}/comparisons/?during-outage={random.randint(1, 10**9)}")
    assert down.status == 503 and down.headers["Retry-After"]
    assert fetch(f"{layout.url}/healthz").status == 503
    time.sleep(2)
    layout.start_postgres()

    # Stop Redis: slower pages, never 500; readiness says so, liveness does not care.
    layout.stop_redis()
    try:
        for _ in range(8):  # round-robin: both backends
            assert fetch(f"{layout.url}/").status == 200
            assert fetch(f"{layout.url}/comparisons/").status == 200
        ready = fetch(f"{layout.url}/readyz")
        assert ready.status == 503 and ready.json()["cache"] == "unreachable"
        assert fetch(f"{layout.url}/healthz").status == 200
    finally:
        layout.start_redis()
    layout.wait_until("ready again", lambda: fetch(f"{layout.url}/readyz").status == 200, 30)

    def sent_ledger():
        state = layout.action("ledger", issue=issue)
        return state if state["issue_status"] == "sent" else None

    print(f"faults done after {time.monotonic() - started:.1f} s, {sent()} sent")
    ledger = layout.wait_until("the issue sent", sent_ledger, 100, every=1)
    print(f"all sent after {time.monotonic() - started:.1f} s")
    assert ledger["statuses"] == {"sent": 3000}
    got = Counter(address for address, _ in sink_lines(layout) if address.startswith("reader"))
    assert len(got) == 3000
    twice = {address for address, n in got.items() if n > 1}
    assert max(got.values()) <= 2
    assert twice <= set(ledger["possible_duplicates"])  # every repeat is marked in the ledger
    # At most one message in flight per fault: the killed worker's, and one whose "sent" could
    # not be recorded because the database went away under it.
    assert len(ledger["possible_duplicates"]) <= 2
    # Both workers shared the send; the killed worker's task was recovered, none left RUNNING.
    assert {"newsletter-1", "newsletter-2"} <= set(ledger["batches_by_worker"])
    layout.wait_until(
        "no task left RUNNING",
        lambda: layout.action("ledger", issue=issue)["running_tasks"] == 0,
        30,
        every=1,
    )
    assert "requeued: worker newsletter-1 stopped renewing its lease" in layout.log("scheduler")

    # Everyone else lived through it, said so once each way, and still works.
    for name in ("newsletter-2", "newsletter-3", "default-1", "scheduler", "web1", "web2", "nginx"):
        assert layout.alive(name), f"{name} died:\n{layout.log(name)[-3000:]}"
    for name in ("newsletter-2", "default-1", "scheduler"):
        log = layout.log(name)
        assert log.count("database connection lost") == 1, log[-3000:]
        assert log.count("database connection back") == 1, log[-3000:]
        assert " alive: " in log
    signup = f"after-restart-{random.randint(1, 10**9)}@example.com"
    assert Reader(layout, "/newsletter/").post_form({"email": signup}).status in (200, 302, 303)
    layout.wait_until(
        "the confirmation e-mail (default worker)",
        lambda: any(address == signup for address, _ in sink_lines(layout)),
        30,
    )


def test_logs_are_one_line_per_event_in_utc_with_request_ids(layout):
    for name in ("web1", "newsletter-2", "default-1", "scheduler"):
        lines = [line for line in layout.log(name).splitlines() if line.strip()]
        assert lines, name
        odd = [line for line in lines if not LINE.match(line)]
        assert not odd, f"{name}: {odd[:3]}"
    access = [line for line in layout.log("web1").splitlines() if "gunicorn.access" in line]
    assert access and all(re.search(r"rid=[0-9a-f]{32}", line) for line in access)
    # web2 runs with LOG_FORMAT=json: every line one object, the same fields.
    events = [json.loads(line) for line in layout.log("web2").splitlines() if line.strip()]
    assert events and all(e["time"].endswith("+00:00") for e in events)
    requests = [e for e in events if e["logger"] == "gunicorn.access"]
    assert requests and all(re.search(r"rid=[0-9a-f]{32}", e["message"]) for e in requests)
    nginx = (layout.logs / "careercompare.access.log").read_text().splitlines()
    assert nginx and all(re.search(r"rid=[0-9a-f]{32}", line) for line in nginx)
