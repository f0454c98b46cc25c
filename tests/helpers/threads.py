"""Thread helpers for the race tests."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
from typing import Any, Callable, ContextManager, Iterator, List, Sequence


@contextlib.contextmanager
def tiny_switch_interval() -> Iterator[None]:
    """Make the interpreter switch threads as often as it can, so races show up quickly."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def _yield_to_other_threads(phase: str, info: Any) -> None:
    time.sleep(0)


@contextlib.contextmanager
def switches_inside_allocations() -> Iterator[None]:
    """Collect garbage at nearly every allocation and give other threads a turn at each
    collection, as a finalizer or weakref callback run by the collector may: on Python 3.11
    and older, another thread can then run in the middle of C code that allocates, such as
    ``list(d.items())``, which is therefore no snapshot (``dict(d)`` allocates nothing per
    item, and is)."""
    old = gc.get_threshold()
    gc.set_threshold(1)
    gc.callbacks.append(_yield_to_other_threads)
    try:
        with tiny_switch_interval():
            yield
    finally:
        gc.callbacks.remove(_yield_to_other_threads)
        gc.set_threshold(*old)


def race(
    model: Any,
    write: Callable[[int], None],
    looks: Sequence[Callable[[Any], Any]],
    rounds: int,
    switches: Callable[[], ContextManager[None]] = tiny_switch_interval,
) -> List[BaseException]:
    """Run ``write(1)``, ``write(2)``... in a writer thread while this thread calls every
    look on ``model`` ``rounds`` times, under ``switches``; return what the looks raised."""
    stop = threading.Event()
    failures: List[BaseException] = []

    def writer() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            write(i)

    thread = threading.Thread(target=writer)
    with switches():
        thread.start()
        try:
            for _ in range(rounds):
                for look in looks:
                    try:
                        look(model)
                    except Exception as exc:
                        failures.append(exc)
        finally:
            stop.set()
            thread.join()
    return failures
