"""Thread helpers for the race tests."""

from __future__ import annotations

import contextlib
import sys
from typing import Iterator


@contextlib.contextmanager
def tiny_switch_interval() -> Iterator[None]:
    """Make the interpreter switch threads as often as it can, so races show up quickly."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)
