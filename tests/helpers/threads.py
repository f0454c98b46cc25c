"""Thread helpers for the race tests."""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from typing import Any, Iterator


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
