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
    "short",
    "text",
    "when",
]

UNLIMITED_DAYS = 10675199  # the service writes "unlimited" as P10675199DT2H48M5.4775807S
TEXT_WIDTH = 72

Row = Tuple[str, List[str]]


def render_table(rows: List[Row]) -> str:
    """Rows of ``(label, lines)`` as an aligned two-column table. Every control character of
    a value is shown escaped (:func:`visible`): one line of the table is one line of text."""
    shown = [(visible(label), [visible(line) for line in lines]) for label, lines in rows]
    width = max((len(label) for label, _ in shown), default=0)
    out = []
    for label, lines in shown:
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


def short(value: str, width: int = TEXT_WIDTH) -> str:
    return value if len(value) <= width else value[: width - 3] + "..."


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
            shown = short(json.dumps(raw, ensure_ascii=False, separators=(",", ":")), 100)
        else:
            try:
                shown = text(getattr(model, field.attr)) if field is not None else str(raw)
            except BatchModelError as exc:
                shown = f"(invalid: {exc})"
        rows.append((label, [shown]))
    return rows
