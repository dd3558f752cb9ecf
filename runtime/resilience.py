"""Long-running commands that outlive a database restart, and say so in one line each way.

`is_connection_error` tells a lost connection apart from a query that is simply wrong (which
must still fail loudly). `DatabaseWatch.wait()` blocks with a growing back-off until the
database answers again, logging one line when it is lost and one when it is back.
`Heartbeat` writes an "alive" line now and then, so a silent process is a dead one.
"""

import logging
import time

from django.db import (
    DatabaseError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
)

logger = logging.getLogger("careercompare.resilience")

# Words the drivers use when the server went away, restarted or refused us (psycopg and
# sqlite3 messages); a deadlock or a bad query is not among them.
_CONNECTION_WORDS = (
    "connection",
    "server closed",
    "terminating",
    "shutting down",
    "starting up",
    "could not connect",
    "the database system is",
    "ssl syscall",
    "broken pipe",
    "no route to host",
    "timeout expired",
    "unable to open database",
    "disk i/o error",
)


def is_connection_error(error: BaseException) -> bool:
    """True when `error` (or what caused it) means the database cannot be reached."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, InterfaceError):
            return True
        if isinstance(error, OperationalError):
            text = str(error).lower()
            if any(word in text for word in _CONNECTION_WORDS):
                return True
        error = error.__cause__ or error.__context__
    return False


def close_all_connections() -> None:
    for conn in connections.all(initialized_only=True):
        try:
            conn.close()
        except DatabaseError:
            # A connection to a server that is gone cannot be closed politely; drop it.
            conn.connection = None


def database_answers() -> bool:
    try:
        close_old_connections()
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        close_all_connections()
        return False
    return True


class DatabaseWatch:
    """Wait for the database with back-off (1 s, 2 s, 4 s … `max_delay`)."""

    def __init__(self, name: str, *, max_delay: float = 15.0, sleep=time.sleep):
        self.name = name
        self.max_delay = max_delay
        self.sleep = sleep

    def wait(self, error: BaseException | None = None, *, should_stop=lambda: False) -> bool:
        """Block until the database answers; False if `should_stop()` said so first."""
        lost_at = time.monotonic()
        logger.warning(
            "%s: database connection lost (%s); retrying with back-off",
            self.name,
            str(error).strip().splitlines()[0] if error else "no answer",
        )
        close_all_connections()
        delay = 1.0
        while not should_stop():
            self.sleep(delay)
            if database_answers():
                logger.warning(
                    "%s: database connection back after %.0f s",
                    self.name,
                    time.monotonic() - lost_at,
                )
                return True
            delay = min(delay * 2, self.max_delay)
        return False


class Heartbeat:
    """Logs `<name> alive: <status>` at most every `every` seconds when `beat()` is called."""

    def __init__(self, name: str, *, every: float = 60.0, clock=time.monotonic):
        self.name = name
        self.every = every
        self.clock = clock
        self.last = None

    def beat(self, status: str) -> bool:
        now = self.clock()
        if self.last is not None and now - self.last < self.every:
            return False
        self.last = now
        logger.info("%s alive: %s", self.name, status)
        return True


class Loop:
    """Run `tick()` every `interval` seconds until SIGTERM/SIGINT, surviving database outages.

    A tick that fails because the database went away waits for it (DatabaseWatch) and carries
    on; any other error is logged as one line and the next tick runs as usual, so one bad row
    cannot stop the scheduler. A stop signal ends the loop between ticks.
    """

    def __init__(self, name: str, tick, *, interval: float, heartbeat_every: float = 60.0):
        self.name = name
        self.tick = tick
        self.interval = interval
        self.heartbeat = Heartbeat(name, every=heartbeat_every)
        self.watch = DatabaseWatch(name)
        self.stopping = False
        self.ticks = 0

    def stop(self, *_args) -> None:
        self.stopping = True

    def install_signals(self) -> None:
        import signal

        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)

    def run_once(self) -> str | None:
        try:
            close_old_connections()
            status = self.tick()
        except Exception as error:
            if is_connection_error(error):
                self.watch.wait(error, should_stop=lambda: self.stopping)
                return None
            logger.exception("%s: tick failed; trying again in %s s", self.name, self.interval)
            return None
        self.ticks += 1
        return status

    def run(self) -> None:
        logger.info("%s started (every %s s)", self.name, self.interval)
        while not self.stopping:
            status = self.run_once()
            self.heartbeat.beat(f"{self.ticks} ticks; last: {status or '-'}")
            deadline = time.monotonic() + self.interval
            while not self.stopping and time.monotonic() < deadline:
                time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
        logger.info("%s stopped", self.name)
