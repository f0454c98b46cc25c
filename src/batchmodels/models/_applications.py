"""Applications that can be deployed to nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, overload

from .._fields import rest_field
from .._model import Model

__all__ = [
    "BatchApplication",
]


class BatchApplication(Model):
    """An application in a Batch account and its available package versions."""

    id: str = rest_field()
    """ID of the application within the account."""
    display_name: str = rest_field()
    """Display name of the application."""
    versions: List[str] = rest_field()
    """Package versions available for the application."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            display_name: str,
            versions: List[str],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
