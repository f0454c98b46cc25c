"""JSON text in and out: ``loads``, ``dumps`` and a ``JSONEncoder`` that knows models."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import json
from typing import Any, Dict, List, TypeVar, Union

from ._codecs import to_wire
from ._errors import BatchModelError, InvalidValueError
from ._fields import is_foreign_null
from ._model import Model

__all__ = ["JSONEncoder", "dumps", "loads", "loads_list"]

_M = TypeVar("_M", bound=Model)


class JSONEncoder(json.JSONEncoder):
    """A ``json.JSONEncoder`` that writes models (and enums, datetimes, durations) as wire JSON.

    ``exclude_readonly=True`` leaves read-only fields out, as a replace request needs.
    """

    def __init__(self, *args: Any, exclude_readonly: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.exclude_readonly = exclude_readonly

    def default(self, o: Any) -> Any:
        if isinstance(o, Model):
            return o._json_ready(self.exclude_readonly)
        if isinstance(o, (enum.Enum, dt.datetime, dt.timedelta)):
            return to_wire(o)
        if isinstance(o, (bytes, bytearray)):
            return base64.b64encode(o).decode("ascii")
        if isinstance(o, decimal.Decimal):
            return float(o)
        if is_foreign_null(o):
            return None
        return super().default(o)


def dumps(obj: Any, *, exclude_readonly: bool = False, **kwargs: Any) -> str:
    """Serialise a model (or JSON data holding models) to JSON text.

    Extra keyword arguments go to :func:`json.dumps` (``indent``, ``sort_keys``...).
    Data JSON cannot carry (NaN, nesting too deep to encode) raises :class:`InvalidValueError`.
    """
    try:
        return _dumps(obj, exclude_readonly, kwargs)
    except RecursionError:
        raise InvalidValueError("nested too deeply to write as JSON") from None
    except ValueError as exc:  # NaN or Infinity; an int too long for str()
        if isinstance(exc, BatchModelError):
            raise
        raise InvalidValueError(f"cannot be written as JSON ({exc})") from None


def _dumps(obj: Any, exclude_readonly: bool, kwargs: Dict[str, Any]) -> str:
    if isinstance(obj, Model) and not kwargs.get("cls"):
        obj = obj._json_ready(exclude_readonly)
        if not kwargs:
            return _plain_dumps(obj)
    kwargs.setdefault("cls", JSONEncoder)
    if issubclass(kwargs["cls"], JSONEncoder):
        kwargs["exclude_readonly"] = exclude_readonly
    return json.dumps(obj, **kwargs)


_plain_dumps = json.JSONEncoder(
    check_circular=False, allow_nan=False, separators=(", ", ": ")
).encode


def _parse(text: Union[str, bytes, bytearray]) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise InvalidValueError("JSON nested too deeply", "…") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise InvalidValueError(f"not valid JSON ({exc})", "…") from None


def loads(text: Union[str, bytes, bytearray], cls: type[_M]) -> _M:
    """Parse JSON text holding one object into a ``cls`` model (no copy is made)."""
    return cls._from_owned(_parse(text))


def loads_list(
    text: Union[str, bytes, bytearray], cls: type[_M], *, key: str = "value"
) -> List[_M]:
    """Parse a list response (``{"value": [...]}``) or a bare JSON array into models."""
    data = _parse(text)
    loc: Any = None
    if type(data) is dict:
        loc = (None, key)
        data = data.get(key, [])
    if type(data) is not list:
        raise InvalidValueError("expected an array of objects", data).at(loc)
    from_owned = cls._from_owned
    return [from_owned(item, (loc, i)) for i, item in enumerate(data)]
