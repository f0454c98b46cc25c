"""``Structured``: the instance layout every model has, known to every layer."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

__all__ = ["Structured", "set_data", "set_loc", "set_live", "set_views"]


class Structured:
    """Base of classes whose values are JSON objects described by a field table (models).

    ``_data`` is the wire dict, ``_loc`` its location in the document it came from,
    ``_live`` the fields whose cached values may change in place and ``_views`` the live
    values of an exposed model (see ``_fields``).
    """

    __slots__ = ("_data", "_live", "_loc", "_views")

    _data: Dict[str, Any]
    _loc: Any
    _live: Optional[Tuple[Any, ...]]
    _views: Optional[Dict[str, Any]]


# The slots' own setters: faster than setattr, and they bypass ``Model.__setattr__``.
set_data = Structured.__dict__["_data"].__set__
set_loc = Structured.__dict__["_loc"].__set__
set_live = Structured.__dict__["_live"].__set__
set_views = Structured.__dict__["_views"].__set__
