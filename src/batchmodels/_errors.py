"""The exception family raised for bad input, each error located by a JSON path."""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence, Tuple, Union

__all__ = [
    "NO_VALUE",
    "BatchModelError",
    "InvalidValueError",
    "InvalidTypeError",
    "ValidationError",
    "Location",
    "format_path",
    "json_type_name",
    "expected_type",
    "not_a_container",
]

# A location is a chain of (parent location, key) pairs; None is the document root ("$").
Location = Optional[Tuple[Any, Union[str, int]]]

MASK = "***"
_MAX_SHOWN = 80


class _NoValue:
    def __repr__(self) -> str:
        return "NO_VALUE"

    def __reduce__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Any = _NoValue()
"""Stands for "no value" in an error about something absent (a missing required field)."""


def format_path(loc: Location) -> str:
    """Render a location chain as a JSON path such as ``$.poolInfo.pool[0]``."""
    keys: list[Union[str, int]] = []
    while loc is not None:
        loc, key = loc
        keys.append(key)
    parts = ["$"]
    for key in reversed(keys):
        if isinstance(key, int):
            parts.append(f"[{key}]")
        elif isinstance(key, str) and key.isidentifier():
            parts.append(f".{key}")
        else:
            parts.append(f"[{show_value(key)}]")
    return "".join(parts)


def json_type_name(value: Any) -> str:
    """The JSON type of a value for messages: ``object``, ``array``, ``string``, ``number``..."""
    name = _JSON_TYPE_NAMES.get(type(value))
    if name is not None:
        return name
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def expected_type(what: str, raw: Any) -> InvalidTypeError:
    """The error for a JSON value of the wrong type: ``expected what, got <JSON type>``."""
    return InvalidTypeError(f"expected {what}, got {json_type_name(raw)}", raw)


def not_a_container(what: str, value: Any) -> InvalidTypeError:
    """The error for a value given where ``what`` (an object, an array...) belongs.

    The value is masked like a secret's: JSON text given there (``'{"password": ...}'``)
    may hold secrets.
    """
    got = json_type_name(value)
    if what == "an object" and isinstance(value, str) and value.lstrip().startswith("{"):
        # bodies of older API versions wrote some objects (VM extension settings) as JSON text
        got = "JSON text in a string (batchmodels.upgrade turns it into the object)"
    return InvalidTypeError(f"expected {what}, got {got}", value, secret=True)


_JSON_TYPE_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    type(None): "null",
}


def _char(c: str) -> str:
    """A pattern for ``c`` in either case, or percent-encoded any number of times (``%2573``)."""
    codes = "|".join(sorted({f"{ord(c.lower()):02X}", f"{ord(c.upper()):02X}"}))
    return f"(?:{re.escape(c)}|%(?:25)*(?:{codes}))"


# A ``sig`` query parameter, also inside a URL that is percent-encoded in another URL: the
# name, the ``=`` and the separator before it may each be encoded (once or more); the value
# runs to the next separator, encoded or not.
_SIGNATURE = re.compile(
    rf"(?i)((?:^|[?&]|%(?:25)*(?:26|3F)){_char('s')}{_char('i')}{_char('g')}{_char('=')})"
    r"(?:(?!%(?:25)*26)[^&#\s'\"])*"
)


def mask_signature(text: str) -> str:
    """``text`` with the value of every ``sig=`` query parameter (a SAS token's signature,
    plain or percent-encoded) replaced by ``***``."""
    lower = text.lower()
    return _SIGNATURE.sub(r"\1" + MASK, text) if "sig" in lower or "%" in text else text


def show_value(value: Any) -> str:
    """A short ``repr`` of a bad value for messages (long values are cut).

    Objects and arrays are only counted, never shown: they may hold secrets.
    """
    if isinstance(value, (dict, list, tuple, set, frozenset)) or hasattr(value, "keys"):
        try:
            size = len(value)
        except Exception:  # a broken mapping must not turn one error into another
            return f"<{type(value).__name__}>"
        return f"<{type(value).__name__} of length {size}>"
    try:
        text = repr(value)
    except Exception:  # a repr must never turn one error into another
        text = f"<{type(value).__name__}>"
    text = mask_signature(text)
    if len(text) > _MAX_SHOWN:
        text = f"{text[: _MAX_SHOWN - 15]}... ({len(text)} chars)"
    return text


class BatchModelError(Exception):
    """Base of every error caused by bad input.

    ``path`` is the JSON path of the bad value, ``value`` the value itself (``"***"`` for a
    secret) and ``reason`` what is wrong with it.
    """

    def __init__(
        self, reason: str, value: Any = NO_VALUE, path: str = "$", *, secret: bool = False
    ) -> None:
        self.reason = reason
        self.secret = secret
        self.value = MASK if secret and value is not NO_VALUE else value
        self.path = path
        self.located = path != "$"
        super().__init__(reason)

    def __str__(self) -> str:
        if self.value is NO_VALUE:
            return f"{self.path}: {self.reason}"
        shown = MASK if self.secret else show_value(self.value)
        return f"{self.path}: {self.reason}: {shown}"

    def at(self, loc: Location, *, secret: bool = False) -> BatchModelError:
        """A copy of this error located at ``loc``, with the value masked if ``secret``.

        An error already located (relative to a value nested in another) keeps its own
        path below ``loc``: ``$[0]`` located at ``$.items`` becomes ``$.items[0]``.
        """
        if secret:
            self.hide()
        path = format_path(loc)
        if self.located:
            path += self.path[1:]
        err = _rebuild(type(self), self.reason, self.value, path, secret or self.secret)
        err.located = True
        return err

    def hide(self) -> None:
        """Mask the value in place, and in the errors this one was raised from: the error
        came from a secret field."""
        err: Any = self
        while isinstance(err, BatchModelError):
            err.secret = True
            if err.value is not NO_VALUE:
                err.value = MASK
            err = err.__cause__ or err.__context__

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.reason, self.value, self.path, self.secret))


def _rebuild(cls: Any, reason: str, value: Any, path: str, secret: bool) -> BatchModelError:
    err: BatchModelError = cls.__new__(cls)
    BatchModelError.__init__(err, reason, value, path, secret=secret)
    if isinstance(err, ValidationError):
        err.problems = []
    return err


class InvalidValueError(BatchModelError, ValueError):
    """A value has the right JSON type but is malformed or out of range."""


class InvalidTypeError(BatchModelError, TypeError):
    """A value has the wrong JSON type (for example a string where an object belongs)."""


class ValidationError(BatchModelError, ValueError):
    """Raised by strict entry points; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Any], path: str = "$") -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s)", NO_VALUE, path)

    def __str__(self) -> str:
        return "\n".join([f"{self.reason}:", *(f"  {p}" for p in self.problems)])

    def at(self, loc: Location, *, secret: bool = False) -> BatchModelError:
        return self

    def __reduce__(self) -> Any:
        return (type(self), (self.problems, self.path))
