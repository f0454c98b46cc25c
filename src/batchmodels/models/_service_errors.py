"""Errors the service reports: error bodies, messages and name-value details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, overload

from .._fields import rest_field
from .._model import Model

__all__ = [
    "NameValuePair",
    "BatchError",
    "BatchErrorDetail",
    "BatchErrorMessage",
]


class NameValuePair(Model):
    """A generic name and value pair."""

    name: Optional[str] = rest_field()
    """Name part of the pair."""
    value: Optional[str] = rest_field()
    """Value part of the pair."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: Optional[str] = None,
            value: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchError(Model):
    code: Optional[str] = rest_field()
    message: Optional[BatchErrorMessage] = rest_field()
    error_values: Optional[List[BatchErrorDetail]] = rest_field(name="values")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: Optional[str] = None,
            message: Optional[BatchErrorMessage] = None,
            error_values: Optional[List[BatchErrorDetail]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchErrorDetail(Model):
    key: Optional[str] = rest_field()
    value: Optional[str] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            key: Optional[str] = None,
            value: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchErrorMessage(Model):
    lang: Optional[str] = rest_field()
    value: Optional[str] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            lang: Optional[str] = None,
            value: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
