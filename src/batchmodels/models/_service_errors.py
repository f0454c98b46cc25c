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
    """An error response from the Batch service."""

    code: Optional[str] = rest_field()
    """Identifier of the error; codes are invariant and usable by programs."""
    message: Optional[BatchErrorMessage] = rest_field()
    """Human-readable description of the error."""
    error_values: Optional[List[BatchErrorDetail]] = rest_field(name="values")
    """Extra key-value details about the error."""

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
    """A key-value detail of a Batch service error."""

    key: Optional[str] = rest_field()
    """Name of the detail."""
    value: Optional[str] = rest_field()
    """Extra information in the detail."""

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
    """A Batch service error message and its language."""

    lang: Optional[str] = rest_field()
    """Language code of the message."""
    value: Optional[str] = rest_field()
    """Text of the message."""

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
