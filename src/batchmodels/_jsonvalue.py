"""JSON data as Python holds it: structural copy (turning Python values into their wire form
on the way), equality that tells JSON types apart, and a ``repr`` that needs no recursion."""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
from typing import Any, List, Tuple, TypeVar

from ._errors import BatchModelError, InvalidTypeError, InvalidValueError, Location
from ._scalars import SCALARS

__all__ = ["copy_json", "equal_json", "is_foreign_null", "repr_json", "to_wire"]

_T = TypeVar("_T")
# The wire forms ``to_wire`` gives datetimes and timedeltas: their fields' default ones.
_enc_rfc3339 = SCALARS[(dt.datetime, None)][1]
_enc_duration = SCALARS[(dt.timedelta, None)][1]


# --- copying JSON --------------------------------------------------------------------------


def copy_json(value: _T) -> _T:
    """Copy nested dicts and lists (a structural deep copy of JSON data).

    Python values inside become their wire form (see :func:`to_wire`). Raises a located
    :class:`InvalidTypeError` for a key that is not a string or a value that is not JSON,
    and :class:`InvalidValueError` for a container that contains itself. Deep nesting that
    exhausts the interpreter stack is copied without recursion; so are dicts another thread
    resizes meanwhile (the walk copies each container before reading it).
    """
    try:
        return _copy(value)  # type: ignore[no-any-return]
    except (RuntimeError, BatchModelError):
        # Nested too deeply (RecursionError), a dict resized by another thread, a cycle or
        # bad data: the walk below copies or locates it.
        pass
    return _copy_iterative(value)  # type: ignore[no-any-return]


def _copy(value: Any) -> Any:
    t = type(value)
    if t is dict:
        return {
            k if type(k) is str else _key(k): v if type(v) in _PLAIN else _copy(v)
            for k, v in value.items()
        }
    if t is list:
        return [v if type(v) in _PLAIN else _copy(v) for v in value]
    if t in _PLAIN:
        return value
    return _copy(to_wire(value))


def _key(key: Any) -> str:
    if isinstance(key, str):
        return str.__str__(key)  # a str subclass (numpy.str_...) becomes a plain str
    raise InvalidTypeError(f"object keys must be strings, not {type(key).__name__}", key)


_CONTAINERS = frozenset((dict, list))
_PLAIN = frozenset((str, int, float, bool, type(None)))


_FOREIGN_NULL = ("azure.core.serialization", "_Null")


def is_foreign_null(value: Any) -> bool:
    """Whether ``value`` is azure-core's ``NULL`` (found by its class, without importing
    azure-core), which means JSON ``null`` as this library's ``NULL`` does."""
    t = type(value)
    return t.__name__ == "_Null" and (t.__module__, t.__name__) == _FOREIGN_NULL


def to_wire(value: Any) -> Any:
    """Turn a non-JSON Python value found inside caller data into its wire form.

    Models give their wire dict, ``NULL`` (batchmodels' or azure-core's) ``None``, mappings
    become dicts, tuples lists, enums their value, subclasses of str, int and float plain
    values, datetimes RFC 3339 and timedeltas ISO 8601 durations; anything else is a type
    error (naming the type, never showing the value, which may be a secret).
    """
    wire = getattr(value, "__batchmodels_wire__", None)
    if wire is not None:
        return wire()  # a model's wire dict; None for ``NULL``
    if is_foreign_null(value):
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, collections.abc.Mapping):
        return {k if type(k) is str else _key(k): v for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return list(value)
    if isinstance(value, dt.datetime):
        return _enc_rfc3339(value)
    if isinstance(value, dt.timedelta):
        return _enc_duration(value)
    raise InvalidTypeError(f"not JSON data: {type(value).__name__}")


_LEAVE: Any = object()  # a stack entry that closes a container in _copy_iterative


def _copy_iterative(value: Any) -> Any:
    """:func:`_copy` without recursion; it also finds where bad data is, and cycles."""
    source_id = id(value)
    if type(value) not in _CONTAINERS:
        value = to_wire(value)
        if type(value) not in _CONTAINERS:
            return value
    root: Any = {} if type(value) is dict else []
    open_ids: set[int] = set()  # the containers (as the caller gave them) being copied
    stack: List[Tuple[Any, Any, Location, int]] = [(value, root, None, source_id)]
    while stack:
        source, target, loc, source_id = stack.pop()
        if target is _LEAVE:
            open_ids.discard(source_id)
            continue
        if source_id in open_ids:
            raise InvalidValueError("a container that contains itself").at(loc)
        open_ids.add(source_id)
        stack.append((None, _LEAVE, None, source_id))
        # Snapshots: dict() and list() copy without running Python code, so no other
        # thread can resize ``source`` while they read it.
        items = dict(source).items() if type(source) is dict else enumerate(list(source))
        for key, item in items:
            item_id = id(item)
            if type(target) is dict and type(key) is not str:
                try:
                    key = _key(key)
                except BatchModelError as exc:
                    raise exc.at(loc) from None  # a key is no step of a JSON path
            if type(item) not in _PLAIN and type(item) not in _CONTAINERS:
                try:
                    item = to_wire(item)
                except BatchModelError as exc:
                    raise exc.at((loc, key)) from None
            if type(item) in _CONTAINERS:
                child: Any = {} if type(item) is dict else []
                stack.append((item, child, (loc, key), item_id))
                item = child
            if isinstance(target, list):
                target.append(item)
            else:
                target[key] = item
    return root


def equal_json(a: Any, b: Any, *, exact: bool = False) -> bool:
    """Equality of JSON data: like ``==``, except that ``true`` is not ``1`` (JSON types
    differ), and with ``exact=True`` neither is ``1`` equal to ``1.0``; walks without
    recursion, so any depth works."""
    try:
        if a != b:
            return False
    except RecursionError:
        pass
    pairs: List[Tuple[Any, Any]] = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if x is y:
            continue
        tx, ty = type(x), type(y)
        if tx is dict and ty is dict:
            x, y = dict(x), dict(y)  # snapshots: another thread may add keys
            if x.keys() != y.keys():
                return False
            pairs.extend((v, y[k]) for k, v in x.items())
        elif tx is list and ty is list:
            x, y = list(x), list(y)
            if len(x) != len(y):
                return False
            pairs.extend(zip(x, y))
        elif (
            tx is bool
            or ty is bool
            or tx in _CONTAINERS
            or ty in _CONTAINERS
            or x != y
            or (exact and tx is not ty)
        ):
            return False
    return True


def repr_json(value: Any) -> str:
    """``repr`` of JSON data that needs no recursion and shows ints too long for ``str()``."""
    parts: List[str] = []
    # Each open container: (its remaining items, closing bracket, shows keys, first item).
    stack: List[List[Any]] = [[iter([(None, value)]), "", False, True]]
    while stack:
        top = stack[-1]
        entry = next(top[0], None)
        if entry is None:
            parts.append(stack.pop()[1])
            continue
        key, item = entry
        if not top[3]:
            parts.append(", ")
        top[3] = False
        if top[2]:
            parts.append(f"{_repr_scalar(key)}: ")
        if type(item) is dict:
            parts.append("{")
            stack.append([iter(dict(item).items()), "}", True, True])  # a snapshot
        elif type(item) is list:
            parts.append("[")
            stack.append([iter([(None, x) for x in item]), "]", False, True])
        else:
            parts.append(_repr_scalar(item))
    return "".join(parts)


def _repr_scalar(value: Any) -> str:
    try:
        return repr(value)
    except ValueError:  # an int with more digits than str() may convert
        return f"<int of {value.bit_length()} bits>"
