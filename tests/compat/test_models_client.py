"""``batchmodels.azure.BatchClient`` (sync and async) over fake transports: every get and list
operation returns batchmodels models, losslessly; lists page lazily; errors stay azure-core's
with the service's error body readable as a batchmodels ``BatchError``."""

from __future__ import annotations

import asyncio
import inspect
import json
import typing
from typing import Any, Dict, List, Tuple

import pytest

pytest.importorskip("azure.batch")

from azure.batch import BatchClient as AzureClient
from azure.batch.aio import BatchClient as AzureAsyncClient
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.core.pipeline.policies import SansIOHTTPPolicy

import batchmodels.models as bm
from batchmodels import Model, dumps
from batchmodels.azure import BatchClient, batch_error
from batchmodels.azure.aio import BatchClient as AsyncClient

from ._fake_service import ENDPOINT, client_with
from ._fake_streams import (
    FakeCredential,
    StreamingTransport,
    async_models_client,
    models_client,
)

# Results built from response headers, not a JSON body: azure's own BatchFileProperties.
FROM_HEADERS = {"get_node_file_properties", "get_task_file_properties"}

JOB_TEXT = (
    b'{"id": "job-1", "url": "https://account.region.batch.azure.com/jobs/job-1",'
    b' "lastModified": "2016-11-19T00:05:27.5391608Z", "state": "active",'
    b' "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0},'
    b' "poolInfo": {"poolId": "pool-1"}, "futureField": {"kept": [1, 2]},'
    b' "creationTime": "2016-11-19T00:05:25.311915Z"}'
)
NOT_FOUND: Dict[str, Any] = {
    "odata.metadata": f"{ENDPOINT}/$metadata#Microsoft.Azure.Batch.Protocol.Entities"
    ".Container.errors/@Element",
    "code": "JobNotFound",
    "message": {"lang": "en-US", "value": "The specified job does not exist.\nRequestId:0"},
}


def _operations(client: type) -> List[str]:
    return sorted(n for n in dir(client) if n.startswith(("get_", "list_")))


def _model_name(annotation: Any) -> str:
    """The model class an operation's return annotation names (the item class for a pager)."""
    args = typing.get_args(annotation)
    target = args[0] if args else annotation
    if isinstance(target, typing.ForwardRef):
        target = target.__forward_arg__
    return str(getattr(target, "__name__", target)).rsplit(".", 1)[-1]


def _positional(method: Any) -> List[str]:
    parameters = list(inspect.signature(method).parameters.values())[1:]
    return [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]


@pytest.mark.parametrize(
    ("ours", "theirs"), [(BatchClient, AzureClient), (AsyncClient, AzureAsyncClient)]
)
def test_every_get_and_list_operation_returns_the_batchmodels_model(
    ours: type, theirs: type
) -> None:
    assert _operations(ours) == _operations(theirs)
    covered = [n for n in _operations(theirs) if n not in FROM_HEADERS]
    assert len(covered) == 24
    for name in covered:
        assert name in vars(ours), f"{name} is azure's: add it to {ours.__module__}"
        azure_model = _model_name(inspect.signature(getattr(theirs, name)).return_annotation)
        hints = typing.get_type_hints(vars(ours)[name])
        assert _model_name(hints["return"]) == azure_model
        assert (
            getattr(bm, azure_model) is (typing.get_args(hints["return"]) or [hints["return"]])[0]
        )
        assert _positional(vars(ours)[name]) == _positional(getattr(theirs, name))


@pytest.mark.parametrize("name", [n for n in _operations(AzureClient) if n not in FROM_HEADERS])
def test_each_operation_sends_azures_request_and_returns_its_model(name: str) -> None:
    reply = (200, {"value": [{}]} if name.startswith("list_") else {})
    client, transport = models_client(reply)
    azure, azure_transport = client_with(reply)
    args = [f"x{i}" for i in range(len(_positional(getattr(AzureClient, name))))]
    result = getattr(client, name)(*args)
    expected = getattr(azure, name)(*args)
    if name.startswith("list_"):
        result, expected = list(result), list(expected)
        assert len(result) == 1
        result, expected = result[0], expected[0]
    assert type(result).__name__ == type(expected).__name__
    assert isinstance(result, Model)
    sent, azure_sent = transport.requests[0], azure_transport.requests[0]
    assert (sent.method, sent.url) == (azure_sent.method, azure_sent.url)


