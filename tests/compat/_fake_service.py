"""An in-process Batch service for azure-batch's ``BatchClient``: a fake azure-core transport.

Each request the client sends is recorded; each reply is taken, in order, from a list of
``(status, JSON body)`` pairs. Nothing touches the network. The credential hands out a fixed
token.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, MutableMapping, Optional, Tuple

from azure.batch import BatchClient
from azure.core.credentials import AccessToken
from azure.core.pipeline.transport import HttpTransport
from azure.core.rest import HttpRequest, HttpResponse

ENDPOINT = "https://account.region.batch.azure.com"

Reply = Tuple[int, Optional[Any]]


class FakeCredential:
    """A token credential that never asks anyone for a token."""

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("fake-token", 4_102_444_800)  # 2100-01-01


class FakeResponse(HttpResponse):
    """A complete, non-streamed JSON reply."""

    def __init__(self, request: HttpRequest, status: int, body: Optional[Any]) -> None:
        self._request = request
        self._status = status
        self._content = b"" if body is None else json.dumps(body).encode("utf-8")
        self._headers: Dict[str, str] = {"request-id": "00000000-0000-0000-0000-000000000000"}
        if body is not None:
            self._headers["Content-Type"] = "application/json; odata=minimalmetadata"
        self._closed = False

    @property
    def request(self) -> HttpRequest:
        return self._request

    @property
    def status_code(self) -> int:
        return self._status

    @property
    def headers(self) -> MutableMapping[str, str]:
        return self._headers

    @property
    def reason(self) -> str:
        return "OK" if self._status < 400 else "Error"

    @property
    def content_type(self) -> Optional[str]:
        return self._headers.get("Content-Type")

    @property
    def is_closed(self) -> bool:
        return self._closed

    @property
    def is_stream_consumed(self) -> bool:
        return True

    @property
    def encoding(self) -> Optional[str]:
        return "utf-8"

    @encoding.setter
    def encoding(self, value: Optional[str]) -> None:
        pass

    @property
    def url(self) -> str:
        return str(self._request.url)

    @property
    def content(self) -> bytes:
        return self._content

    def text(self, encoding: Optional[str] = None) -> str:
        return self.content.decode(encoding or "utf-8")

    def json(self) -> Any:
        return json.loads(self.content)

    def raise_for_status(self) -> None:
        if self._status >= 400:
            raise RuntimeError(f"status {self._status}")

    def read(self) -> bytes:
        return self._content

    def iter_raw(self, **kwargs: Any) -> Iterator[bytes]:
        yield self._content

    def iter_bytes(self, **kwargs: Any) -> Iterator[bytes]:
        yield self._content

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *args: Any) -> None:
        self.close()


class FakeTransport(HttpTransport[HttpRequest, FakeResponse]):
    """Records every request; answers each with the next of ``replies``."""

    def __init__(self, replies: List[Reply]) -> None:
        self.replies = list(replies)
        self.requests: List[HttpRequest] = []

    def send(self, request: Any, **kwargs: Any) -> FakeResponse:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        status, body = self.replies.pop(0)
        return FakeResponse(request, status, body)

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> FakeTransport:
        return self

    def __exit__(self, *args: Any) -> None:
        pass


def client_with(*replies: Reply) -> Tuple[BatchClient, FakeTransport]:
    """A real ``BatchClient`` whose requests go to a fresh fake transport."""
    transport = FakeTransport(list(replies))
    client = BatchClient(ENDPOINT, FakeCredential(), transport=transport)
    return client, transport


def sent_text(request: HttpRequest) -> str:
    """The body of a recorded request, as the text that went on the wire."""
    content = request.content
    if isinstance(content, bytes):
        return content.decode("utf-8")
    assert isinstance(content, str), type(content)
    return content
