"""Progress of long management commands: a live bar on a terminal, a few lines in a log.

`-v 0` prints nothing; a terminal gets a tqdm bar that redraws in place; anything else (a
pipe, a CI log, a file) gets at most one line per quarter of the work, so logs stay short.
"""

from tqdm import tqdm

QUARTERS = (0.25, 0.5, 0.75, 1.0)


def _raw(stream):
    # Django's OutputWrapper adds a newline to every write, which would break the bar's "\r".
    return getattr(stream, "_out", stream)


class Progress:
    """Count work done towards `total`; use as a context manager, call `update(n)`.

    With `total=None` (not known in advance) a terminal shows a running count and anything
    else one line at the end.
    """

    def __init__(self, stream, *, total, desc: str, verbosity: int = 1, unit: str = "it"):
        self.stream, self.total, self.desc, self.unit = _raw(stream), total, desc, unit
        self.done = 0
        self.quiet = verbosity < 1 or total == 0
        self.bar = None
        self._next_quarter = 0
        if not self.quiet and getattr(self.stream, "isatty", lambda: False)():
            self.bar = tqdm(total=total, desc=desc, unit=unit, file=self.stream, dynamic_ncols=True)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        if self.quiet or self.total is None:
            return
        passed = self._next_quarter
        while passed < len(QUARTERS) and self.done >= QUARTERS[passed] * self.total:
            passed += 1
        if passed > self._next_quarter:  # one line, however many quarters this step crossed
            self._next_quarter = passed
            self._line(f"{self.done:,}/{self.total:,}")

    def set(self, done: int) -> None:
        """Say how much is done in all (for callers that report a running total)."""
        self.update(done - self.done)

    def _line(self, count):
        self.stream.write(f"{self.desc}: {count} {self.unit}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif not self.quiet and self.total is None:
            self._line(f"{self.done:,}")
            self.quiet = True  # closing twice says it once

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def progress(command, *, total, desc: str, unit: str = "it", verbosity=None) -> Progress:
    """A Progress for a BaseCommand, on its stdout, honouring its `-v` (pass `verbosity`)."""
    return Progress(
        command.stdout,
        total=total,
        desc=desc,
        unit=unit,
        verbosity=1 if verbosity is None else verbosity,
    )