def test_get_returns_the_response_text_unchanged() -> None:
    client, _ = models_client((200, JOB_TEXT))
    job = client.get_job("job-1")
    assert isinstance(job, bm.BatchJob)
    assert dumps(job).encode() == JOB_TEXT
    assert job["lastModified"] == "2016-11-19T00:05:27.5391608Z"
    job.priority = 5  # an edit elsewhere leaves every other value as it came
    assert dumps(job.constraints) == (
        '{"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0}'
    )
    assert job["futureField"] == {"kept": [1, 2]}


def _pages(count: int) -> List[Tuple[int, Any]]:
    pages = []
    for number in range(count):
        body: Dict[str, Any] = {
            "value": [
                {"id": f"job-{number}-{i}", "creationTime": "2016-11-19T00:05:25.3111111Z"}
                for i in range(2)
            ]
        }
        if number + 1 < count:
            body["odata.nextLink"] = f"{ENDPOINT}/jobs?api-version=2025-06-01&$skiptoken={number}"
        pages.append((200, body))
    return pages


def test_a_list_pages_lazily_across_pages() -> None:
    client, transport = models_client(*_pages(3))
    jobs = client.list_jobs(max_results=2, filter="state eq 'active'")
    assert transport.requests == []
    first = next(jobs)
    assert len(transport.requests) == 1
    assert isinstance(first, bm.BatchJob) and first.id == "job-0-0"
    rest = list(jobs)
    assert [j.id for j in rest] == ["job-0-1", "job-1-0", "job-1-1", "job-2-0", "job-2-1"]
    assert [j["creationTime"] for j in rest][-1] == "2016-11-19T00:05:25.3111111Z"
    urls = [r.url for r in transport.requests]
    assert (
        urls[0]
        == f"{ENDPOINT}/jobs?api-version=2025-06-01&maxresults=2&$filter=state%20eq%20%27active%27"
    )
    assert urls[1:] == [f"{ENDPOINT}/jobs?api-version=2025-06-01&$skiptoken={n}" for n in (0, 1)]


def test_pages_come_as_streams_that_only_batchmodels_parses() -> None:
    client, transport = models_client(*_pages(2))
    assert len(list(client.list_jobs())) == 4
    assert [o.get("stream") for o in transport.options] == [True, True]
    assert not any("batchmodels_stream_pages" in o for o in transport.options)
    client, transport = models_client((200, JOB_TEXT))
    client.get_job("job-1")
    assert transport.options[0].get("stream") is True


def test_by_page_gives_pages_of_models() -> None:
    client, transport = models_client(*_pages(2))
    pages = client.list_tasks("job-1").by_page()
    first = list(next(pages))
    assert len(transport.requests) == 1
    assert all(isinstance(t, bm.BatchTask) for t in first)
    assert transport.requests[0].url.startswith(f"{ENDPOINT}/jobs/job-1/tasks?")
    assert len(list(next(pages))) == 2
    assert len(transport.requests) == 2


def test_a_failed_get_raises_azures_error_with_the_service_message() -> None:
    client, _ = models_client((404, NOT_FOUND))
    with pytest.raises(ResourceNotFoundError) as caught:
        client.get_job("job-9")
    assert "The specified job does not exist." in str(caught.value)
    assert caught.value.error is not None and caught.value.error.code == "JobNotFound"
    error = batch_error(caught.value)
    assert isinstance(error, bm.BatchError)
    assert error.code == "JobNotFound"
    assert error.message is not None and error.message.value == NOT_FOUND["message"]["value"]
    assert error["odata.metadata"] == NOT_FOUND["odata.metadata"]


def test_a_failed_page_raises_azures_error() -> None:
    client, _ = models_client(_pages(2)[0], (500, {"code": "ServerBusy", "message": {}}))
    jobs = client.list_jobs(retry_total=0)
    assert next(jobs).id == "job-0-0"
    with pytest.raises(HttpResponseError) as caught:
        list(jobs)
    error = batch_error(caught.value)
    assert error is not None and error.code == "ServerBusy"


