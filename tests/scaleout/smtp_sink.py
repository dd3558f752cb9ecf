"""A local SMTP server for the scale-out suite: records one line per accepted recipient.

`python -m tests.scaleout.smtp_sink PORT FILE` appends `address<TAB>Message-ID` to FILE for
every recipient of every message it accepts, flushing each time, until it is terminated.
"""

import signal
import sys
import threading
from email import message_from_bytes

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, path):
        self.out = open(path, "a", encoding="utf-8")  # noqa: SIM115 (lives as long as the server)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message_id = message_from_bytes(envelope.content).get("Message-ID", "-")
        with self.lock:
            for address in envelope.rcpt_tos:
                self.out.write(f"{address}\t{message_id}\n")
            self.out.flush()
        return "250 OK"


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Recorder(path), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
