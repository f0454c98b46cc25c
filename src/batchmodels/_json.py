"""JSON text in and out: ``loads``, ``dumps`` and a ``JSONEncoder`` that knows models."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import math
from typing import Any, Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union

from ._codecs import to_wire
from ._errors import (
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Location,
    format_path,
    not_a_container,
)
from ._model import Model

__all__ = [
    "JSONEncoder",
    "NotJSONNumber",
    "Page",
    "dumps",
    "loads",
    "loads_list",
    "loads_page",
    "parse_json",
]

_M = TypeVar("_M", bound=Model)


class JSONEncoder(json.JSONEncoder):
    """A ``json.JSONEncoder`` that writes models (and enums, datetimes, durations) as wire JSON.

    ``exclude_readonly=True`` leaves read-only fields out, as a replace request needs.
    """

    def __init__(self, *args: Any, exclude_readonly: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.exclude_readonly = exclude_readonly
        self.allow_nan = False  # NaN and Infinity are not JSON: refuse them, always

    def default(self, o: Any) -> Any:
        if isinstance(o, Model):
            return o._json_ready(self.exclude_readonly)
        if isinstance(o, (enum.Enum, dt.datetime, dt.timedelta)):
            return to_wire(o)
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


class NotJSONNumber(ValueError):
    """``NaN``, ``Infinity`` or a number beyond the float range (``1e400``) in JSON text.

    ``loc`` is where the first one is in the document; its message names that path.
    """

    def __init__(self, literal: str, loc: Location = None) -> None:
        self.literal = literal
        self.loc = loc
        problem = "is beyond the float range" if literal[-1:].isdigit() else "is not valid JSON"
        super().__init__(f"{format_path(loc)}: {literal[:40]} {problem}")


def _reject_constant(name: str) -> Any:
    raise NotJSONNumber(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isfinite(value):
        return value
    raise NotJSONNumber(text)


# One decoder for all calls: json.loads with hooks would build a new one (and its scanner)
# every time.
_decode = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float).decode


def parse_json(text: Union[str, bytes, bytearray]) -> Any:
    """``json.loads`` for JSON as RFC 8259 defines it: ``NaN``, ``Infinity`` and numbers
    beyond the float range raise :class:`NotJSONNumber` (a ``ValueError``) located by path;
    other errors are those of ``json.loads``."""
    if isinstance(text, (bytes, bytearray)):
        text = text.decode(json.detect_encoding(text), "surrogatepass")
    try:
        return _decode(text)
    except NotJSONNumber as exc:
        raise NotJSONNumber(exc.literal, _locate_bad_number(text)) from None


class _BadNumber:
    __slots__ = ()


def _locate_bad_number(text: Union[str, bytes, bytearray]) -> Location:
    """The location of the first non-finite number in ``text`` (which otherwise parses)."""
    bad = _BadNumber()

    def mark(literal: str) -> Any:
        value = float(literal)
        return value if math.isfinite(value) else bad

    try:
        doc = json.loads(text, parse_constant=lambda name: bad, parse_float=mark)
    except (ValueError, RecursionError):
        return None
    stack: List[Tuple[Any, Location]] = [(doc, None)]
    while stack:
        value, loc = stack.pop()
        if value is bad:
            return loc
        if type(value) is dict:
            stack.extend(((v, (loc, k)) for k, v in reversed(value.items())))
        elif type(value) is list:
            stack.extend(((v, (loc, i)) for i, v in reversed(list(enumerate(value)))))
    return None


def _parse(text: Union[str, bytes, bytearray]) -> Any:
    try:
        return parse_json(text)
    except NotJSONNumber as exc:
        error = InvalidValueError("not valid JSON (numbers must be finite)", exc.literal)
        raise error.at(exc.loc) from None
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
    """Parse a list response (``{"value": [...]}``) or a bare JSON array into models.

    An object without a ``key`` array raises :class:`InvalidTypeError` located at ``$.value``
    (so a misspelt key is an error, not an empty list). See :func:`loads_page` for the link
    to the next page.
    """
    return _page(_parse(text), cls, key).items


NEXT_LINK = "odata.nextLink"


@dataclasses.dataclass(frozen=True)
class Page(Generic[_M]):
    """One page of a list response: its items and the URL of the next page, if any."""

    __slots__ = ("items", "next_link")

    items: List[_M]
    """The models of this page, in response order."""
    next_link: Optional[str]
    """The response's ``odata.nextLink``: where the next page is; ``None`` on the last page."""

    def __iter__(self) -> Iterator[_M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __reduce__(self) -> Any:  # frozen slots: pickle must go through __init__
        return (Page, (self.items, self.next_link))


def loads_page(
    text: Union[str, bytes, bytearray], cls: type[_M], *, key: str = "value"
) -> Page[_M]:
    """Parse a list response into a :class:`Page`: its models and its ``odata.nextLink``.

    Errors as for :func:`loads_list`; a next link that is not a string raises
    :class:`InvalidTypeError`. A bare JSON array is a page without a next link.
    """
    return _page(_parse(text), cls, key)


def _page(data: Any, cls: type[_M], key: str) -> Page[_M]:
    loc: Any = None
    link: Any = None
    if type(data) is dict:
        loc = (None, key)
        link = data.get(NEXT_LINK)
        if link is not None and type(link) is not str:
            raise InvalidTypeError("expected a string", link).at((None, NEXT_LINK))
        if key not in data:
            raise InvalidTypeError(
                f'missing: a list response holds its items in a "{key}" array'
            ).at(loc)
        data = data[key]
    if type(data) is not list:
        raise not_a_container("an array of objects", data).at(loc)
    from_owned = cls._from_owned
    return Page([from_owned(item, (loc, i)) for i, item in enumerate(data)], link)
