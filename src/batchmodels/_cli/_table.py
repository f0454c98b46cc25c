"""Text for people: the aligned two-column table of ``show`` and the value formats in it."""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any, Dict, List, Optional, Tuple

from .._errors import BatchModelError
from .._model import Model, fields
from ._output import visible

__all__ = [
    "Row",
    "UNLIMITED_DAYS",
    "duration",
    "generic_rows",
    "render_table",
    "text",
    "when",
    "wrap",
]

UNLIMITED_DAYS = 10675199  # the service writes "unlimited" as P10675199DT2H48M5.4775807S
MIN_VALUE_WIDTH = 20  # a value column is never narrower, however narrow the table

Row = Tuple[str, List[str]]


def render_table(rows: List[Row], width: int = 0) -> str:
    """Rows of ``(label, lines)`` as an aligned two-column table. Every control character of
    a value is shown escaped (:func:`visible`): one line of the table is one line of text.
    With a ``width`` (0: none), longer value lines wrap onto continuation lines; nothing is
    cut."""
    shown = [(visible(label), [visible(line) for line in lines]) for label, lines in rows]
    labels = max((len(label) for label, _ in shown), default=0)
    room = max(width - labels - 2, MIN_VALUE_WIDTH) if width > 0 else 0
    out = []
    for label, lines in shown:
        parts = [part for line in lines or [""] for part in wrap(line, room)]
        for n, part in enumerate(parts):
            out.append(f"{label if n == 0 else '':<{labels}}  {part}".rstrip())
    return "\n".join(out) + "\n"


def wrap(line: str, width: int) -> List[str]:
    """``line`` in pieces of at most ``width`` characters (0: whole), each broken after a
    comma, a space or a slash in its second half if there is one, else at ``width``."""
    if width <= 0:
        return [line]
    parts = []
    while len(line) > width:
        cut = max(line.rfind(mark, 0, width) for mark in ", /") + 1
        if cut <= width // 2:
            cut = width
        parts.append(line[:cut])
        line = line[cut:]
    parts.append(line)
    return parts


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
    value = -value if sign and value != dt.timedelta.min else value
    if sign and value < dt.timedelta(0):  # timedelta.min has no positive counterpart
        return str(value)
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
    """A scalar for people: enum values as on the wire, ``yes``/``no``, times, durations."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return when(value)
    if isinstance(value, dt.timedelta):
        return duration(value)
    return str(value)


def _label(name: str) -> str:
    return name.replace("_", " ")


def generic_rows(model: Model) -> List[Row]:
    """One row per field set in ``model`` (and per unknown key), in the data's order:
    scalars as text, objects and arrays as compact JSON of their wire value."""
    known: Dict[str, Any] = {f.wire: f for f in fields(model)}
    rows: List[Row] = []
    for key, raw in model.items():
        if raw is None:
            continue
        field = known.get(key)
        label = _label(field.attr) if field is not None else key
        if type(raw) in (dict, list):
            shown = json.dumps(raw, ensure_ascii=False, separators=(",", ":"))
        else:
            try:
                shown = text(getattr(model, field.attr)) if field is not None else str(raw)
            except BatchModelError as exc:
                shown = f"(invalid: {exc})"
        rows.append((label, [shown]))
    return rows
