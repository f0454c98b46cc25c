"""Fake transports that keep azure-core's stream contract, sync and async.

A reply asked for as a stream (``stream=True``) holds back its body until ``read()``, as a
real HTTP transport does; a reply body given as ``bytes`` is served as that exact text.
Everything else is as in ``_fake_service``.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Dict, Iterator, List, Optional, Tuple

from azure.core.credentials import AccessToken
from azure.core.exceptions import ResponseNotReadError
from azure.core.pipeline.transport import AsyncHttpTransport
from azure.core.rest import AsyncHttpResponse, HttpRequest

import batchmodels.azure
import batchmodels.azure.aio

from ._fake_service import ENDPOINT, FakeCredential, FakeResponse, FakeTransport

Reply = Tuple[int, Optional[Any]]


class StreamedResponse(FakeResponse):
    """A reply whose body is readable only once ``read()`` ran, when sent as a stream."""

    def __init__(self, request: HttpRequest, status: int, body: Any, stream: bool) -> None:
        super().__init__(request, status, None if isinstance(body, bytes) else body)
        if isinstance(body, bytes):
            self._content = body
            self._headers["Content-Type"] = "application/json; odata=minimalmetadata"
        self._loaded = not stream

    @property
    def content(self) -> bytes:
        if not self._loaded:
            raise ResponseNotReadError(self)
        return self._content

    @property
    def is_stream_consumed(self) -> bool:
        return self._loaded

    def read(self) -> bytes:
        self._loaded = True
        return self._content

    def iter_bytes(self, **kwargs: Any) -> Iterator[bytes]:
        self._loaded = True
        yield self._content


class StreamingTransport(FakeTransport):
    """``FakeTransport`` whose replies honour ``stream``; ``options`` records the keywords
    each request was sent with."""

    def __init__(self, replies: List[Reply]) -> None:
        super().__init__(replies)
        self.options: List[Dict[str, Any]] = []

    def send(self, request: Any, **kwargs: Any) -> StreamedResponse:  # type: ignore[override]
        self.requests.append(request)
        self.options.append(kwargs)
        if not self.replies:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        status, body = self.replies.pop(0)
        return StreamedResponse(request, status, body, bool(kwargs.get("stream")))


class AsyncStreamedResponse(AsyncHttpResponse):
    """The async twin of ``StreamedResponse``."""

    def __init__(self, request: HttpRequest, status: int, body: Any, stream: bool) -> None:
        self._sync = StreamedResponse(request, status, body, stream)

    request = property(lambda self: self._sync.request)
    status_code = property(lambda self: self._sync.status_code)
    headers = property(lambda self: self._sync.headers)
    reason = property(lambda self: self._sync.reason)
    content_type = property(lambda self: self._sync.content_type)
    is_closed = property(lambda self: self._sync.is_closed)
    is_stream_consumed = property(lambda self: self._sync.is_stream_consumed)
    url = property(lambda self: self._sync.url)
    content = property(lambda self: self._sync.content)

    @property
    def encoding(self) -> Optional[str]:
        return "utf-8"

    @encoding.setter
    def encoding(self, value: Optional[str]) -> None:
        pass

    def text(self, encoding: Optional[str] = None) -> str:
        return self._sync.text(encoding)

    def json(self) -> Any:
        return self._sync.json()

    def raise_for_status(self) -> None:
        self._sync.raise_for_status()

    async def read(self) -> bytes:
        return self._sync.read()

    async def iter_raw(self, **kwargs: Any) -> AsyncIterator[bytes]:
        yield self._sync.read()

    async def iter_bytes(self, **kwargs: Any) -> AsyncIterator[bytes]:
        yield self._sync.read()

    async def close(self) -> None:
        self._sync.close()

    async def __aexit__(self, *args: Any) -> None:
        await self.close()


class AsyncStreamingTransport(AsyncHttpTransport):  # type: ignore[type-arg]
    """Records every request; answers each with the next of ``replies``."""

    def __init__(self, replies: List[Reply]) -> None:
        self.replies = list(replies)
        self.requests: List[HttpRequest] = []

    async def send(self, request: Any, **kwargs: Any) -> AsyncStreamedResponse:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        status, body = self.replies.pop(0)
        return AsyncStreamedResponse(request, status, body, bool(kwargs.get("stream")))

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> AsyncStreamingTransport:
        return self

    async def __aexit__(self, *args: Any) -> None:
        pass


class AsyncFakeCredential:
    """An async token credential that never asks anyone for a token."""

    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("fake-token", 4_102_444_800)

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> AsyncFakeCredential:
        return self

    async def __aexit__(self, *args: Any) -> None:
        pass


def models_client(*replies: Reply) -> Tuple[batchmodels.azure.BatchClient, StreamingTransport]:
    """A ``batchmodels.azure.BatchClient`` over a fresh streaming fake transport."""
    transport = StreamingTransport(list(replies))
    client = batchmodels.azure.BatchClient(ENDPOINT, FakeCredential(), transport=transport)
    return client, transport


def async_models_client(
    *replies: Reply,
) -> Tuple[batchmodels.azure.aio.BatchClient, AsyncStreamingTransport]:
    """A ``batchmodels.azure.aio.BatchClient`` over a fresh async streaming fake transport."""
    transport = AsyncStreamingTransport(list(replies))
    client = batchmodels.azure.aio.BatchClient(
        ENDPOINT,
        AsyncFakeCredential(),  # type: ignore[arg-type]
        transport=transport,
    )
    return client, transport
