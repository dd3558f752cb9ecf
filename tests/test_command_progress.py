"""Long commands show a bar on a terminal, a few lines in a log, and nothing with -v 0."""

import io

import pytest
from django.core.management import call_command

from newsletter.models import Subscriber
from runtime.progress import Progress
from search.models import SearchEntry

from .factories import make_comparison

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self):
        return True


def run(name, *args, verbosity=1, stdout=None, **options):
    out, err = stdout or io.StringIO(), io.StringIO()
    call_command(name, *args, verbosity=verbosity, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_a_terminal_gets_a_bar_that_redraws_in_place():
    stream = Terminal()
    with Progress(stream, total=1000, desc="Indexing", unit="entries") as bar:
        for _ in range(1000):
            bar.update()
    text = stream.getvalue()
    assert "\r" in text and "Indexing" in text and "1000/1000" in text and "100%" in text


def test_a_log_gets_one_line_per_quarter_at_most():
    stream = io.StringIO()
    with Progress(stream, total=1000, desc="Indexing", unit="entries") as bar:
        for _ in range(1000):
            bar.update()
    assert stream.getvalue().splitlines() == [
        "Indexing: 250/1,000 entries",
        "Indexing: 500/1,000 entries",
        "Indexing: 750/1,000 entries",
        "Indexing: 1,000/1,000 entries",
    ]


def test_an_unknown_total_is_one_line_at_the_end_in_a_log():
    stream = io.StringIO()
    with Progress(stream, total=None, desc="Read", unit="rows") as rows:
        for done in (200, 400, 431):
            rows.set(done)
    assert stream.getvalue() == "Read: 431 rows\n"


@pytest.mark.parametrize("stream", [io.StringIO, Terminal])
def test_verbosity_zero_prints_nothing_even_on_a_terminal(stream):
    out = stream()
    with Progress(out, total=10, desc="Roles", verbosity=0) as bar:
        bar.update(10)
    with Progress(out, total=None, desc="Read", verbosity=0) as rows:
        rows.set(5)
    assert out.getvalue() == ""


def test_rebuild_search_index_reports_progress_and_is_quiet_with_v0():
    for n in range(3):
        make_comparison(slug=f"article-{n}")
    out, _ = run("rebuild_search_index")
    lines = out.splitlines()
    assert 2 <= len(lines) <= 5
    assert lines[-2].startswith("Indexing: ") and lines[-2].endswith(" entries")
    assert lines[-1] == f"Indexed {SearchEntry.objects.count()} live comparisons and roles."
    assert run("rebuild_search_index", verbosity=0) == ("", "")
    assert SearchEntry.objects.count() == 9  # three articles, six roles: still rebuilt
    terminal = Terminal()
    run("rebuild_search_index", stdout=terminal)
    assert "\r" in terminal.getvalue() and "9/9" in terminal.getvalue()


def test_load_demo_is_quiet_with_v0_and_brief_otherwise(settings):
    settings.DEBUG = True
    assert run("load_demo", verbosity=0) == ("", "")
    assert Subscriber.objects.exists()  # it did load
    out, _ = run("load_demo")
    assert "Demo: 6/6 steps" in out
    assert len(out.splitlines()) <= 8


def test_bench_seeds_are_quiet_with_v0_and_a_few_lines_in_a_log():
    assert run("bench_seed", comparisons=8, verbosity=0) == ("", "")
    assert run("newsletter_bench_seed", subscribers=30, verbosity=0) == ("", "")
    assert Subscriber.objects.count() == 30


def test_bench_seed_prints_a_few_lines_per_stage():
    out, _ = run("bench_seed", comparisons=40)
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("Snapshots: ")] == [
        "Snapshots: 10/40 it",
        "Snapshots: 20/40 it",
        "Snapshots: 30/40 it",
        "Snapshots: 40/40 it",
    ]
    assert len(lines) <= 9 and lines[-1].startswith("Seeded 40 live comparisons")
    out, _ = run("newsletter_bench_seed", subscribers=2500)
    assert out.splitlines()[-2:] == [
        "Subscribers: 2,500/2,500 it",
        f"Seeded 2,500 confirmed subscribers and issue {out.split()[-1]}",
    ]
