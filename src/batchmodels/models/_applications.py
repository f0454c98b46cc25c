"""Applications that can be deployed to nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, overload

from .._fields import rest_field
from .._model import Model

__all__ = [
    "BatchApplication",
]


class BatchApplication(Model):
    id: str = rest_field()
    display_name: str = rest_field()
    versions: List[str] = rest_field()

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
