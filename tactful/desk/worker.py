"""The background worker: runs each registered step until none has work, then waits.

A step is a function ``() -> bool`` that does one small piece of due work (one deadline,
one outbound email) and says whether it did anything, so that tests can drive it and
several workers can share the work (each step claims its rows with a conditional update or
``SELECT … FOR UPDATE SKIP LOCKED``). Steps come from ``settings.TACTFUL_WORKER_STEPS``
(dotted paths) and from :func:`register_step`.

Services are the long-running parts that wait on something outside instead of being
polled (the IMAP IDLE watchers). ``settings.TACTFUL_WORKER_SERVICES`` names their classes;
:meth:`Worker.run` starts each (``cls().start()``) when it starts and stops each
(``stop()``) when it ends, however it ends. ``run(once=True)`` starts none.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from django.conf import settings
from django.db import close_old_connections, connection

log = logging.getLogger("tactful.worker")

Step = Callable[[], bool]
_registered: dict[str, Step] = {}


class Service(Protocol):
    def start(self) -> Any: ...

    def stop(self) -> None: ...


def register_step(name: str, step: Step) -> None:
    _registered[name] = step


def configured_steps() -> dict[str, Step]:
    steps = dict(_registered)
    for dotted in getattr(settings, "TACTFUL_WORKER_STEPS", []):
        module_name, _, attr = dotted.rpartition(".")
        steps[dotted] = getattr(importlib.import_module(module_name), attr)
    return steps


def start_services() -> list[Service]:
    """Start every service in ``settings.TACTFUL_WORKER_SERVICES``; one that fails to start
    is logged and left out, the others run."""
    started: list[Service] = []
    for dotted in getattr(settings, "TACTFUL_WORKER_SERVICES", []):
        module_name, _, attr = dotted.rpartition(".")
        try:
            service = getattr(importlib.import_module(module_name), attr)()
            service.start()
        except Exception:
            log.exception("worker service %s did not start", dotted)
            continue
        started.append(service)
    return started


class Worker:
    def __init__(self, *, idle_seconds: float = 1.0, batch: int = 100) -> None:
        self.idle_seconds = idle_seconds
        self.batch = batch
        self._stop = threading.Event()

    def run_pass(self) -> int:
        """Run every step until each reports no work or the batch is done; returns work done."""
        done = 0
        for name, step in configured_steps().items():
            for _ in range(self.batch):
                try:
                    worked = step()
                except Exception:
                    log.exception("worker step %s failed", name)
                    break
                finally:
                    close_old_connections()
                if not worked:
                    break
                done += 1
        return done

    def run(self, *, once: bool = False) -> None:
        services = [] if once else start_services()
        try:
            while not self._stop.is_set():
                done = self.run_pass()
                if once:
                    return
                if not done:
                    self._stop.wait(self.idle_seconds)
        finally:
            for service in reversed(services):
                try:
                    service.stop()
                except Exception:
                    log.exception("stopping worker service %s failed", type(service).__name__)
            connection.close()  # this thread's; a worker thread leaves none behind

    def stop(self) -> None:
        self._stop.set()


class BackgroundWorker:
    def __init__(self) -> None:
        self.worker = Worker()
        self.thread = threading.Thread(target=self.worker.run, name="tactful-worker", daemon=True)

    def start(self) -> BackgroundWorker:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.worker.stop()
        self.thread.join(timeout=5)


def start_background_worker() -> BackgroundWorker:
    return BackgroundWorker().start()
