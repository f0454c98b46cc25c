"""JSON text in and out: ``loads``, ``dumps`` and a ``JSONEncoder`` that knows models."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import enum
import json
from typing import Any, Dict, Generic, Iterator, List, Optional, TypeVar, Union

from ._errors import (
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    not_a_container,
)
from ._jsontext import NotJSONNumber, parse_json
from ._jsontext import parse as _parse
from ._jsonvalue import copy_json, is_foreign_null, to_wire
from ._model import Model, raise_located

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

    # Set by ``dumps`` when a first pass met bytes or a Decimal: models' data is then copied,
    # which reports such values inside a model with their location instead of encoding them.
    _copy_models = False

    def default(self, o: Any) -> Any:
        if isinstance(o, Model):
            data = o._json_ready(self.exclude_readonly)
            if self._copy_models or self.indent is not None:
                # json's Python encoder (used with indent) reads dicts as it writes them:
                # a copy cannot change meanwhile, whatever another thread does to the model.
                return copy_json(data)
            return data
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
    except TypeError:
        if isinstance(obj, Model):  # data written through the mapping view that is not JSON
            raise_located(obj._json_ready())
        raise
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
        if kwargs.get("indent") is not None:
            obj = copy_json(obj)  # json's Python encoder: see JSONEncoder.default
        # Wire data holds JSON only: json's own encoder, which takes no bytes or Decimal.
        kwargs.setdefault("allow_nan", False)
        return json.dumps(obj, **kwargs)
    cls = kwargs.setdefault("cls", JSONEncoder)
    if not issubclass(cls, JSONEncoder):
        return json.dumps(obj, **kwargs)
    kwargs["exclude_readonly"] = exclude_readonly
    if cls is JSONEncoder:
        # Bytes and Decimals are encoded outside models only: on meeting one (or any value
        # that is not JSON), write again with models' data copied, which raises the located
        # error for such a value inside a model.
        try:
            return json.dumps(obj, **{**kwargs, "cls": _NoBytesEncoder})
        except (_BytesMet, TypeError):
            kwargs["cls"] = _ModelsCopyingEncoder
    return json.dumps(obj, **kwargs)


class _BytesMet(Exception):
    pass


class _NoBytesEncoder(JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, (bytes, bytearray, decimal.Decimal)):
            raise _BytesMet
        return super().default(o)


class _ModelsCopyingEncoder(JSONEncoder):
    _copy_models = True


_plain_dumps = json.JSONEncoder(
    check_circular=False, allow_nan=False, separators=(", ", ": ")
).encode


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
