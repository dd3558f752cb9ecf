"""Workers and the scheduler survive a lost database; tasks of killed workers are recovered."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from ops import recovery
from ops.models import WorkerHeartbeat
from ops.worker import ResilientWorker
from runtime import resilience
from tests.ops_helpers import queued_task

pytestmark = pytest.mark.django_db

LOST = OperationalError("server closed the connection unexpectedly")


def beat(worker_id, *, seconds_ago):
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "queues": "newsletter",
            "last_seen": timezone.now() - datetime.timedelta(seconds=seconds_ago),
        },
    )


def test_a_dead_workers_task_is_requeued_and_a_live_ones_is_left_alone():
    dead = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["dead"], age_seconds=90)
    alive = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["alive"], age_seconds=90)
    # A plain db_worker holds no lease: its tasks are never touched.
    unknown = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["other"], age_seconds=900)
    beat("dead", seconds_ago=recovery.LEASE.total_seconds() + 5)
    beat("alive", seconds_ago=1)

    assert recovery.recover_dead_tasks() == 1
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses[dead.pk] == TaskResultStatus.READY
    assert statuses[alive.pk] == statuses[unknown.pk] == TaskResultStatus.RUNNING
    assert DBTaskResult.objects.ready().filter(pk=dead.pk).exists()
    assert not WorkerHeartbeat.objects.filter(worker_id="dead").exists()
    assert recovery.recover_dead_tasks() == 0


def test_a_task_that_keeps_killing_workers_is_failed():
    task = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["a", "b", "c"])
    beat("c", seconds_ago=600)
    recovery.recover_dead_tasks()
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert "stopped 3 times" in task.traceback


def test_the_scheduler_recovers_tasks_in_its_tick():
    from ops.management.commands.run_scheduler import tick

    task = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["gone"])
    beat("gone", seconds_ago=120)
    assert tick() == "0 published, 1 tasks recovered"
    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY


def make_worker(**kwargs):
    return ResilientWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="w-test",
        excluded_queue_names=[],
        **kwargs,
    )


def test_the_worker_waits_out_a_lost_database_and_hands_back_its_task(monkeypatch, caplog):
    worker = make_worker()
    interrupted = queued_task(status=TaskResultStatus.RUNNING, worker_ids=["w-test"])
    runs = []

    def upstream_run(self):
        runs.append(1)
        if len(runs) == 1:
            raise LOST

    monkeypatch.setattr(Worker, "run", upstream_run)
    monkeypatch.setattr(resilience, "database_answers", lambda: True)
    # (Closing connections would close the test's own transaction.)
    monkeypatch.setattr(resilience, "close_all_connections", lambda: None)
    monkeypatch.setattr(worker.watch, "sleep", lambda seconds: None)
    monkeypatch.setattr(ResilientWorker, "lease_loop", lambda self: None)
    with caplog.at_level(logging.WARNING):
        worker.run()
    assert len(runs) == 2
    messages = [r.getMessage() for r in caplog.records if r.name == "careercompare.resilience"]
    assert len(messages) == 2
    assert "database connection lost" in messages[0] and "back after" in messages[1]
    interrupted.refresh_from_db()
    assert interrupted.status == TaskResultStatus.READY


def test_the_worker_still_fails_loudly_on_a_real_bug(monkeypatch):
    worker = make_worker()

    def upstream_run(self):
        raise OperationalError("no such table: nope")

    monkeypatch.setattr(Worker, "run", upstream_run)
    monkeypatch.setattr(ResilientWorker, "lease_loop", lambda self: None)
    with pytest.raises(OperationalError):
        worker.run()


def test_the_worker_renews_its_lease_and_drops_it_on_exit():
    worker = make_worker()
    worker.renew_lease()
    lease = WorkerHeartbeat.objects.get(worker_id="w-test")
    assert lease.queues == "default" and lease.pid
    worker.leave()
    assert not WorkerHeartbeat.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_run_worker_runs_queued_tasks_with_the_resilient_worker(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    from django_tasks_db.models import get_date_max

    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {"issue_id": 0, "to": "x@example.com"}},
        task_path="newsletter.tasks.send_test_copy",
        backend_name="default",
        run_after=get_date_max(),
    )
    call_command("run_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED  # issue 0 does not exist
    assert not WorkerHeartbeat.objects.exists()


def test_the_loop_survives_a_lost_database_and_other_errors(monkeypatch, caplog):
    calls = []

    def tick():
        calls.append(1)
        if len(calls) == 1:
            raise LOST
        if len(calls) == 2:
            raise ValueError("one bad row")
        return "fine"

    loop = resilience.Loop("test-loop", tick, interval=0)
    monkeypatch.setattr(resilience, "database_answers", lambda: True)
    monkeypatch.setattr(resilience, "close_all_connections", lambda: None)
    monkeypatch.setattr(loop.watch, "sleep", lambda seconds: None)
    with caplog.at_level(logging.INFO, logger="careercompare.resilience"):
        assert loop.run_once() is None
        assert loop.run_once() is None
        assert loop.run_once() == "fine"
    lines = [r.getMessage() for r in caplog.records]
    assert "lost" in lines[0] and "back after" in lines[1] and "tick failed" in lines[2]


def test_heartbeat_lines_are_spaced():
    now = [0.0]
    heartbeat = resilience.Heartbeat("x", every=60, clock=lambda: now[0])
    assert heartbeat.beat("a") is True
    now[0] = 30
    assert heartbeat.beat("b") is False
    now[0] = 61
    assert heartbeat.beat("c") is True


def test_the_scheduler_gives_workers_a_lease_to_renew_after_its_own_outage():
    from ops.management.commands.run_scheduler import Tick

    now = [1000.0]
    tick = Tick(1.0, clock=lambda: now[0])
    queued_task(status=TaskResultStatus.RUNNING, worker_ids=["gone"])
    beat("gone", seconds_ago=120)
    assert tick().endswith("0 tasks recovered")  # just started: trust nothing yet
    now[0] += recovery.LEASE.total_seconds()
    assert tick().endswith("0 tasks recovered")  # a gap of a whole lease: wait again
    for _ in range(3):
        now[0] += recovery.LEASE.total_seconds() / 3
        result = tick()
    assert result.endswith("1 tasks recovered")
