"""Rendering for ``show``: an aligned two-column table and readable times and durations."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, List, Optional, Tuple

__all__ = ["Row", "UNLIMITED_DAYS", "duration", "plural", "render_table", "short", "text", "when"]

UNLIMITED_DAYS = 10675199  # the service writes "unlimited" as P10675199DT2H48M5.4775807S
_TEXT_WIDTH = 72


Row = Tuple[str, List[str]]


def render_table(rows: List[Row]) -> str:
    """Rows of ``(label, lines)`` as an aligned two-column table."""
    width = max((len(label) for label, _ in rows), default=0)
    out = []
    for label, lines in rows:
        for n, line in enumerate(lines or [""]):
            out.append(f"{label if n == 0 else '':<{width}}  {line}".rstrip())
    return "\n".join(out) + "\n"


def when(value: Optional[dt.datetime]) -> str:
    """A time in UTC, then in local time when the local zone is not UTC."""
    if value is None:
        return "-"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    try:
        utc = value.astimezone(dt.timezone.utc)
    except OverflowError:  # the UTC date is outside years 1-9999: show the offset given
        return value.isoformat(" ")
    text = utc.strftime("%Y-%m-%d %H:%M:%S UTC")
    try:
        local = utc.astimezone()
    except (OverflowError, OSError, ValueError):
        return text
    if local.utcoffset() != dt.timedelta(0):
        text += local.strftime(" (%Y-%m-%d %H:%M:%S %Z local)")
    return text


def duration(value: Optional[dt.timedelta]) -> str:
    """A duration for people: ``1d 2h``, ``15m``, ``unlimited``."""
    if value is None:
        return "-"
    if value >= dt.timedelta(days=UNLIMITED_DAYS):
        return "unlimited"
    sign = "-" if value < dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if value.days:
        parts.append(f"{value.days}d")
    if hours:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    if seconds or value.microseconds:
        frac = f"{value.microseconds / 1e6:.6f}".rstrip("0")[1:] if value.microseconds else ""
        parts.append(f"{seconds}{frac.rstrip('.')}s")
    return sign + (" ".join(parts) or "0s")


def text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def short(text: str, width: int = _TEXT_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def plural(n: int, word: str) -> str:
    """``1 job``, ``2 jobs``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
