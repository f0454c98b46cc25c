"""What the sync and async clients share: taking the raw response, the policy slot, errors."""

from __future__ import annotations

from typing import Any, Dict, Optional

from azure.core.exceptions import HttpResponseError, ResponseNotReadError

from .._errors import BatchModelError
from .._json import loads
from ..models import BatchError

__all__ = ["STREAM_PAGES", "batch_error", "keep_response", "with_policy"]

STREAM_PAGES = "batchmodels_stream_pages"
"""The call option by which the list operations ask for their pages as a stream."""


def keep_response(pipeline_response: Any, _deserialized: Any, _headers: Any) -> Any:
    """The ``cls=`` callback of azure's operations that returns the pipeline response itself."""
    return pipeline_response


def with_policy(kwargs: Dict[str, Any], policy: Any) -> Dict[str, Any]:
    """Client keywords with ``policy`` added where it sees each response before azure's
    error policy does (after the retry policy, or last in a caller's own ``policies``)."""
    slot = "policies" if kwargs.get("policies") is not None else "per_retry_policies"
    given = kwargs.get(slot) or []
    return {**kwargs, slot: [*(given if isinstance(given, list) else [given]), policy]}


def batch_error(error: HttpResponseError) -> Optional[BatchError]:
    """The service's error body of an azure-core ``HttpResponseError`` as a :class:`BatchError`.

    ``None`` when the error has no response, the body is empty or is not a JSON object.
    """
    response = error.response
    if response is None:
        return None
    try:
        body = response.text()
    except ResponseNotReadError:
        return None
    if not body.strip():
        return None
    try:
        return loads(body, BatchError)
    except BatchModelError:
        return None