def test_batch_error_of_an_error_without_a_json_body_is_none() -> None:
    client, _ = models_client((404, b""), (400, b"<html/>"))
    for _ in range(2):
        with pytest.raises(HttpResponseError) as caught:
            client.get_pool("pool-1")
        assert batch_error(caught.value) is None
    assert batch_error(HttpResponseError("no response")) is None


def test_the_constructor_keeps_a_callers_own_policies() -> None:
    seen: List[int] = []

    class Spy(SansIOHTTPPolicy):  # type: ignore[type-arg]
        def on_response(self, request: Any, response: Any) -> None:
            seen.append(response.http_response.status_code)

    transport = StreamingTransport([(200, {"id": "job-1"})])
    client = BatchClient(
        ENDPOINT, FakeCredential(), transport=transport, per_retry_policies=[Spy()]
    )
    assert client.get_job("job-1").id == "job-1"
    assert seen == [200]


def _run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_async_get_returns_the_response_text_unchanged() -> None:
    async def main() -> bm.BatchJob:
        client, _ = async_models_client((200, JOB_TEXT))
        async with client:
            return await client.get_job("job-1")

    job = _run(main())
    assert isinstance(job, bm.BatchJob)
    assert dumps(job).encode() == JOB_TEXT


def test_async_list_pages_lazily() -> None:
    async def main() -> Tuple[List[int], List[str]]:
        client, transport = async_models_client(*_pages(2))
        seen = []
        ids = []
        async for job in client.list_jobs():
            assert isinstance(job, bm.BatchJob)
            seen.append(len(transport.requests))
            ids.append(job.id)
        return seen, ids

    seen, ids = _run(main())
    assert seen == [1, 1, 2, 2]
    assert ids == ["job-0-0", "job-0-1", "job-1-0", "job-1-1"]


def test_async_failed_get_raises_azures_error_with_a_batch_error() -> None:
    async def main() -> ResourceNotFoundError:
        client, _ = async_models_client((404, NOT_FOUND))
        try:
            await client.get_job("job-9")
        except ResourceNotFoundError as error:
            return error
        raise AssertionError("no error")

    error = _run(main())
    assert "The specified job does not exist." in str(error)
    found = batch_error(error)
    assert found is not None and found.code == "JobNotFound"


def test_async_each_operation_returns_its_model() -> None:
    async def main() -> None:
        for name in _operations(AzureAsyncClient):
            if name in FROM_HEADERS:
                continue
            reply = (200, {"value": [{}]} if name.startswith("list_") else {})
            client, _ = async_models_client(reply)
            args = [f"x{i}" for i in range(len(_positional(getattr(AzureAsyncClient, name))))]
            if name.startswith("list_"):
                result = [item async for item in getattr(client, name)(*args)].pop()
            else:
                result = await getattr(client, name)(*args)
            expected = _model_name(
                inspect.signature(getattr(AzureAsyncClient, name)).return_annotation
            )
            assert type(result) is getattr(bm, expected), name

    _run(main())


def test_the_service_text_is_parsed_once_not_by_azure() -> None:
    # A body azure's own reader would refuse (a NaN) shows the text went to batchmodels' parser.
    client, _ = models_client((200, b'{"id": "job-1", "priority": NaN}'))
    with pytest.raises(ValueError, match="finite"):
        client.get_job("job-1")
    assert json.loads(JOB_TEXT)["id"] == "job-1"


@pytest.mark.parametrize(
    ("ours", "theirs"), [(BatchClient, AzureClient), (AsyncClient, AzureAsyncClient)]
)
def test_every_operation_taking_a_body_is_typed_for_batchmodels_bodies(
    ours: type, theirs: type
) -> None:
    taking = {}
    for name in dir(theirs):
        if name.startswith("_") or name.startswith(("get_", "list_")):
            continue
        method = getattr(theirs, name)
        if not callable(method):
            continue
        for p in list(inspect.signature(method).parameters.values())[1:]:
            if "models" in str(p.annotation):
                taking[name] = _model_name(p.annotation).rstrip("]")
    assert len(taking) == 26
    for name, body in sorted(taking.items()):
        if not hasattr(bm, body):  # a body batchmodels does not declare yet: azure's typing
            assert name not in vars(ours), name
            continue
        assert name in vars(ours), f"{name} takes {body}: add it to {ours.__module__}"
        assert _positional(vars(ours)[name]) == _positional(getattr(theirs, name))
