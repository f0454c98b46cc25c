"""JSON text as RFC 8259 defines it: parsing that refuses NaN, Infinity and numbers beyond
the float range, located by path, and turns every failure into :class:`InvalidValueError`."""

from __future__ import annotations

import json
import math
from typing import Any, List, Tuple, Union

from ._errors import InvalidValueError, Location, format_path

__all__ = ["NotJSONNumber", "parse", "parse_json"]


class NotJSONNumber(ValueError):
    """``NaN``, ``Infinity`` or a number beyond the float range (``1e400``) in JSON text.

    ``loc`` is where the first one is in the document; its message names that path.
    """

    def __init__(self, literal: str, loc: Location = None) -> None:
        self.literal = literal
        self.loc = loc
        problem = "is beyond the float range" if literal[-1:].isdigit() else "is not valid JSON"
        super().__init__(f"{format_path(loc)}: {literal[:40]} {problem}")


def reject_constant(name: str) -> Any:
    raise NotJSONNumber(name)


def finite_float(text: str) -> float:
    value = float(text)
    if math.isfinite(value):
        return value
    raise NotJSONNumber(text)


# One decoder for all calls: json.loads with hooks would build a new one (and its scanner)
# every time.
_decode = json.JSONDecoder(parse_constant=reject_constant, parse_float=finite_float).decode


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


def parse(text: Union[str, bytes, bytearray]) -> Any:
    """:func:`parse_json` with its failures as located :class:`InvalidValueError`."""
    try:
        return parse_json(text)
    except NotJSONNumber as exc:
        error = InvalidValueError("not valid JSON (numbers must be finite)", exc.literal)
        raise error.at(exc.loc) from None
    except RecursionError:
        raise InvalidValueError("JSON nested too deeply", "…") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise InvalidValueError(f"not valid JSON ({exc})", "…") from None
